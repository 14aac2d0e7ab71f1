"""Write a laid-out Deck (app.services.deck.model) as an editable PPTX.

Each slide of the model becomes one slide on the matching layout of the
generated template (template.py): the headline in the title placeholder,
the tracker above it, the footer and the slide number as the master's
placeholders, the logo as a picture, the speaker notes as the slide's notes;
each block is drawn natively (blocks.py, charts.py, timeline.py) in the box
the layout gave it. The file is written whole to a temporary file beside the
target and renamed into place (exchange.atomic_write)."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.model import HEADLINE_BOX, MARGIN_X, PAGE_W, TRACKER_BOX
from app.services.deck.pptx import blocks, charts, template, timeline
from app.services.deck.pptx.measure import text_width
from app.services.deck.pptx.shapes import line_of, picture, text_box
from app.services.deck.pptx.text import Style, clean, fill_frame, frame_box, language_of, set_fonts
from app.services.exchange.atomic_write import write_bytes_atomic

LOGO_W, LOGO_H = 110.0, 30.0
HEADLINE_SIZE, HEADLINE_MIN = 22.0, 16.0
TRACKER_SIZE = 10.0


@dataclass
class PptxResult:
    """What an export produced: the file, its slide count, the sections in
    it and the deck's warnings (as lines)."""

    path: Path
    slides: int
    sections: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        """The slide count (the PDF result's name for it, for shared callers)."""
        return self.slides


def write_pptx(deck, target_path, *, progress: Callable[[int, int], None] | None = None) -> PptxResult:
    """Render *deck* (a laid-out model.Deck) as a PPTX at *target_path*.

    *progress(done, total)* is called after each slide. The file is written
    atomically; an unwritable target raises PlanWriteError."""
    target = Path(target_path)
    presentation = render(deck, progress)
    buffer = io.BytesIO()
    presentation.save(buffer)
    write_bytes_atomic(target, buffer.getvalue())
    return PptxResult(target, len(deck.slides), list(deck.sections), [str(w) for w in deck.warnings])


def render(deck, progress=None):
    """The python-pptx Presentation of *deck* (not saved)."""
    theme = deck.theme
    presentation = template.new_presentation(theme)
    _properties(presentation, deck)
    total = len(deck.slides)
    if progress:
        progress(0, total)
    for number, slide in enumerate(deck.slides, 1):
        SlideWriter(presentation, deck, slide).write()
        if progress:
            progress(number, total)
    return presentation


def _properties(presentation, deck) -> None:
    props = presentation.core_properties
    props.title = clean(deck.title or deck.footer)[:255]
    props.author = clean(deck.author)[:255]
    props.language = "en-US" if deck.language == "en" else "zh-CN"
    from app import __version__

    props.comments = f"Stratdeck {__version__}"


class SlideWriter:
    """Draws one model slide onto a new slide of *presentation*."""

    def __init__(self, presentation, deck, slide) -> None:
        self.deck, self.model, self.theme = deck, slide, deck.theme
        kind = slide.kind
        name = {"cover": template.LAYOUT_COVER, "closing": template.LAYOUT_COVER,
                "divider": template.LAYOUT_DIVIDER}.get(kind, template.LAYOUT_CONTENT)
        self.slide = presentation.slides.add_slide(template.layout_named(presentation, name))
        self.shapes = self.slide.shapes
        self.on_brand = kind in ("cover", "divider", "closing")

    def write(self) -> None:
        """Chrome, blocks and notes of the slide."""
        kind = self.model.kind
        if kind in ("cover", "closing"):
            self._cover()
        elif kind == "divider":
            self._divider()
        else:
            self._content_chrome()
        for block in self.model.blocks:
            self._block(block)
        if self.model.notes:
            self._notes(self.model.notes)

    # -- chrome ----------------------------------------------------------------
    def _headline(self, placeholder, text: str, size: float, colour: str, box, align=PP_ALIGN.LEFT) -> None:
        """*text* in a title placeholder at *box* (x, y, w, h), shrunk until it fits."""
        x, y, w, h = box
        placeholder.left, placeholder.top, placeholder.width, placeholder.height = Pt(x), Pt(y), Pt(w), Pt(h)
        while size > HEADLINE_MIN and _lines(text, size, w) * size * 1.2 > h:
            size -= 1.0
        frame_box(placeholder.text_frame, anchor="b" if self.model.kind != "content" else "ctr")
        fill_frame(placeholder.text_frame, line_of(text, Style(size, colour)), align=align, line_spacing=1.2)

    def _content_chrome(self) -> None:
        theme, model = self.theme, self.model
        box = HEADLINE_BOX
        self._headline(self.slide.shapes.title, model.headline, HEADLINE_SIZE, theme.text,
                       (box.x, box.y, box.w, box.h))
        logo_room = LOGO_W + 12.0 if theme.logo else 0.0
        if model.tracker:
            t = TRACKER_BOX
            style = Style(TRACKER_SIZE, theme.ink)
            text_box(self.shapes, t.x, t.y, t.w - logo_room, t.h, line_of(model.tracker, style), name="Tracker",
                     line_spacing=1.2)
        if theme.logo:
            picture(self.shapes, theme.logo, PAGE_W - MARGIN_X - LOGO_W, 6.0, LOGO_W, LOGO_H, name="Logo")
        self._footer()

    def _footer(self) -> None:
        """The master's footer and slide-number placeholders, filled."""
        layout = self.slide.slide_layout
        for kind in ("ftr", "sldNum"):
            source = template._placeholder(layout, kind)
            if source is None:
                continue
            shape = copy.deepcopy(source)
            body = shape.find(qn("p:txBody"))
            for paragraph in body.findall(qn("a:p")):
                body.remove(paragraph)
            body.append(body.makeelement(qn("a:p"), {}))
            shape.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("id", str(self.shapes._next_shape_id))
            self.shapes._spTree.append(shape)
            placeholder = self.slide.shapes[-1]
            frame = placeholder.text_frame
            if kind == "ftr":
                text = clean(self.deck.footer)
                fill_frame(frame, line_of(text, Style(template.FOOTER_SIZE, self.theme.muted)), line_spacing=1.2)
            else:
                _slide_number(frame, self.slide_index(), self.theme.muted)

    def slide_index(self) -> int:
        """1-based number of this slide in the presentation."""
        return len(self.slide.part.package.presentation_part.presentation.slides)

    def _cover(self) -> None:
        model, theme = self.model, self.theme
        size = 36.0 if model.kind == "cover" else 40.0
        align = PP_ALIGN.LEFT if model.kind == "cover" else PP_ALIGN.CENTER
        title_box = (MARGIN_X, 120.0, PAGE_W - 2 * MARGIN_X, 120.0) if model.kind == "cover" else \
            (MARGIN_X, 170.0, PAGE_W - 2 * MARGIN_X, 110.0)
        self._headline(self.slide.shapes.title, model.headline, size, theme.on_brand, title_box, align)
        subtitle = self._placeholder_of("subTitle")
        if subtitle is not None:
            if model.subtitle:
                subtitle.left, subtitle.top, subtitle.width, subtitle.height = (
                    Pt(MARGIN_X), Pt(title_box[1] + title_box[3] + 8), Pt(PAGE_W - 2 * MARGIN_X), Pt(30))
                frame_box(subtitle.text_frame)
                fill_frame(subtitle.text_frame, line_of(model.subtitle, Style(18.0, theme.on_brand)), align=align,
                           line_spacing=1.2)
            else:
                subtitle._element.getparent().remove(subtitle._element)
        if theme.logo and model.kind == "cover":
            picture(self.shapes, theme.logo, PAGE_W - MARGIN_X - 2 * LOGO_W, 36.0, 2 * LOGO_W, 2 * LOGO_H, name="Logo")

    def _divider(self) -> None:
        model, theme = self.model, self.theme
        self._headline(self.slide.shapes.title, model.headline, 34.0, theme.on_brand,
                       (MARGIN_X, 250.0, PAGE_W - 2 * MARGIN_X, 100.0))
        number = self._placeholder_of("body")
        if number is not None:
            number.left, number.top, number.width, number.height = Pt(MARGIN_X), Pt(160.0), Pt(300.0), Pt(80.0)
            frame_box(number.text_frame, anchor="b")
            fill_frame(number.text_frame, line_of(model.subtitle, Style(54.0, theme.on_brand)), line_spacing=1.1)

    def _placeholder_of(self, kind: str):
        for shape in self.slide.placeholders:
            ph = shape._element.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
            if ph is not None and ph.get("type", "obj") == kind:
                return shape
        return None

    # -- content -----------------------------------------------------------------
    def _block(self, block) -> None:
        kind = type(block).__name__
        theme, shapes = self.theme, self.shapes
        if kind == "TextBlock":
            blocks.text_block(shapes, block, theme, on_brand=self.on_brand)
        elif kind == "BulletsBlock":
            blocks.bullets_block(shapes, block, theme)
        elif kind == "TableBlock":
            blocks.table_block(shapes, block, theme)
        elif kind == "ChartBlock":
            charts.chart_block(shapes, block, theme, self.deck.language)
        elif kind == "CardsBlock":
            blocks.cards_block(shapes, block, theme)
        elif kind == "KeyFiguresBlock":
            blocks.key_figures_block(shapes, block, theme)
        elif kind == "TimelineBlock":
            timeline.timeline_block(shapes, block, theme, self.deck.language)
        else:
            raise TypeError(f"the PPTX renderer has no drawing for {kind}")

    def _notes(self, notes: str) -> None:
        frame = self.slide.notes_slide.notes_text_frame
        paragraphs = [[(line, Style(12.0, "#000000"))] for line in clean(notes).split("\n")]
        fill_frame(frame, paragraphs, line_spacing=1.2)


def _lines(text: str, size: float, width: float) -> int:
    """Lines *text* takes at *size* in *width* points (greedy, per character)."""
    lines, current = 1, 0.0
    for char in clean(text):
        if char == "\n":
            lines, current = lines + 1, 0.0
            continue
        advance = text_width(char, size)
        if current + advance > width:
            lines, current = lines + 1, advance
        else:
            current += advance
    return lines


def _slide_number(frame, number: int, colour: str) -> None:
    """A slide-number field (PowerPoint renumbers it when slides move)."""
    from lxml import etree

    fill_frame(frame, line_of("", Style(template.FOOTER_SIZE, colour)), align=PP_ALIGN.RIGHT, line_spacing=1.2)
    paragraph = frame.paragraphs[0]._p
    field_element = etree.Element(qn("a:fld"), id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum")
    rpr = etree.SubElement(field_element, qn("a:rPr"), sz=str(int(template.FOOTER_SIZE * 100)))
    set_fonts(rpr, language_of(""))
    etree.SubElement(field_element, qn("a:t")).text = str(number)
    end = paragraph.find(qn("a:endParaRPr"))
    paragraph.insert(list(paragraph).index(end), field_element)
