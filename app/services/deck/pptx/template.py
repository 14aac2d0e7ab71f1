"""The generated template every PPTX deck starts from: python-pptx's blank
presentation made 16:9 (960 × 540 pt), with a slide master and layouts that
carry the plan's theme.

- The **theme** (``ppt/theme/theme1.xml``) holds the brand colour as
  ``accent1`` (and the deck palette as ``accent2``…``accent6``, the readable
  brand ink as ``dk2``, the pale tint as ``lt2``) and the fonts (Latin and
  East-Asian, for headings and body). Shapes that are "the brand" refer to
  ``accent1`` rather than to an RGB value, so Design › Variants or a company
  template applied later recolours the whole deck.
- The **master** places the title (the slide's headline), the body, the
  footer (left) and the slide number (right) where the deck draws them, in
  the deck's sizes and colours; cover and section-header layouts have the
  brand colour as their background.

Slides use the standard layouts by name (Title Slide, Section Header,
Title Only), which is how PowerPoint maps slides onto another template."""

from __future__ import annotations

from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.model import BODY_BOX, HEADLINE_BOX
from app.services.deck.pptx.text import EA_FONT, LATIN_FONT, colour_element

SLIDE_W, SLIDE_H = Pt(960), Pt(540)
_OLD_W = 9144000  # the blank template's 4:3 width
HEADLINE = (HEADLINE_BOX.x, HEADLINE_BOX.y, HEADLINE_BOX.w, HEADLINE_BOX.h)
BODY = (BODY_BOX.x, BODY_BOX.y, BODY_BOX.w, BODY_BOX.h)
FOOTER = (48.0, 505.0, 560.0, 16.0)
NUMBER = (612.0, 505.0, 300.0, 16.0)
FOOTER_SIZE = 9.0
HEADLINE_SIZE = 26.0
COVER_BAND_BOTTOM = 328.0  # the cover's brand band fills the page above this line

LAYOUT_COVER, LAYOUT_DIVIDER, LAYOUT_CONTENT = "Title Slide", "Section Header", "Title Only"
# theme colour slots that can take the palette after the brand
_ACCENTS = ("accent1", "accent2", "accent3", "accent4", "accent5", "accent6")


def new_presentation(theme):
    """A blank 16:9 Presentation whose theme, master and layouts carry
    *theme* (the deck model's Theme: brand, ink, tint, text, palette)."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    master = deck.slide_master
    _widen(master)
    for layout in deck.slide_layouts:
        _widen(layout)
    _write_theme(master, theme)
    _place_master(master, theme)
    for layout in deck.slide_layouts:
        _inherit_chrome(layout)
        for properties in layout._element.iter(qn("a:defRPr")):
            properties.attrib.pop("cap", None)  # the blank template's section titles are in capitals
    on_brand = "bg1" if _is_white(theme.on_brand) else "tx1"
    _brand_background(layout_named(deck, LAYOUT_DIVIDER))
    _text_colour(layout_named(deck, LAYOUT_DIVIDER), on_brand)
    _cover_band(layout_named(deck, LAYOUT_COVER))
    _text_colour(layout_named(deck, LAYOUT_COVER), on_brand)
    _content_rules(layout_named(deck, LAYOUT_CONTENT), theme)
    return deck


def layout_named(deck, name: str):
    """The slide layout called *name* (one of the LAYOUT_* names)."""
    for layout in deck.slide_layouts:
        if layout.name == name:
            return layout
    raise KeyError(name)


def palette_slot(theme, colour: str | None) -> str | None:
    """The theme colour name (``accent1``…) holding *colour*, if it is one of
    the first six palette colours (brand first); else None."""
    if not colour:
        return None
    for slot, value in zip(_ACCENTS, _palette(theme), strict=False):
        if value.upper() == colour.upper():
            return slot
    return None


def _palette(theme) -> list[str]:
    colours = [theme.brand] + [c for c in (theme.palette or ()) if c.upper() != theme.brand.upper()]
    fallback = ["#C0504D", "#9BBB59", "#8064A2", "#4BACC6", "#F79646"]
    return (colours + fallback)[:6]


def _is_white(colour: str) -> bool:
    return colour.upper() in ("#FFFFFF", "#FFF")


def _widen(part) -> None:
    """Scale every shape position of a master or layout from 4:3 to 16:9."""
    factor = SLIDE_W / _OLD_W
    for xfrm in part._element.iter(qn("a:xfrm")):
        offset, extent = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
        if offset is not None:
            offset.set("x", str(int(int(offset.get("x")) * factor)))
        if extent is not None:
            extent.set("cx", str(int(int(extent.get("cx")) * factor)))


def _write_theme(master, theme) -> None:
    """Colour and font scheme of the master's theme part."""
    part = next(rel.target_part for rel in master.part.rels.values() if rel.reltype.endswith("/theme"))
    root = etree.fromstring(part.blob)
    root.set("name", "Stratdeck")
    scheme = root.find(f"{qn('a:themeElements')}/{qn('a:clrScheme')}")
    scheme.set("name", "Stratdeck")
    palette = _palette(theme)
    colours = {"dk1": theme.text, "lt1": "#FFFFFF", "dk2": theme.ink, "lt2": theme.tint,
               **dict(zip(_ACCENTS, palette, strict=True)), "hlink": theme.ink, "folHlink": theme.muted}
    for slot, colour in colours.items():
        element = scheme.find(qn(f"a:{slot}"))
        for child in list(element):
            element.remove(child)
        etree.SubElement(element, qn("a:srgbClr"), val=colour.lstrip("#").upper())  # the scheme itself is RGB
    fonts = root.find(f"{qn('a:themeElements')}/{qn('a:fontScheme')}")
    fonts.set("name", "Stratdeck")
    for group in (fonts.find(qn("a:majorFont")), fonts.find(qn("a:minorFont"))):
        group.find(qn("a:latin")).set("typeface", LATIN_FONT)
        group.find(qn("a:ea")).set("typeface", EA_FONT)
        group.find(qn("a:cs")).set("typeface", LATIN_FONT)
        for script in group.findall(qn("a:font")):
            if script.get("script") == "Hans":
                script.set("typeface", EA_FONT)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _placeholder(part, kind: str):
    for shape in part._element.iter(qn("p:sp")):
        ph = shape.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
        if ph is not None and ph.get("type", "obj") == kind:
            return shape
    return None


def _set_box(shape, box: tuple[float, float, float, float]) -> None:
    xfrm = shape.find(f"{qn('p:spPr')}/{qn('a:xfrm')}")
    x, y, w, h = box
    xfrm.find(qn("a:off")).set("x", str(int(Pt(x))))
    xfrm.find(qn("a:off")).set("y", str(int(Pt(y))))
    xfrm.find(qn("a:ext")).set("cx", str(int(Pt(w))))
    xfrm.find(qn("a:ext")).set("cy", str(int(Pt(h))))


def _place_master(master, theme) -> None:
    """Title, body, footer and slide number where and how the deck draws them."""
    placements = {"title": HEADLINE, "body": BODY, "ftr": FOOTER, "sldNum": NUMBER}
    for kind, box in placements.items():
        shape = _placeholder(master, kind)
        _set_box(shape, box)
        body = shape.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        for side in ("lIns", "rIns", "tIns", "bIns"):
            body.set(side, "0")
        body.set("anchor", "b" if kind == "title" else "t")
    date = _placeholder(master, "dt")
    _set_box(date, (48.0, 490.0, 120.0, 16.0))
    for kind, align in (("ftr", "l"), ("sldNum", "r")):
        level = _placeholder(master, kind).find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn('a:lvl1pPr')}")
        level.set("algn", align)
        rpr = level.find(qn("a:defRPr"))
        rpr.set("sz", str(int(FOOTER_SIZE * 100)))
        fill = rpr.find(qn("a:solidFill"))
        for child in list(fill):
            fill.remove(child)
        fill.append(colour_element(theme.muted))
    styles = master._element.find(qn("p:txStyles"))
    title = styles.find(f"{qn('p:titleStyle')}/{qn('a:lvl1pPr')}")
    title.set("algn", "l")
    title.find(qn("a:defRPr")).set("sz", str(int(HEADLINE_SIZE * 100)))
    for number, size in enumerate((16, 14, 13, 12, 12), 1):
        level = styles.find(f"{qn('p:bodyStyle')}/{qn(f'a:lvl{number}pPr')}")
        if level is not None:
            level.find(qn("a:defRPr")).set("sz", str(size * 100))


def _inherit_chrome(layout) -> None:
    """Footer, slide number and date placeholders of a layout take the
    master's place (their own positions were the 4:3 template's); a
    title-only layout's title does too."""
    kinds = ["ftr", "sldNum", "dt"] + (["title"] if layout.name in (LAYOUT_CONTENT, "Title and Content") else [])
    for kind in kinds:
        shape = _placeholder(layout, kind)
        if shape is None:
            continue
        sp_pr = shape.find(qn("p:spPr"))
        xfrm = sp_pr.find(qn("a:xfrm"))
        if xfrm is not None:
            sp_pr.remove(xfrm)


def _brand_background(layout) -> None:
    """The layout's background: a solid fill of the theme's accent1."""
    c_sld = layout._element.find(qn("p:cSld"))
    old = c_sld.find(qn("p:bg"))
    if old is not None:
        c_sld.remove(old)
    bg = etree.Element(qn("p:bg"))
    bg_pr = etree.SubElement(bg, qn("p:bgPr"))
    fill = etree.SubElement(bg_pr, qn("a:solidFill"))
    fill.append(colour_element("accent1"))
    etree.SubElement(bg_pr, qn("a:effectLst"))
    c_sld.insert(0, bg)


def _layout_shape(layout, name: str, box, colour) -> None:
    """A filled rectangle drawn by *layout* behind the slide's own shapes
    (*colour*: an lxml colour element, e.g. a tint of accent1)."""
    x, y, w, h = box
    shape = layout.shapes._spTree.add_autoshape(layout.shapes._next_shape_id, name, "rect",
                                                int(Pt(x)), int(Pt(y)), int(Pt(w)), int(Pt(h)))
    for extra in (shape.find(qn("p:style")), shape.find(qn("p:txBody"))):
        if extra is not None:
            shape.remove(extra)  # no theme shadow, no text
    sp_pr = shape.spPr
    fill = etree.SubElement(sp_pr, qn("a:solidFill"))
    fill.append(colour)
    line = etree.SubElement(sp_pr, qn("a:ln"))
    etree.SubElement(line, qn("a:noFill"))
    tree = layout.shapes._spTree
    tree.remove(shape)
    tree.insert(2, shape)  # behind the placeholders


def _accent(tint: float = 0.0):
    """``accent1``, lightened by *tint* (0 … 1) as PowerPoint writes tints."""
    colour = colour_element("accent1")
    if tint:
        etree.SubElement(colour, qn("a:lumMod"), val=str(round((1 - tint) * 100000)))
        etree.SubElement(colour, qn("a:lumOff"), val=str(round(tint * 100000)))
    return colour


def _cover_band(layout) -> None:
    """The cover's brand band over the top of the page and its light edge."""
    _layout_shape(layout, "Brand band", (0.0, 0.0, 960.0, COVER_BAND_BOTTOM), _accent())
    _layout_shape(layout, "Brand band edge", (0.0, COVER_BAND_BOTTOM, 960.0, 6.0), _accent(0.55))


def _content_rules(layout, theme) -> None:
    """The accent under the headline and the rule above the footer."""
    x, y, _, h = HEADLINE
    _layout_shape(layout, "Headline accent", (x, y + h + 4.0, 56.0, 3.5), _accent())
    _layout_shape(layout, "Footer rule", (x, 496.0, 864.0, 0.5), colour_element(theme.rule))


def _text_colour(layout, colour: str) -> None:
    """Text of every placeholder of *layout* in theme colour *colour*."""
    for shape in layout._element.iter(qn("p:sp")):
        body = shape.find(qn("p:txBody"))
        if body is None:
            continue
        lst = body.find(qn("a:lstStyle"))
        if lst is None:
            lst = etree.Element(qn("a:lstStyle"))
            body.insert(1, lst)
        level = lst.find(qn("a:lvl1pPr"))
        if level is None:
            level = etree.SubElement(lst, qn("a:lvl1pPr"))
        rpr = level.find(qn("a:defRPr"))
        if rpr is None:
            rpr = etree.SubElement(level, qn("a:defRPr"))
        for old in rpr.findall(qn("a:solidFill")):
            rpr.remove(old)
        fill = etree.Element(qn("a:solidFill"))
        fill.append(colour_element(colour))
        rpr.insert(0, fill)

