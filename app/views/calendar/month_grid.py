"""Month view of the calendar: a 7-column grid (Monday first) listing, per
day, its key dates, milestones and the campaigns (with their phase) that run
that day; buttons page to the previous and next month. Week rows share the
height by what they list, so a day shows every entry that fits (each
elided to the cell's width), "+N more" only for the rest, and its tooltip
lists them all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget

from app.views.calendar.labels import campaign_color, kind_label
from app.views.calendar.timeline_scale import parse
from app.views.common.locale_format import locale

HEADER_H = 24
LINE_H = 16


def month_days(year: int, month: int) -> list[dt.date]:
    """The 42 days (six Monday-first weeks) a month's grid shows."""
    first = dt.date(year, month, 1)
    start = first - dt.timedelta(days=first.weekday())
    return [start + dt.timedelta(days=i) for i in range(42)]


def day_entries(days: list[dt.date], campaigns: list[dict], milestones: list[dict], key_dates: list[dict]) -> dict:
    """{day: [(kind, text, colour, campaign_id)]} for the given days: key
    dates, then milestones, then campaigns running that day."""
    first, last = days[0], days[-1]
    entries: dict[dt.date, list] = {day: [] for day in days}
    for marker in key_dates:
        start = parse(marker["date"])
        end = parse(marker["end_date"]) or start
        color = "#C5221F" if marker["kind"] in ("holiday", "festival") else "#B06F00"
        for day in _overlap(start, end, first, last):
            entries[day].append(("key_date", marker["name"], color, ""))
    for milestone in milestones:
        day = parse(milestone["date"])
        if day in entries:
            entries[day].append(("milestone", "◆ " + milestone["name"], "#202124", milestone["campaign_id"] or ""))
    for campaign in campaigns:
        start, end = parse(campaign["start_date"]), parse(campaign["end_date"])
        if start is None or end is None or end < first or start > last:
            continue
        phases = [(parse(p["start_date"]), parse(p["end_date"]), p) for p in campaign["phases"]]
        for day in _overlap(start, end, first, last):
            phase = next((p for s, e, p in phases if s and e and s <= day <= e), None)
            text = (kind_label(phase["kind"]) + " · " if phase else "") + campaign["name"]
            entries[day].append(("campaign", text, campaign_color(campaign), campaign["id"]))
    order = {"campaign": 0, "milestone": 1, "key_date": 2}  # in a small cell the work shows first
    for day in entries:
        entries[day].sort(key=lambda entry: order.get(entry[0], 3))
    return entries


def week_heights(lines_wanted: list[int], total: float, first_row: float, line: float) -> list[float]:
    """Heights of the week rows sharing *total* px. Each row has its day-number
    row (*first_row*); then every week that lists something gets one *line*,
    then lines go one at a time to the week missing the most; what is left
    is shared evenly."""
    rows = len(lines_wanted)
    heights = [first_row] * rows
    given = [0] * rows
    left = total - first_row * rows
    while left >= line:
        missing = [wanted - got for wanted, got in zip(lines_wanted, given, strict=True)]
        row = max(range(rows), key=lambda r: (missing[r] > 0 and given[r] == 0, missing[r]))
        if missing[row] <= 0:
            break
        given[row] += 1
        heights[row] += line
        left -= line
    share = max(0.0, left) / rows if rows else 0.0
    return [height + share for height in heights]


def _overlap(start, end, first, last):
    if start is None or end is None or end < first or start > last:
        return
    day = max(start, first)
    while day <= min(end, last):
        yield day
        day += dt.timedelta(days=1)


class MonthCanvas(QWidget):
    """The painted grid of one month."""

    campaign_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="calendar-month-canvas")
        self.setMinimumSize(420, 200)  # small enough for the calendar to fit a 1024×700 window
        self.days: list[dt.date] = []
        self.month = 1
        self.today = dt.date.today()
        self.entries: dict = {}
        self.shown: dict[dt.date, int] = {}  # entries painted per day (the rest are "+N more")
        self._hits: list[tuple[QRectF, str]] = []

    def entry_metrics(self) -> QFontMetricsF:
        """Metrics of the entries' (small) font."""
        font = self.font()
        font.setPointSizeF(8)
        return QFontMetricsF(font)

    def line_height(self) -> float:
        """Height of one entry line: as tall as the font, not more."""
        return min(LINE_H, round(self.entry_metrics().height()) + 1)

    def first_row_height(self) -> float:
        """The day number's row at the top of a cell (where "+N more" goes too)."""
        return round(self.entry_metrics().height()) + 2

    def row_heights(self) -> list[float]:
        """The six week rows' heights, by how many entries their days list."""
        weeks = [self.days[i : i + 7] for i in range(0, len(self.days), 7)] or [[]] * 6
        wanted = [max((len(self.entries.get(day, [])) for day in week), default=0) for week in weeks]
        return week_heights(wanted, self.height() - HEADER_H, self.first_row_height(), self.line_height())

    def cell_rect(self, index: int) -> QRectF:
        """Rectangle of the *index*-th day (0..41)."""
        heights = self.row_heights()
        width, week = self.width() / 7, index // 7
        top = HEADER_H + sum(heights[:week])
        return QRectF((index % 7) * width, top, width, heights[week])

    def day_at(self, point: QPointF) -> dt.date | None:
        """The day whose cell is under *point* (None on the weekday header)."""
        for index, day in enumerate(self.days):
            if self.cell_rect(index).contains(point):
                return day
        return None

    def day_tooltip(self, day: dt.date) -> str:
        """The day's date and every entry it lists, one a line."""
        texts = [text for _kind, text, _color, _id in self.entries.get(day, [])]
        title = locale().toString(QDate(day.year, day.month, day.day), locale().FormatType.LongFormat)
        return "\n".join([title, *texts]) if texts else ""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(QPointF(event.pos()))
            text = self.day_tooltip(day) if day else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter) -> None:
        painter.fillRect(self.rect(), QColor("white"))
        qlocale, width = locale(), self.width() / 7
        painter.setPen(QColor("#5F6368"))
        for column in range(7):
            name = qlocale.dayName(column + 1, qlocale.FormatType.ShortFormat)
            painter.drawText(QRectF(column * width, 0, width, HEADER_H), Qt.AlignCenter, name)
        self._hits = []
        self.shown = {}
        font = painter.font()
        font.setPointSizeF(8)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line_h, first_row = self.line_height(), self.first_row_height()
        for index, day in enumerate(self.days):
            cell = self.cell_rect(index)
            background = "#FFFFFF" if day.month == self.month else "#F6F7F9"
            painter.fillRect(cell, QColor("#FFF4E5") if day == self.today else QColor(background))
            painter.setPen(QColor("#DADCE0"))
            painter.drawRect(cell)
            painter.setPen(QColor("#202124") if day.month == self.month else QColor("#9AA0A6"))
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignTop | Qt.AlignRight, str(day.day))
            entries = self.entries.get(day, [])
            # "+N more" shares the day number's row, so every line below lists an entry
            top = cell.top() + first_row - 1
            shown = entries[: max(0, int((cell.bottom() - top - 1) // line_h))]
            self.shown[day] = len(shown)
            y = top
            for kind, text, color, campaign_id in shown:
                line = QRectF(cell.left() + 3, y, cell.width() - 6, line_h - 1)
                if kind == "campaign":
                    painter.fillRect(line, QColor(color))
                    painter.setPen(QColor("white") if QColor(color).lightnessF() < 0.62 else QColor("#202124"))
                else:
                    painter.setPen(QColor(color))
                painter.drawText(
                    line.adjusted(3, 0, -2, 0),
                    Qt.AlignVCenter | Qt.AlignLeft,
                    metrics.elidedText(text, Qt.ElideRight, int(line.width() - 5)),
                )
                if campaign_id:
                    self._hits.append((line, campaign_id))
                y += line_h
            if len(shown) < len(entries):
                painter.setPen(QColor("#5F6368"))
                more = self.tr("+%d more") % (len(entries) - len(shown))
                room = cell.width() - 10 - metrics.horizontalAdvance("00")
                painter.drawText(
                    QRectF(cell.left() + 4, cell.top() + 2, room, metrics.height()),
                    Qt.AlignTop | Qt.AlignLeft,
                    metrics.elidedText(more, Qt.ElideRight, int(room)),
                )

    def mousePressEvent(self, event) -> None:
        point = QPointF(event.position())
        for rect, campaign_id in self._hits:
            if rect.contains(point):
                self.campaign_selected.emit(campaign_id)
                return
        super().mousePressEvent(event)


class CampaignMonthGrid(QWidget):
    """The month grid with its title and previous / next / this-month buttons."""

    campaign_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="calendar-month-grid")
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.campaigns: list[dict] = []
        self.milestones: list[dict] = []
        self.key_dates: list[dict] = []
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.this_month_button = QPushButton(self.tr("This month"), self)
        self.title = QLabel(self, objectName="calendar-month-title")
        self.title.setStyleSheet("font-weight:600;font-size:14px;")
        self.canvas = MonthCanvas(self)
        self.canvas.campaign_selected.connect(self.campaign_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title, 1, Qt.AlignCenter)
        bar.addWidget(self.this_month_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_month_button.clicked.connect(lambda: self.show_month(today.year, today.month))
        self._refresh()

    def set_data(self, campaigns: list[dict], milestones: list[dict], key_dates: list[dict]) -> None:
        """The campaigns (already filtered), milestones and key dates to show."""
        self.campaigns, self.milestones, self.key_dates = campaigns, milestones, key_dates
        self._refresh()

    def show_month(self, year: int, month: int) -> None:
        """Show the grid of *month* of *year*."""
        self.year, self.month = year, month
        self._refresh()

    def step(self, months: int) -> None:
        """Go *months* forward (or back when negative)."""
        index = self.year * 12 + self.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)

    def entries_on(self, day: dt.date) -> list[str]:
        """The texts listed on *day* (as shown, before cutting to fit)."""
        return [text for _kind, text, _color, _id in self.canvas.entries.get(day, [])]

    def _refresh(self) -> None:
        qlocale = locale()
        self.title.setText(qlocale.toString(QDate(self.year, self.month, 1), self.tr("MMMM yyyy")))  # a QDate format
        self.canvas.days = month_days(self.year, self.month)
        self.canvas.month = self.month
        self.canvas.entries = day_entries(self.canvas.days, self.campaigns, self.milestones, self.key_dates)
        self.canvas.update()
