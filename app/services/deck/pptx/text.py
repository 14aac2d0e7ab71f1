"""Text on its way into the PPTX: cleaned of what XML cannot hold, split into
paragraphs and runs, and every run given its fonts and language.

python-pptx escapes text itself (``<``, ``&`` are written as entities), so
plan text can never become markup or a relationship; what remains is to drop
the characters XML 1.0 forbids (control characters, lone surrogates), which
lxml would otherwise refuse with an exception.

Fonts (docs/deck.md, "PPTX"): every run names its Latin font, its
East-Asian font (``a:ea``) and its complex-script font, and carries a
language tag — ``zh-CN`` for a run holding Chinese, ``en-US`` otherwise, the
other as ``altLang`` — so spelling and line breaking are right in PowerPoint
and WPS. The East-Asian font carries the panose class and the GB2312
character set, which is how PowerPoint, WPS and LibreOffice pick a Chinese
sans-serif (PingFang SC on macOS, Noto Sans CJK SC on Linux) where
Microsoft YaHei is not installed."""

from __future__ import annotations

import contextlib
import contextvars
import copy
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from pptx.oxml.ns import qn
from pptx.util import Pt

LATIN_FONT = "Arial"
EA_FONT = "Microsoft YaHei"
EA_PANOSE = "020B0503020204020204"  # Microsoft YaHei's class: a sans-serif
EA_CHARSET = "-122"  # GB2312 (134) as a signed byte, as PowerPoint writes it
EA_PITCH = "34"  # variable pitch, Swiss family

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Style:
    """How a run looks: size in points, bold, colour (``#RRGGBB`` or a theme
    colour name such as ``accent1``/``tx1``/``bg1``)."""

    size: float
    colour: str = "#1F2328"
    bold: bool = False


def clean(value: object) -> str:
    """*value* as text a slide can hold: line ends as ``\\n``, tabs and odd
    breaks as spaces, invisible controls and characters XML forbids dropped."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\t", " ").replace("\x0b", " ").replace("\x0c", " ")
    text = _XML_BAD.sub("", text)
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) != "Cf" or c in "\u200d")
    return text


def language_of(text: str) -> str:
    """``zh-CN`` when *text* holds a CJK character, else ``en-US``."""
    return "zh-CN" if _CJK.search(text) else "en-US"


_T = {name: qn(f"a:{name}") for name in (
    "p", "pPr", "r", "rPr", "t", "br", "endParaRPr", "solidFill", "srgbClr", "schemeClr", "latin", "ea", "cs", "sym",
    "lnSpc", "spcAft", "spcPts", "buClr", "buFont", "buChar", "buAutoNum", "buNone", "ln")}
_EMU_PER_PT = 12700
_ALIGN_CODES = {"LEFT": "l", "CENTER": "ctr", "RIGHT": "r", "JUSTIFY": "just"}
BULLET_INDENT = 20.0  # points per list level (the layout's indent)


def style_run(run, style: Style, text: str) -> None:
    """Give *run* (a python-pptx run) its size, weight, colour, the three
    fonts and the language tags."""
    rpr = run._r.get_or_add_rPr()
    _run_properties(rpr, style, language_of(text))


def _run_properties(rpr, style: Style, lang: str) -> None:
    rpr.set("sz", str(round(style.size * 100)))
    rpr.set("b", "1" if style.bold else "0")
    for old in rpr.findall(_T["solidFill"]):
        rpr.remove(old)
    fill = rpr.makeelement(_T["solidFill"], {})
    fill.append(colour_element(style.colour))
    ln = rpr.find(_T["ln"])
    rpr.insert(list(rpr).index(ln) + 1 if ln is not None else 0, fill)
    set_fonts(rpr, lang)


@lru_cache(maxsize=512)
def _run_template(style: Style, lang: str, slots: tuple):
    """A finished ``a:rPr`` for *style* and *lang*; runs get a copy (a C-level
    copy of five elements is far cheaper than building them)."""
    rpr = etree.Element(_T["rPr"])
    _run_properties(rpr, style, lang)
    return rpr


def _new_run_properties(parent, style: Style, lang: str) -> None:
    """Append the ``a:rPr`` of *style*/*lang* to a new run or break."""
    parent.append(copy.deepcopy(_run_template(style, lang, _SLOTS.get())))


def set_fonts(rpr, lang: str) -> None:
    """Set ``lang``/``altLang`` and the latin, ea and cs fonts on an
    ``a:rPr`` / ``a:defRPr`` / ``a:endParaRPr`` element (schema order kept:
    after line, fills and effects, before hyperlinks)."""
    rpr.set("lang", lang)
    rpr.set("altLang", "en-US" if lang == "zh-CN" else "zh-CN")
    for tag in ("latin", "ea", "cs", "sym"):
        for old in rpr.findall(_T[tag]):
            rpr.remove(old)
    position = 0
    for index, child in enumerate(rpr):
        if child.tag not in _AFTER_FONTS:
            position = index + 1
        else:
            break
    for offset, element in enumerate(_font_elements(rpr)):
        rpr.insert(position + offset, element)


_AFTER_FONTS = {qn(f"a:{name}") for name in ("hlinkClick", "hlinkMouseOver", "rtl", "extLst")}


def _font_elements(parent) -> tuple:
    make = parent.makeelement
    return (make(_T["latin"], {"typeface": LATIN_FONT}),
            make(_T["ea"], {"typeface": EA_FONT, "panose": EA_PANOSE, "pitchFamily": EA_PITCH, "charset": EA_CHARSET}),
            make(_T["cs"], {"typeface": LATIN_FONT}))


# The theme's colours by value → their slot, while a deck is written (see
# theme_slots): text and fills in the brand, ink, tint, text or white colour
# refer to the theme, so Design › Variants recolours them.
_SLOTS: contextvars.ContextVar[tuple[tuple[str, str], ...]] = contextvars.ContextVar("pptx_slots", default=())


@contextlib.contextmanager
def theme_slots(theme):
    """Within the block, colours equal to *theme*'s brand, ink, tint, text
    colour or white are written as theme colours (accent1, tx2, bg2, tx1,
    bg1) rather than RGB. Context-local: safe in a worker thread."""
    pairs = (("#FFFFFF", "bg1"), (theme.text, "tx1"), (theme.tint, "bg2"), (theme.ink, "tx2"), (theme.brand, "accent1"))
    token = _SLOTS.set(tuple((colour.upper(), slot) for colour, slot in pairs))
    try:
        yield
    finally:
        _SLOTS.reset(token)


def colour_element(colour: str):
    """``a:schemeClr`` for a theme colour name or a colour the theme holds
    (see theme_slots), else ``a:srgbClr`` for ``#RRGGBB``."""
    if colour.startswith("#"):
        value = colour.upper()
        slot = next((name for known, name in reversed(_SLOTS.get()) if known == value), None)
        if slot is None:
            return etree.Element(_T["srgbClr"], val=value[1:])
        colour = slot
    return etree.Element(_T["schemeClr"], val=colour)


class BodyFrame:
    """A text body element (``p:txBody``/``a:txBody``) where fill_frame wants
    a text frame: python-pptx's frame objects are costly to look up."""

    def __init__(self, tx_body) -> None:
        self._txBody = tx_body


def fill_frame(frame, paragraphs: list[list[tuple[str, Style]]], *, align=None, line_spacing: float = 1.25,
               space_after: float | list[float] = 0.0, bullets: list[str | None] | None = None,
               indents: list[int] | None = None):
    """Replace the text of *frame* (a TextFrame) with *paragraphs*: each a
    list of ``(text, style)`` runs; ``\\n`` inside a run becomes a line
    break. *line_spacing* is a multiple of each paragraph's first run size
    (set in points, so every program breaks the same lines); *space_after*
    points after each paragraph (one value, or one per paragraph); *align* a
    PP_ALIGN; *bullets* a bullet character per paragraph (``#``: numbered;
    None: no bullet); *indents* a list level per paragraph.

    The XML is built directly (python-pptx's run API costs ~1 ms a run)."""
    body = frame._txBody
    for old in body.findall(_T["p"]):
        body.remove(old)
    code = _ALIGN_CODES.get(getattr(align, "name", ""), None) if align is not None else None
    for index, runs in enumerate(paragraphs or [[("", Style(12))]]):
        size = runs[0][1].size if runs else 12.0
        p = etree.SubElement(body, _T["p"])
        ppr = etree.SubElement(p, _T["pPr"], hangingPunct="0")  # punctuation stays inside the box
        if code:
            ppr.set("algn", code)
        spacing = etree.SubElement(ppr, _T["lnSpc"])
        etree.SubElement(spacing, _T["spcPts"], val=str(round(size * line_spacing * 100)))
        gap = space_after[index] if isinstance(space_after, list) else space_after
        if gap:
            after = etree.SubElement(ppr, _T["spcAft"])
            etree.SubElement(after, _T["spcPts"], val=str(round(gap * 100)))
        mark = bullets[index] if bullets else None
        if mark:
            _bullet(ppr, mark, indents[index] if indents else 0)
        elif bullets is not None:
            etree.SubElement(ppr, _T["buNone"])
        text_so_far = []
        for text, style in runs:
            for number, line in enumerate(clean(text).split("\n")):
                if number:
                    _new_run_properties(etree.SubElement(p, _T["br"]), style, language_of(line))
                if line:
                    r = etree.SubElement(p, _T["r"])
                    _new_run_properties(r, style, language_of(line))
                    etree.SubElement(r, _T["t"]).text = line
                    text_so_far.append(line)
        end = etree.SubElement(p, _T["endParaRPr"], sz=str(round(size * 100)))
        set_fonts(end, language_of("".join(text_so_far)))
    return frame


def _bullet(ppr, char: str, level: int) -> None:
    """A hanging bullet (*char*, or ``1.`` numbering for ``#``) at list *level*."""
    ppr.set("marL", str(round((level + 1) * BULLET_INDENT * _EMU_PER_PT)))
    ppr.set("indent", str(-round(BULLET_INDENT * _EMU_PER_PT)))
    if char == "#":
        etree.SubElement(ppr, _T["buFont"], typeface=LATIN_FONT)
        etree.SubElement(ppr, _T["buAutoNum"], type="arabicPeriod")
    else:
        colour = etree.SubElement(ppr, _T["buClr"])
        colour.append(colour_element("accent1"))
        etree.SubElement(ppr, _T["buFont"], typeface=LATIN_FONT)
        etree.SubElement(ppr, _T["buChar"], char=char)


def frame_box(frame, *, anchor: str = "t", inset: float = 0.0, wrap: bool = True) -> None:
    """Text-frame body properties: insets in points, vertical anchor, word
    wrap on, no autofit (the layout measured the text to fit its box)."""
    body = frame._txBody.bodyPr
    for side in ("lIns", "rIns", "tIns", "bIns"):
        body.set(side, str(int(Pt(inset))))
    body.set("anchor", anchor)
    body.set("wrap", "square" if wrap else "none")
    for old in list(body):
        if old.tag in (qn("a:spAutoFit"), qn("a:normAutofit"), qn("a:noAutofit")):
            body.remove(old)
    etree.SubElement(body, qn("a:noAutofit"))
