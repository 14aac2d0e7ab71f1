"""The KPI scorecard canvas: a table of KPIs (name, unit, baseline,
target, actual, direction, alert threshold, owner, cadence, campaign) with
each KPI's red / amber / green status in colour and words. Add, delete and
reorder; every edit is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView

from app.views.common.canvas_editor import CanvasEditor
from app.views.common.choice_delegate import ChoiceDelegate
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import row_buttons, set_up_table, wire_row_buttons
from app.views.common.widgets.field_widgets import editor_layout
from app.views.forecast.commands import AddKpiCommand, DeleteKpiCommand, MoveKpiCommand
from app.views.forecast.kpi_filter import KpiStatusProxy, ProgressDelegate
from app.views.forecast.kpi_model import CHOICE_COLUMNS, COLUMNS, KpiModel


def kpi_choices(model: KpiModel):
    """The drop-down of a direction, cadence or campaign cell (the table
    shows a proxy: the choices come from the KPI model itself)."""

    def choices(index):
        field = COLUMNS[index.column()]
        return [(value, label) for label, value in model.choices(field)] if field in CHOICE_COLUMNS else None

    return choices


def box_name(index) -> str:
    """The object name of a cell's drop-down, e.g. "kpi-cadence"."""
    return f"kpi-{COLUMNS[index.column()]}"


class KpiEditor(CanvasEditor):
    """Scorecard editor; follows campaign changes (names in the picker)."""

    follows_all_changes = True

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        layout, self.banner = editor_layout(self, "kpi-banner", self.tr("KPI scorecard"))
        layout.addLayout(self._filter_row())
        self.model = KpiModel(document, self)
        self.proxy = KpiStatusProxy(self)
        self.proxy.setSourceModel(self.model)
        fit = QHeaderView.ResizeToContents
        self.table = set_up_table(QTableView(self), self.proxy, "kpis", fit, rows=False, edit_on_type=True)
        delegate = ChoiceDelegate(kpi_choices(self.model), self.table, commit_on_pick=True, name=box_name)
        self.table.setItemDelegate(delegate)
        self.table.setItemDelegateForColumn(COLUMNS.index("progress"), ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        long_text = (("name", 230), ("owner", 150), ("campaign_id", 150), ("definition", 220), ("data_source", 150),
                     ("initiatives", 200))  # fmt: skip
        for field, width in long_text:  # long text wraps
            header.setSectionResizeMode(COLUMNS.index(field), QHeaderView.Interactive)
            header.resizeSection(COLUMNS.index(field), width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "No KPIs yet. Click Add KPI, then type its name, unit, baseline, target and actual; "
                "link it to a campaign if it measures one."
            ),
            self,
            objectName="kpi-empty",
            wordWrap=True,
        )
        layout.addWidget(self.empty)
        buttons, row = row_buttons(self, self.tr("Add KPI"), self.tr("Delete KPI"), not document.read_only)
        self.add_button, self.remove_button, self.up_button, self.down_button = row
        self.up_button.setToolTip(self.tr("Reordering works when every KPI shows in plan order."))
        self.down_button.setToolTip(self.up_button.toolTip())
        layout.addLayout(buttons)
        rule = QLabel(
            self.tr(
                "Status: green when the actual meets the target (at or above it when higher is better, at or below "
                "when lower is better); amber when it is short of the target by no more than the alert threshold "
                "(in % of the target); red otherwise. No actual: no data."
            ),
            self,
            wordWrap=True,
        )
        rule.setStyleSheet("color:#555;")
        layout.addWidget(rule)
        wire_row_buttons(row, self.add_kpi, self.remove_selected, self.move_selected)
        self._update_summary()

    def _filter_row(self) -> QHBoxLayout:
        """'Show: [statuses]  [ ] Worst first' and the count per status."""
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:"), self))
        self.status_filter = QComboBox(self, objectName="kpi-status-filter")
        for label, key in (
            (self.tr("All KPIs"), "all"),
            (self.tr("Needs attention (off track or at risk)"), "attention"),
            (self.tr("Off track"), "red"),
            (self.tr("At risk"), "amber"),
            (self.tr("On track"), "green"),
            (self.tr("No data or no target"), "no_data"),
        ):
            self.status_filter.addItem(label, key)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        row.addWidget(self.status_filter)
        self.worst_first = QCheckBox(self.tr("Worst first"), self, objectName="kpi-worst-first")
        self.worst_first.setToolTip(self.tr("Off track, then at risk, no data, no target and on track"))
        self.worst_first.toggled.connect(self._filter_changed)
        row.addWidget(self.worst_first)
        row.addStretch(1)
        self.summary = QLabel(self, objectName="kpi-summary")
        row.addWidget(self.summary)
        return row

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_filter(self.status_filter.currentData())
        self.proxy.set_worst_first(self.worst_first.isChecked())
        self._update_buttons()

    def show_all(self) -> None:
        """Show every KPI in plan order (after adding, or to reach a hidden one)."""
        self.status_filter.setCurrentIndex(0)
        self.worst_first.setChecked(False)

    def _update_buttons(self) -> None:
        movable = not self.document.read_only and self.proxy.is_plain()
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)

    def _update_summary(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0 and not self.document.read_only)
        counts = {key: 0 for key in ("green", "amber", "red", "no_data")}
        for status in self.model.statuses:
            counts["no_data" if status.status == "no_target" else status.status] += 1
        self.summary.setText(self.tr("{green} on track · {amber} at risk · {red} off track · {none} without data")
                             .format(green=counts["green"], amber=counts["amber"], red=counts["red"],
                                     none=counts["no_data"]))  # fmt: skip

    def selected_row(self) -> int:
        """KPI model row of the current cell, or -1."""
        index = self.table.currentIndex()
        return self.proxy.source_row(index.row()) if index.isValid() else -1

    def select(self, kpi_id: str, column: int = 0, reveal: bool = True) -> None:
        """Make a KPI's cell current and visible (with *reveal*, showing every
        KPI when the filter hides it)."""
        row = self.model.row_of(kpi_id)
        if row >= 0:
            index = self.proxy.proxy_index(row, column)
            if not index.isValid() and not reveal:
                return  # an edit moved it out of the filter: it leaves the list, the filter stays
            if not index.isValid():
                self.show_all()
                index = self.proxy.proxy_index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def add_kpi(self) -> None:
        """Add a KPI after the current one and start typing its name."""
        if self.document.read_only:
            return
        row = self.selected_row()
        command = AddKpiCommand(self.document, row + 1 if row >= 0 else self.model.rowCount())
        if self.document.execute(command):
            self.select(command.row_id)
            self.table.edit(self.table.currentIndex())

    def remove_selected(self) -> None:
        """Delete the current KPI."""
        row = self.selected_row()
        if row >= 0 and not self.document.read_only:
            self.document.execute(DeleteKpiCommand(self.document, self.model.rows[row]["id"]))

    def move_selected(self, step: int) -> None:
        """Move the current KPI up (-1) or down (+1)."""
        row, column = self.selected_row(), max(self.table.currentIndex().column(), 0)
        target = row + step
        if row < 0 or self.document.read_only or not self.proxy.is_plain() or not 0 <= target < self.model.rowCount():
            return
        kpi_id = self.model.rows[row]["id"]
        if self.document.execute(MoveKpiCommand(self.document, kpi_id, row, target)):
            self.select(kpi_id, column)

    # -- following the plan -----------------------------------------------------
    def on_change(self, change) -> None:
        """Redraw after a KPI or campaign change."""
        if change.table not in ("kpi", "campaign", "initiative", "initiative_kpi") and change.canvas != "kpis":
            return
        current, row = self.table.currentIndex(), self.selected_row()
        kpi_id = self.model.rows[row]["id"] if 0 <= row < len(self.model.rows) else None
        self.model.reload()
        self._update_summary()
        if kpi_id:
            self.select(kpi_id, current.column(), reveal=False)
        if change.canvas == "kpis":
            self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused: say why; the table shows stored values."""
        self.show_message(message)
        self.model.reload()
        self._update_summary()

    def show_message(self, text: str) -> None:
        """Show (or clear) the banner."""
        self.banner.say(text)
        self.message.emit(text)

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the cell of *field* for KPI *item_id* (Problems panel)."""
        self.select(item_id, COLUMNS.index(field) if field in COLUMNS else 0)
        self.table.setFocus(Qt.OtherFocusReason)
