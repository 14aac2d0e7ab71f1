"""The checkpoints tab: the checkpoints table on top, and below it the KPI
thresholds that decide the selected checkpoint (tick a KPI, type its
threshold). Each change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from app.services.initiatives import checkpoints as svc
from app.services.initiatives import service
from app.views.common.canvas_editor import PlanWidget
from app.views.common.locale_format import format_number
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.splitter import splitter
from app.views.initiatives.columns import checkpoint_columns
from app.views.initiatives.rows_panel import RowActions, RowsPanel, RowTexts
from app.views.risks.crisis_commands import CallCommand


class CheckpointsPanel(PlanWidget):
    """Checkpoints table + the selected checkpoint's KPI thresholds."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.kpi_names: dict[str, str] = {}
        self.thresholds: dict[str, list] = {}
        self._filling = False
        self.table = RowsPanel(
            document,
            "checkpoint",
            checkpoint_columns(self.threshold_text),
            RowActions(
                self._fetch,
                svc.update_checkpoint,
                lambda plan, index, rid, _context: svc.add_checkpoint(plan, {}, index, rid),
                svc.delete_checkpoint,
                service.restore,
                svc.move_checkpoint,
            ),
            RowTexts(
                self.tr("Add checkpoint"),
                self.tr("Edit checkpoint"),
                self.tr("Delete checkpoint"),
                self.tr("Move checkpoint"),
                self.tr("No checkpoints yet. Add the dates on which you test whether the strategy is working."),
            ),
            self,
        )
        for column, width in enumerate((110, 300, 220, 100)):
            self.table.table.setColumnWidth(column, width)
        self.table.selected_changed.connect(lambda _id: self.show_thresholds())
        self.kpis = QTableWidget(0, 2, self, objectName="checkpoint-kpis")
        self.kpis.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Threshold")])
        self.kpis.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.kpis.itemChanged.connect(lambda _item: self._thresholds_edited())
        self.box = QGroupBox(self.tr("KPI thresholds that decide the selected checkpoint"), self)
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.kpis)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter(self, (self.table, self.box), (3, 2), vertical=True))
        self.show_thresholds()

    def _fetch(self, plan) -> list[dict]:
        self.kpi_names = dict(service.link_choices(plan, "kpi"))
        self.thresholds = svc.all_thresholds(plan)
        return svc.list_checkpoints(plan)

    def threshold_text(self, row: dict) -> str:
        """The checkpoint's thresholds as "KPI ≥ value", joined."""
        parts = []
        for kpi_id, value in self.thresholds.get(row["id"], []):
            name = self.kpi_names.get(kpi_id, "")
            parts.append(name if value is None else f"{name}: {format_number(value, 2).rstrip('0').rstrip('.,')}")
        return "; ".join(parts)

    def refresh(self) -> None:
        """Re-read the checkpoints and the thresholds pane."""
        self.table.reload()
        self.show_thresholds()

    def show_thresholds(self) -> None:
        """Fill the KPI list for the selected checkpoint (disabled when none)."""
        checkpoint_id = self.table.selected_id()
        pairs = dict(self.thresholds.get(checkpoint_id or "", []))
        self._filling = True
        try:
            self.kpis.setRowCount(len(self.kpi_names))
            for row, (kpi_id, name) in enumerate(self.kpi_names.items()):
                item = QTableWidgetItem(name or self.tr("(untitled)"))
                item.setData(Qt.UserRole, kpi_id)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
                item.setCheckState(Qt.Checked if kpi_id in pairs else Qt.Unchecked)
                self.kpis.setItem(row, 0, item)
                value = pairs.get(kpi_id)
                self.kpis.setItem(row, 1, QTableWidgetItem("" if value is None else f"{value:g}"))
        finally:
            self._filling = False
        self.box.setEnabled(checkpoint_id is not None and not self.document.read_only)

    def _thresholds_edited(self) -> None:
        checkpoint_id = self.table.selected_id()
        if self._filling or checkpoint_id is None:
            return
        new = []
        for row in range(self.kpis.rowCount()):
            item = self.kpis.item(row, 0)
            if item is not None and item.checkState() == Qt.Checked:
                value = self.kpis.item(row, 1)
                new.append((item.data(Qt.UserRole), value.text() if value else ""))
        self.set_thresholds(checkpoint_id, new)

    def set_thresholds(self, checkpoint_id: str, pairs: list[tuple[str, object]]) -> bool:
        """Make *pairs* (KPI id, threshold) decide the checkpoint (one undo step)."""
        old = list(self.thresholds.get(checkpoint_id, []))
        command = CallCommand(
            self.document,
            self.tr("Change KPI thresholds"),
            lambda plan: svc.set_thresholds(plan, checkpoint_id, pairs),
            lambda plan: svc.set_thresholds(plan, checkpoint_id, old),
        )
        ok = self.document.execute(command)
        if not ok:
            self.show_thresholds()
        return ok
