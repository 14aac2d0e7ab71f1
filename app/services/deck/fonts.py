"""The deck's one font: the bundled WenQuanYi Micro Hei (CJK and Latin, TrueType
outlines), registered with reportlab and matplotlib on first use, and the
check of a plan's characters against its character map.

reportlab, matplotlib and fontTools are imported inside the functions, so
importing this module costs nothing at start-up."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from pathlib import Path

from app.services.plan import paths

FONT_FILE = "WenQuanYiMicroHei.ttf"
PDF_FONT = "StratdeckSans"  # the name slides use in reportlab styles
PLACEHOLDER = "\ufffd"  # shown instead of a character the font lacks (reported first)

_LOCK = threading.Lock()
_registered: set[str] = set()

# Invisible characters that are dropped, never reported: bidi controls,
# zero-width (non-)joiners and spaces, the BOM, soft hyphen, variation selectors.
_VARIATION_SELECTORS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0))


def font_path() -> Path:
    """The bundled TrueType file (source tree and PyInstaller bundle alike)."""
    return paths.resources_dir() / "fonts" / FONT_FILE


def register_font() -> str:
    """Register the font with reportlab once (no platypus: the deck path
    draws with the canvas); return its reportlab name.

    reportlab embeds TrueType fonts as subsets automatically (only the glyphs
    a deck uses, under a name like ``ABCDEF+…``)."""
    if "font" in _registered:
        return PDF_FONT
    with _LOCK:
        if "font" not in _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            pdfmetrics.registerFont(_load_font())
            # The font has one face; bold and italic requests use it too, so
            # no markup can ask for a face that would fall back to Helvetica.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(PDF_FONT, bold, italic, PDF_FONT)
            _registered.add("font")
    return PDF_FONT


def register_reportlab() -> str:
    """Register the font and set platypus up for it (tables default to it,
    paragraphs break lines by the Chinese rules) for documents built with
    platypus (the one-page playbook PDF); return the font's reportlab name."""
    register_font()
    with _LOCK:
        if "reportlab" not in _registered:
            from reportlab.platypus.tables import CellStyle

            # A table without a FONTNAME command sets Helvetica on every cell it
            # draws (even when the cells are Paragraphs): make the deck font the default.
            CellStyle.fontname = PDF_FONT
            from app.services.deck.layouts import linebreak

            linebreak.install()  # Chinese kinsoku; English words kept whole in narrow columns
            _registered.add("reportlab")
    return PDF_FONT


def register_matplotlib() -> str:
    """Register the font with matplotlib once, make it the default family
    (``rcParams['font.family']``) and return its family name."""
    with _LOCK:
        from matplotlib import font_manager, rcParams

        name = font_manager.FontProperties(fname=str(font_path())).get_name()
        if "matplotlib" not in _registered:
            font_manager.fontManager.addfont(str(font_path()))
            rcParams["font.family"] = [name]
            rcParams["axes.unicode_minus"] = False  # U+2212 is drawn, but '-' matches the slides
            _registered.add("matplotlib")
    return name


@cache
def font_characters() -> Collection[int]:
    """Code points the bundled font has a glyph for (its best cmap)."""
    if "font" in _registered:  # a deck build: reportlab has read the same cmap already (~0.12 s saved)
        from reportlab.pdfbase.pdfmetrics import getFont

        return getFont(PDF_FONT).face.charToGlyph.keys()  # a set view, not a copy of 35,000 codes
    return cmap_characters()


def cmap_characters() -> frozenset[int]:
    """Code points of the font's best cmap read with fontTools (without reportlab)."""
    from fontTools.ttLib import TTFont

    with TTFont(str(font_path()), lazy=True) as font:
        return frozenset(font.getBestCmap())


@lru_cache(maxsize=65536)
def classify(char: str) -> str:
    """How the deck treats *char*: ``'keep'``, ``'newline'``, ``'space'``,
    ``'drop'`` (invisible control or format character) or ``'missing'``."""
    if char in "\n\u2028\u2029":
        return "newline"
    if char in "\t\r\x0b\x0c":
        return "space"
    code = ord(char)
    category = unicodedata.category(char)
    if category in ("Cc", "Cf") or any(code in r for r in _VARIATION_SELECTORS):
        return "drop"
    if category == "Zs":
        return "keep" if code in font_characters() else "space"
    if category == "Cs":  # a lone surrogate cannot even be written to a PDF
        return "missing"
    return "keep" if code in font_characters() else "missing"


def missing_characters(texts: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Characters of *texts* the font cannot draw, each with where it first
    occurs. *texts* is an iterable of ``(where, text)`` pairs, e.g.
    ``("objective 3", "Grow 😀")`` → ``{"😀": "objective 3"}``.

    Whitespace is layout, and invisible control or format characters
    (zero-width space, bidi marks, variation selectors…) are dropped when the
    deck is drawn, so neither is reported."""
    found: dict[str, str] = {}
    for where, text in texts:
        for char in set(text or ""):
            if char not in found and classify(char) == "missing":
                found[char] = where
    return found


def describe_character(char: str) -> str:
    """``U+1F600 😀`` — the code point, and the character when printable."""
    code = f"U+{ord(char):04X}"
    if unicodedata.category(char) in ("Cs", "Mn", "Me") or not char.isprintable():
        return code
    return f"{code} {char}"


def _load_font():
    """The deck font as a reportlab TTFont: from the parsed-font cache in the
    data folder when it is there and sound (font_cache), else parsed (~0.3 s)
    and the cache written for the next run."""
    from reportlab.pdfbase.ttfonts import TTFont

    from app.services.deck import font_cache

    try:
        cache = font_cache.cache_file(font_path(), paths.data_dir() / "cache")
    except Exception:  # noqa: BLE001 - no data folder: parse the font every time
        cache = None
    font = font_cache.load(cache, font_path(), PDF_FONT) if cache is not None else None
    if font is None:
        font = TTFont(PDF_FONT, str(font_path()))
        if cache is not None:
            font_cache.store(cache, font.face)
    return font
