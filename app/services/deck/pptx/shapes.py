"""Small drawing helpers over python-pptx's shape tree: a text box at a box
of the slide model, a filled rectangle, a line, a picture that fits its box.
Positions are points (the model's unit, origin top-left)."""

from __future__ import annotations

import io
import logging

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.pptx.text import Style, colour_element, fill_frame, frame_box

log = logging.getLogger(__name__)


def text_box(shapes, x: float, y: float, w: float, h: float, paragraphs, *, name: str = "", anchor: str = "t",
             inset: float = 0.0, wrap: bool = True, **options):
    """A text box at (*x*, *y*) sized *w* × *h* holding *paragraphs* (see
    text.fill_frame for their shape and *options*)."""
    box = shapes.add_textbox(Pt(x), Pt(y), Pt(max(w, 1.0)), Pt(max(h, 1.0)))
    if name:
        box.name = name
    frame_box(box.text_frame, anchor=anchor, inset=inset, wrap=wrap)
    fill_frame(box.text_frame, paragraphs, **options)
    return box


def line_of(text: str, style: Style) -> list[list[tuple[str, Style]]]:
    """One paragraph of one run (the common case for labels)."""
    return [[(text, style)]]


def rectangle(shapes, x: float, y: float, w: float, h: float, fill: str | None, *, line: str | None = None,
              name: str = "", shape=MSO_SHAPE.RECTANGLE):
    """A rectangle filled with *fill* (``#RRGGBB`` or a theme colour name;
    None: no fill) and outlined with *line* (None: no outline)."""
    rect = shapes.add_shape(shape, Pt(x), Pt(y), Pt(max(w, 0.5)), Pt(max(h, 0.5)))
    if name:
        rect.name = name
    set_fill(rect, fill)
    if line:
        rect.line.width = Pt(0.75)
        set_line_colour(rect, line)
    else:
        rect.line.fill.background()
    rect.shadow.inherit = False
    if rect.has_text_frame:
        frame_box(rect.text_frame, inset=0.0)
    return rect


def set_fill(shape, colour: str | None) -> None:
    """Solid fill of *shape* (RGB or theme colour), or no fill."""
    if colour is None:
        shape.fill.background()
        return
    shape.fill.solid()
    _recolour(shape._element.spPr.find(qn("a:solidFill")), colour)


def set_line_colour(shape, colour: str) -> None:
    """Outline colour of *shape* (RGB or theme colour)."""
    shape.line.fill.solid()
    _recolour(shape._element.spPr.find(qn("a:ln")).find(qn("a:solidFill")), colour)


def _recolour(solid_fill, colour: str) -> None:
    """*solid_fill* (an ``a:solidFill``) holding *colour* instead of its colour."""
    for child in list(solid_fill):
        solid_fill.remove(child)
    solid_fill.append(colour_element(colour))


def line(shapes, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 0.75, *, dash=None):
    """A straight line from (x1, y1) to (x2, y2)."""
    connector = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Pt(x1), Pt(y1), Pt(x2), Pt(y2))
    connector.line.width = Pt(width)
    set_line_colour(connector, colour)
    if dash is not None:
        connector.line.dash_style = dash
    return connector


def picture(shapes, data: bytes, x: float, y: float, w: float, h: float, *, name: str = "", cover: bool = False):
    """The image *data* (PNG/JPEG/GIF/BMP) fitted into the box, centred, its
    aspect ratio kept (*cover*: filling the box, cropped). Returns the
    picture, or None when the bytes are not an image python-pptx can read
    (the slide is made without it)."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
        pic = shapes.add_picture(io.BytesIO(data), Pt(x), Pt(y))
    except Exception as exc:  # noqa: BLE001 - a broken logo or photo must not cost the deck
        log.warning("image left out of the PPTX: %s", exc)
        return None
    ratio = width / height if height else 1.0
    if cover:
        pic.left, pic.top, pic.width, pic.height = Pt(x), Pt(y), Pt(w), Pt(h)
        box_ratio = w / h if h else 1.0
        if ratio > box_ratio:
            excess = (1 - box_ratio / ratio) / 2
            pic.crop_left = pic.crop_right = excess
        elif ratio < box_ratio:
            excess = (1 - ratio / box_ratio) / 2
            pic.crop_top = pic.crop_bottom = excess
    else:
        fit_w, fit_h = (w, w / ratio) if w / ratio <= h else (h * ratio, h)
        pic.left, pic.top = Pt(x + (w - fit_w) / 2), Pt(y + (h - fit_h) / 2)
        pic.width, pic.height = Pt(fit_w), Pt(fit_h)
    if name:
        pic.name = name
    return pic
