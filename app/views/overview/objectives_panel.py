"""The objectives list of the Overview: a table and its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.views.common.field_widgets import EmptyViewHint
from app.views.common.plan_document import PlanDocument
from app.views.overview.commands import AddObjectiveCommand, DeleteObjectiveCommand, MoveObjectiveCommand
from app.views.overview.objectives_model import ObjectivesModel


class ObjectivesPanel(QWidget):
    """Add, edit, delete and reorder objectives; every action is undoable."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = ObjectivesModel(document, self)
        self.table = QTableView(self)
        self.table.setObjectName("objectives")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setMinimumSectionSize(90)  # an empty table still shows room for a metric and a target
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No objectives yet.")
            if document.read_only
            else self.tr("No objectives yet. Click Add objective: what the plan must achieve, its metric and target."),
        )
        self.add_button = QPushButton(self.tr("Add objective"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
            button.setEnabled(not document.read_only)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_objective)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

    def selected_row(self) -> int:
        """Selected row number, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_id(self, objective_id: str) -> None:
        """Select and show an objective by id."""
        row = self.model.row_of(objective_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def add_objective(self) -> None:
        """Add an empty objective after the selection and start editing it."""
        row = self.selected_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        command = AddObjectiveCommand(self.document, index)
        if self.document.execute(command):
            self.select_id(command.objective_id)
            self.table.edit(self.model.index(self.model.row_of(command.objective_id), 0))

    def remove_selected(self) -> None:
        """Delete the selected objective."""
        row = self.selected_row()
        if row >= 0:
            self.document.execute(DeleteObjectiveCommand(self.document, self.model.rows[row]["id"]))

    def move_selected(self, step: int) -> None:
        """Move the selected objective up (-1) or down (+1)."""
        row = self.selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        objective_id = self.model.rows[row]["id"]
        if self.document.execute(MoveObjectiveCommand(self.document, objective_id, row, target)):
            self.select_id(objective_id)

    def on_change(self, change) -> None:
        """Follow a committed change of the objective table."""
        selected = self.model.rows[self.selected_row()]["id"] if self.selected_row() >= 0 else None
        if change.structure:
            self.model.reload()
            if selected:
                self.select_id(selected)
        else:
            self.model.refresh_rows(change.ids)
