"""The campaign timeline (a Gantt) as PowerPoint shapes, drawn from the same
geometry the layout measured and the PDF draws (deck.layout_timeline): the
month grid and names, key dates (双11, 618, holidays, milestones, today) as
thin vertical lines with their labels, a row per campaign with its span in
the campaign's colour, its phases as segments and their names and dates as
labels. Every label is a text box, so it can be edited and restyled."""

from __future__ import annotations

from pptx.enum.text import PP_ALIGN

from app.services.deck.layouts import measure
from app.services.deck.layouts.timeline import BAR_H, MONTH_LABEL, ROW_LABEL, geometry
from app.services.deck.pptx.blocks import LEADING
from app.services.deck.pptx.fit import guarded_size
from app.services.deck.pptx.shapes import line, line_of, rectangle, text_box
from app.services.deck.pptx.text import Style
from app.services.deck.theme import mix

# the PDF renderer's tones (pdf_timeline): warm-up light, peak full, tail medium
TONE = {"warm_up": 0.55, "warmup": 0.55, "tail": 0.3, "long_tail": 0.3, "peak": 0.0, "launch": 0.0}
MARKER_COLOUR = {"holiday": "#C8553D", "festival": "#E07A1F", "milestone": "#5F6B76", "today": "#1F2328"}
GRID_FILL = "#F6F8FA"
SLACK = 4.0  # points a label box is wider than its measured text (another program's font is a little wider)


def timeline_block(shapes, block, theme, language: str) -> None:
    """Draw *block* (a TimelineBlock) from its measured geometry."""
    g = geometry(block, language)
    box = block.box
    bottom = g.rows[-1].top + g.rows[-1].height if g.rows else g.rows_top
    for index, (x, name) in enumerate(g.months):
        next_x = g.months[index + 1][0] if index + 1 < len(g.months) else g.plot_x + g.plot_w
        if index % 2 == 0:
            rectangle(shapes, x, g.rows_top, next_x - x, bottom - g.rows_top, GRID_FILL, name="Month band")
        line(shapes, x, box.y, x, bottom, theme.rule, 0.4)
        if measure.width_of(name, MONTH_LABEL) <= next_x - x - 2:
            text_box(shapes, x + 2, box.y, next_x - x - 2, MONTH_LABEL * LEADING, line_of(name, Style(MONTH_LABEL,
                     theme.muted)), name="Month", line_spacing=LEADING, wrap=False)
    for row in g.rows:
        line(shapes, box.x, row.top + row.height, g.plot_x + g.plot_w, row.top + row.height, theme.rule, 0.4)
    for x, kind in g.markers:
        line(shapes, x, g.rows_top - 2, x, bottom, MARKER_COLOUR.get(kind) or theme.brand, 0.9)
    for label in g.marker_labels:
        _label(shapes, label, theme, "Key date")
    for row, spec in zip(g.rows, block.rows, strict=True):
        width = block.label_width - 10
        size = guarded_size([(line, width) for line in row.label_lines], ROW_LABEL)
        label_h = len(row.label_lines) * ROW_LABEL * LEADING  # beside the bar, as the PDF places it
        label_top = max(row.top + 7, min(row.bar_y + 8 - label_h / 2, row.top + row.height - label_h - 7))
        text_box(shapes, box.x, label_top, width, label_h,
                 line_of("\n".join(row.label_lines), Style(size, theme.text)), name="Campaign",
                 line_spacing=ROW_LABEL * LEADING / size)
        x, w = row.bar
        rectangle(shapes, x, row.bar_y, w, BAR_H, _tone(spec.colour, 0.75), name="Campaign span",
                  shape=_rounded())
        for sx, sw, kind in row.segments:
            rectangle(shapes, sx, row.bar_y, sw, BAR_H, _tone(spec.colour, TONE.get(kind, 0.15)), name="Phase",
                      shape=_rounded())
        for label in row.labels:
            _label(shapes, label, theme, "Phase label")


def _label(shapes, label, theme, name: str) -> None:
    """A measured label on a white ground (it may cross grid lines)."""
    height = label.size * LEADING
    size = guarded_size([(label.text, label.w + 2)], label.size)
    box = text_box(shapes, label.x - 1, label.y, label.w + 2 + SLACK, height,
                   line_of(label.text, Style(size, theme.text)), name=name, line_spacing=label.size * LEADING / size,
                   wrap=False, inset=0.0, align=PP_ALIGN.LEFT)
    box.fill.solid()
    box.fill.fore_color.rgb = _rgb("#FFFFFF")


def _tone(colour: str, amount: float) -> str:
    """*colour* lightened towards white by *amount* (a theme name stays)."""
    return mix(colour, "#FFFFFF", amount) if colour.startswith("#") else colour


def _rgb(colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour.lstrip("#"))


def _rounded():
    from pptx.enum.shapes import MSO_SHAPE

    return MSO_SHAPE.ROUNDED_RECTANGLE
