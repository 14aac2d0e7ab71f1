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

from app.services.deck.model import HEADLINE_BOX, MARGIN_X, PAGE_W, TRACKER_BOX, Box, TextBlock
from app.services.deck.pptx import blocks, charts, template, timeline
from app.services.deck.pptx.blocks import LEADING
from app.services.deck.pptx.fit import guarded_size
from app.services.deck.pptx.sections import add_sections
from app.services.deck.pptx.shapes import line_of, picture, text_box
from app.services.deck.pptx.text import (
    BodyFrame,
    Style,
    clean,
    colour_element,
    fill_frame,
    frame_box,
    language_of,
    set_fonts,
    theme_slots,
)
from app.services.exchange.atomic_write import write_bytes_atomic

LOGO_W, LOGO_H = 132.0, 40.0  # the logo in the headline row (as in the PDF)
LOGO_ROOM = 148.0  # the headline's width given up to the logo
HEADLINE_SIZE = 26.0  # when the model does not say the size it fitted the headline at
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
    with theme_slots(deck.theme):
        return _render(deck, progress)


def _render(deck, progress):
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
    add_sections(presentation, deck, clean(deck.title or deck.footer) or "Stratdeck")
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
        name = {"cover": template.LAYOUT_COVER, "closing": template.LAYOUT_DIVIDER,
                "divider": template.LAYOUT_DIVIDER}.get(kind, template.LAYOUT_CONTENT)
        self.slide = presentation.slides.add_slide(template.layout_named(presentation, name))
        self.shapes = self.slide.shapes
        self.framed = kind in ("cover", "divider", "closing")  # the brand colour behind the text

    def write(self) -> None:
        """Chrome, blocks and notes of the slide."""
        model = self.model
        blocks = list(model.blocks)
        if self.framed:
            blocks = self._frame_placeholders(blocks)
        else:
            self._content_chrome()
        for block in blocks:
            self._block(block)
        if model.kind == "cover":
            self._cover_extras()
        else:
            self._footer()
        if model.notes:
            self._notes(model.notes)

    # -- chrome ----------------------------------------------------------------
    def _content_chrome(self) -> None:
        """Tracker, headline (bottom-aligned in its box, beside the logo), logo."""
        theme, model = self.theme, self.model
        box = HEADLINE_BOX
        width = box.w - (LOGO_ROOM if theme.logo else 0.0)
        planned = getattr(model, "headline_size", 0.0) or HEADLINE_SIZE
        size = guarded_size([(model.headline, width)], planned)
        title = self.slide.shapes.title
        title.left, title.top, title.width, title.height = Pt(box.x), Pt(box.y), Pt(width), Pt(box.h)
        frame_box(title.text_frame, anchor="b")
        fill_frame(title.text_frame, line_of(model.headline, Style(size, theme.text)),
                   line_spacing=LEADING * planned / size)
        if model.tracker:
            t = TRACKER_BOX
            style = Style(TRACKER_SIZE, theme.ink)
            text_box(self.shapes, t.x, t.y, t.w - (LOGO_ROOM if theme.logo else 0.0), t.h,
                     line_of(model.tracker, style), name="Tracker", line_spacing=1.2, wrap=False)
        if theme.logo:
            picture(self.shapes, theme.logo, PAGE_W - MARGIN_X - LOGO_W, box.y + (box.h - LOGO_H) / 2, LOGO_W, LOGO_H,
                    name="Logo")

    def _frame_placeholders(self, blocks: list) -> list:
        """On cover, divider and closing the model's ``title`` text is the
        slide title (the title placeholder, at the block's box) and a
        divider's ``number`` goes into the layout's text placeholder; the
        other blocks are returned to be drawn as usual."""
        rest, title_done = [], False
        body = self._placeholder_of("body") or self._placeholder_of("subTitle")
        for block in blocks:
            style = getattr(block, "style", "")
            if style == "title" and not title_done:
                self._into(self.slide.shapes.title, block)
                title_done = True
            elif style == "number" and body is not None:
                self._into(body, block)
                body = None
            else:
                rest.append(block)
        kind = self.model.kind
        if not title_done:  # a model without a title block: the headline, where the PDF puts titles
            box = {"cover": Box(64.0, 70.0, 792.0, 190.0), "divider": Box(64.0, 240.0, 832.0, 120.0)}.get(
                kind, Box(64.0, 180.0, 832.0, 70.0))
            size = 44.0 if kind == "closing" else 36.0
            self._into(self.slide.shapes.title, TextBlock(box, (self.model.headline,), "title", size),
                       "center" if kind == "closing" else None)
        if body is not None and self.model.subtitle:  # the committed model: a divider's number as its subtitle
            if kind == "divider":
                self._into(body, TextBlock(Box(64.0, 150.0, 300.0, 80.0), (self.model.subtitle,), "number", 54.0))
            else:
                self._into(body, TextBlock(Box(64.0, 270.0, 832.0, 40.0), (self.model.subtitle,), "on_brand", 20.0))
        elif body is not None:
            body._element.getparent().remove(body._element)  # an empty placeholder shows a prompt in PowerPoint
        return rest

    def _into(self, placeholder, block, align: str | None = None) -> None:
        """Text block *block* as the text of *placeholder*, at its box."""
        box = block.box
        placeholder.left, placeholder.top, placeholder.width, placeholder.height = (
            Pt(box.x), Pt(box.y), Pt(box.w), Pt(blocks.drawn_height(block)))
        frame_box(placeholder.text_frame, anchor="t")
        colour = blocks.text_colour(block, self.theme, self.framed)
        size = guarded_size(((text, box.w) for text in block.paragraphs), block.size)
        paragraphs = [[(text, Style(size, colour))] for text in block.paragraphs]
        align = align or getattr(block, "align", "left")
        fill_frame(placeholder.text_frame, paragraphs, align=blocks.ALIGN.get(align),
                   line_spacing=LEADING * block.size / size, space_after=block.size * blocks.PARAGRAPH_GAP)

    def _cover_extras(self) -> None:
        """The logo under the band and the confidentiality label at the foot."""
        theme = self.theme
        if theme.logo:
            picture(self.shapes, theme.logo, PAGE_W - 64.0 - 170.0, template.COVER_BAND_BOTTOM + 40.0, 170.0, 90.0,
                    name="Logo")
        label = clean(getattr(self.deck, "confidentiality", ""))
        if label:
            text_box(self.shapes, 64.0, 505.0, PAGE_W - 128.0, 16.0,
                     line_of(label, Style(template.FOOTER_SIZE, theme.muted)), name="Confidentiality",
                     line_spacing=1.2, wrap=False)

    def _footer(self) -> None:
        """The master's footer and slide-number placeholders, filled: the
        plan title left; the confidentiality label and the slide number right."""
        layout = self.slide.slide_layout
        colour = self.theme.muted
        if self.framed:
            colour = self.theme.soft if self.theme.on_brand.upper() == "#FFFFFF" else self.theme.on_brand
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
            frame = BodyFrame(body)  # the element itself: looking the new shape up walks the whole tree
            if kind == "ftr":
                text = clean(self.deck.footer)
                fill_frame(frame, line_of(text, Style(template.FOOTER_SIZE, colour)), line_spacing=1.2)
            else:
                label = clean(getattr(self.deck, "confidentiality", ""))
                _slide_number(frame, self.slide_index(), colour, f"{label}  ·  " if label else "")

    def slide_index(self) -> int:
        """1-based number of this slide in the presentation."""
        return len(self.slide.part.package.presentation_part.presentation.slides)

    def _placeholder_of(self, kind: str):
        for shape in self.slide.placeholders:
            ph = shape._element.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
            if ph is not None and ph.get("type", "obj") == kind:
                return shape
        return None

    # -- content -----------------------------------------------------------------
    def _block(self, block) -> None:
        kind = type(block).__name__
        if kind == "TextBlock":
            blocks.text_block(self.shapes, block, self.theme, framed=self.framed)
            return
        draw, with_language = _DRAWINGS.get(kind, (None, False))
        if draw is None:
            raise TypeError(f"the PPTX renderer has no drawing for {kind}")
        extra = (self.deck.language,) if with_language else ()
        draw(self.shapes, block, self.theme, *extra)

    def _notes(self, notes: str) -> None:
        frame = self.slide.notes_slide.notes_text_frame
        paragraphs = [[(line, Style(12.0, "#000000"))] for line in clean(notes).split("\n")]
        fill_frame(frame, paragraphs, line_spacing=1.2)


def _slide_number(frame, number: int, colour: str, before: str = "") -> None:
    """*before* and a slide-number field (PowerPoint renumbers it when
    slides move or are added)."""
    from lxml import etree

    fill_frame(frame, line_of(before, Style(template.FOOTER_SIZE, colour)), align=PP_ALIGN.RIGHT, line_spacing=1.2)
    paragraph = frame._txBody.find(qn("a:p"))
    field_element = etree.Element(qn("a:fld"), id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum")
    rpr = etree.SubElement(field_element, qn("a:rPr"), sz=str(int(template.FOOTER_SIZE * 100)))
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    fill.append(colour_element(colour))
    set_fonts(rpr, language_of(""))
    etree.SubElement(field_element, qn("a:t")).text = str(number)
    end = paragraph.find(qn("a:endParaRPr"))
    paragraph.insert(list(paragraph).index(end), field_element)


# block class → (its drawing function, whether it takes the deck's language);
# a TextBlock is drawn by SlideWriter._block itself (it needs the slide's frame)
_DRAWINGS: dict[str, tuple[Callable, bool]] = {
    "BulletsBlock": (blocks.bullets_block, False),
    "TableBlock": (blocks.table_block, False),
    "ChartBlock": (charts.chart_block, True),
    "CardsBlock": (blocks.cards_block, False),
    "KeyFiguresBlock": (blocks.key_figures_block, False),
    "TimelineBlock": (timeline.timeline_block, True),
}
