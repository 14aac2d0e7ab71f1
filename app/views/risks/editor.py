"""The Risks canvas: the risk register as an editable table beside a 5×5
heat map, and below them the detail pane of the selected risk (multi-line
description, mitigation and contingency). Clicking a heat-map cell (or
Enter/Space on the focused cell) filters the table to that cell; again (or
Show all) removes the filter. Every edit is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.models.risks import rules as risk_rules
from app.services.risks import service as svc
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import OrderedRows, row_buttons, set_up_table, wire_row_buttons
from app.views.common.widgets.field_widgets import RefusalBanner
from app.views.common.widgets.splitter import splitter
from app.views.risks import service_text as text
from app.views.risks.crisis_commands import DeleteRowCommand, MoveRowCommand
from app.views.risks.crisis_table_model import ColumnSpec, RowsDelegate, ServiceRowsModel
from app.views.risks.heatmap import RiskHeatMap
from app.views.risks.risk_detail import TEXT_FIELDS, RiskDetail


def risk_columns() -> list[ColumnSpec]:
    """The register's columns (headers in the interface language)."""
    categories = text.CATEGORIES.translated()
    statuses = text.STATUSES.translated()

    def score_text(row: dict) -> str:
        value = risk_rules.score(row["likelihood"], row["impact"])
        return f"{value} · {text.LEVELS.text(risk_rules.level(value))}"

    def score_colour(row: dict) -> str:
        return risk_rules.level_colour(risk_rules.score(row["likelihood"], row["impact"]))

    return [
        ColumnSpec("title", QCoreApplication.translate("RiskEditor", "Risk")),
        ColumnSpec(
            "category",
            QCoreApplication.translate("RiskEditor", "Category"),
            "choice",
            list(categories.items()),
            free_choice=True,
            display=lambda r: categories.get(r["category"], r["category"]),
        ),
        ColumnSpec("likelihood", QCoreApplication.translate("RiskEditor", "Likelihood"), "number", low=1, high=5),
        ColumnSpec("impact", QCoreApplication.translate("RiskEditor", "Impact"), "number", low=1, high=5),
        ColumnSpec(
            "score",
            QCoreApplication.translate("RiskEditor", "Score"),
            "none",
            display=score_text,
            background=score_colour,
        ),
        ColumnSpec("owner", QCoreApplication.translate("RiskEditor", "Owner")),
        ColumnSpec("mitigation", QCoreApplication.translate("RiskEditor", "Mitigation")),
        ColumnSpec("contingency", QCoreApplication.translate("RiskEditor", "Contingency")),
        ColumnSpec("status", QCoreApplication.translate("RiskEditor", "Status"), "choice", list(statuses.items())),
        ColumnSpec("review_date", QCoreApplication.translate("RiskEditor", "Review date"), "date"),
        ColumnSpec("description", QCoreApplication.translate("RiskEditor", "Description")),
    ]


class RiskEditor(OrderedRows, CanvasEditor):
    """Risk register + heat map; every edit is an undo command."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.cell: tuple[int, int] | None = None
        self.detail_id: str | None = None  # the risk in the detail pane (kept while a filter hides it)
        self._reloading = False
        self.banner = RefusalBanner(self, "risks-banner")
        self.model = ServiceRowsModel(
            document, risk_columns(), svc.list_risks, svc.update_risk, self.tr("Edit risk"), self
        )
        self.model.on_drop = self.move_to
        self.table = set_up_table(
            QTableView(self), self.model, "risk-table", QHeaderView.Interactive, stretch_last=True, drag=True
        )
        self.table.setItemDelegate(RowsDelegate(self.model, self.table))
        for column, width in enumerate((220, 130, 80, 70, 90, 150, 240, 200, 100, 120)):
            self.table.setColumnWidth(column, width)
        self.heat_map = RiskHeatMap(self)
        self.heat_map.cell_clicked.connect(self.toggle_cell)
        self.filter_label = QLabel(self, objectName="risk-filter")
        self.filter_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Show all risks"), self, objectName="risk-clear-filter")
        self.clear_button.clicked.connect(lambda: self.set_cell(None))
        legend = QLabel(self.tr("Score = likelihood × impact. Low 1–4, medium 5–9, high 10–16, critical 20–25."), self)
        legend.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.heat_map, 1)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.filter_label)
        side_layout.addWidget(self.clear_button)
        register = splitter(self, (self.table, side), (3, 1))
        self.detail = RiskDetail(document, self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        vertical = splitter(
            self, (register, self.detail), (3, 2), vertical=True, name="risk-splitter", collapsible=False
        )
        buttons, row = row_buttons(self, self.tr("Add risk"), self.tr("Delete"), not document.read_only)
        self.add_button, self.delete_button, self.up_button, self.down_button = row
        self.add_button.setObjectName("risk-add")
        wire_row_buttons(row, self.add_risk, self.delete_selected, self.move_selected, self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(vertical, 1)
        self.refresh()

    # -- filter -------------------------------------------------------------
    def toggle_cell(self, likelihood: int, impact: int) -> None:
        """Filter to a heat-map cell; the same cell again clears the filter."""
        cell = (likelihood, impact)
        self.set_cell(None if self.cell == cell else cell)

    def set_cell(self, cell: tuple[int, int] | None) -> None:
        """Show only the risks of *cell* (None: all risks)."""
        self.cell = cell
        selected = self.selected_id()
        self._reloading = True
        try:
            if cell is None:
                self.model.set_filter(None)
            else:
                self.model.set_filter(lambda r, c=cell: (r["likelihood"], r["impact"]) == c)
            if selected and self.model.row_of(selected) >= 0:
                self.table.selectRow(self.model.row_of(selected))
        finally:
            self._reloading = False
        self._show_filter()

    def _show_filter(self) -> None:
        self.heat_map.set_selected(self.cell)
        self.clear_button.setVisible(self.cell is not None)
        count = len(self.model.rows)
        if self.cell is None and count == 0:
            self.filter_label.setText(
                self.tr(
                    "No risks yet. Click Add risk to list what could derail the plan, "
                    "then score its likelihood and impact; the heat map fills in as you go."
                )
            )
        elif self.cell is None and count == 1:
            self.filter_label.setText(self.tr("Showing the plan's only risk."))
        elif self.cell is None:
            self.filter_label.setText(self.tr("Showing all {count} risks.").format(count=count))
        else:
            self.filter_label.setText(
                self.tr("Showing likelihood {likelihood} × impact {impact}: {count} risks.").format(
                    likelihood=self.cell[0], impact=self.cell[1], count=len(self.model.rows)
                )
            )

    # -- editing ------------------------------------------------------------
    def selected_id(self) -> str | None:
        """The id of the selected risk, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def add_risk(self) -> bool:
        """Add a risk (in the filtered cell, if any) after the selection and start editing its title."""
        values = {"likelihood": self.cell[0], "impact": self.cell[1]} if self.cell else {}
        return self.add_after_selected(
            self.tr("Add risk"), lambda plan, index, rid: svc.add_risk(plan, values, index, rid), svc.delete_risk
        )

    def delete_selected(self) -> None:
        """Delete the selected risk (undo restores it and its playbook links)."""
        risk_id = self.selected_id()
        if risk_id:
            self.document.execute(
                DeleteRowCommand(self.document, self.tr("Delete risk"), svc.delete_risk, svc.restore_risk, risk_id)
            )

    def row_ids(self) -> list[str]:
        """Every risk's id in register order (a filter hides none of them here)."""
        return [r["id"] for r in self.model.all_rows]

    def move_command(self, risk_id: str, old: int, new: int) -> MoveRowCommand:
        """The undo step moving a risk from index *old* to *new* of the register."""
        return MoveRowCommand(self.document, self.tr("Move risk"), svc.move_risk, risk_id, old, new)

    def select_id(self, risk_id: str) -> None:
        """Select and show a risk (clearing a filter that hides it)."""
        if self.model.row_of(risk_id) < 0 and self.cell is not None:
            self.set_cell(None)
        row = self.model.row_of(risk_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- showing ------------------------------------------------------------
    def _selection_changed(self, *_args) -> None:
        """The user picked another risk: show it in the detail pane."""
        if self._reloading:
            return
        selected = self.selected_id()
        if selected is not None or self.model.row_of(self.detail_id or "") >= 0:
            self.detail_id = selected  # a risk hidden by the filter stays in the pane
        self._show_detail()

    def _show_detail(self) -> None:
        rows = {r["id"]: r for r in self.model.all_rows}
        if self.detail_id not in rows:
            self.detail_id = None
        self.detail.show_risk(rows.get(self.detail_id))

    def refresh(self) -> None:
        """Re-read the register; redraw the table, heat map, filter line and detail pane."""
        selected = self.selected_id() if self.table.selectionModel() else None
        self._reloading = True
        try:
            self.model.reload()
            if selected and self.model.row_of(selected) >= 0:
                self.table.selectRow(self.model.row_of(selected))
        finally:
            self._reloading = False
        self.heat_map.set_counts(risk_rules.heat_counts(self.model.all_rows))
        self._show_filter()
        self._show_detail()

    def show_message(self, message: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(message)

    def on_change(self, change) -> None:
        """Redraw after a committed change of the register."""
        self.refresh()
        self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused: say why and show the stored values."""
        self.show_message(message)
        self.refresh()

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Select the risk and column a finding is about."""
        if item_id:
            self.select_id(item_id)
        columns = [c.key for c in self.model.columns]
        row = self.model.row_of(item_id) if item_id else -1
        if row >= 0 and field in columns:
            self.table.setCurrentIndex(self.model.index(row, columns.index(field)))
        if field in TEXT_FIELDS and self.detail.focus_field(field):
            return  # long text is written in the detail pane
        self.table.setFocus(Qt.OtherFocusReason)
