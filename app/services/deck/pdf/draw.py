"""The deck's reportlab canvas (one font only) and the one-line fitter the
renderer's footer uses."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import rl_accel
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import PATH_OPS, Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.services.deck.fonts import PDF_FONT

FOOTER_SIZE = 9
_number = lru_cache(maxsize=8192)(fp_str)  # reportlab's number text, remembered: a deck repeats its positions
_ESCAPES = getattr(rl_accel, "_ESCAPEDICT", None)  # byte → its text in a PDF string (pure-Python reportlab)


def _escaped(chunk: bytes) -> str:
    """reportlab's escapePDF, one table lookup per byte done by str.translate."""
    return chunk.decode("latin-1").translate(_ESCAPES) if _ESCAPES is not None else escapePDF(chunk)


class _DeckTextObject(PDFTextObject):
    """A text object that, like its canvas, only ever uses the deck font."""

    def setFont(self, psfontname, size, leading=None):  # noqa: N802 - reportlab's name
        super().setFont(self._canvas.deck_font(psfontname), size, leading)

    def _setFont(self, psfontname, size):  # noqa: N802 - reportlab's name (Paragraph fragments use it)
        super()._setFont(self._canvas.deck_font(psfontname), size)


class DeckCanvas(Canvas):
    """A reportlab canvas whose only font is the deck font.

    reportlab falls back to standard Helvetica wherever a font is not set (a
    TableStyle without FONTNAME, a graphics String, a bullet): Helvetica is
    not embedded and has no Chinese, so a viewer substitutes some other font.
    Every font request is mapped to the deck font here, so no section can put
    another font into the PDF; each substitution is logged and recorded in
    ``substituted`` (font → first section) so the tests catch the renderer
    that asked, since its text was measured with the other font's metrics."""

    def __init__(self, *args, **kwargs):
        self.substituted: dict[str, str] = {}
        self.section: str | None = None  # the section of the slide being drawn
        self._text_operators: dict[tuple, str] = {}  # (text, size, leading) → its text operators (drawString)
        kwargs["initialFontName"] = PDF_FONT
        super().__init__(*args, **kwargs)

    def deck_font(self, name: str) -> str:
        """The font to use for a request of *name*: always the deck font."""
        if name != PDF_FONT and name not in self.substituted:
            where = self.section or "the deck frame"
            self.substituted[name] = where
            import logging  # only on this path: the export does not import logging otherwise

            logging.getLogger("app.services.deck").warning(
                "Deck section %s asked for font %s; drawn in %s instead.", where, name, PDF_FONT)
        return PDF_FONT

    def setFont(self, psfontname, size, leading=None):  # noqa: N802 - reportlab's name
        super().setFont(self.deck_font(psfontname), size, leading)

    def beginText(self, x=0, y=0, direction=None):  # noqa: N802 - reportlab's name
        return _DeckTextObject(self, x, y, direction=direction)

    # The methods below write the same operators as reportlab's, with the
    # numbers formatted once per value (reportlab's formatter is pure Python
    # and a deck writes tens of thousands of numbers, most of them repeated).
    def rect(self, x, y, width, height, stroke=1, fill=0):
        """reportlab's rect."""
        self._code.append(f"n {_number(x)} {_number(y)} {_number(width)} {_number(height)} re "
                          + PATH_OPS[stroke, fill, self._fillMode])

    def line(self, x1, y1, x2, y2):
        """reportlab's line."""
        self._code.append(f"n {_number(x1)} {_number(y1)} m {_number(x2)} {_number(y2)} l S")

    def setFillColor(self, aColor, alpha=None):  # noqa: N802, N803 - reportlab's names
        """reportlab's setFillColor."""
        if not self._set_rgb(aColor, alpha, "rg"):
            super().setFillColor(aColor, alpha)

    def setStrokeColor(self, aColor, alpha=None):  # noqa: N802, N803 - reportlab's names
        """reportlab's setStrokeColor."""
        if not self._set_rgb(aColor, alpha, "RG"):
            super().setStrokeColor(aColor, alpha)

    def _set_rgb(self, colour, alpha, operator: str) -> bool:
        """Set a plain RGB *colour* as reportlab does (*operator* ``rg``: the
        fill, ``RG``: the stroke); False, with nothing done, for any other colour."""
        if not isinstance(colour, Color) or isinstance(colour, CMYKColor) or self._enforceColorSpace:
            return False
        if operator == "rg":
            self._fillColorObj, set_alpha = colour, self.setFillAlpha
        else:
            self._strokeColorObj, set_alpha = colour, self.setStrokeAlpha
        self._code.append(f"{_rgb(colour.red, colour.green, colour.blue)} {operator}")
        if alpha is not None:
            set_alpha(alpha)
        elif getattr(colour, "alpha", None) is not None:
            set_alpha(colour.alpha)
        return True

    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None,  # noqa: N802, N803
                   shaping=False):
        """reportlab's drawString: for plain text in the deck font the same
        operators are written directly, without a text object, a width and
        the number formatting per call (a deck draws thousands of lines)."""
        if (mode is not None or charSpace or wordSpace or direction is not None or shaping or not self.bottomup
                or self._fontname != PDF_FONT):
            super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)
            return
        key = (text, self._fontsize, self._leading)
        body = self._text_operators.get(key)
        if body is None:  # a text drawn again (a header, a label) maps to the same subset codes
            font, doc = getFont(PDF_FONT), self._doc
            size = f"{_number(self._fontsize)} Tf {_number(self._leading)} TL"
            parts, current = [], -1
            for subset, chunk in font.splitString(text, doc):
                if subset != current:
                    parts.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
                    current = subset
                parts.append(f"({_escaped(chunk)}) Tj")
            body = self._text_operators[key] = " ".join(parts)
        self._code.append(f"BT 1 0 0 1 {_number(x)} {_number(y)} Tm {body} T* ET")


@lru_cache(maxsize=1024)
def _rgb(red: float, green: float, blue: float) -> str:
    return fp_str(red, green, blue)


def fit_line(text: str, width: float, size: float = FOOTER_SIZE) -> str:
    """*text* on one line of at most *width* points, cut with "…" if longer."""
    text = " ".join(text.split())
    if stringWidth(text, PDF_FONT, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", PDF_FONT, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


