"""The Campaign calendar canvas: a timeline (Gantt) and a month grid over a
filterable campaign table, with a detail panel for channels, personas,
colour, phases and milestones. Every edit is one undo command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from app.services.calendar import service as svc
from app.views.calendar import commands
from app.views.calendar.campaign_detail import CampaignDetailPanel
from app.views.calendar.filter_bar import CalendarFilterBar
from app.views.calendar.key_dates import KeyDatePanel
from app.views.calendar.labels import status_label, zoom_label
from app.views.calendar.month_grid import CampaignMonthGrid
from app.views.calendar.table_model import COLUMNS, ID_ROLE, CampaignFilter, CampaignTableModel
from app.views.calendar.timeline import CampaignTimeline
from app.views.calendar.timeline_scale import ZOOMS, parse
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.choice_delegate import ChoiceDelegate, DateDelegate
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import set_up_table
from app.views.common.widgets.field_widgets import RefusalBanner
from app.views.common.widgets.splitter import splitter
from app.views.common.widgets.table_fit import fit_to_width


class CalendarEditor(CanvasEditor):
    """Editor of campaigns, phases and milestones; shows key dates."""

    follows_all_changes = True  # channel and persona names come from other canvases

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.selected_id = ""
        self.model = CampaignTableModel(document, self)
        self.proxy = CampaignFilter(self)
        self.proxy.setSourceModel(self.model)
        self.banner = RefusalBanner(self, "calendar-banner")
        self.timeline = CampaignTimeline(document, self.proxy, self)
        self.month_grid = CampaignMonthGrid(self)
        self.views = QTabWidget(self, objectName="calendar-views")
        self.views.addTab(self.timeline, self.tr("Timeline"))
        self.views.addTab(self.month_grid, self.tr("Month"))
        self.filters = CalendarFilterBar(self.proxy, self)
        self.table = self._build_table()
        self.detail = CampaignDetailPanel(document, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.filters)
        self.key_dates_panel = KeyDatePanel(document, self)
        self.lists = QTabWidget(self, objectName="calendar-lists")
        self.lists.addTab(self.table, self.tr("Campaigns"))
        self.lists.addTab(self.key_dates_panel, self.tr("Key dates"))
        lower = splitter(self, (self.lists, self.detail), (3, 2))
        layout.addWidget(splitter(self, (self.views, lower), (3, 2), vertical=True), 1)
        self.timeline.campaign_selected.connect(self.select_campaign)
        self.month_grid.campaign_selected.connect(self.select_campaign)
        self.timeline.campaign_activated.connect(self.edit_name)
        self.timeline.menu_requested.connect(self.show_context_menu)
        self.context_menu = None
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)
        self.filters.changed.connect(self._after_filter)
        self.views.currentChanged.connect(lambda _i: self._refresh_month())
        self._reload_context()
        self._after_filter()
        start = parse(svc.plan_period(document.plan)[0])
        self.month_grid.show_month(
            *(start.year, start.month) if start else (dt.date.today().year, dt.date.today().month)
        )
        self.timeline.scroll_to_start(start or self.timeline.today)

    # -- building --------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add campaign"), self)
        self.delete_button = QPushButton(self.tr("Delete campaign"), self)
        self.zoom_box = QComboBox(self, objectName="calendar-zoom")
        for zoom in ZOOMS:
            self.zoom_box.addItem(zoom_label(zoom), zoom)
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(self.timeline.zoom))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.add_button.clicked.connect(self.add_campaign)
        self.delete_button.clicked.connect(self.delete_selected)
        self.zoom_box.activated.connect(lambda _i: self.timeline.set_zoom(self.zoom_box.currentData()))
        self.timeline.zoom_changed.connect(self._zoom_changed)
        self.today_button.clicked.connect(self.timeline.scroll_to_today)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(not self.document.read_only)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Zoom"), self))
        row.addWidget(self.zoom_box)
        row.addWidget(self.today_button)
        return row

    def _build_table(self) -> QTableView:
        table = set_up_table(
            QTableView(self), self.proxy, "calendar-table", modes=QHeaderView.Interactive, row_height=24, numbers=False
        )
        table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # plan order until a header is clicked
        table.setSortingEnabled(True)
        table.horizontalHeader().resizeSection(0, 220)
        table.horizontalHeader().setStretchLastSection(True)
        fit_to_width(table)
        statuses = ChoiceDelegate(lambda _index: [(s, status_label(s)) for s in svc.CAMPAIGN_STATUSES], table)
        table.setItemDelegateForColumn(COLUMNS.index("status"), statuses)
        for field in ("start_date", "end_date"):
            table.setItemDelegateForColumn(COLUMNS.index(field), DateDelegate(table))
        delete = QAction(self.tr("Delete campaign"), table)
        delete.setShortcut(QKeySequence.Delete)
        delete.setShortcutContext(Qt.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        table.addAction(delete)
        return table

    # -- selection ---------------------------------------------------------------
    def select_campaign(self, campaign_id: str) -> None:
        """Select a campaign in the table, timeline and detail panel."""
        self.selected_id = campaign_id
        row = self.proxy.proxy_row_of(campaign_id)
        if row >= 0 and self.table.currentIndex().row() != row:  # keep the column when the row stays
            blocker = QSignalBlocker(self.table.selectionModel())
            self.table.setCurrentIndex(self.proxy.index(row, 0))
            self.table.selectRow(row)
            del blocker
            self.table.scrollTo(self.proxy.index(row, 0))
        if self.timeline.selected_id != campaign_id:
            self.timeline.select(campaign_id)
        self._show_detail()

    def _table_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.select_campaign(current.data(ID_ROLE))

    def _show_detail(self) -> None:
        self.detail.show_campaign(
            self.model.campaign(self.selected_id), self.model.channel_names, self.model.persona_names
        )

    # -- editing -----------------------------------------------------------------
    def edit_name(self, campaign_id: str) -> None:
        """Select a campaign and open its name for editing in the table."""
        self.lists.setCurrentWidget(self.table)
        self.select_campaign(campaign_id)
        row = self.proxy.proxy_row_of(campaign_id)
        if row >= 0 and not self.document.read_only:
            self.table.edit(self.proxy.index(row, 0))

    def add_campaign(self) -> bool:
        """Add a two-week campaign starting on the next Monday from today,
        kept inside the plan period (its first Monday when the period is ahead)."""
        from app.services.calendar.reading import plan_period

        start, end = (dt.date.fromisoformat(d) if d else None for d in plan_period(self.document.plan))
        day = max(dt.date.today(), start) if start else dt.date.today()
        day += dt.timedelta(days=(7 - day.weekday()) % 7)  # a Monday
        if end and day + dt.timedelta(days=13) > end:
            day = max(start or day, end - dt.timedelta(days=13))
        return self.add_campaign_at(day)

    def add_campaign_at(self, start: dt.date) -> bool:
        """Add a two-week campaign (status Idea) starting on *start* and select it."""
        values = {
            "name": self.tr("New campaign"),
            "status": "idea",
            "start_date": start.isoformat(),
            "end_date": (start + dt.timedelta(days=13)).isoformat(),
        }
        command = commands.add_campaign(self.document, values)
        if not self.document.execute(command):
            return False
        self.filters.clear()
        self.select_campaign(command.row_id)
        return True

    def show_context_menu(self, campaign_id: str, day: dt.date, global_pos) -> None:
        """Pop up the timeline's menu for a campaign or empty space (not modal)."""
        from app.views.calendar.context_menu import build_menu

        if self.context_menu is not None:
            self.context_menu.close()
        menu = self.context_menu = build_menu(self, campaign_id, day)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        menu.destroyed.connect(lambda *_a: self._menu_gone(menu))
        menu.popup(global_pos)

    def _menu_gone(self, menu) -> None:
        if self.context_menu is menu:  # not a newer menu opened meanwhile
            self.context_menu = None

    def delete_selected(self) -> bool:
        """Delete the selected campaign (undo brings back its phases and links)."""
        if not self.selected_id or self.document.read_only:
            return False
        return self.document.execute(commands.delete_campaign(self.document, self.selected_id))

    # -- following the plan --------------------------------------------------------
    def on_change(self, change) -> None:
        """Redraw what a committed change touched."""
        table = change.table
        if table in ("channel", "persona"):
            # only names, colours and the set of rows matter here: typing a
            # persona's goals must not re-read 5,000 campaigns
            if not (change.structure or not change.fields or {"name", "color"} & set(change.fields)):
                return
            self.model.reload()
        elif table == "campaign" and change.structure:
            if change.ids:  # add, delete, undo: one row in or out
                self.model.apply_structure(change.ids)
            else:
                self.model.reload()
        elif table == "campaign":
            self.model.refresh_ids(change.ids)
        elif table == "campaign_phase":
            self.model.refresh_ids(change.ids[:1])
        elif table == "milestone":
            owners = [c["id"] for c in self.model.rows if any(m["id"] in change.ids for m in c["milestones"])]
            now = [m["campaign_id"] for m in svc.list_milestones(self.document.plan) if m["id"] in change.ids]
            self.model.refresh_ids([*owners, *(c for c in now if c)])
        elif table == "key_date":
            self.key_dates_panel.model.reload()
        elif table == "plan" and {"period_start", "period_end"} & set(change.fields):
            pass  # the timeline spans the plan period: _reload_context below re-reads it
        elif change.canvas != "calendar":
            return
        self._reload_context()
        self._after_filter()
        if change.canvas == "calendar":
            self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused or not saved: say why; the views keep the stored values."""
        self.show_message(message)
        self.timeline.viewport().update()

    def show_message(self, text: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(text)
        self.message.emit(text)

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the campaign (by campaign, phase or milestone id) or key date a finding is about."""
        key_row = next((i for i, r in enumerate(self.key_dates_panel.model.rows) if r["id"] == item_id), -1)
        if key_row >= 0:
            self.lists.setCurrentWidget(self.key_dates_panel)
            self.key_dates_panel.table.selectRow(key_row)
            self.key_dates_panel.table.setFocus(Qt.OtherFocusReason)
            return
        self.lists.setCurrentWidget(self.table)
        campaign = self.model.campaign(item_id)
        if campaign is None:
            campaign = next(
                (
                    c
                    for c in self.model.rows
                    if any(item_id in (p["id"] for p in c[k]) for k in ("phases", "milestones"))
                ),
                None,
            )
        if campaign is not None:
            if self.proxy.proxy_row_of(campaign["id"]) < 0:
                self.filters.clear()
            self.select_campaign(campaign["id"])
            row = self.proxy.proxy_row_of(campaign["id"])
            column = COLUMNS.index(field) if field in COLUMNS else 0
            self.table.setCurrentIndex(self.proxy.index(row, column))
            if item_id != campaign["id"] and self.detail.select_part(item_id, field):
                return  # a phase or milestone: its row in the detail panel has the focus
        self.table.setFocus(Qt.OtherFocusReason)

    # -- refreshing ----------------------------------------------------------------
    def _reload_context(self) -> None:
        plan = self.document.plan
        self.key_dates = svc.key_date_markers(plan)
        self.milestones = svc.list_milestones(plan)
        loose = [m for m in self.milestones if not m["campaign_id"]]
        self.timeline.set_context(svc.plan_period(plan), self.key_dates, loose)
        self.filters.set_choices(self.model.channel_names, self.model.persona_names, self.model.owners())

    def _after_filter(self) -> None:
        self.filters.show_count(self.proxy.rowCount(), self.model.rowCount())
        self.timeline.relayout()
        self._refresh_month()
        if self.selected_id and self.model.campaign(self.selected_id) is None:
            self.selected_id = ""
        if self.selected_id:
            self.select_campaign(self.selected_id)
        else:
            self._show_detail()

    def _refresh_month(self) -> None:
        if self.views.currentWidget() is not self.month_grid:
            return
        campaigns = self.proxy.visible_campaigns()
        shown = {c["id"] for c in campaigns}
        milestones = [m for m in self.milestones if not m["campaign_id"] or m["campaign_id"] in shown]
        self.month_grid.set_data(campaigns, milestones, self.key_dates)

    def _zoom_changed(self, zoom: str) -> None:
        blocker = QSignalBlocker(self.zoom_box)
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(zoom))
        del blocker
