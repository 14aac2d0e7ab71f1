"""Geometry of a timeline (Gantt) block, computed from the model and the
deck font: month ticks, key-date marker labels in lanes above the rows,
each campaign row sized to its label and its phase labels (name and dates
under the bar, in as many lanes as needed so that no two labels overlap and
none leaves the plot). The layout sizes the block with it and every renderer
draws from it, so what was measured is what is drawn."""

from __future__ import annotations

import datetime as dt

from app.models.frozen import frozen_model
from app.services.deck.layouts import measure
from app.services.deck.model import TimelineBlock

ROW_LABEL, PHASE_LABEL, MARKER_LABEL, MONTH_LABEL = 12.0, 10.0, 10.0, 10.0
BAR_H = 16.0
ROW_PAD = 7.0
LABEL_GAP = 6.0
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@frozen_model
class Label:
    """A text at (x, y) (top-left, model coordinates) of width w at *size*."""

    text: str
    x: float
    y: float
    w: float
    size: float


@frozen_model
class RowGeometry:
    """One row: its top, height, the wrapped row label lines, the bar, the
    phase segments ``(x, w, kind)`` and the phase labels."""

    top: float
    height: float
    label_lines: tuple[str, ...]
    bar: tuple[float, float]  # x, width
    bar_y: float
    segments: tuple[tuple[float, float, str], ...]
    labels: tuple[Label, ...]


@frozen_model
class Geometry:
    """The whole block: plot area, month ticks ``(x, label)``, marker lines
    ``(x, kind)`` with their labels, rows and the total height used."""

    plot_x: float
    plot_w: float
    months: tuple[tuple[float, str], ...]
    markers: tuple[tuple[float, str], ...]
    marker_labels: tuple[Label, ...]
    rows_top: float
    rows: tuple[RowGeometry, ...]
    height: float


def day_x(block: TimelineBlock, plot_x: float, plot_w: float, day: dt.date) -> float:
    """The x of the start of *day* in the plot."""
    total = (block.end - block.start).days + 1
    offset = min(max((day - block.start).days, 0), total)
    return plot_x + plot_w * offset / total


def short_date(day: dt.date, language: str) -> str:
    """``8/15`` / ``15 Aug`` (no year: the timeline shows it)."""
    return f"{day.month}/{day.day}" if language == "zh" else f"{day.day} {MONTHS_EN[day.month - 1]}"


def _lanes(items: list[tuple[str, float, float]], left: float, right: float, size: float) -> list[tuple[str, float,
                                                                                                     float, int]]:
    """Labels ``(text, x, width)`` in lanes: each at its x (kept inside
    left … right), in the first lane where it overlaps nothing."""
    ends: list[float] = []
    placed = []
    for text, x, w in sorted(items, key=lambda i: i[1]):
        x = max(left, min(x, right - w))
        for lane, end in enumerate(ends):
            if x >= end + LABEL_GAP:
                ends[lane] = x + w
                break
        else:
            lane = len(ends)
            ends.append(x + w)
        placed.append((text, x, w, lane))
    return placed


def _phase_labels(items, bar_left, bar_right, bar_y, left, right) -> tuple[tuple[Label, ...], float]:
    """The phase labels of a row and the height they add under the bar: all
    phases on one line beside the bar (right of it, else left of it) when
    there is room, else one per line under the bar (lanes, no overlap)."""
    if not items:
        return (), 0.0
    joined = " · ".join(text for text, _ in items)
    width = measure.width_of(joined, PHASE_LABEL)
    y = bar_y + (BAR_H - PHASE_LABEL * measure.LEADING) / 2
    if bar_right + LABEL_GAP + width <= right:
        return (Label(joined, bar_right + LABEL_GAP, y, width, PHASE_LABEL),), 0.0
    if bar_left - LABEL_GAP - width >= left:
        return (Label(joined, bar_left - LABEL_GAP - width, y, width, PHASE_LABEL),), 0.0
    line_h = PHASE_LABEL * measure.LEADING
    placed = _lanes([(text, x, measure.width_of(text, PHASE_LABEL)) for text, x in items], left, right,
                    PHASE_LABEL)
    labels = tuple(Label(text, x, bar_y + BAR_H + 3 + lane * line_h, w, PHASE_LABEL) for text, x, w, lane in placed)
    lanes = max(lane for *_, lane in placed) + 1
    return labels, 3 + lanes * line_h


def geometry(block: TimelineBlock, language: str = "zh") -> Geometry:
    """The geometry of *block* (see the module docstring)."""
    box = block.box
    plot_x = box.x + block.label_width
    plot_w = box.w - block.label_width
    right = plot_x + plot_w
    months = []
    first = dt.date(block.start.year, block.start.month, 1)
    while first <= block.end:
        if first >= block.start or first == dt.date(block.start.year, block.start.month, 1):
            name = (f"{first.month}月" if language == "zh" else MONTHS_EN[first.month - 1])
            if first.month == 1 or not months:
                name = f"{first.year}年{first.month}月" if language == "zh" else f"{name} {first.year}"
            months.append((day_x(block, plot_x, plot_w, max(first, block.start)), name))
        first = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    top = box.y + MONTH_LABEL * measure.LEADING + 4
    marker_items = [(m.label, day_x(block, plot_x, plot_w, m.day) + plot_w / ((block.end - block.start).days + 1) / 2
                     - measure.width_of(m.label, MARKER_LABEL) / 2, measure.width_of(m.label, MARKER_LABEL))
                    for m in block.markers if block.start <= m.day <= block.end]
    marker_lines = tuple((day_x(block, plot_x, plot_w, m.day) + plot_w / ((block.end - block.start).days + 1) / 2,
                          m.kind) for m in block.markers if block.start <= m.day <= block.end)
    line_h = MARKER_LABEL * measure.LEADING
    marker_labels = tuple(Label(text, x, top + lane * line_h, w, MARKER_LABEL)
                          for text, x, w, lane in _lanes(marker_items, plot_x, right, MARKER_LABEL))
    lanes = max((int((lb.y - top) / line_h) + 1 for lb in marker_labels), default=0)
    rows_top = top + lanes * line_h + 4
    rows = []
    y = rows_top
    for row in block.rows:
        label_lines = measure.wrap(row.label, block.label_width - 10, ROW_LABEL)
        x1 = day_x(block, plot_x, plot_w, max(row.start, block.start))
        x2 = day_x(block, plot_x, plot_w, min(row.end, block.end) + dt.timedelta(days=1))
        segments = []
        items = []
        for phase in row.phases:
            if phase.end < block.start or phase.start > block.end:
                continue
            p1 = day_x(block, plot_x, plot_w, max(phase.start, block.start))
            p2 = day_x(block, plot_x, plot_w, min(phase.end, block.end) + dt.timedelta(days=1))
            segments.append((p1, max(p2 - p1, 1.5), phase.kind))
            dates = f"{short_date(phase.start, language)}–{short_date(phase.end, language)}"
            text = f"{phase.name} {dates}" if phase.name else dates
            items.append((measure.fit_lines(text, plot_w, PHASE_LABEL, 1)[0], p1))
        bar_y = y + ROW_PAD
        labels, below = _phase_labels(items, x1, x1 + max(x2 - x1, 2.0), bar_y, plot_x, right)
        height = max(BAR_H + below, len(label_lines) * ROW_LABEL * measure.LEADING) + 2 * ROW_PAD
        if height < block.row_height:  # a taller row: the bar and its labels centred in it
            shift = (block.row_height - height) / 2
            bar_y += shift
            labels = tuple(Label(lb.text, lb.x, lb.y + shift, lb.w, lb.size) for lb in labels)
            height = block.row_height
        rows.append(RowGeometry(y, height, label_lines, (x1, max(x2 - x1, 2.0)), bar_y, tuple(segments), labels))
        y += height
    return Geometry(plot_x, plot_w, tuple(months), marker_lines, marker_labels, rows_top, tuple(rows), y - box.y)
