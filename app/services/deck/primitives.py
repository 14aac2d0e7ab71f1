"""Shared slide primitives: title + bullets, table with repeating header,
cards, two-by-two grid, chart + caption. Each takes plain strings or
:class:`Text` values (never markup), escapes them, and returns as many slides
as the content needs; follow-on slides are titled "<title> (cont.)" /
"<title>（续）". Section renderers reach them as ``ctx.slides``."""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.services.deck import charts
from app.services.deck.fonts import PDF_FONT
from app.services.deck.slides import EPSILON, Box, Cell, Slide, SlideBreak, fill_box, fill_cells, flow
from app.services.deck.text import Text
from app.services.deck.theme import (
    BODY_H,
    BODY_TOP,
    BODY_W,
    LOGO_BOX,
    MARGIN_X,
    RULE,
    TITLE_H,
    paragraph_styles,
)

Content = str | Text
TITLE_SIZES = ((26, 32), (22, 27), (18, 22))
GAP = 16.0  # between cards, grid cells, chart and caption
TABLE_PAD = (5.0, 6.0, 7.0)  # top, bottom, left/right padding of table cells
TITLE_SPARE = 2.0  # measuring slack so a measured chunk never needs splitting
CELL_PADDING = 12.0
_WORD = re.compile(r"[^\s\u2e80-\U0010ffff/-]+[/-]?")  # a word the line breaker keeps whole
_NUMBER = re.compile(r"[≥≤<>~≈±+\-−]?\s*[¥$€£]?\s*\d[\d,.]*\s*(%|‰|万|亿|万元|亿元|元|m|k|bn|x|×|倍|分|pts?)?")
_NO_VALUE = {"", "—", "–", "-", "n/a"}
AGENDA_LAYOUTS = ((1, 24, 10), (2, 24, 10), (2, 20, 7), (2, 17, 5), (2, 15, 4))  # columns, font size, row padding


@dataclass
class Card:
    """A card: a small heading (e.g. 'Period') and its lines of text."""

    title: Content
    lines: Sequence[Content] = ()


@dataclass
class Quadrant:
    """A cell of the two-by-two grid: heading and bullet items."""

    title: Content
    items: Sequence[Content] = field(default_factory=list)


class Primitives:
    """The slide makers of one deck (bound to its context, theme and text checker)."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.styles = paragraph_styles(ctx.theme)
        self.title_styles = [
            ParagraphStyle(f"title{size}", parent=self.styles["title"], fontSize=size, leading=leading)
            for size, leading in TITLE_SIZES
        ]
        self.title_width = BODY_W - (LOGO_BOX[0] + GAP if ctx.theme.logo else 0)

    # -- text ------------------------------------------------------------------
    def markup(self, item: Content, where: str = "") -> str:
        """Escaped paragraph markup for a plain string or Text."""
        if isinstance(item, Text):
            return self.ctx.checker.markup(item.value, item.where)
        return self.ctx.checker.markup(item, where)

    def para(self, item: Content, style: str = "body", where: str = "", **kw) -> Paragraph:
        """A Paragraph of plain text in one of the deck's styles."""
        return Paragraph(self.markup(item, where), self.styles[style], **kw)

    def continued(self, title: Content) -> Content:
        """The title of a follow-on slide: "<title> (cont.)" / "<title>（续）"."""
        if isinstance(title, Text):
            return Text(self.ctx.label("cont", title=title.value), title.where)
        return self.ctx.label("cont", title=title)

    def fit_title(self, title: Content) -> tuple[Paragraph, list]:
        """The title paragraph at the largest size that fits the title row
        (two lines at most). A title too long even at the smallest size is
        cut with "…" and given whole as the first paragraph of the body."""
        markup = self.markup(title, "a slide title")
        for style in self.title_styles:
            paragraph = Paragraph(markup, style)
            if paragraph.wrap(self.title_width, TITLE_H)[1] <= TITLE_H:
                return paragraph, []
        plain = self.ctx.checker.plain(_plain(title))
        low, high = 0, len(plain)
        while low < high:  # the longest prefix that fits with an ellipsis
            middle = (low + high + 1) // 2
            if self._title_paragraph(plain[:middle].rstrip() + "…").wrap(self.title_width, TITLE_H)[1] <= TITLE_H:
                low = middle
            else:
                high = middle - 1
        short = self._title_paragraph(plain[:low].rstrip() + "…")
        short.wrap(self.title_width, TITLE_H)
        return short, [Paragraph(self.markup(plain), self.styles["body"])]

    def _title_paragraph(self, plain: str) -> Paragraph:
        return Paragraph(self.markup(plain), self.title_styles[-1])

    # -- slide makers ----------------------------------------------------------
    def flow_slides(self, title: Content, flowables: Sequence, continuing: bool = False) -> list[Slide]:
        """Slides showing *flowables* top to bottom in the body box, continued
        on as many follow-on slides as they need (all of them titled as
        continued when *continuing*)."""
        first = self.continued(title) if continuing else title
        heading, overflow = self.fit_title(first)
        pages = flow(overflow + list(flowables), BODY_W, BODY_H)
        body = Box(MARGIN_X, BODY_TOP, BODY_W, BODY_H)
        slides = []
        for index, page in enumerate(pages):
            slide = self._content_slide(first if index == 0 else self.continued(title), heading if index == 0 else None)
            for flowable, offset, height in page:
                slide.place(flowable, body, offset, height)
            slides.append(slide)
        return slides

    def _content_slide(self, title: Content, heading=None) -> Slide:
        if heading is None:
            heading, _ = self.fit_title(title)
        plain = title.value if isinstance(title, Text) else title
        return Slide("content", self.ctx.checker.plain(plain), heading)

    def bullets(self, title: Content, items: Sequence[Content], numbered: bool = False) -> list[Slide]:
        """Title + bullet list (or numbered list)."""
        where = f"a bullet of “{_plain(title)}”"

        def make(style: str) -> list:
            return [
                self.para(item, style, where=where, bulletText=f"{n}." if numbered else "•")
                for n, item in enumerate(items, 1)
            ]

        return self._compact_flow(title, make, "bullet")

    def text(self, title: Content, paragraphs: Sequence[Content]) -> list[Slide]:
        """Title + running text (one Paragraph per item; line breaks kept)."""
        where = _plain(title)
        return self._compact_flow(title, lambda style: [self.para(p, style, where=where) for p in paragraphs], "body")

    def _compact_flow(self, title: Content, make: Callable[[str], list], style: str) -> list[Slide]:
        """Flow slides of ``make(style)``; when the last slide would hold only
        a few lines, the slightly smaller compact style is used if it needs
        fewer slides (no lonely last line on a slide of its own)."""
        slides = self.flow_slides(title, make(style))
        if len(slides) > 1 and _fill(slides[-1]) < 0.25:
            compact = self.flow_slides(title, make(f"{style}_compact"))
            if len(compact) < len(slides):
                return compact
        return slides

    def agenda(self, title: Content, entries: Sequence[Content]) -> list[Slide]:
        """Numbered entries in large type, separated by thin rules: one
        column while they fit, then two columns (filled down first) in
        smaller type, so a deck with many sections keeps a one-slide agenda."""
        table = None
        for columns, size, padding in AGENDA_LAYOUTS:
            table = self._agenda_table(entries, columns, size, padding)
            if table.wrap(BODY_W, BODY_H)[1] <= BODY_H - TITLE_SPARE:
                break
        return self.flow_slides(title, [table])

    def _agenda_table(self, entries: Sequence[Content], columns: int, size: float, padding: float) -> Table:
        number_style = ParagraphStyle(
            "agenda_n", parent=self.styles["agenda_number"], fontSize=size, leading=size * 1.25
        )
        item_style = ParagraphStyle("agenda_i", parent=self.styles["agenda_item"], fontSize=size, leading=size * 1.25)
        cells = [
            (Paragraph(f"{n:02d}", number_style), Paragraph(self.markup(entry, "the agenda"), item_style))
            for n, entry in enumerate(entries, 1)
        ]
        per_column = math.ceil(len(cells) / columns) if cells else 1
        number_w = size * 3
        gap = 40.0
        item_w = (BODY_W - (columns - 1) * gap) / columns - number_w
        widths, rows = [], []
        for column in range(columns):
            widths += ([gap] if column else []) + [number_w, item_w]
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
        for r in range(per_column):
            row: list = []
            for column in range(columns):
                index = column * per_column + r
                start = len(row) + (1 if column else 0)
                row += ([""] if column else []) + list(cells[index] if index < len(cells) else ("", ""))
                if index < len(cells):
                    commands.append(("LINEBELOW", (start, r), (start + 1, r), 0.6, HexColor(RULE)))
            rows.append(row)
        table = Table(rows or [["", ""]], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def table(
        self,
        title: Content,
        header: Sequence[Content],
        rows: Sequence[Sequence[Content]],
        widths: Sequence[float] | None = None,
    ) -> list[Slide]:
        """A table whose header row repeats on every follow-on slide. *widths*
        are relative column widths (equal by default); a row taller than a
        slide is split within the row."""
        widths = list(widths or [1] * len(header))
        total = sum(widths)
        data = [[self.para(h, "table_head") for h in header]]
        for r, row in enumerate(rows, 1):
            data.append([self.para(cell, "table", where=f"row {r} of “{_plain(title)}”") for cell in row])
        columns = fit_columns([BODY_W * w / total for w in widths], _longest_words(data, len(widths)), BODY_W)
        _align_numbers(data)
        theme = self.ctx.theme
        style = TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),  # cells are Paragraphs; this keeps Helvetica out of the PDF
                ("BACKGROUND", (0, 0), (-1, 0), HexColor(theme.brand)),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [HexColor("#FFFFFF"), HexColor(theme.tint)]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, HexColor(RULE)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), TABLE_PAD[0]),
                ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PAD[1]),
                ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PAD[2]),
                ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PAD[2]),
            ]
        )
        flowables: list = []
        for chunk in _row_chunks(data, columns, BODY_H - TITLE_SPARE):
            if flowables:
                flowables.append(SlideBreak())
            table = Table([data[0], *chunk], colWidths=columns, repeatRows=1, splitInRow=1, hAlign="LEFT")
            table.setStyle(style)
            flowables.append(table)
        return self.flow_slides(title, flowables)

    def cards(
        self,
        title: Content,
        cards: Sequence[Card],
        columns: int | None = None,
        chart: Callable | None = None,
        caption: Sequence[Content] = (),
        widths: Sequence[float] | None = None,
    ) -> list[Slide]:
        """Cards in a row (up to four across, more rows as needed); with
        *chart*, one row of cards above a chart + caption (KPI-style).
        *widths* are relative card widths within a row (equal by default)."""
        columns = columns or min(4, max(1, len(cards)))
        rows = 1 if chart else max(1, min(2, math.ceil(len(cards) / columns)))
        area = BODY_H * 0.38 if chart else BODY_H
        boxes = _grid_boxes(columns, rows, MARGIN_X, BODY_TOP, BODY_W, area, widths)
        cells = [
            Cell(
                lambda cont, c=card: [self.para(self.continued(c.title) if cont else c.title, "card_title")],
                [self.para(line, "card_text", where=f"card “{_plain(card.title)}”") for line in card.lines],
            )
            for card in cards
        ]
        slides = self._cell_slides(title, cells, boxes, "card")
        if chart:
            top = BODY_TOP - area - GAP
            box = Box(MARGIN_X, top, BODY_W, top - (BODY_TOP - BODY_H))
            slides[0:1] = self._chart_into(slides[0], title, chart, caption, box)
        return slides

    def grid(self, title: Content, quadrants: Sequence[Quadrant]) -> list[Slide]:
        """Two-by-two grid (SWOT, TOWS…): four cells of heading + bullets;
        a cell that overflows continues in its place on the next slide."""
        boxes = _grid_boxes(2, 2, MARGIN_X, BODY_TOP, BODY_W, BODY_H)
        cells = [
            Cell(
                lambda cont, q=q: [self.para(self.continued(q.title) if cont else q.title, "cell_title")],
                [self.para(item, "cell_bullet", where=f"“{_plain(q.title)}”", bulletText="•") for item in q.items],
            )
            for q in quadrants
        ]
        return self._cell_slides(title, cells, boxes, "cell")

    def chart(self, title: Content, plot: Callable, caption: Sequence[Content] = ()) -> list[Slide]:
        """A chart filling the body above its caption. *plot(figure)* draws on
        a matplotlib Figure already sized to the box; the caption continues on
        follow-on slides if it is long."""
        slide = self._content_slide(title)
        return self._chart_into(slide, title, plot, caption, Box(MARGIN_X, BODY_TOP, BODY_W, BODY_H))

    # -- helpers ---------------------------------------------------------------
    def _cell_slides(self, title: Content, cells: list[Cell], boxes: list[Box], style: str) -> list[Slide]:
        slides = []
        for index, page in enumerate(fill_cells(cells, boxes, CELL_PADDING)):
            slide = self._content_slide(title if index == 0 else self.continued(title))
            for box, placed in page:
                slide.boxes.append((box, style))
                inner = Box(box.x + CELL_PADDING, box.top - CELL_PADDING, box.width - 2 * CELL_PADDING, box.height)
                for flowable, offset, height in placed:
                    slide.place(flowable, inner, offset, height)
            slides.append(slide)
        return slides

    def _chart_into(self, slide: Slide, title, plot, caption, box: Box) -> list[Slide]:
        """Caption at the bottom of *box*, the chart above it; caption text
        that does not fit continues on follow-on slides."""
        captions = [self.para(c, "caption", where=f"caption of “{_plain(title)}”") for c in caption]
        caption_h = min(sum(p.wrap(box.width, box.height)[1] + 4 for p in captions), box.height * 0.3)
        chart_h = box.height - (caption_h + GAP if captions else 0)
        drawing = charts.plot_drawing(plot, box.width, chart_h, self.ctx.theme)
        slide.place(drawing, box, 0, drawing.height)
        slide.boxes.append((Box(box.x, box.top, box.width, chart_h), "chart"))
        queue = deque(captions)
        caption_box = Box(box.x, box.top - chart_h - GAP, box.width, caption_h)
        for flowable, offset, height in fill_box(queue, caption_box.width, caption_box.height):
            slide.place(flowable, caption_box, offset, height)
        rest = self.flow_slides(title, list(queue), continuing=True) if queue else []
        return [slide, *rest]


def _row_chunks(data: list, columns: list[float], height: float) -> list[list]:
    """The body rows of *data* in groups that fit one slide under the header
    (rows measured once, so a long table is not re-measured at every split).
    A row taller than a slide is a group of its own; the flow splits it."""

    def row_height(row) -> float:
        cells = [cell.wrap(width - 2 * TABLE_PAD[2], 1e6)[1] for cell, width in zip(row, columns, strict=True)]
        return max(cells) + TABLE_PAD[0] + TABLE_PAD[1]

    header = row_height(data[0])
    chunks, current, used = [], [], header
    for row in data[1:]:
        height_of_row = row_height(row)
        if current and used + height_of_row > height:
            chunks.append(current)
            current, used = [], header
        current.append(row)
        used += height_of_row
    return [*chunks, current] if current or not chunks else chunks


def _longest_words(data: list, count: int) -> list[float]:
    """Per column, the width (padding included) of its longest word that
    must not be cut: a run of non-CJK characters without a space, split at
    hyphens and slashes like the line breaker does."""
    longest = [0.0] * count
    for row in data:
        for index, cell in enumerate(row[:count]):
            style = getattr(cell, "style", None)
            if style is None:  # not a Paragraph
                continue
            text = cell.getPlainText()
            for word in _WORD.findall(text):
                width = stringWidth(word, style.fontName, style.fontSize)
                longest[index] = max(longest[index], width + 2 * TABLE_PAD[2] + 1)
    return longest


def _align_numbers(data: list) -> None:
    """Right-align the columns whose body cells are all numbers (amounts,
    percentages, "≥ 4.6 %", "2,880 万"), header included, so digits line up."""
    from reportlab.lib.enums import TA_RIGHT

    for index in range(len(data[0])):
        cells = [row[index] for row in data[1:] if index < len(row)]
        texts = [" ".join(c.getPlainText().split()) for c in cells if hasattr(c, "getPlainText")]
        values = [t for t in texts if t not in _NO_VALUE]
        if not values or len(texts) != len(cells) or not all(_NUMBER.fullmatch(t) for t in values):
            continue
        for cell in [data[0][index], *cells]:
            cell.style = ParagraphStyle(f"{cell.style.name}_right", parent=cell.style, alignment=TA_RIGHT)


def fit_columns(columns: list[float], minimums: list[float], total: float) -> list[float]:
    """*columns* (widths adding up to *total*) changed so that each is at least
    its minimum where that is possible: narrow columns grow, taking the room
    from the others in proportion to what they can spare. A minimum is
    capped at a third of the table, so one long URL cannot squeeze the rest."""
    minimums = [min(m, total / 3) for m in minimums]
    if sum(minimums) > total or all(c >= m for c, m in zip(columns, minimums, strict=True)):
        return columns
    widths = list(columns)
    for _ in range(len(widths)):
        short = [i for i, (w, m) in enumerate(zip(widths, minimums, strict=True)) if w < m - EPSILON]
        if not short:
            break
        need = sum(minimums[i] - widths[i] for i in short)
        spare = {i: widths[i] - minimums[i] for i in range(len(widths)) if i not in short and widths[i] > minimums[i]}
        room = sum(spare.values())
        if room <= EPSILON:
            break
        take = min(need, room)
        for i in short:
            widths[i] = minimums[i] if take >= need else widths[i] + (minimums[i] - widths[i]) * take / need
        for i, free in spare.items():
            widths[i] -= take * free / room
    return widths


def _fill(slide: Slide) -> float:
    """How much of the body box the slide's items use (0 … 1)."""
    if not slide.items:
        return 0.0
    return (BODY_TOP - min(item.top - item.height for item in slide.items)) / BODY_H


def _plain(item: Content) -> str:
    return item.value if isinstance(item, Text) else str(item)


def _grid_boxes(
    columns: int, rows: int, x: float, top: float, width: float, height: float, widths: Sequence[float] | None = None
) -> list[Box]:
    """Boxes row by row with GAP between them; equal, or in proportion to *widths*."""
    weights = list(widths or [1.0] * columns)[:columns]
    weights += [1.0] * (columns - len(weights))
    usable = width - GAP * (columns - 1)
    sizes = [usable * w / sum(weights) for w in weights]
    lefts = [x + sum(sizes[:c]) + c * GAP for c in range(columns)]
    h = (height - GAP * (rows - 1)) / rows
    return [Box(lefts[c], top - r * (h + GAP), sizes[c], h) for r in range(rows) for c in range(columns)]


def spacer(height: float) -> Spacer:
    """Vertical space inside a flow."""
    return Spacer(1, height)
