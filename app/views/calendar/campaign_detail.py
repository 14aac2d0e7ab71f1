"""Detail panel of the selected campaign: colour, channels, target personas,
phases and milestones. Every change is one undo command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.calendar.service import PHASE_KINDS
from app.services.initiatives import service as initiatives_service
from app.views.calendar import commands
from app.views.calendar.campaign_parts_model import CampaignPartsModel
from app.views.calendar.labels import kind_label
from app.views.calendar.timeline_scale import parse
from app.views.common import dialogs
from app.views.common.canvas_editor import PlanWidget
from app.views.common.choice_delegate import ChoiceDelegate, DateDelegate
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import set_up_table


class CampaignDetailPanel(PlanWidget):
    """Edits what the campaign table has no column for."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent, objectName="campaign-detail")
        self.campaign: dict | None = None
        self.title = QLabel(
            self.tr("Select a campaign to see its details."), self, wordWrap=True, styleSheet="font-weight:600;"
        )
        # one line beside the colour; the tooltip holds it all
        self.initiatives = QLabel(self, objectName="campaign-initiatives", minimumWidth=40)
        self.initiatives.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.color_button = QPushButton(self, objectName="campaign-color")
        self.clear_color = QPushButton(self.tr("Default colour"), self)
        self.channels = self._check_list("campaign-channels")
        self.personas = self._check_list("campaign-personas")
        self.phases = CampaignPartsModel(document, "phases", self)
        self.milestones = CampaignPartsModel(document, "milestones", self)
        self.phase_table = self._table(self.phases, "campaign-phases", {0: self._kind_delegate(), 2: None, 3: None})
        self.milestone_table = self._table(self.milestones, "campaign-milestones", {1: None})
        self.add_phase_button = QPushButton(self.tr("Add phase"), self)
        self.remove_phase_button = QPushButton(self.tr("Remove phase"), self)
        self.add_milestone_button = QPushButton(self.tr("Add milestone"), self)
        self.remove_milestone_button = QPushButton(self.tr("Remove milestone"), self)
        colors = QHBoxLayout()
        colors.addWidget(QLabel(self.tr("Colour"), self))
        colors.addWidget(self.color_button)
        colors.addWidget(self.clear_color)
        colors.addWidget(self.initiatives, 1)
        self.tabs = QTabWidget(self, objectName="campaign-detail-tabs")
        self.tabs.addTab(
            self._page(self.phase_table, self.add_phase_button, self.remove_phase_button), self.tr("Phases")
        )
        self.tabs.addTab(
            self._page(self.milestone_table, self.add_milestone_button, self.remove_milestone_button),
            self.tr("Milestones"),
        )
        links = QWidget(self)
        form = QFormLayout(links)
        form.addRow(self.tr("Channels"), self.channels)
        form.addRow(self.tr("Personas"), self.personas)
        self.tabs.addTab(links, self.tr("Channels and personas"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(colors)
        layout.addWidget(self.tabs, 1)
        self.color_button.clicked.connect(self.choose_color)
        self.clear_color.clicked.connect(lambda: self._edit("color", None))
        self.channels.itemChanged.connect(lambda _item: self._links_changed("channels", self.channels))
        self.personas.itemChanged.connect(lambda _item: self._links_changed("personas", self.personas))
        self.add_phase_button.clicked.connect(self.add_phase)
        self.remove_phase_button.clicked.connect(self.remove_phase)
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.remove_milestone_button.clicked.connect(self.remove_milestone)
        self.show_campaign(None, {}, {})

    # -- building --------------------------------------------------------------
    def _check_list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setMinimumHeight(60)
        return widget

    def _kind_delegate(self) -> ChoiceDelegate:
        return ChoiceDelegate(lambda _index: [(k, kind_label(k)) for k in PHASE_KINDS], self)

    def _table(self, model, name: str, delegates: dict) -> QTableView:
        # rows of 24 px: three phases fit without scrolling at 1024×700
        fit = QHeaderView.ResizeToContents
        table = set_up_table(QTableView(self), model, name, modes=fit, row_height=24, numbers=False, stretch_last=False)
        # the name takes the free width, the short columns (kind, dates) keep what they need
        name_column = next((c for c in range(model.columnCount()) if c not in delegates), 0)
        table.horizontalHeader().setSectionResizeMode(name_column, QHeaderView.Stretch)
        for column, delegate in delegates.items():
            table.setItemDelegateForColumn(column, delegate or DateDelegate(table))
        return table

    def _page(self, table: QTableView, *buttons) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- showing ---------------------------------------------------------------
    def show_campaign(self, campaign: dict | None, channel_names: dict, persona_names: dict) -> None:
        """Show *campaign* (or nothing) with every channel and persona to tick."""
        self.campaign = campaign
        enabled = campaign is not None and not self.document.read_only
        for widget in (
            self.color_button,
            self.clear_color,
            self.channels,
            self.personas,
            self.add_phase_button,
            self.remove_phase_button,
            self.add_milestone_button,
            self.remove_milestone_button,
        ):
            widget.setEnabled(enabled)
        self.title.setText(
            campaign["name"] or self.tr("(untitled campaign)")
            if campaign
            else self.tr("Select a campaign to see its details.")
        )
        color = campaign.get("color") if campaign else None
        self.color_button.setText(color or self.tr("Choose…"))
        self.color_button.setStyleSheet(f"background:{color};color:white;" if color else "")
        self._fill(self.channels, channel_names, campaign["channels"] if campaign else [])
        self._fill(self.personas, persona_names, campaign["personas"] if campaign else [])
        self.phases.set_rows(campaign["phases"] if campaign else [])
        self._show_initiatives()
        self.milestones.set_rows(campaign["milestones"] if campaign else [])

    def _show_initiatives(self) -> None:
        """The initiatives this campaign executes (linked on Strategy & actions)."""
        if self.campaign is None:
            self.initiatives.setText("")
            return
        linked = initiatives_service.initiatives_linked_to(self.document.plan, "campaign", self.campaign["id"])
        names = ", ".join(f"{i['name']} ({i['pillar']})" for i in linked)
        text = (
            self.tr("Executes: {names}").format(names=names)
            if linked
            else self.tr("Executes no initiative yet (link it on Strategy & actions).")
        )
        self.initiatives.setText(text)
        self.initiatives.setToolTip(text)

    def select_part(self, item_id: str, field: str = "") -> bool:
        """Open the Phases or Milestones tab and select the row of *item_id*
        (its *field* column current); False when the shown campaign has no such row."""
        for model, table in ((self.phases, self.phase_table), (self.milestones, self.milestone_table)):
            row = next((n for n, r in enumerate(model.rows) if r["id"] == item_id), -1)
            if row >= 0:
                self.tabs.setCurrentWidget(table.parentWidget())
                column = max(model.column_of(field), 0)
                table.setCurrentIndex(model.index(row, column))
                table.selectRow(row)
                table.scrollTo(model.index(row, column))
                table.setFocus(Qt.OtherFocusReason)
                return True
        return False

    @staticmethod
    def _fill(widget: QListWidget, names: dict, checked: list[str]) -> None:
        blocker = QSignalBlocker(widget)
        widget.clear()
        for item_id, name in names.items():
            item = QListWidgetItem(name, widget)
            item.setData(Qt.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if item_id in checked else Qt.Unchecked)
        del blocker

    # -- editing -----------------------------------------------------------------
    def _edit(self, field: str, value) -> None:
        if self.campaign is not None and self.campaign.get(field) != value:
            self.document.execute(commands.edit_campaign(self.document, self.campaign, field, value))

    def choose_color(self) -> None:
        """Pick the campaign's colour."""
        if self.campaign is not None:
            color = dialogs.choose_color(self, self.campaign.get("color"))
            if color:
                self._edit("color", color)

    def _links_changed(self, what: str, widget: QListWidget) -> None:
        if self.campaign is None:
            return
        ids = [
            widget.item(i).data(Qt.UserRole) for i in range(widget.count()) if widget.item(i).checkState() == Qt.Checked
        ]
        if ids != self.campaign[what]:
            self.document.execute(commands.set_links(self.document, self.campaign, what, ids))

    def add_phase(self) -> None:
        """Add the next phase (warm-up, launch, long tail, then custom) after the last one."""
        campaign = self.campaign
        if campaign is None:
            return
        used = {p["kind"] for p in campaign["phases"]}
        kind = next((k for k in PHASE_KINDS if k not in used), "custom")
        start, end = parse(campaign["start_date"]), parse(campaign["end_date"])
        ends = [parse(p["end_date"]) for p in campaign["phases"] if parse(p["end_date"])]
        if ends and (end is None or max(ends) < end):
            start = max(ends) + dt.timedelta(days=1)
        values = {"kind": kind, "name": kind_label(kind)}
        if start:
            last = start + dt.timedelta(days=6)
            values.update(
                start_date=start.isoformat(), end_date=min(last, end).isoformat() if end else last.isoformat()
            )
        self.document.execute(commands.add_phase(self.document, campaign["id"], values))

    def remove_phase(self) -> None:
        """Delete the selected phase."""
        rows = self.phase_table.selectionModel().selectedRows()
        if rows:
            self.document.execute(commands.delete_phase(self.document, self.phases.rows[rows[0].row()]["id"]))

    def add_milestone(self) -> None:
        """Add a milestone on the campaign's start, tied to the campaign."""
        if self.campaign is not None:
            values = {
                "name": self.tr("New milestone"),
                "date": self.campaign["start_date"],
                "campaign_id": self.campaign["id"],
            }
            self.document.execute(commands.add_milestone(self.document, values))

    def remove_milestone(self) -> None:
        """Delete the selected milestone."""
        rows = self.milestone_table.selectionModel().selectedRows()
        if rows:
            self.document.execute(commands.delete_milestone(self.document, self.milestones.rows[rows[0].row()]["id"]))
