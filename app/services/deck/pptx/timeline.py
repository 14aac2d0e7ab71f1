"""The campaign timeline (a Gantt) as PowerPoint shapes: a month scale, a row
per campaign with its span in the campaign's colour and its phases as
labelled segments, key dates (双11, 618, holidays, milestones, today) as
thin vertical lines with their labels. Every label is a text box or the
text of its segment, so it can be edited and restyled."""

from __future__ import annotations

import datetime as dt

from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.text import PP_ALIGN

from app.services.deck.pptx.measure import text_width
from app.services.deck.pptx.shapes import line, line_of, rectangle, text_box
from app.services.deck.pptx.text import Style, fill_frame, frame_box

SCALE_H = 18.0  # the month scale above the rows
MARKER_H = 16.0  # marker labels above the scale
LABEL_SIZE, PHASE_SIZE, SCALE_SIZE = 11.0, 9.0, 9.0
_TONES = {"warmup": 0.45, "peak": 0.0, "tail": 0.3}


def timeline_block(shapes, block, theme, language: str) -> None:
    """Draw *block* (a TimelineBlock) inside its box."""
    box = block.box
    days = max((block.end - block.start).days + 1, 1)
    left = box.x + block.label_width
    width = box.w - block.label_width
    top = box.y + (MARKER_H if block.markers else 0.0)

    def x_of(day: dt.date) -> float:
        return left + max(0, min((day - block.start).days, days)) / days * width

    _scale(shapes, block, theme, language, x_of, top, width)
    rows_top = top + SCALE_H
    for index, row in enumerate(block.rows):
        y = rows_top + index * block.row_height
        if index % 2:
            rectangle(shapes, box.x, y, box.w, block.row_height, theme.tint, name="Timeline band")
        text_box(shapes, box.x, y, block.label_width - 6.0, block.row_height, line_of(row.label,
                 Style(LABEL_SIZE, theme.text)), anchor="ctr", name="Timeline label", line_spacing=1.15)
        bar_y, bar_h = y + block.row_height * 0.18, block.row_height * 0.64
        start, end = x_of(row.start), x_of(row.end + dt.timedelta(days=1))
        span = rectangle(shapes, start, bar_y, max(end - start, 2.0), bar_h, _tone(row.colour, 0.6),
                         name=f"Campaign {row.label}"[:60])
        if not row.phases:
            fits = end - start > text_width(row.label, PHASE_SIZE) + 6
            _label(span, row.label if fits else "", _tone(row.colour, 0.6), theme)
        for phase in row.phases:
            p_start, p_end = x_of(phase.start), x_of(phase.end + dt.timedelta(days=1))
            fill = _tone(row.colour, _TONES.get(phase.kind, 0.15))
            segment = rectangle(shapes, p_start, bar_y, max(p_end - p_start, 1.5), bar_h, fill,
                                name=f"Phase {phase.name}"[:60])
            _label(segment, _phase_text(phase, p_end - p_start, language), fill, theme)
    bottom = rows_top + len(block.rows) * block.row_height
    for marker in block.markers:
        x = x_of(marker.day)
        colour = theme.ink if marker.kind == "today" else theme.muted
        line(shapes, x, top, x, bottom, colour, 1.0, dash=None if marker.kind == "today" else MSO_LINE_DASH_STYLE.DASH)
        label_w = text_width(marker.label, SCALE_SIZE) + 4.0
        lx = min(max(x - label_w / 2, box.x + block.label_width), box.x + box.w - label_w)
        text_box(shapes, lx, box.y, label_w, MARKER_H, line_of(marker.label, Style(SCALE_SIZE, colour)),
                 name="Key date", align=PP_ALIGN.CENTER, line_spacing=1.15, wrap=False)


def _scale(shapes, block, theme, language: str, x_of, top: float, width: float) -> None:
    """Month ticks and names along the top of the rows."""
    day = block.start.replace(day=1)
    style = Style(SCALE_SIZE, theme.muted)
    while day <= block.end:
        following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        x0, x1 = x_of(max(day, block.start)), x_of(min(following, block.end + dt.timedelta(days=1)))
        name = f"{day.month}月" if language != "en" else day.strftime("%b")
        if x1 - x0 >= text_width(name, SCALE_SIZE) + 2:
            text_box(shapes, x0, top, x1 - x0, SCALE_H, line_of(name, style), anchor="ctr", name="Month",
                     align=PP_ALIGN.CENTER, line_spacing=1.15)
        line(shapes, x0, top + SCALE_H - 2, x0, top + SCALE_H, theme.rule, 0.75)
        day = following


def _phase_text(phase, space: float, language: str) -> str:
    """The phase's name and dates, as much as fits *space* points."""
    dates = f"{phase.start.month}/{phase.start.day}–{phase.end.month}/{phase.end.day}"
    for text in (f"{phase.name} {dates}", phase.name):
        if text_width(text, PHASE_SIZE) + 6 <= space:
            return text
    return ""


def _label(shape, text: str, fill: str, theme) -> None:
    """*text* inside a bar, in white or dark ink, whichever reads on *fill*."""
    if not text:
        return
    from app.services.deck.theme import contrast

    white = not fill.startswith("#") or contrast(fill, "#FFFFFF") >= contrast(fill, theme.text)
    ink = "#FFFFFF" if white else theme.text
    frame_box(shape.text_frame, anchor="ctr", inset=2.0, wrap=False)
    fill_frame(shape.text_frame, line_of(text, Style(PHASE_SIZE, ink)), align=PP_ALIGN.CENTER, line_spacing=1.1)


def _tone(colour: str, amount: float) -> str:
    """*colour* lightened towards white by *amount*."""
    from app.services.deck.theme import mix

    return mix(colour, "#FFFFFF", amount) if colour.startswith("#") else colour
