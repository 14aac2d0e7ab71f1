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

import re
import unicodedata
from dataclasses import dataclass

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


def style_run(run, style: Style, text: str) -> None:
    """Give *run* its size, weight, colour, the three fonts and the language tags."""
    font = run.font
    font.size = Pt(style.size)
    font.bold = style.bold
    _colour(run._r.get_or_add_rPr(), style.colour)
    set_fonts(run._r.get_or_add_rPr(), language_of(text))


def set_fonts(rpr, lang: str) -> None:
    """Set ``lang``/``altLang`` and the latin, ea and cs fonts on an
    ``a:rPr`` / ``a:defRPr`` / ``a:endParaRPr`` element (schema order kept)."""
    rpr.set("lang", lang)
    rpr.set("altLang", "en-US" if lang == "zh-CN" else "zh-CN")
    for tag in ("a:latin", "a:ea", "a:cs", "a:sym"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    latin = etree.SubElement(rpr, qn("a:latin"), typeface=LATIN_FONT)
    ea = etree.SubElement(rpr, qn("a:ea"), typeface=EA_FONT, panose=EA_PANOSE, pitchFamily=EA_PITCH,
                          charset=EA_CHARSET)
    cs = etree.SubElement(rpr, qn("a:cs"), typeface=LATIN_FONT)
    # a:latin/a:ea/a:cs must follow a:ln and fills/effects and precede a:hlinkClick etc.
    anchor = None
    for child in rpr:
        if child.tag in (qn("a:ln"), qn("a:noFill"), qn("a:solidFill"), qn("a:gradFill"), qn("a:blipFill"),
                         qn("a:pattFill"), qn("a:grpFill"), qn("a:effectLst"), qn("a:effectDag"),
                         qn("a:highlight"), qn("a:uLnTx"), qn("a:uLn"), qn("a:uFillTx"), qn("a:uFill")):
            anchor = child
    for element in (latin, ea, cs):
        rpr.remove(element)
    position = list(rpr).index(anchor) + 1 if anchor is not None else 0
    for offset, element in enumerate((latin, ea, cs)):
        rpr.insert(position + offset, element)


def _colour(rpr, colour: str) -> None:
    """A solid fill of *colour* as the run's first fill (RGB or theme colour)."""
    for old in rpr.findall(qn("a:solidFill")):
        rpr.remove(old)
    fill = etree.Element(qn("a:solidFill"))
    fill.append(colour_element(colour))
    ln = rpr.find(qn("a:ln"))
    rpr.insert(list(rpr).index(ln) + 1 if ln is not None else 0, fill)


def colour_element(colour: str):
    """``a:srgbClr`` for ``#RRGGBB``, ``a:schemeClr`` for a theme colour name."""
    if colour.startswith("#"):
        return etree.Element(qn("a:srgbClr"), val=colour[1:].upper())
    return etree.Element(qn("a:schemeClr"), val=colour)


def fill_frame(frame, paragraphs: list[list[tuple[str, Style]]], *, align=None, line_spacing: float = 1.25,
               space_after: float = 0.0, bullets: list[str | None] | None = None, indents: list[int] | None = None):
    """Replace the text of *frame* (a TextFrame) with *paragraphs*: each a
    list of ``(text, style)`` runs; ``\\n`` inside a run becomes a line
    break. *line_spacing* is a multiple of each paragraph's first run size
    (set in points, so every program breaks the same lines); *bullets* gives
    a bullet character per paragraph (None: none); *indents* a level."""
    frame.clear()
    for index, runs in enumerate(paragraphs or [[("", Style(12))]]):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        size = runs[0][1].size if runs else 12
        paragraph.line_spacing = Pt(round(size * line_spacing, 1))
        if space_after:
            paragraph.space_after = Pt(space_after)
        if align is not None:
            paragraph.alignment = align
        level = indents[index] if indents else 0
        if bullets and bullets[index]:
            _bullet(paragraph, bullets[index], size, level)
        for text, style in runs:
            for number, line in enumerate(clean(text).split("\n")):
                if number:
                    paragraph.add_line_break()
                if line:
                    run = paragraph.add_run()
                    run.text = line
                    style_run(run, style, line)
        end = paragraph._p.get_or_add_endParaRPr()
        end.set("sz", str(int(size * 100)))
        set_fonts(end, language_of("".join(t for t, _ in runs)))
    return frame


def _bullet(paragraph, char: str, size: float, level: int) -> None:
    """A hanging bullet (*char*, or ``1.`` style numbering for ``#``)."""
    ppr = paragraph._p.get_or_add_pPr()
    indent = Pt(size * 1.3)
    ppr.set("marL", str(int(indent + Pt(size * 1.3) * level)))
    ppr.set("indent", str(-int(indent)))
    if char == "#":
        etree.SubElement(ppr, qn("a:buFont"), typeface=LATIN_FONT)
        etree.SubElement(ppr, qn("a:buAutoNum"), type="arabicPeriod")
    else:
        colour = etree.SubElement(ppr, qn("a:buClr"))
        colour.append(colour_element("accent1"))
        etree.SubElement(ppr, qn("a:buFont"), typeface=LATIN_FONT)
        etree.SubElement(ppr, qn("a:buChar"), char=char)


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
