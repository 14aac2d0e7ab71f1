"""Undo commands of the Overview canvas. Each one calls overview_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.overview import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import EditFieldCommand, RowCommands
from app.views.common.service_text import field_label

translate = QCoreApplication.translate


def SetFieldCommand(document: PlanDocument, field: str, old, new, session: int = 0) -> EditFieldCommand:
    """Set one overview field. Edits of the same field in one typing session
    (until the field loses focus) merge, so typing a title is one undo step."""
    text = QCoreApplication.translate("OverviewCommands", "Edit %s") % field_label(svc.LABELS[field]).lower()
    return EditFieldCommand(document, text, _set_field, None, field, old, new, session, "overview.field")


def _set_field(plan, _row_id, field: str, value) -> Change:
    return svc.set_field(plan, field, value)


class SetLogoCommand(PlanCommand):
    """Replace or clear the logo."""

    def __init__(self, document: PlanDocument, old: tuple, new: tuple):
        super().__init__(
            document,
            QCoreApplication.translate("OverviewCommands", "Change logo")
            if new[0]
            else QCoreApplication.translate("OverviewCommands", "Remove logo"),
        )
        self.old, self.new = old, new

    def do(self) -> Change:
        return svc.set_logo(self.document.plan, *self.new)

    def undo_change(self) -> Change:
        return svc.set_logo(self.document.plan, *self.old)


OBJECTIVES = RowCommands(
    lambda: (translate("OverviewCommands", "Add objective"), translate("OverviewCommands", "Delete objective"),
             translate("OverviewCommands", "Move objective"), translate("OverviewCommands", "Edit objective")),
    add=lambda plan, row_id, index, text="": svc.add_objective(plan, text, index, row_id),
    delete=svc.delete_objective, restore=svc.restore_objective, move=svc.move_objective, update=svc.update_objective,
)
AddObjectiveCommand, DeleteObjectiveCommand = OBJECTIVES.add, OBJECTIVES.delete
MoveObjectiveCommand, EditObjectiveCommand = OBJECTIVES.move, OBJECTIVES.edit
