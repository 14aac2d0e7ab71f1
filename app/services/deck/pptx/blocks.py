"""The slide model's text blocks as native PowerPoint content: running text
and bullet lists as text boxes, tables as PowerPoint tables, cards and key
figures as shapes with text. Each function draws one block inside the box
the layout gave it; charts and timelines are in charts.py / timeline.py."""

from __future__ import annotations

from lxml import etree
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.layouts import measure
from app.services.deck.layouts.cards import CARD_LABEL, CARD_PAD, CARD_SUBTITLE, CARD_TITLE, LINE_GAP, PHOTO
from app.services.deck.layouts.measure import LEADING  # line height / font size: what the layout sized every box with
from app.services.deck.layouts.slides import BULLET_INDENT, FIGURE_DETAIL, FIGURE_LABEL, FIGURE_VALUE, PARAGRAPH_GAP
from app.services.deck.layouts.table import PAD_X, PAD_Y
from app.services.deck.pptx.fit import SAFETY, guarded_size
from app.services.deck.pptx.shapes import line_of, picture, rectangle, text_box
from app.services.deck.pptx.text import BodyFrame, Style, colour_element, fill_frame

ALIGN = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT, "center": PP_ALIGN.CENTER, "centre": PP_ALIGN.CENTER}


def text_colour(block, theme, framed: bool) -> str:
    """The colour of a text block's style: on the brand colour (cover,
    divider and closing titles), muted labels and captions, ink leads."""
    if framed and block.style in ("title", "on_brand", "number"):
        if block.style == "number" and theme.on_brand.upper() == "#FFFFFF":
            return theme.soft
        return theme.on_brand
    return {"caption": theme.muted, "label": theme.muted, "lead": theme.ink}.get(block.style, theme.text)


def text_block(shapes, block, theme, framed: bool = False) -> None:
    """Paragraphs of running text; the style sets the colour."""
    size = guarded_size(((text, block.box.w) for text in block.paragraphs), block.size)
    style = Style(size, text_colour(block, theme, framed))
    paragraphs = [[(text, style)] for text in block.paragraphs]
    box = block.box
    text_box(shapes, box.x, box.y, box.w, drawn_height(block), paragraphs, name=f"Text {block.style}",
             line_spacing=LEADING * block.size / size, space_after=block.size * PARAGRAPH_GAP,
             align=ALIGN.get(getattr(block, "align", "left")))


def drawn_height(block) -> float:
    """The height a text block's paragraphs take as the PDF draws them
    (lines and the gaps between paragraphs), at least its box's."""
    lines = sum(measure.height(text, block.box.w, block.size) for text in block.paragraphs)
    gaps = block.size * PARAGRAPH_GAP * max(len(block.paragraphs) - 1, 0)
    return max(block.box.h, lines + gaps)


def bullets_block(shapes, block, theme) -> None:
    """A bullet (or numbered) list, its heading as the first paragraph and
    each item's lead-in in the ink colour."""
    box = block.box
    texts = [(block.heading, box.w)] + [(item.lead + item.text, box.w - BULLET_INDENT * (min(item.level, 1) + 1))
                                        for item in block.items]
    size = guarded_size(texts, block.size)
    body, lead = Style(size, theme.text), Style(size, theme.ink)
    paragraphs, marks, levels = [], [], []
    if block.heading:
        paragraphs.append([(block.heading, lead)])
        marks.append(None)
        levels.append(0)
    for item in block.items:
        paragraphs.append(([(item.lead, lead)] if item.lead else []) + [(item.text, body)])
        marks.append("#" if block.numbered else ("•" if item.level == 0 else "–"))
        levels.append(min(item.level, 1))
    text_box(shapes, box.x, box.y, box.w, box.h, paragraphs, name="Bullets", line_spacing=LEADING * block.size / size,
             space_after=block.size * PARAGRAPH_GAP, bullets=marks, indents=levels)


def table_block(shapes, block, theme) -> None:
    """A real PowerPoint table with the layout's column widths and row
    heights (deck.layout_table): header row in the brand colour, light
    zebra rows, the total row tinted and bold, single cells filled (RAG,
    severity), numbers aligned as the model says."""
    from app.services.deck.layouts.table import row_height

    box = block.box
    widths = _column_widths(block)
    head_texts = [column.title for column in block.columns]
    heights = [row_height(head_texts, widths, block.size)]
    heights += [row_height(_padded(row, len(widths)), widths, block.size) for row in block.rows]
    frame = shapes.add_table(len(heights), len(widths), Pt(box.x), Pt(box.y), Pt(sum(widths)), Pt(sum(heights)))
    frame.name = "Table"
    table = frame.table
    _plain_style(frame)
    for index, width in enumerate(widths):
        table.columns[index].width = Pt(width)
    for row, height in zip(table.rows, heights, strict=True):
        row.height = Pt(height)
    fills = {(row, column): colour for column, row, colour in block.fills}
    cells = [(text, w - 2 * PAD_X) for row in [head_texts, *block.rows] for text, w in zip(row, widths, strict=False)]
    size = guarded_size(cells, block.size)
    head = Style(size, theme.on_brand, bold=True)
    rows = [tr.tc_lst for tr in table._tbl.tr_lst]  # one lookup per row (table.cell() searches each time)
    for index, column in enumerate(block.columns):
        _cell(rows[0][index], column.title, head, "accent1", column.align)
    last = len(block.rows) - 1
    for number, values in enumerate(block.rows):
        total = block.total_row and number == last
        ground = theme.tint if total else (ZEBRA if number % 2 else None)
        style = Style(size, theme.text, bold=total)
        padded = _padded(values, len(widths))
        for index, column in enumerate(block.columns):
            _cell(rows[number + 1][index], padded[index], style, fills.get((number, index), ground), column.align)


ZEBRA = "#F6F8FA"


def _padded(row, count: int) -> list[str]:
    return list(row[:count]) + [""] * (count - len(row))


def _column_widths(block) -> list[float]:
    """Column widths in points: the layout gives them as the columns'
    weights (points, summing to the table's width); relative weights (a
    hand-made model) share the box width."""
    weights = [max(column.weight, 0.0) for column in block.columns]
    total = sum(weights) or 1.0
    if total < block.box.w * 0.5:  # relative weights
        return [block.box.w * w / total for w in weights]
    scale = min(1.0, block.box.w / total)
    return [w * scale for w in weights]


def _plain_style(frame) -> None:
    """No built-in table style banding: the cells carry their own fills."""
    tbl_pr = frame._element.graphic.graphicData.tbl.tblPr
    tbl_pr.set("firstRow", "1")
    tbl_pr.set("bandRow", "0")


_TC_PR, _SOLID, _NO_FILL, _TX_BODY = qn("a:tcPr"), qn("a:solidFill"), qn("a:noFill"), qn("a:txBody")
_CELL_MARGINS = {"marL": str(round(PAD_X * 12700)), "marR": str(round(PAD_X * 12700)),
                 "marT": str(round(PAD_Y * 12700)), "marB": str(round(PAD_Y * 12700)), "anchor": "ctr"}


def _cell(tc, text: str, style: Style, fill: str | None, align: str) -> None:
    """One table cell (its ``a:tc``): margins as the layout measured,
    centred vertically, its fill (or none) and its text. The XML is written
    directly: python-pptx's cell properties search the table each time."""
    tc_pr = tc.find(_TC_PR)
    if tc_pr is None:
        tc_pr = etree.SubElement(tc, _TC_PR)
    for name, value in _CELL_MARGINS.items():
        tc_pr.set(name, value)
    if fill:
        solid = etree.SubElement(tc_pr, _SOLID)
        solid.append(colour_element(fill))
    else:
        etree.SubElement(tc_pr, _NO_FILL)
    body = tc.find(_TX_BODY)
    body = body if body is not None else tc.get_or_add_txBody()
    fill_frame(BodyFrame(body), line_of(text, style), align=ALIGN.get(align, PP_ALIGN.LEFT),
               line_spacing=LEADING)


def cards_block(shapes, block, theme) -> None:
    """Cards as the layout measured them: a tinted panel with an accent
    rule on top, title and subtitle, the photo top right, then each line
    with its small label above it."""
    boxes = block.card_boxes or _even_boxes(block.box, len(block.cards), 12.0)
    for card, box in zip(block.cards, boxes, strict=False):
        rectangle(shapes, box.x, box.y, box.w, box.h, theme.tint, name="Card")
        rectangle(shapes, box.x, box.y, box.w, 3.5, card.accent or "accent1", name="Card rule")
        inner = box.w - 2 * CARD_PAD
        head_w = inner - (PHOTO + 8 if card.image else 0)
        head = [[(card.title, Style(guarded_size([(card.title, head_w)], CARD_TITLE), theme.ink))]]
        if card.subtitle:
            head.append([(card.subtitle, Style(guarded_size([(card.subtitle, head_w)], CARD_SUBTITLE), theme.muted))])
        size = guarded_size([(entry.text, inner) for entry in card.lines] +
                            [(entry.label, inner) for entry in card.lines], block.size)
        top = box.y + CARD_PAD
        head_h = sum(measure.height(text, head_w, runs[0][1].size) for runs in head for text, _ in runs[:1])
        text_box(shapes, box.x + CARD_PAD, top, head_w, head_h + 2, head, name="Card title", line_spacing=LEADING)
        top += head_h + (2 if card.subtitle else 0)
        if card.image:
            picture(shapes, card.image, box.right - CARD_PAD - PHOTO, box.y + CARD_PAD, PHOTO, PHOTO, name="Photo")
            top = max(top, box.y + CARD_PAD + PHOTO)
        lines, gaps = [], []
        for entry in card.lines:
            if entry.label:
                lines.append([(entry.label, Style(CARD_LABEL, theme.ink))])
                gaps.append(0.0)
            lines.append([(entry.text, Style(size, theme.text))])
            gaps.append(block.size * LINE_GAP + 2)
        if lines:
            top += block.size * LINE_GAP + 2
            text_box(shapes, box.x + CARD_PAD, top, inner, box.bottom - top, lines, name="Card text",
                     line_spacing=LEADING, space_after=gaps)


def _even_boxes(box, count: int, gap: float):
    from app.services.deck.model import Box

    width = (box.w - gap * (count - 1)) / max(count, 1)
    return [Box(box.x + i * (width + gap), box.y, width, box.h) for i in range(count)]


def key_figures_block(shapes, block, theme) -> None:
    """Big numbers in a row, each with a brand rule, its label and detail."""
    for figure, box in zip(block.figures, _even_boxes(block.box, len(block.figures), 16.0), strict=False):
        rectangle(shapes, box.x, box.y, 3.5, box.h, "accent1", name="Figure rule")
        width = box.w - 16
        value_size = FIGURE_VALUE
        while value_size > 14 and measure.width_of(figure.value, value_size) > width * SAFETY:
            value_size -= 2
        text_box(shapes, box.x + 12, box.y + 6, width + 4, FIGURE_VALUE * 1.2,
                 line_of(figure.value, Style(value_size, theme.ink)), name="Figure value", line_spacing=LEADING,
                 wrap=False)
        rest = [[(figure.label, Style(guarded_size([(figure.label, width)], FIGURE_LABEL), theme.text))]]
        if figure.detail:
            rest.append([(figure.detail, Style(guarded_size([(figure.detail, width)], FIGURE_DETAIL), theme.muted))])
        top = box.y + 6 + FIGURE_VALUE * 1.2
        text_box(shapes, box.x + 12, top, width, box.bottom - top, rest, name="Figure label", line_spacing=LEADING)


__all__ = ["bullets_block", "cards_block", "key_figures_block", "table_block", "text_block"]
