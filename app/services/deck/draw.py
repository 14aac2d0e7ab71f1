"""Drawing laid-out slides on a reportlab canvas: backgrounds, title row,
logo, footer ("plan title … confidentiality · page / total"), the placed
flowables and the outline entries."""

from __future__ import annotations

import io
import logging

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.services.deck.fonts import PDF_FONT
from app.services.deck.frames import COVER_BAND_BOTTOM, COVER_LOGO, COVER_X
from app.services.deck.messages import MESSAGES
from app.services.deck.slides import Slide
from app.services.deck.text import TextChecker
from app.services.deck.theme import (
    FOOTER_RULE_Y,
    FOOTER_TEXT_Y,
    LOGO_BOX,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    TITLE_H,
    TITLE_TOP,
    Theme,
)

FOOTER_SIZE = 9
log = logging.getLogger("app.services.deck")


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
        kwargs["initialFontName"] = PDF_FONT
        super().__init__(*args, **kwargs)

    def deck_font(self, name: str) -> str:
        """The font to use for a request of *name*: always the deck font."""
        if name != PDF_FONT and name not in self.substituted:
            where = self.section or "the deck frame"
            self.substituted[name] = where
            log.warning("Deck section %s asked for font %s; drawn in %s instead.", where, name, PDF_FONT)
        return PDF_FONT

    def setFont(self, psfontname, size, leading=None):  # noqa: N802 - reportlab's name
        super().setFont(self.deck_font(psfontname), size, leading)

    def beginText(self, x=0, y=0, direction=None):  # noqa: N802 - reportlab's name
        return _DeckTextObject(self, x, y, direction=direction)


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


class SlideDrawer:
    """Draws the slides of one deck on *canvas*."""

    def __init__(self, canvas, theme: Theme, checker: TextChecker):
        self.canvas = canvas
        self.theme = theme
        self.logo = self._logo(theme.logo, checker)

    @staticmethod
    def _logo(data: bytes | None, checker: TextChecker):
        if not data:
            return None
        try:
            reader = ImageReader(io.BytesIO(data))
            reader.getSize()
            return reader
        except Exception:  # noqa: BLE001 - a damaged image must not stop the deck
            checker.note(MESSAGES("logo_unreadable"))
            return None

    def draw(self, slide: Slide, page: int, total: int) -> None:
        """Draw *slide* as page *page* of *total* and end the page."""
        c, theme = self.canvas, self.theme
        if isinstance(c, DeckCanvas):
            c.section = slide.section
        if slide.bookmark:
            key = f"section-{page}"
            c.bookmarkPage(key)
            c.addOutlineEntry(self._outline_text(slide.bookmark), key, level=slide.bookmark_level, closed=True)
        if slide.kind in ("divider", "closing"):
            self._fill(0, 0, PAGE_W, PAGE_H, theme.brand)
        elif slide.kind == "cover":
            self._fill(0, COVER_BAND_BOTTOM, PAGE_W, PAGE_H - COVER_BAND_BOTTOM, theme.brand)
            self._fill(0, COVER_BAND_BOTTOM - 6, PAGE_W, 6, theme.soft)
            if self.logo:
                w, h = COVER_LOGO
                self._draw_logo(PAGE_W - COVER_X - w, COVER_BAND_BOTTOM - 44 - h, w, h)
        else:
            self._content_chrome(slide)
        for box, style in slide.boxes:
            self._decorate(box, style)
        for item in slide.items:
            item.flowable.drawOn(c, item.x, item.top - item.height)
        if slide.kind == "cover":
            self._cover_footer()
        else:
            self._footer(slide, page, total)
        c.showPage()

    # -- pieces ----------------------------------------------------------------
    def _fill(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.canvas.setFillColor(HexColor(colour))
        self.canvas.rect(x, y, w, h, stroke=0, fill=1)

    def _draw_logo(self, x: float, y: float, w: float, h: float) -> None:
        """The logo scaled into the box, right-aligned and centred vertically."""
        iw, ih = self.logo.getSize()
        scale = min(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale
        self.canvas.drawImage(self.logo, x + w - dw, y + (h - dh) / 2, dw, dh, mask="auto")

    def _content_chrome(self, slide: Slide) -> None:
        c = self.canvas
        if slide.title_flowable is not None:  # wrapped to the title row when it was fitted
            slide.title_flowable.drawOn(c, MARGIN_X, TITLE_TOP - TITLE_H)  # bottom-aligned, above the accent
        self._fill(MARGIN_X, TITLE_TOP - TITLE_H - 10, 56, 3.5, self.theme.brand)
        if self.logo:
            w, h = LOGO_BOX
            self._draw_logo(PAGE_W - MARGIN_X - w, TITLE_TOP - TITLE_H + (TITLE_H - h) / 2, w, h)

    def _decorate(self, box, style: str) -> None:
        """Backgrounds of cards and grid cells (charts need none)."""
        c = self.canvas
        bottom = box.top - box.height
        if style == "card":
            self._fill(box.x, bottom, box.width, box.height, self.theme.tint)
            self._fill(box.x, box.top - 3, box.width, 3, self.theme.brand)
        elif style == "cell":
            c.setStrokeColor(HexColor(RULE))
            c.setLineWidth(0.8)
            c.roundRect(box.x, bottom, box.width, box.height, 6, stroke=1, fill=0)

    def _footer(self, slide: Slide, page: int, total: int) -> None:
        c, theme = self.canvas, self.theme
        on_colour = slide.kind in ("divider", "closing")
        colour = theme.soft if on_colour and theme.on_brand == "#FFFFFF" else (theme.on_brand if on_colour else MUTED)
        if not on_colour:
            c.setStrokeColor(HexColor(RULE))
            c.setLineWidth(0.5)
            c.line(MARGIN_X, FOOTER_RULE_Y, PAGE_W - MARGIN_X, FOOTER_RULE_Y)
        number = f"{page} / {total}"
        right = number
        if theme.confidentiality:
            label = fit_line(theme.confidentiality, 220)
            right = f"{label}  ·  {number}"
        right_w = stringWidth(right, PDF_FONT, FOOTER_SIZE)
        left = fit_line(theme.footer, PAGE_W - 2 * MARGIN_X - right_w - 32)
        c.setFillColor(HexColor(colour))
        c.setFont(PDF_FONT, FOOTER_SIZE)
        c.drawString(MARGIN_X, FOOTER_TEXT_Y, left)
        c.drawRightString(PAGE_W - MARGIN_X, FOOTER_TEXT_Y, right)

    def _cover_footer(self) -> None:
        if not self.theme.confidentiality:
            return
        c = self.canvas
        c.setFillColor(HexColor(MUTED))
        c.setFont(PDF_FONT, 10)
        c.drawString(COVER_X, FOOTER_TEXT_Y, fit_line(self.theme.confidentiality, PAGE_W - 2 * COVER_X, 10))

    @staticmethod
    def _outline_text(text: str) -> str:
        return " ".join(text.split())[:200]
