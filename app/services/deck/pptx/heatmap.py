"""The risk heat map as PowerPoint shapes, in the PDF's geometry
(deck.pdf_charts): a square cell per (likelihood, impact) with its colour
and the risk ids written in it, rows from the bottom up, the level numbers
beside and below the grid and the axis titles (the vertical one rotated)."""

from __future__ import annotations

from pptx.enum.text import PP_ALIGN

from app.services.deck.layouts.measure import LEADING
from app.services.deck.pptx.fit import guarded_size
from app.services.deck.pptx.shapes import line_of, rectangle, text_box
from app.services.deck.pptx.text import Style, fill_frame, frame_box

EMPTY = "#F1F3F5"
TICK, TITLE, LABEL = 10.0, 12.0, 12.0


def heatmap(shapes, block, theme) -> None:
    """Draw the heat map of *block* (a ChartBlock of kind ``heatmap``)."""
    from pptx.enum.shapes import MSO_SHAPE

    spec, box = block.chart, block.box
    rows, cols = len(spec.row_categories), len(spec.categories)
    if not rows or not cols:
        return
    cell = min((box.h - 50) / rows, (box.w - 90) / cols)
    left, top = box.x + 70, box.y + 6
    cells = {(c.row, c.column): c for c in spec.cells}
    muted = Style(TICK, theme.muted)
    for row in range(rows):
        y = top + (rows - 1 - row) * cell
        for col in range(cols):
            found = cells.get((row, col))
            shape = rectangle(shapes, left + col * cell + 1.5, y + 1.5, cell - 3, cell - 3,
                              found.colour if found else EMPTY, name="Heat map cell", shape=MSO_SHAPE.ROUNDED_RECTANGLE)
            if found and found.labels:
                text = " ".join(found.labels)
                size = guarded_size([(text, cell - 10)], LABEL)
                frame_box(shape.text_frame, anchor="ctr", inset=2.0)
                fill_frame(shape.text_frame, line_of(text, Style(size, theme.text)), align=PP_ALIGN.CENTER,
                           line_spacing=LEADING)
        text_box(shapes, box.x + 36, y + cell / 2 - TICK * 0.7, 30, TICK * LEADING,
                 line_of(spec.row_categories[row], muted), name="Heat map row", align=PP_ALIGN.RIGHT,
                 line_spacing=LEADING, wrap=False)
    for col in range(cols):
        text_box(shapes, left + col * cell, top + rows * cell + 4, cell, TICK * LEADING,
                 line_of(spec.categories[col], muted), name="Heat map column", align=PP_ALIGN.CENTER,
                 line_spacing=LEADING)
    if spec.x_title:
        text_box(shapes, left, top + rows * cell + 22, cell * cols, TITLE * LEADING,
                 line_of(spec.x_title, Style(TITLE, theme.text)), name="Heat map axis", align=PP_ALIGN.CENTER,
                 line_spacing=LEADING)
    if spec.y_title:
        length = rows * cell
        axis = text_box(shapes, box.x + 14 - length / 2, top + length / 2 - TITLE * LEADING / 2, length,
                        TITLE * LEADING, line_of(spec.y_title, Style(TITLE, theme.text)), name="Heat map axis",
                        align=PP_ALIGN.CENTER, line_spacing=LEADING)
        axis.rotation = 270
