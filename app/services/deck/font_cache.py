"""The deck font's parsed metrics kept between runs.

reportlab parses the 5 MB TrueType file's tables (character map, widths,
glyph positions) in ~0.3 s, at every cold export. The parsed face is kept in
the data folder's ``cache`` and read back in a few milliseconds:

- plain values only (marshal: numbers, strings, dicts, bytes; never code);
  the two per-glyph tables (advance/bearing pairs and glyph offsets, 50,000
  entries each) as packed integer arrays, not lists of tuples;
- a CRC-32 of the payload in front of it, so a damaged or half-written file
  is never used (it is parsed again and rewritten); a file from another font
  file, reportlab version or cache format has another name;
- written to a unique temporary name and renamed into place, so two exports
  at once never see each other's half-written file.

Any problem reading or writing the cache only costs that run the parse."""

from __future__ import annotations

import os
from array import array
from pathlib import Path

FORMAT = 3  # bump when the stored values or the check change
_CHECK_SIZE = 4


class PairedMetrics:
    """A face's ``hmetrics`` as two packed arrays: ``metrics[glyph]`` is the
    ``(advance width, left side bearing)`` pair reportlab's subsetter reads."""

    __slots__ = ("advances", "bearings")

    def __init__(self, advances: array, bearings: array):
        self.advances = advances
        self.bearings = bearings

    def __getitem__(self, glyph: int) -> tuple[int, int]:
        return self.advances[glyph], self.bearings[glyph]

    def __len__(self) -> int:
        return len(self.advances)


def cache_file(font_file: Path, folder: Path) -> Path:
    """The cache's file for *font_file* (its size and modification time) and
    this reportlab version, in *folder*."""
    from reportlab import Version

    stat = font_file.stat()
    return folder / f"deck-font-v{FORMAT}-{stat.st_size}-{stat.st_mtime_ns}-rl{Version}.marshal"


def load(path: Path, font_file: Path, name: str):
    """The TTFont called *name* rebuilt from the cache at *path*; None when
    there is none or it is damaged, stale or unreadable."""
    import marshal

    try:
        data = path.read_bytes()
    except OSError:
        return None
    check, payload = data[:_CHECK_SIZE], data[_CHECK_SIZE:]
    if len(check) < _CHECK_SIZE or _check(payload) != check:
        return None
    try:
        return _font_from(marshal.loads(payload), font_file, name)
    except Exception:  # noqa: BLE001 - a cache of an unexpected shape: parse the font
        return None


def store(path: Path, face) -> None:
    """Keep *face*'s parsed values at *path* (and remove older caches of the
    deck font beside it); a failure to write is ignored."""
    import marshal

    try:
        payload = marshal.dumps(_face_values(face))
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temp.write_bytes(_check(payload) + payload)
        temp.replace(path)
        for old in path.parent.glob("deck-font-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only data folder only costs the next export the parse
        pass


def _check(payload: bytes) -> bytes:
    """The payload's CRC-32 (damage, not tampering, is what it guards against:
    the cache is the user's own file, rebuilt from the font at any doubt)."""
    import zlib

    return zlib.crc32(payload).to_bytes(_CHECK_SIZE, "big")


def _face_values(face) -> dict:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    values = {}
    for key, value in face.__dict__.items():
        if key in ("_ttf_data", "_pdfScale", "glyphToChar", "hmetrics", "glyphPos"):
            continue  # the font bytes are read again; glyphToChar is only used while parsing
        values[key] = ("ttfname", bytes(value)) if isinstance(value, TTFNameBytes) else value
    # advances are read as integers, but reportlab scales those after the
    # last full metric to 1000 units (floats); the subsetter rounds both with int()
    values["hmetrics"] = ("pairs", array("d", (a for a, _ in face.hmetrics)).tobytes(),
                          array("q", (b for _, b in face.hmetrics)).tobytes())
    values["glyphPos"] = ("offsets", array("q", face.glyphPos).tobytes())
    return values


def _packed(data: bytes, kind: str = "q") -> array:
    values = array(kind)
    values.frombytes(data)
    return values


def _font_from(values: dict, font_file: Path, name: str):
    """A TTFont rebuilt from cached face values (the font bytes read again)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    for key, value in values.items():
        if isinstance(value, tuple) and len(value) == 2 and value[0] == "ttfname":
            value = TTFNameBytes(value[1])
        face.__dict__[key] = value
    _, advances, bearings = values["hmetrics"]
    face.hmetrics = PairedMetrics(_packed(advances, "d"), _packed(bearings))
    face.glyphPos = _packed(values["glyphPos"][1])
    if not (len(face.hmetrics) == face.numGlyphs and len(face.glyphPos) == face.numGlyphs + 1):
        raise ValueError("the cached glyph tables do not match the font")
    face._ttf_data = font_file.read_bytes()
    per_em = face.unitsPerEm
    face._pdfScale = (lambda x: x) if per_em == 1000 else (lambda x, m=1000 / per_em: x * m)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in getattr(ttfonts, "unShapedFontGlob", []) or [])
    return font
