"""The slide model's text blocks as native PowerPoint content: running text
and bullet lists as text boxes, tables as PowerPoint tables, cards and key
figures as shapes with text. Each function draws one block inside the box
the layout gave it; charts and timelines are in charts.py / timeline.py."""

from __future__ import annotations

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.pptx.shapes import line_of, picture, rectangle, text_box
from app.services.deck.pptx.text import Style, colour_element, fill_frame

LEADING = 1.32  # line height / font size: the slide model's measure (its layout sized every box with it)
PARAGRAPH_GAP = 0.45  # space after a paragraph or bullet, in lines (as the layout)
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
    style = Style(block.size, text_colour(block, theme, framed))
    paragraphs = [[(text, style)] for text in block.paragraphs]
    box = block.box
    text_box(shapes, box.x, box.y, box.w, box.h, paragraphs, name=f"Text {block.style}", line_spacing=LEADING,
             space_after=block.size * PARAGRAPH_GAP, align=ALIGN.get(getattr(block, "align", "left")))


def bullets_block(shapes, block, theme) -> None:
    """A bullet (or numbered) list, with its heading as the first paragraph."""
    body = Style(block.size, theme.text)
    lead = Style(block.size, theme.ink, bold=True)
    paragraphs, marks, levels = [], [], []
    if block.heading:
        paragraphs.append([(block.heading, Style(block.size, theme.ink, bold=True))])
        marks.append(None)
        levels.append(0)
    for item in block.items:
        runs = [(item.lead, lead)] if item.lead else []
        runs.append((item.text, body))
        paragraphs.append(runs)
        marks.append("#" if block.numbered else ("•" if item.level == 0 else "–"))
        levels.append(min(item.level, 1))
    box = block.box
    text_box(shapes, box.x, box.y, box.w, box.h, paragraphs, name="Bullets", line_spacing=LEADING,
             space_after=block.size * 0.4, bullets=marks, indents=levels)


def table_block(shapes, block, theme) -> None:
    """A real PowerPoint table: header row in the brand colour, zebra rows,
    columns as wide as their weights, numbers aligned as the model says,
    single cells filled (RAG, severity) and a bold total row."""
    box = block.box
    rows, columns = len(block.rows) + 1, len(block.columns)
    row_h = box.h / rows
    frame = shapes.add_table(rows, columns, Pt(box.x), Pt(box.y), Pt(box.w), Pt(row_h * rows))
    frame.name = "Table"
    table = frame.table
    _plain_style(frame)
    total_weight = sum(block.weights) or 1.0
    for index, column in enumerate(block.columns):
        table.columns[index].width = Pt(box.w * column.weight / total_weight)
    for row in table.rows:
        row.height = Pt(row_h)
    fills = {(row, column): colour for column, row, colour in block.fills}
    head = Style(block.size, theme.on_brand, bold=True)
    for index, column in enumerate(block.columns):
        _cell(table.cell(0, index), column.title, head, "accent1", column.align)
    last = len(block.rows) - 1
    for number, values in enumerate(block.rows):
        bold = block.total_row and number == last
        zebra = "lt2" if number % 2 else None
        for index, column in enumerate(block.columns):
            value = values[index] if index < len(values) else ""
            fill = fills.get((number, index), zebra)
            _cell(table.cell(number + 1, index), value, Style(block.size, theme.text, bold=bold), fill, column.align)


def _plain_style(frame) -> None:
    """No built-in table style banding: the cells carry their own fills."""
    tbl_pr = frame._element.graphic.graphicData.tbl.tblPr
    tbl_pr.set("firstRow", "1")
    tbl_pr.set("bandRow", "0")


def _cell(cell, text: str, style: Style, fill: str | None, align: str) -> None:
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    cell.margin_left = cell.margin_right = Pt(5)
    cell.margin_top = cell.margin_bottom = Pt(3)
    if fill:
        cell.fill.solid()
        tc_pr = cell._tc.get_or_add_tcPr()
        solid = tc_pr.find(qn("a:solidFill"))
        for child in list(solid):
            solid.remove(child)
        solid.append(colour_element(fill))
    else:
        cell.fill.background()
    fill_frame(cell.text_frame, line_of(text, style), align=ALIGN.get(align, PP_ALIGN.LEFT), line_spacing=LEADING)


def cards_block(shapes, block, theme) -> None:
    """Cards side by side: a tinted panel with an accent rule on top, the
    optional photo, title, subtitle and labelled lines as text."""
    boxes = block.card_boxes or _even_boxes(block.box, len(block.cards))
    size = block.size
    for card, box in zip(block.cards, boxes, strict=False):
        rectangle(shapes, box.x, box.y, box.w, box.h, "lt2", name="Card")
        rectangle(shapes, box.x, box.y, box.w, 3.0, card.accent or "accent1", name="Card rule")
        pad, top = 10.0, box.y + 10.0
        if card.image:
            side = min(56.0, box.w / 3)
            if picture(shapes, card.image, box.x + pad, top, side, side, name="Photo", cover=True) is not None:
                top += side + 6.0
        paragraphs = [[(card.title, Style(size + 2, theme.ink, bold=True))]]
        if card.subtitle:
            paragraphs.append([(card.subtitle, Style(size - 1, theme.muted))])
        for entry in card.lines:
            runs = [(entry.label + "  ", Style(size - 1, theme.muted))] if entry.label else []
            paragraphs.append(runs + [(entry.text, Style(size, theme.text))])
        text_box(shapes, box.x + pad, top, box.w - 2 * pad, box.y + box.h - top - pad, paragraphs, name="Card text",
                 line_spacing=LEADING, space_after=size * 0.35)


def _even_boxes(box, count: int):
    from app.services.deck.model import Box

    gap = 12.0
    width = (box.w - gap * (count - 1)) / max(count, 1)
    return [Box(box.x + i * (width + gap), box.y, width, box.h) for i in range(count)]


def key_figures_block(shapes, block, theme) -> None:
    """Big numbers in a row, each with its label and detail line."""
    boxes = _even_boxes(block.box, len(block.figures))
    for figure, box in zip(block.figures, boxes, strict=False):
        rectangle(shapes, box.x, box.y, 3.0, box.h, "accent1", name="Figure rule")
        value_size = min(30.0, box.h * 0.42)
        paragraphs = [[(figure.value, Style(value_size, theme.ink, bold=False))],
                      [(figure.label, Style(12.0, theme.text))]]
        if figure.detail:
            paragraphs.append([(figure.detail, Style(11.0, theme.muted))])
        text_box(shapes, box.x + 12.0, box.y, box.w - 12.0, box.h, paragraphs, name="Key figure", line_spacing=1.2)


__all__ = ["bullets_block", "cards_block", "key_figures_block", "table_block", "text_block"]
