"""Painting of the campaign timeline: shading for weekends and key dates,
month and week lines, the visible rows' bars and phases, the today line, the
date header and the name column. Only what intersects the viewport is drawn."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF

from app.views.calendar.labels import STATUS_COLORS, campaign_color, kind_label, status_label
from app.views.calendar.timeline_scale import (
    BAR_H,
    BAR_TOP,
    HEADER_H,
    LABEL_W,
    PHASE_TOP,
    ROW_H,
    campaign_dates,
    milestone_date,
    parse,
    phase_dates,
)
from app.views.common.locale_format import format_date, locale

GRID = QColor("#E3E6EA")
HOLIDAY = QColor(214, 69, 65, 38)
WORKDAY = QColor(120, 120, 120, 30)
FESTIVAL = QColor(224, 161, 0, 45)
WEEKEND = QColor(0, 0, 0, 10)
TODAY = QColor("#D93025")
SELECTED = QColor(66, 133, 244, 36)
PHASE_SHADES = {"warm_up": 135, "launch": 100, "long_tail": 160, "custom": 185}  # QColor.lighter factors


def _text_color(color: QColor) -> QColor:
    return QColor("#1F1F1F") if color.lightnessF() > 0.62 else QColor("white")


def _visible_days(widget) -> tuple[dt.date, dt.date]:
    """First and last day shown in the viewport."""
    return widget.date_at_x(LABEL_W), widget.date_at_x(widget.viewport().width())


def paint_timeline(painter, widget, clip) -> None:
    """Paint the whole viewport of *widget* (a CampaignTimeline)."""
    width, height = widget.viewport().width(), widget.viewport().height()
    painter.fillRect(0, 0, width, height, QColor("white"))
    painter.setClipRect(QRectF(LABEL_W, HEADER_H, width - LABEL_W, height - HEADER_H))
    first, last = _visible_days(widget)
    _paint_shading(painter, widget, first, last, height)
    _paint_grid(painter, widget, first, last, height)
    rows = widget.visible_rows()
    for row in rows:
        _paint_row(painter, widget, row, width)
    if first <= widget.today <= last:
        x = widget.x_of(widget.today) + widget.scale.day_width / 2
        painter.setPen(QPen(TODAY, 2))
        painter.drawLine(QPointF(x, HEADER_H), QPointF(x, height))
    painter.setClipping(False)
    _paint_header(painter, widget, first, last, width)
    _paint_names(painter, widget, rows, height)
    hint = empty_hint(widget)
    if hint:
        painter.setPen(QColor("#5F6368"))
        area = QRectF(LABEL_W + 16, HEADER_H + 16, max(width - LABEL_W - 32, 80), max(height - HEADER_H - 32, 40))
        flags = Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap
        painter.fillRect(painter.boundingRect(area, flags, hint).adjusted(-8, -6, 8, 6), QColor("white"))
        painter.drawText(area, flags, hint)


def empty_hint(widget) -> str:
    """What to do when the timeline shows no row: add a campaign, or loosen the filters."""
    if widget.campaigns.rowCount() or widget.document.read_only:  # read-only: nothing to add
        return ""
    if widget.campaigns.sourceModel().rowCount():
        return QCoreApplication.translate("CalendarTimeline", "No campaign matches the filters. Show all clears them.")
    return QCoreApplication.translate(
        "CalendarTimeline",
        "No campaigns yet. Click Add campaign, then set its dates here (drag the bar or its ends) or in the "
        "Campaigns table below; add phases, milestones, channels and personas on the right.",
    )


def _day_span(widget, start: dt.date, end: dt.date) -> tuple[float, float]:
    return widget.x_of(start), widget.x_of(end) + widget.scale.day_width


def _paint_shading(painter, widget, first, last, height) -> None:
    if widget.zoom == "week":
        day = first
        while day <= last:
            if day.weekday() >= 5:
                painter.fillRect(QRectF(widget.x_of(day), HEADER_H, widget.scale.day_width, height), WEEKEND)
            day += dt.timedelta(days=1)
    colors = {"holiday": HOLIDAY, "workday": WORKDAY}
    for marker in widget.key_dates:
        start = parse(marker["date"])
        end = parse(marker["end_date"]) or start
        if start is None or end < first or start > last:
            continue
        left, right = _day_span(widget, start, end)
        painter.fillRect(QRectF(left, HEADER_H, right - left, height), colors.get(marker["kind"], FESTIVAL))


def _month_starts(first: dt.date, last: dt.date):
    day = first.replace(day=1)
    while day <= last:
        yield day
        day = (day + dt.timedelta(days=32)).replace(day=1)


def _paint_grid(painter, widget, first, last, height) -> None:
    if widget.zoom == "week":
        painter.setPen(QPen(GRID, 1))
        day = first - dt.timedelta(days=first.weekday())
        while day <= last:
            x = widget.x_of(day)
            painter.drawLine(QPointF(x, HEADER_H), QPointF(x, height))
            day += dt.timedelta(days=7)
    painter.setPen(QPen(QColor("#C4C9D0"), 1))
    for day in _month_starts(first, last):
        if widget.zoom != "quarter" or day.month in (1, 4, 7, 10):
            x = widget.x_of(day)
            painter.drawLine(QPointF(x, HEADER_H), QPointF(x, height))


def _paint_row(painter, widget, row: int, width: int) -> None:
    campaign = widget.campaigns.campaign_at(row)
    top = widget.row_top(row)
    if campaign["id"] == widget.selected_id:
        painter.fillRect(QRectF(LABEL_W, top, width - LABEL_W, ROW_H), SELECTED)
    painter.setPen(QPen(QColor("#F0F1F3"), 1))
    painter.drawLine(QPointF(LABEL_W, top + ROW_H - 0.5), QPointF(width, top + ROW_H - 0.5))
    drag = widget.drag
    start, end = campaign_dates(campaign, drag)
    if start is None or end is None:
        return
    color = QColor(campaign_color(campaign))
    if campaign["status"] == "cancelled":
        color.setAlpha(110)
    left, right = _day_span(widget, start, end)
    if right < LABEL_W or left > width:
        return
    bar = QRectF(left, top + BAR_TOP, max(2.0, right - left), BAR_H)
    painter.setPen(Qt.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(bar, 3, 3)
    phase_top = top + PHASE_TOP
    for phase in campaign["phases"]:
        p_start, p_end = phase_dates(phase, drag)
        if p_start is None or p_end is None:
            continue
        p_left, p_right = _day_span(widget, p_start, p_end)
        shade = color.lighter(PHASE_SHADES.get(phase["kind"], 150))
        segment = QRectF(p_left + 1, phase_top, max(1.0, p_right - p_left - 2), top + BAR_TOP + BAR_H - phase_top - 1)
        painter.setPen(Qt.NoPen)
        painter.setBrush(shade)
        painter.drawRect(segment)
        shown = _on_screen(segment)  # a label starts where the segment comes into view
        if shown.width() > 40:
            painter.setPen(_text_color(shade))
            font = painter.font()
            font.setPointSizeF(7.5)
            painter.setFont(font)
            label = phase["name"] or kind_label(phase["kind"])
            painter.drawText(
                shown.adjusted(3, 0, -2, 0),
                Qt.AlignVCenter | Qt.AlignLeft,
                painter.fontMetrics().elidedText(label, Qt.ElideRight, int(shown.width() - 5)),
            )
    name_strip = _on_screen(
        QRectF(bar.left() + 4, bar.top(), bar.width() - 8, PHASE_TOP - BAR_TOP if campaign["phases"] else BAR_H)
    )
    if name_strip.width() > 24:
        font = painter.font()
        font.setPointSizeF(8)
        painter.setFont(font)
        painter.setPen(_text_color(color))
        painter.drawText(
            name_strip,
            Qt.AlignVCenter | Qt.AlignLeft,
            painter.fontMetrics().elidedText(campaign["name"], Qt.ElideRight, int(name_strip.width())),
        )
    for milestone in campaign["milestones"]:
        day = milestone_date(milestone, drag)
        if day:
            # on the bar's top edge, clear of the name and the phase labels
            _diamond(painter, widget.x_of(day) + widget.scale.day_width / 2, top + BAR_TOP, QColor("#202124"), 4)


def _on_screen(rect: QRectF) -> QRectF:
    """The part of *rect* right of the name column (where labels can be read)."""
    if rect.left() >= LABEL_W + 4:
        return rect
    return QRectF(LABEL_W + 4, rect.top(), max(0.0, rect.right() - LABEL_W - 4), rect.height())


def _diamond(painter, x: float, y: float, color: QColor, size: float = 5) -> None:
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(color)
    painter.drawPolygon(
        QPolygonF([QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)])
    )


def _fitting(painter, choices: list[str], width: float) -> str:
    """The first of *choices* that fits in *width* (a label is never cut), else ""."""
    metrics = painter.fontMetrics()
    return next((text for text in choices if metrics.horizontalAdvance(text) <= width), "")


def _paint_header(painter, widget, first, last, width) -> None:
    painter.fillRect(QRectF(0, 0, width, HEADER_H), QColor("#F6F7F9"))
    painter.setPen(QPen(QColor("#C4C9D0"), 1))
    painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(width, HEADER_H - 0.5))
    painter.save()
    painter.setClipRect(QRectF(LABEL_W, 0, width - LABEL_W, HEADER_H))
    font = painter.font()
    font.setPointSizeF(8)
    painter.setFont(font)
    qlocale = locale()
    month_format = QCoreApplication.translate("CalendarTimeline", "MMMM yyyy")  # a QDate format: 2027年10月
    for day in _month_starts(first, last):
        left = widget.x_of(day)
        right = widget.x_of((day + dt.timedelta(days=32)).replace(day=1))
        if widget.zoom == "quarter":
            text = qlocale.monthName(day.month, qlocale.FormatType.ShortFormat)
            if day.month in (1, 4, 7, 10):
                quarter = QCoreApplication.translate("CalendarTimeline", "Q{quarter} {year}").format(
                    quarter=(day.month - 1) // 3 + 1, year=day.year
                )
                painter.setPen(QColor("#3C4043"))
                painter.drawText(QRectF(left + 4, 2, 200, 18), Qt.AlignVCenter | Qt.AlignLeft, quarter)
            row = QRectF(left, 22, right - left, 20)
        else:
            text = qlocale.toString(QDate(day.year, day.month, 1), month_format)
            sticky = max(left, LABEL_W)  # the month the view starts in keeps its name in sight
            row = QRectF(sticky + 4, 2, right - sticky - 4, 18)
            text = _fitting(painter, [text, qlocale.monthName(day.month, qlocale.FormatType.ShortFormat)], row.width())
        painter.setPen(QColor("#3C4043"))
        painter.drawText(row, Qt.AlignVCenter | (Qt.AlignHCenter if widget.zoom == "quarter" else Qt.AlignLeft), text)
        painter.setPen(QPen(QColor("#C4C9D0"), 1))
        painter.drawLine(QPointF(left, 0), QPointF(left, HEADER_H))
    if widget.zoom != "quarter":
        step = 1 if widget.zoom == "week" else 7
        day = first if step == 1 else first - dt.timedelta(days=first.weekday())
        painter.setPen(QColor("#5F6368"))
        while day <= last:
            cell = QRectF(widget.x_of(day), 22, widget.scale.day_width * step, 20)
            if cell.left() >= LABEL_W - 1:  # a day cut by the name column is left unnumbered, never half-drawn
                painter.drawText(cell, Qt.AlignCenter, str(day.day))
            day += dt.timedelta(days=step)
    _paint_header_markers(painter, widget, first, last)
    painter.restore()


def _paint_header_markers(painter, widget, first, last) -> None:
    """Festival and brand-day names and loose milestones along the header."""
    for marker in widget.key_dates:
        day = parse(marker["date"])
        if day is None or not first <= day <= last or marker["kind"] not in ("festival", "brand_day"):
            continue
        x = widget.x_of(day)
        painter.setPen(QPen(QColor("#B06F00"), 1))
        painter.drawLine(QPointF(x, 20), QPointF(x, HEADER_H))
        if widget.zoom == "week":  # names fit beside the day numbers only when days are wide
            painter.drawText(QRectF(x + 2, 22, 120, 20), Qt.AlignVCenter | Qt.AlignLeft, marker["name"])
    for milestone in widget.loose_milestones:
        day = parse(milestone["date"])
        if day and first <= day <= last:
            _diamond(painter, widget.x_of(day) + widget.scale.day_width / 2, HEADER_H - 7, QColor("#5F6368"), 4)


def _paint_names(painter, widget, rows, height) -> None:
    painter.fillRect(QRectF(0, HEADER_H, LABEL_W, height - HEADER_H), QColor("#FAFAFB"))
    painter.setPen(QPen(QColor("#C4C9D0"), 1))
    painter.drawLine(QPointF(LABEL_W - 0.5, 0), QPointF(LABEL_W - 0.5, height))
    painter.save()
    painter.setClipRect(QRectF(0, HEADER_H, LABEL_W, height - HEADER_H))
    font = painter.font()
    font.setPointSizeF(9)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    for row in rows:
        campaign = widget.campaigns.campaign_at(row)
        top = widget.row_top(row)
        if campaign["id"] == widget.selected_id:
            painter.fillRect(QRectF(0, top, LABEL_W, ROW_H), SELECTED)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(STATUS_COLORS.get(campaign["status"], "#999999")))
        painter.drawEllipse(QRectF(8, top + ROW_H / 2 - 4, 8, 8))
        painter.setPen(QColor("#202124"))
        painter.drawText(
            QRectF(22, top, LABEL_W - 28, ROW_H),
            Qt.AlignVCenter | Qt.AlignLeft,
            metrics.elidedText(campaign["name"], Qt.ElideRight, LABEL_W - 28),
        )
    painter.restore()


def tooltip_at(widget, pos) -> str:
    """Tooltip text for the campaign, phase or key date under *pos*."""
    row = widget.row_at(pos.y())
    if row < 0:
        return ""
    campaign = widget.campaigns.campaign_at(row)
    lines = [campaign["name"], status_label(campaign["status"])]
    if campaign["start_date"] and campaign["end_date"]:
        lines.append(f"{format_date(campaign['start_date'])} – {format_date(campaign['end_date'])}")
    if pos.x() >= LABEL_W:
        day = widget.date_at_x(pos.x())
        for phase in campaign["phases"]:
            start, end = parse(phase["start_date"]), parse(phase["end_date"])
            if start and end and start <= day <= end:
                lines.append(f"{kind_label(phase['kind'])}: {phase['name']}")
        lines += [m["name"] for m in widget.key_dates if parse(m["date"]) == day]
    return "\n".join(lines)
