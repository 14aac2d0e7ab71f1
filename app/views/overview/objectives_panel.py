"""The objectives list of the Overview: a table and its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from app.views.common.field_widgets import EmptyViewHint
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import RowActions, set_up_table
from app.views.overview.commands import AddObjectiveCommand, DeleteObjectiveCommand, MoveObjectiveCommand
from app.views.overview.objectives_model import ObjectivesModel


class ObjectivesPanel(RowActions, QWidget):
    """Add, edit, delete and reorder objectives; every action is undoable."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = ObjectivesModel(document, self)
        fit = QHeaderView.ResizeToContents
        self.table = set_up_table(QTableView(self), self.model, "objectives", modes=(QHeaderView.Stretch, fit, fit))
        self.table.setMinimumHeight(150)
        self.table.horizontalHeader().setMinimumSectionSize(90)  # an empty table still shows a metric and a target
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No objectives yet.")
            if document.read_only
            else self.tr("No objectives yet. Click Add objective: what the plan must achieve, its metric and target."),
        )
        add, remove = self.tr("Add objective"), self.tr("Remove")
        buttons = self.add_buttons(add, remove, self.add_objective, self.remove_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_objective(self) -> None:
        """Add an empty objective after the selection and start editing it."""
        self.add_and_edit(AddObjectiveCommand(self.document, self.insert_index()))

    def remove_selected(self) -> None:
        """Delete the selected objective."""
        self.remove_with(DeleteObjectiveCommand)

    def move_selected(self, step: int) -> None:
        """Move the selected objective up (-1) or down (+1)."""
        self.move_with(MoveObjectiveCommand, step)

    def on_change(self, change) -> None:
        """Follow a committed change of the objective table."""
        self.follow_change(change)
