"""The objectives list of the Overview: a table and its buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout

from app.views.common.canvas_editor import PlanWidget
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import RowActions, set_up_table
from app.views.common.widgets.field_widgets import EmptyViewHint
from app.views.common.widgets.table_fit import grow_with_rows
from app.views.overview.commands import OBJECTIVES
from app.views.overview.objectives_model import ObjectivesModel


class ObjectivesPanel(RowActions, PlanWidget):
    """Add, edit, delete and reorder objectives; every action is undoable."""

    row_commands = OBJECTIVES
    add_objective = RowActions.add_row

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.model = ObjectivesModel(document, self)
        fit = QHeaderView.ResizeToContents
        self.table = set_up_table(QTableView(self), self.model, "objectives", modes=(QHeaderView.Stretch, fit, fit))
        grow_with_rows(self.table)  # the Overview scrolls as a whole: every objective shows
        self.table.horizontalHeader().setMinimumSectionSize(90)  # an empty table still shows a metric and a target
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No objectives yet."),
            self.tr("No objectives yet. Click Add objective: what the plan must achieve, its metric and target."),
            document.read_only,
        )
        add, remove = self.tr("Add objective"), self.tr("Remove")
        buttons = self.add_buttons(add, remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def on_change(self, change) -> None:
        """Follow a committed change of the objective table."""
        self.follow_change(change)
