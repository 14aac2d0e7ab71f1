"""The campaign timeline (Gantt) of one window of the plan — a quarter or a
month — drawn with reportlab's graphics primitives: no matplotlib or SVG
round trip, so a year of timeline slides costs a few milliseconds each.

Layout, top to bottom: month header, a key-date lane (festivals and brand
days as bars or ticks with labels, holidays as shaded columns through the
whole chart, adjusted working days as dark ticks) and a milestone lane,
then one row per campaign: its name on the left, its bar in its colour,
its phases shaded inside the bar (warm-up light, launch full, long tail
medium) and its milestones as diamonds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.services.deck.theme import MUTED, RULE, TEXT, mix

NAME_W = 180.0
HEADER_H = 20.0
LANE_H = 34.0
ROW_MIN, ROW_MAX = 16.0, 40.0  # a sparse quarter gets tall, readable rows instead of a strip at the top
LANE_FONT = 8.5
PHASE_SHADE = {"warm_up": 0.55, "launch": 0.0, "long_tail": 0.35, "custom": 0.2}
HOLIDAY_FILL = "#FBE3E1"
WORKDAY_INK = "#5F6B76"


@dataclass
class Bar:
    """One campaign row: label, span, colour, shaded phases, milestone days."""

    label: str
    start: dt.date
    end: dt.date
    color: str
    phases: list[tuple[dt.date, dt.date, str]] = field(default_factory=list)
    milestones: list[dt.date] = field(default_factory=list)


@dataclass
class Mark:
    """A key date or an unattached milestone in a lane above the rows."""

    label: str
    start: dt.date
    end: dt.date
    kind: str  # holiday, workday, festival, brand_day, milestone


def fit(text: str, width: float, size: float, font: str) -> str:
    """*text* cut with "…" so it is at most *width* points wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""


def rows_that_fit(height: float) -> int:
    """How many campaign rows a chart of *height* holds at the smallest row."""
    return max(1, int((height - HEADER_H - 2 * LANE_H) // ROW_MIN))


def chart_height(rows: int, available: float) -> float:
    """The height a chart of *rows* campaign rows needs (at most *available*)."""
    return min(available, HEADER_H + 2 * LANE_H + max(rows, 1) * ROW_MAX + 4)


def gantt(
    window: tuple[dt.date, dt.date],
    months: list[tuple[dt.date, str]],
    bars: list[Bar],
    marks: list[Mark],
    width: float,
    height: float,
    theme,
    font: str,
):
    """A reportlab Drawing of *width* × *height*: the timeline of *window*
    with *months* ((first day, label)), campaign *bars* and lane *marks*."""
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
    from reportlab.lib.colors import HexColor

    first, last = window
    days = (last - first).days + 1
    left, right = NAME_W, width - 4
    scale = (right - left) / days
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer declares Helvetica (unembedded)

    def x(day: dt.date) -> float:
        return left + max(0, min(days, (day - first).days)) * scale

    def clip(start: dt.date, end: dt.date) -> tuple[float, float] | None:
        if end < first or start > last:
            return None
        return x(max(start, first)), x(min(end, last) + dt.timedelta(days=1))

    row_h = max(ROW_MIN, min(ROW_MAX, (height - HEADER_H - 2 * LANE_H) / max(1, len(bars))))
    top = height - HEADER_H
    rows_bottom = top - 2 * LANE_H - row_h * len(bars)
    # holidays: shaded columns through lanes and rows
    for mark in marks:
        span = clip(mark.start, mark.end) if mark.kind == "holiday" else None
        if span:
            drawing.add(
                Rect(
                    span[0],
                    rows_bottom,
                    span[1] - span[0],
                    top - rows_bottom,
                    fillColor=HexColor(HOLIDAY_FILL),
                    strokeColor=None,
                )
            )
    # month header and grid
    for start, label in months:
        drawing.add(Line(x(start), rows_bottom, x(start), height, strokeColor=HexColor(RULE), strokeWidth=0.6))
        drawing.add(
            String(
                x(start) + 4,
                height - 14,
                fit(label, 120, 10, font),
                fontName=font,
                fontSize=10,
                fillColor=HexColor(TEXT),
            )
        )
    if days <= 62:  # a month window: faint Monday lines with the day of the month
        for offset in range(days):
            day = first + dt.timedelta(days=offset)
            if day.weekday() == 0 and day.day != 1:
                drawing.add(Line(x(day), rows_bottom, x(day), top, strokeColor=HexColor(RULE), strokeWidth=0.3))
                if x(day) - x(dt.date(day.year, day.month, 1) if day.day > 1 else day) > 60:
                    drawing.add(
                        String(x(day) + 2, top + 3, str(day.day), fontName=font, fontSize=7, fillColor=HexColor(MUTED))
                    )
    drawing.add(Line(left, top, right, top, strokeColor=HexColor(RULE), strokeWidth=0.8))
    _lanes(drawing, marks, clip, top, theme, font)
    # campaign rows
    for index, bar in enumerate(bars):
        y = top - 2 * LANE_H - (index + 1) * row_h
        drawing.add(Line(0, y, right, y, strokeColor=HexColor(RULE), strokeWidth=0.3))
        size = min(11.0, row_h * 0.55)
        drawing.add(
            String(
                0,
                y + (row_h - size) / 2 + 1,
                fit(bar.label, NAME_W - 8, size, font),
                fontName=font,
                fontSize=size,
                fillColor=HexColor(TEXT),
            )
        )
        span = clip(bar.start, bar.end)
        if not span:
            continue
        inset = row_h * 0.18
        base = mix(bar.color, "#FFFFFF", 0.7) if bar.phases else bar.color
        drawing.add(
            Rect(
                span[0],
                y + inset,
                max(span[1] - span[0], 1.5),
                row_h - 2 * inset,
                fillColor=HexColor(base),
                strokeColor=HexColor(bar.color),
                strokeWidth=0.6,
            )
        )
        for start, end, kind in bar.phases:
            part = clip(start, end)
            if part:
                shade = mix(bar.color, "#FFFFFF", PHASE_SHADE.get(kind, 0.2))
                drawing.add(
                    Rect(
                        part[0],
                        y + inset,
                        max(part[1] - part[0], 1.0),
                        row_h - 2 * inset,
                        fillColor=HexColor(shade),
                        strokeColor=HexColor("#FFFFFF"),
                        strokeWidth=0.5,
                    )
                )
        for day in bar.milestones:
            if first <= day <= last:
                _diamond(drawing, x(day) + scale / 2, y + row_h / 2, row_h * 0.32, theme.ink, Polygon, HexColor)
    drawing.add(Line(left, rows_bottom, left, top, strokeColor=HexColor(RULE), strokeWidth=0.6))
    return drawing


def _diamond(drawing, cx: float, cy: float, r: float, colour: str, polygon, hex_colour) -> None:
    drawing.add(
        polygon(
            [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
            fillColor=hex_colour(colour),
            strokeColor=hex_colour("#FFFFFF"),
            strokeWidth=0.6,
        )
    )


def _lanes(drawing, marks: list[Mark], clip, top: float, theme, font: str) -> None:
    """The key-date lane and the milestone lane, labels staggered on two lines."""
    from reportlab.graphics.shapes import Polygon, Rect, String
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lanes = {"key": top - LANE_H, "milestone": top - 2 * LANE_H}
    ends = {"key": [-1e9, -1e9], "milestone": [-1e9, -1e9]}
    for mark in sorted(marks, key=lambda m: m.start):
        span = clip(mark.start, mark.end)
        if not span:
            continue
        lane = "milestone" if mark.kind == "milestone" else "key"
        y = lanes[lane]
        if mark.kind == "workday":
            drawing.add(
                Rect(span[0], y + 2, max(span[1] - span[0], 1.5), 6, fillColor=HexColor(WORKDAY_INK), strokeColor=None)
            )
            continue
        if mark.kind == "milestone":
            _diamond(drawing, (span[0] + span[1]) / 2, y + 6, 5, theme.ink, Polygon, HexColor)
        elif mark.kind != "holiday":
            colour = theme.brand if mark.kind == "brand_day" else "#F28F3B"
            drawing.add(
                Rect(span[0], y + 2, max(span[1] - span[0], 2.0), 7, fillColor=HexColor(colour), strokeColor=None)
            )
        free = [n for n in (0, 1) if ends[lane][n] <= span[0]]
        line = free[0] if free else min((0, 1), key=lambda n: ends[lane][n])
        text = fit(mark.label, 160, LANE_FONT, font)
        left = min(span[0], drawing.width - stringWidth(text, font, LANE_FONT))  # never past the right edge
        drawing.add(
            String(
                left,
                y + 12 + 10.5 * line,
                text,
                fontName=font,
                fontSize=LANE_FONT,
                fillColor=HexColor(MUTED if mark.kind == "holiday" else TEXT),
            )
        )
        ends[lane][line] = left + stringWidth(text, font, LANE_FONT) + 4
