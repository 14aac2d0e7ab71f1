"""The PDF renderer: draws a laid-out Deck (the slide model) with reportlab.

It decides only how blocks look: the brand band, tracker and headline, the
footer, fills and rules; text is set with the line breaks measure.wrap gives
(the same the layout sized the boxes with), charts are drawn natively
(pdf_charts). Model coordinates are from the top of the page; reportlab's
from the bottom: ``Y(y) = PAGE_H - y``."""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from app.services.deck.fonts import PDF_FONT
from app.services.deck.layouts import measure
from app.services.deck.model import HEADLINE_BOX, MARGIN_X, PAGE_H, PAGE_W, TRACKER_BOX, Deck, Slide
from app.services.deck.pdf.draw import FOOTER_SIZE, DeckCanvas, fit_line

LOGO_W, LOGO_H = 132.0, 40.0
COVER_BAND_BOTTOM = 328.0


def Y(y: float) -> float:  # noqa: N802 - reads like the coordinate it converts
    """A model y (from the top) as a reportlab y (from the bottom)."""
    return PAGE_H - y


class PdfRenderer:
    """Draws the slides of one Deck on a DeckCanvas."""

    def __init__(self, canvas: DeckCanvas, deck: Deck, notes_log=None):
        self.c = canvas
        self.deck = deck
        self.theme = deck.theme
        self.logo = _logo(self.theme.logo)
        self.bookmarks = 0

    def image(self, data: bytes):
        """An ImageReader of *data* (None when it cannot be read)."""
        return _logo(data)

    # -- text ----------------------------------------------------------------
    def lines(self, lines, x: float, top: float, width: float, size: float, colour: str,
              align: str = "left", bold: bool = False) -> float:
        """Draw *lines* (already broken) from *top*; returns the y below them.
        *bold* strokes the glyph outlines too (the deck font has no bold face)."""
        c = self.c
        if not lines:
            return top
        c.setFillColor(_colour(colour))
        c.setFont(PDF_FONT, size)
        leading = size * measure.LEADING
        baseline = top + size * 0.95 + (leading - size) / 2
        for line in lines:
            w = measure.width_of(line, size) if align != "left" else 0.0
            left = x + (width - w) / 2 if align == "center" else x + width - w if align == "right" else x
            if bold:
                c.setStrokeColor(_colour(colour))
                c.setLineWidth(size * 0.035)
                text = c.beginText(left, Y(baseline))
                text.setFont(PDF_FONT, size)
                text.setTextRenderMode(2)
                text.textOut(line)
                c.drawText(text)
            else:
                c.drawString(left, Y(baseline), line)
            baseline += leading
        return top + leading * len(lines)

    def text(self, text: str, x: float, top: float, width: float, size: float, colour: str,
             align: str = "left") -> float:
        """Wrap *text* to *width* and draw it from *top*; returns the y below it."""
        return self.lines(measure.wrap(text, width, size), x, top, width, size, colour, align)

    def fill(self, x: float, y: float, w: float, h: float, colour: str, radius: float = 0.0) -> None:
        """A filled rectangle given in model coordinates."""
        self.c.setFillColor(_colour(colour))
        if radius:
            self.c.roundRect(x, Y(y + h), w, h, radius, stroke=0, fill=1)
        else:
            self.c.rect(x, Y(y + h), w, h, stroke=0, fill=1)

    def rule(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 0.6) -> None:
        """A line in model coordinates."""
        self.c.setStrokeColor(_colour(colour))
        self.c.setLineWidth(width)
        self.c.line(x1, Y(y1), x2, Y(y2))

    # -- slides --------------------------------------------------------------
    def draw(self, slide: Slide, page: int, total: int) -> None:
        """Draw *slide* as page *page* of *total* and end the page."""
        from app.services.deck.pdf import pdf_blocks

        c, theme = self.c, self.theme
        c.section = slide.section
        if slide.bookmark:
            key = f"s{page}"
            c.bookmarkPage(key)
            c.addOutlineEntry(" ".join(slide.bookmark.split())[:200], key, level=slide.bookmark_level, closed=True)
        if slide.kind in ("divider", "closing"):
            self.fill(0, 0, PAGE_W, PAGE_H, theme.brand)
        elif slide.kind == "cover":
            self.fill(0, 0, PAGE_W, COVER_BAND_BOTTOM, theme.brand)
            self.fill(0, COVER_BAND_BOTTOM, PAGE_W, 6, theme.soft)
            if self.logo:
                self._logo_at(PAGE_W - 64 - 170, COVER_BAND_BOTTOM + 40, 170, 90)
        else:
            self._content_chrome(slide)
        for block in slide.blocks:
            pdf_blocks.draw_block(self, block, slide)
        if slide.kind == "cover":
            if self.deck.confidentiality:
                self.c.setFillColor(_colour(theme.muted))
                self.c.setFont(PDF_FONT, FOOTER_SIZE)
                self.c.drawString(64, 24, fit_line(self.deck.confidentiality, PAGE_W - 128))
        else:
            self._footer(slide, page, total)
        c.showPage()

    def draw_all(self, progress=None) -> None:
        """Every slide of the deck (``progress(done, total)`` after each)."""
        slides = self.deck.slides
        total = len(slides)
        if progress:
            progress(0, total)
        for page, slide in enumerate(slides, 1):
            self.draw(slide, page, total)
            if progress:
                progress(page, total)

    def _content_chrome(self, slide: Slide) -> None:
        theme = self.theme
        if slide.tracker:
            self.c.setFillColor(_colour(theme.ink))
            self.c.setFont(PDF_FONT, 10)
            self.c.drawString(TRACKER_BOX.x, Y(TRACKER_BOX.y + 11), fit_line(slide.tracker, TRACKER_BOX.w, 10))
        width = HEADLINE_BOX.w - (148.0 if self.logo else 0.0)
        lines = measure.wrap(slide.headline, width, slide.headline_size)[:2]
        used = len(lines) * slide.headline_size * measure.LEADING
        top = HEADLINE_BOX.y + max(0.0, HEADLINE_BOX.h - used)  # bottom-aligned above the accent
        self.lines(lines, HEADLINE_BOX.x, top, width, slide.headline_size, theme.text)
        self.fill(MARGIN_X, HEADLINE_BOX.bottom + 4, 56, 3.5, theme.brand)
        if self.logo:
            self._logo_at(PAGE_W - MARGIN_X - LOGO_W, HEADLINE_BOX.y + (HEADLINE_BOX.h - LOGO_H) / 2, LOGO_W, LOGO_H)

    def _footer(self, slide: Slide, page: int, total: int) -> None:
        c, theme = self.c, self.theme
        on_colour = slide.kind in ("divider", "closing")
        colour = theme.soft if on_colour and theme.on_brand == "#FFFFFF" else (theme.on_brand if on_colour else
                                                                               theme.muted)
        if not on_colour:
            self.rule(MARGIN_X, PAGE_H - 44, PAGE_W - MARGIN_X, PAGE_H - 44, theme.rule, 0.5)
        right = f"{page} / {total}"
        if self.deck.confidentiality:
            right = f"{fit_line(self.deck.confidentiality, 220)}  ·  {right}"
        from reportlab.pdfbase.pdfmetrics import stringWidth

        right_w = stringWidth(right, PDF_FONT, FOOTER_SIZE)
        left = fit_line(self.deck.footer, PAGE_W - 2 * MARGIN_X - right_w - 32)
        c.setFillColor(_colour(colour))
        c.setFont(PDF_FONT, FOOTER_SIZE)
        c.drawString(MARGIN_X, 24, left)
        c.drawRightString(PAGE_W - MARGIN_X, 24, right)

    def _logo_at(self, x: float, y: float, w: float, h: float) -> None:
        iw, ih = self.logo.getSize()
        scale = min(w / iw, h / ih)
        dw, dh = iw * scale, ih * scale
        self.c.drawImage(self.logo, x + w - dw, Y(y + (h + dh) / 2), dw, dh, mask="auto")


@lru_cache(maxsize=256)
def _colour(value: str):
    """A reportlab colour for ``#RRGGBB`` (made once per colour)."""
    return HexColor(value)


def _logo(data: bytes | None):
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # noqa: BLE001 - a damaged image: drawn without (the build notes it)
        return None


def image_reader(data: bytes | None):
    """An ImageReader for image bytes, or None when they cannot be read."""
    return _logo(data)
