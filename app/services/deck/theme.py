"""The slide canvas (16:9, 960 × 540 pt — PowerPoint's widescreen size) and
the theme taken from the plan: brand colour, logo, footer text.

Colours are plain ``#RRGGBB`` strings here; the reportlab styles are made in
:func:`paragraph_styles`, which imports reportlab only when called."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from app.services.deck.fonts import PDF_FONT

PAGE_W, PAGE_H = 960.0, 540.0
MARGIN_X = 48.0
TITLE_TOP, TITLE_H = PAGE_H - 34.0, 62.0  # title box: top edge and height
BODY_TOP, BODY_BOTTOM = PAGE_H - 118.0, 62.0  # body box: top and bottom edges
BODY_W = PAGE_W - 2 * MARGIN_X
BODY_H = BODY_TOP - BODY_BOTTOM
FOOTER_RULE_Y, FOOTER_TEXT_Y = 44.0, 24.0
LOGO_BOX = (132.0, 44.0)  # width, height of the logo in the title row
DEFAULT_BRAND = "#1F4E79"
PALETTE = ("#C8553D", "#588B8B", "#F28F3B", "#5B5F97", "#6D9F71", "#B5838D", "#E9C46A", "#8E9AAF")
TEXT, MUTED, RULE, PAPER = "#1F2328", "#5F6B76", "#D0D7DE", "#FFFFFF"


def _rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2) of ``#RRGGBB``."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _rgb(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(colour: str, other: str, amount: float) -> str:
    """*colour* moved *amount* (0 … 1) of the way towards *other*."""
    return _hex(tuple(c + (o - c) * amount for c, o in zip(_rgb(colour), _rgb(other), strict=True)))


@dataclass
class Theme:
    """Colours, logo and footer of one deck."""

    brand: str = DEFAULT_BRAND
    logo: bytes | None = None
    footer: str = ""  # plan title · confidentiality label (already cleaned text)
    confidentiality: str = ""
    language: str = "zh"

    @classmethod
    def from_overview(cls, overview: dict, footer: str, confidentiality: str, language: str) -> Theme:
        """The theme of a plan (its overview row); a missing or malformed
        brand colour falls back to a deep blue."""
        brand = overview.get("brand_color") or DEFAULT_BRAND
        if not (isinstance(brand, str) and len(brand) == 7 and brand.startswith("#")):
            brand = DEFAULT_BRAND
        try:
            _rgb(brand)
        except ValueError:
            brand = DEFAULT_BRAND
        return cls(brand.upper(), overview.get("logo") or None, footer, confidentiality, language)

    def model(self):
        """The slide model's Theme of this deck theme (colours, font, logo)."""
        from app.services.deck import fonts
        from app.services.deck.model import Theme as ModelTheme

        palette = (self.brand, *(c for c in PALETTE if c.upper() != self.brand.upper()))
        return ModelTheme(self.brand, self.on_brand, self.ink, self.tint, self.soft, TEXT, MUTED, RULE, palette,
                          "WenQuanYi Micro Hei", str(fonts.font_path()), self.logo)

    def footer_line(self) -> str:
        """The footer's left text: plan title · confidentiality label."""
        return " · ".join(part for part in (self.footer, self.confidentiality) if part)

    @cached_property
    def on_brand(self) -> str:
        """Text colour on a brand-coloured area: white, or near-black on a light brand."""
        return PAPER if contrast(self.brand, PAPER) >= contrast(self.brand, TEXT) else TEXT

    @cached_property
    def ink(self) -> str:
        """The brand colour for text and thin lines on white, darkened until
        it is readable (contrast ≥ 4.5)."""
        colour, step = self.brand, 0
        while contrast(colour, PAPER) < 4.5 and step < 20:
            colour, step = mix(colour, "#000000", 0.12), step + 1
        return colour

    @cached_property
    def tint(self) -> str:
        """A pale brand tint for card and zebra backgrounds."""
        return mix(self.brand, PAPER, 0.9)

    @cached_property
    def soft(self) -> str:
        """A light brand tint for secondary text on brand areas and chart fills."""
        return mix(self.brand, PAPER, 0.55)


def paragraph_styles(theme: Theme) -> dict:
    """reportlab ParagraphStyles of the slides, by name (body, bullet,
    table, table_head, card_title, card_text, caption, cover…)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    # wordWrap CJK breaks between Chinese characters and keeps Latin words
    # whole; splitLongWords (default on) breaks a token longer than a line.
    base = ParagraphStyle(
        "base",
        fontName=PDF_FONT,
        fontSize=15,
        leading=22,
        textColor=HexColor(TEXT),
        wordWrap="CJK",
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
        bulletFontName=PDF_FONT,
    )

    def style(name, **kw):
        return ParagraphStyle(name, parent=base, **kw)

    ink, on_brand = HexColor(theme.ink), HexColor(theme.on_brand)
    return {
        "body": style("body", spaceAfter=9),
        "body_compact": style("body_compact", fontSize=13.5, leading=19.5, spaceAfter=7),
        "bullet": style("bullet", leftIndent=22, bulletIndent=4, spaceAfter=8, bulletColor=ink),
        "bullet_compact": style(
            "bullet_compact", fontSize=13.5, leading=19.5, leftIndent=22, bulletIndent=4, spaceAfter=6, bulletColor=ink
        ),
        "cell_bullet": style(
            "cell_bullet", fontSize=13, leading=18, leftIndent=18, bulletIndent=2, spaceAfter=4, bulletColor=ink
        ),
        "agenda_number": style("agenda_number", fontSize=24, leading=30, textColor=ink),
        "agenda_item": style("agenda_item", fontSize=24, leading=30),
        "table": style("table", fontSize=13, leading=18),
        "table_head": style("table_head", fontSize=13, leading=18, textColor=on_brand),
        "card_title": style("card_title", fontSize=12, leading=16, textColor=ink, spaceAfter=4),
        "card_text": style("card_text", fontSize=17, leading=23),
        "cell_title": style("cell_title", fontSize=15, leading=20, textColor=ink, spaceAfter=6),
        "caption": style("caption", fontSize=12, leading=17, textColor=HexColor(MUTED)),
        "title": style("title", fontSize=26, leading=32),
        "cover_title": style("cover_title", fontSize=38, leading=48, textColor=on_brand),
        "cover_brand": style("cover_brand", fontSize=18, leading=24, textColor=on_brand),
        "cover_line": style("cover_line", fontSize=15, leading=22, textColor=HexColor(TEXT)),
        "cover_label": style("cover_label", fontSize=11, leading=15, textColor=HexColor(MUTED)),
        "divider_number": style("divider_number", fontSize=60, leading=66, textColor=on_brand),
        "divider_title": style("divider_title", fontSize=36, leading=46, textColor=on_brand),
        "closing_title": style("closing_title", fontSize=44, leading=54, textColor=on_brand, alignment=TA_CENTER),
        "closing_line": style("closing_line", fontSize=18, leading=26, textColor=on_brand, alignment=TA_CENTER),
        "closing_small": style("closing_small", fontSize=13, leading=19, textColor=on_brand, alignment=TA_CENTER),
        "footer_right": style("footer_right", fontSize=9, leading=12, textColor=HexColor(MUTED), alignment=TA_RIGHT),
    }

