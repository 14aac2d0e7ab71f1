"""Password protection of a deck: AES-256 (PDF standard security handler,
V 5 with the AESV3 crypt filter), through reportlab and ``pyaes``.

reportlab 5.1 writes revision 5 (Adobe's AES-256 extension, read by Acrobat,
pdfium/QtPdf, poppler and pypdf) with two defects that the subclass below
corrects:

- UE, OE and Perms are stored with PKCS#7 padding (48 and 32 bytes instead of
  32 and 16), so poppler refuses the file ("Invalid encryption key length").
  With CBC and a zero IV the unpadded values are exactly the first blocks of
  the padded ones, so they are cut to the specified lengths.
- every string and stream is padded twice (by hand, then again by pyaes), so
  a reader that removes the one padding the specification defines is left
  with junk bytes (trailing garbage in the metadata, undecodable streams in
  pypdf). ``encode`` pads once.

Revision 6 (PDF 2.0) would harden the password hash, but its key derivation
runs ~1.5 MB through AES-128, about two seconds in pure-Python pyaes; see
docs/deck.md."""

from __future__ import annotations


def aes256_encryption(password: str):
    """A reportlab encryption object for *password* at AES-256 strength
    (never reportlab's 40-bit RC4 default). Everything is permitted once the
    deck is opened: the password is about who may read it."""
    import os

    import pyaes
    from reportlab.lib.pdfencrypt import StandardEncryption

    class Aes256Encryption(StandardEncryption):
        """StandardEncryption(strength=256) as the PDF specification has it."""

        def prepare(self, document, overrideID=None):  # noqa: N803 - reportlab's signature
            super().prepare(document, overrideID)
            self.UE, self.OE, self.Perms = self.UE[:32], self.OE[:32], self.Perms[:16]

        def encode(self, t):
            """AES-256-CBC with a random IV in front and one PKCS#7 padding."""
            if not self.prepared or self.objnum is None:
                return super().encode(t)  # raises reportlab's own error
            data = t.encode("latin-1") if isinstance(t, str) else bytes(t)  # reportlab's byte strings
            encrypter = pyaes.Encrypter(pyaes.AESModeOfOperationCBC(self.key, iv=(iv := os.urandom(16))))
            return iv + encrypter.feed(data) + encrypter.feed()

    return Aes256Encryption(password, password, strength=256)
