"""Drawing a timeline block in the PDF from its measured geometry: month
grid, key-date lines with their labels, one row per campaign in its own
colour with phase segments (warm-up light, peak full, tail medium) and the
phases' names and dates under the bar."""

from __future__ import annotations

from app.services.deck.layouts import measure
from app.services.deck.layouts.timeline import MONTH_LABEL, ROW_LABEL, geometry
from app.services.deck.model import TimelineBlock
from app.services.deck.theme import mix

TONE = {"warm_up": 0.55, "warmup": 0.55, "tail": 0.3, "long_tail": 0.3, "peak": 0.0, "launch": 0.0}
MARKER_COLOUR = {"holiday": "#C8553D", "festival": "#E07A1F", "brand_day": None, "milestone": "#5F6B76",
                 "today": "#1F2328"}


def draw_timeline(r, block: TimelineBlock) -> None:
    """Draw *block* with renderer *r*."""
    t = r.theme
    g = geometry(block, r.deck.language)
    bottom = g.rows[-1].top + g.rows[-1].height if g.rows else g.rows_top
    for index, (x, name) in enumerate(g.months):
        next_x = g.months[index + 1][0] if index + 1 < len(g.months) else g.plot_x + g.plot_w
        if index % 2 == 0:
            r.fill(x, g.rows_top, next_x - x, bottom - g.rows_top, "#F6F8FA")
        r.rule(x, block.box.y, x, bottom, t.rule, 0.4)
        size = MONTH_LABEL
        if measure.width_of(name, size) <= next_x - x - 2:
            r.lines([name], x + 2, block.box.y, next_x - x - 2, size, t.muted)
    for row in g.rows:
        r.rule(block.box.x, row.top + row.height, g.plot_x + g.plot_w, row.top + row.height, t.rule, 0.4)
    for x, kind in g.markers:
        colour = MARKER_COLOUR.get(kind) or t.brand
        r.rule(x, g.rows_top - 2, x, bottom, colour, 0.9)
    for label in g.marker_labels:
        r.fill(label.x - 1, label.y, label.w + 2, label.size * 1.3, "#FFFFFF")
        r.lines([label.text], label.x, label.y, label.w + 2, label.size, t.text)
    for row, spec in zip(g.rows, block.rows, strict=True):
        label_h = len(row.label_lines) * ROW_LABEL * measure.LEADING
        label_top = max(row.top + 7, min(row.bar_y + 8 - label_h / 2, row.top + row.height - label_h - 7))
        r.lines(row.label_lines, block.box.x, label_top, block.label_width - 10, ROW_LABEL, t.text)
        x, w = row.bar
        r.fill(x, row.bar_y, w, 16, mix(spec.colour, "#FFFFFF", 0.75), 2)
        for sx, sw, kind in row.segments:
            r.fill(sx, row.bar_y, sw, 16, mix(spec.colour, "#FFFFFF", TONE.get(kind, 0.15)), 2)
        for label in row.labels:
            r.fill(label.x - 1, label.y + 0.5, label.w + 2, label.size * 1.3, "#FFFFFF")
            r.lines([label.text], label.x, label.y, label.w + 2, label.size, t.text)
