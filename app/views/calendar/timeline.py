"""The campaign timeline (Gantt): one row per campaign the filter shows, its
phases as segments, key dates shaded, a today line.

Drag a bar's name strip to move the campaign (phases and tied milestones
move with it), a phase to move the phase, an edge to change a start or end.
Dates snap to whole days; the drag is previewed while the mouse moves and
becomes ONE undo command on release. Only the visible rows are painted, so
thousands of campaigns scroll smoothly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from app.views.calendar import commands
from app.views.calendar import timeline_paint as paint
from app.views.calendar.table_model import CampaignFilter
from app.views.calendar.timeline_scale import (
    BAR_H,
    BAR_TOP,
    HEADER_H,
    LABEL_W,
    PHASE_TOP,
    ROW_H,
    ZOOMS,
    Drag,
    TimelineScale,
    campaign_dates,
    date_range,
    parse,
    phase_dates,
)
from app.views.common.plan_document import PlanDocument


class CampaignTimeline(QAbstractScrollArea):
    """Gantt view of the campaigns a CampaignFilter shows."""

    campaign_selected = Signal(str)
    campaign_activated = Signal(str)  # double-click: edit the campaign
    zoom_changed = Signal(str)
    menu_requested = Signal(str, object, QPoint)  # campaign id ("" = empty space), day, global position

    def __init__(self, document: PlanDocument, campaigns: CampaignFilter, parent=None):
        super().__init__(parent, objectName="calendar-timeline")
        self.document, self.campaigns = document, campaigns
        self.today = dt.date.today()
        self.period: tuple[str | None, str | None] = (None, None)
        self.key_dates: list[dict] = []
        self.loose_milestones: list[dict] = []
        self.selected_id = ""
        self.drag: Drag | None = None
        self.scale = TimelineScale(self.today, self.today, "month")
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.setMinimumHeight(200)
        for signal in (campaigns.modelReset, campaigns.layoutChanged, campaigns.rowsInserted, campaigns.rowsRemoved):
            signal.connect(self.relayout)
        campaigns.dataChanged.connect(self.relayout)

    # -- data ------------------------------------------------------------------
    def set_context(self, period, key_dates: list[dict], loose_milestones: list[dict]) -> None:
        """Plan period, key-date markers and milestones tied to no campaign."""
        self.period, self.key_dates, self.loose_milestones = period, key_dates, loose_milestones
        self.relayout()

    def relayout(self, *_args) -> None:
        """Recompute the date range and scroll ranges after the rows changed."""
        rows = self.campaigns.sourceModel().rows
        first, last = date_range(rows, self.period, self.today)
        if (first, last) != (self.scale.first, self.scale.last):
            old_first = self.scale.first
            self.scale.first, self.scale.last = first, last
            if old_first != first:  # keep the same dates in view
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + int((old_first - first).days * self.scale.day_width))
        self._update_ranges()
        self.viewport().update()

    def _update_ranges(self) -> None:
        size = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, self.scale.width - (size.width() - LABEL_W)))
        self.horizontalScrollBar().setPageStep(max(1, size.width() - LABEL_W))
        self.horizontalScrollBar().setSingleStep(max(1, int(self.scale.day_width * 7)))
        self.verticalScrollBar().setRange(0, max(0, self.campaigns.rowCount() * ROW_H - (size.height() - HEADER_H)))
        self.verticalScrollBar().setPageStep(max(1, size.height() - HEADER_H))
        self.verticalScrollBar().setSingleStep(ROW_H)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_ranges()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- zoom and scrolling ----------------------------------------------------
    @property
    def zoom(self) -> str:
        """The zoom level: week, month or quarter."""
        return self.scale.zoom

    def set_zoom(self, zoom: str) -> None:
        """Change the zoom level, keeping the date in the middle in view."""
        if zoom not in ZOOMS or zoom == self.scale.zoom:
            return
        middle = self.date_at_x(LABEL_W + (self.viewport().width() - LABEL_W) / 2)
        self.scale.zoom = zoom
        self._update_ranges()
        self.scroll_to_date(middle)
        self.viewport().update()
        self.zoom_changed.emit(zoom)

    def scroll_to_date(self, day: dt.date) -> None:
        """Scroll so *day* is in the middle of the visible dates."""
        visible = self.viewport().width() - LABEL_W
        self.horizontalScrollBar().setValue(int(self.scale.x_of(day) - visible / 2))

    def scroll_to_start(self, day: dt.date) -> None:
        """Scroll so *day* is near the left edge (a few days of context before it)."""
        self.horizontalScrollBar().setValue(int(self.scale.x_of(day - dt.timedelta(days=3))))

    def scroll_to_today(self) -> None:
        """Scroll so today is in the middle."""
        self.scroll_to_date(self.today)

    def ensure_row_visible(self, row: int) -> None:
        """Scroll vertically so proxy row *row* shows."""
        bar, visible = self.verticalScrollBar(), self.viewport().height() - HEADER_H
        top = row * ROW_H
        if top < bar.value():
            bar.setValue(top)
        elif top + ROW_H > bar.value() + visible:
            bar.setValue(top + ROW_H - visible)

    def select(self, campaign_id: str) -> None:
        """Highlight a campaign and scroll to its row and start."""
        self.selected_id = campaign_id
        row = self.campaigns.proxy_row_of(campaign_id)
        if row >= 0:
            self.ensure_row_visible(row)
            start = campaign_dates(self.campaigns.campaign_at(row), None)[0]
            if start and not self._x_visible(self.x_of(start)):
                self.scroll_to_date(start)
        self.viewport().update()

    # -- geometry (viewport coordinates) ---------------------------------------
    def x_of(self, day: dt.date) -> float:
        """Viewport x of the start of *day*."""
        return LABEL_W + self.scale.x_of(day) - self.horizontalScrollBar().value()

    def date_at_x(self, x: float) -> dt.date:
        """The day under viewport x."""
        return self.scale.day_at(x - LABEL_W + self.horizontalScrollBar().value())

    def row_top(self, row: int) -> int:
        """Viewport y of the top of proxy row *row*."""
        return HEADER_H + row * ROW_H - self.verticalScrollBar().value()

    def row_at(self, y: float) -> int:
        """Proxy row under viewport y, or -1."""
        if y < HEADER_H:
            return -1
        row = int((y - HEADER_H + self.verticalScrollBar().value()) // ROW_H)
        return row if 0 <= row < self.campaigns.rowCount() else -1

    def visible_rows(self) -> range:
        """Proxy rows that intersect the viewport (the only ones painted)."""
        top = self.verticalScrollBar().value()
        first = top // ROW_H
        last = min(self.campaigns.rowCount(), (top + self.viewport().height() - HEADER_H) // ROW_H + 1)
        return range(first, max(first, last))

    def _x_visible(self, x: float) -> bool:
        return LABEL_W <= x <= self.viewport().width()

    def hit(self, pos: QPoint) -> Drag | None:
        """What a press at *pos* would drag: a campaign or phase, by its body or an edge."""
        row = self.row_at(pos.y())
        if row < 0 or pos.x() < LABEL_W:
            return None
        campaign = self.campaigns.campaign_at(row)
        local_y = pos.y() - self.row_top(row)
        if not BAR_TOP <= local_y <= BAR_TOP + BAR_H:
            return None
        if campaign["phases"] and local_y >= PHASE_TOP:
            for phase in campaign["phases"]:
                found = self._hit_span(pos.x(), *phase_dates(phase, None))
                if found:
                    return Drag("phase", campaign["id"], phase["id"], found, pos.x(), *self._dates(phase))
        found = self._hit_span(pos.x(), *campaign_dates(campaign, None))
        if found:
            return Drag("campaign", campaign["id"], "", found, pos.x(), *self._dates(campaign))
        return None

    @staticmethod
    def _dates(item: dict) -> tuple[dt.date, dt.date]:
        return parse(item["start_date"]), parse(item["end_date"])

    def _hit_span(self, x: float, start, end) -> str:
        """'start', 'end' or 'move' when x is on the span's edge or body, else ''."""
        if start is None or end is None:
            return ""
        left, right = self.x_of(start), self.x_of(end) + self.scale.day_width
        edge = min(5.0, (right - left) / 4)
        if abs(x - left) <= edge:
            return "start"
        if abs(x - right) <= edge:
            return "end"
        return "move" if left < x < right else ""

    # -- mouse -----------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        row = self.row_at(pos.y())
        if row >= 0:
            self.selected_id = self.campaigns.campaign_at(row)["id"]
            self.campaign_selected.emit(self.selected_id)
        if not self.document.read_only:
            self.drag = self.hit(pos)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event) -> None:
        row = self.row_at(event.position().toPoint().y())
        if row >= 0 and event.button() == Qt.LeftButton:
            self.campaign_activated.emit(self.campaigns.campaign_at(row)["id"])

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self.drag is None:
            self._set_hover_cursor(pos)
            return
        days = self.scale.days_for(pos.x() - self.drag.press_x)
        if days != self.drag.days:
            self.drag.days = days
            self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.LeftButton:
            return
        drag.days = self.scale.days_for(event.position().toPoint().x() - drag.press_x)
        self.viewport().update()
        if drag.days:
            self.document.execute(self._command(drag))

    def _command(self, drag: Drag):
        """The one undo command a finished drag stands for."""
        source = self.campaigns.sourceModel()
        campaign = source.campaign(drag.campaign_id)
        start, end = (d.isoformat() for d in drag.dates())
        if drag.target == "campaign":
            if drag.mode == "move":
                return commands.move_campaign(self.document, drag.campaign_id, drag.days)
            return commands.set_campaign_dates(self.document, campaign, start, end)
        phase = next(p for p in campaign["phases"] if p["id"] == drag.phase_id)
        if drag.mode == "move":
            return commands.move_phase(self.document, drag.phase_id, drag.days)
        return commands.set_phase_dates(self.document, phase, start, end)

    def _set_hover_cursor(self, pos: QPoint) -> None:
        found = self.hit(pos) if not self.document.read_only else None
        shape = Qt.ArrowCursor
        if found is not None:
            shape = Qt.SizeHorCursor if found.mode != "move" else Qt.OpenHandCursor
        self.viewport().setCursor(shape)

    def keyPressEvent(self, event) -> None:
        """Up/Down select the previous/next campaign; Alt+Left/Right move the
        selected campaign a day earlier/later (Alt+Shift: a week); +/- zoom."""
        key, modifiers = event.key(), event.modifiers()
        row = self.campaigns.proxy_row_of(self.selected_id) if self.selected_id else -1
        if key in (Qt.Key_Up, Qt.Key_Down) and self.campaigns.rowCount():
            step = -1 if key == Qt.Key_Up else 1
            row = max(0, min(self.campaigns.rowCount() - 1, row + step if row >= 0 else 0))
            self.select(self.campaigns.campaign_at(row)["id"])
            self.campaign_selected.emit(self.selected_id)
        elif key in (Qt.Key_Left, Qt.Key_Right) and modifiers & Qt.AltModifier and row >= 0:
            days = (7 if modifiers & Qt.ShiftModifier else 1) * (-1 if key == Qt.Key_Left else 1)
            if not self.document.read_only:
                self.document.execute(commands.move_campaign(self.document, self.selected_id, days))
        elif key == Qt.Key_Menu or (key == Qt.Key_F10 and modifiers & Qt.ShiftModifier):
            self.request_keyboard_menu()
        elif key in (Qt.Key_Plus, Qt.Key_Equal, Qt.Key_Minus):
            order = list(ZOOMS)
            step = -1 if key != Qt.Key_Minus else 1
            self.set_zoom(order[max(0, min(len(order) - 1, order.index(self.zoom) + step))])
        else:
            super().keyPressEvent(event)

    # -- context menu ------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Keyboard:
            self.request_keyboard_menu()
        else:
            self.request_menu(self.viewport().mapFromGlobal(event.globalPos()))
        event.accept()

    def request_menu(self, pos: QPoint) -> None:
        """Ask for the menu of what is under viewport point *pos*: a campaign
        when on its name or bar (selecting it), else empty space on that day."""
        from app.views.calendar.context_menu import target_at

        campaign_id, day = target_at(self, pos)
        if campaign_id:
            self.selected_id = campaign_id
            self.campaign_selected.emit(campaign_id)
        self.menu_requested.emit(campaign_id, day, self.viewport().mapToGlobal(pos))

    def request_keyboard_menu(self) -> None:
        """The menu key or Shift+F10: the selected campaign's menu under its
        bar, or the empty-space menu for the day in the middle of the view."""
        from app.views.calendar.context_menu import keyboard_target

        campaign_id, day, pos = keyboard_target(self)
        self.menu_requested.emit(campaign_id, day, self.viewport().mapToGlobal(pos))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            order = list(ZOOMS)
            step = -1 if event.angleDelta().y() > 0 else 1
            self.set_zoom(order[max(0, min(len(order) - 1, order.index(self.zoom) + step))])
            return
        if event.modifiers() & Qt.ShiftModifier:  # Shift + wheel scrolls the dates
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y() // 120 * bar.singleStep())
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            text = paint.tooltip_at(self, event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- painting --------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        try:
            paint.paint_timeline(painter, self, event.rect())
        finally:
            painter.end()
