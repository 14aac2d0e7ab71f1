"""Undo commands of the Overview canvas. Each one calls overview_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.overview import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import CallCommand, EditFieldCommand, RowCommands, SetValueCommand
from app.views.common.service_text import field_label

translate = QCoreApplication.translate


def SetFieldCommand(document: PlanDocument, field: str, old, new, session: int = 0) -> EditFieldCommand:
    """Set one overview field. Edits of the same field in one typing session
    (until the field loses focus) merge, so typing a title is one undo step."""
    text = QCoreApplication.translate("OverviewCommands", "Edit %s") % field_label(svc.LABELS[field]).lower()
    return EditFieldCommand(document, text, _set_field, None, field, old, new, session, "overview.field")


def _set_field(plan, _row_id, field: str, value) -> Change:
    return svc.set_field(plan, field, value)


def SetLogoCommand(document: PlanDocument, old: tuple, new: tuple) -> CallCommand:
    """Replace or clear the logo ((data, mime) before and after)."""
    text = (
        QCoreApplication.translate("OverviewCommands", "Change logo")
        if new[0]
        else QCoreApplication.translate("OverviewCommands", "Remove logo")
    )
    return SetValueCommand(document, text, lambda plan, logo: svc.set_logo(plan, *logo), old, new)


OBJECTIVES = RowCommands(
    lambda: (translate("OverviewCommands", "Add objective"), translate("OverviewCommands", "Delete objective"),
             translate("OverviewCommands", "Move objective"), translate("OverviewCommands", "Edit objective")),
    add=lambda plan, row_id, index, text="": svc.add_objective(plan, text, index, row_id),
    delete=svc.delete_objective, restore=svc.restore_objective, move=svc.move_objective, update=svc.update_objective,
)
AddObjectiveCommand, DeleteObjectiveCommand = OBJECTIVES.add, OBJECTIVES.delete
MoveObjectiveCommand, EditObjectiveCommand = OBJECTIVES.move, OBJECTIVES.edit
