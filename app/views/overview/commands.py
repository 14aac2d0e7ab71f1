"""Undo commands of the Overview canvas. Each one calls overview_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.overview import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.service_text import field_label

FIELD_MERGE_BASE = 1000


class SetFieldCommand(PlanCommand):
    """Set one overview field. Edits of the same field in one typing session
    (until the field loses focus) merge, so typing a title is one undo step."""

    def __init__(self, document: PlanDocument, field: str, old, new, session: int = 0):
        super().__init__(
            document, QCoreApplication.translate("OverviewCommands", "Edit %s") % field_label(svc.LABELS[field]).lower()
        )
        self.field, self.old, self.new, self.session = field, old, new, session

    def do(self) -> Change:
        return svc.set_field(self.document.plan, self.field, self.new)

    def undo_change(self) -> Change:
        return svc.set_field(self.document.plan, self.field, self.old)

    def id(self) -> int:
        return FIELD_MERGE_BASE + svc.FIELDS.index(self.field)

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetFieldCommand) or (other.field, other.session) != (self.field, self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


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


class AddObjectiveCommand(PlanCommand):
    """Add an objective (same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, index: int, text: str = ""):
        super().__init__(document, QCoreApplication.translate("OverviewCommands", "Add objective"))
        self.index, self.text, self.objective_id = index, text, None

    def do(self) -> Change:
        change = svc.add_objective(self.document.plan, self.text, self.index, self.objective_id)
        self.objective_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return svc.delete_objective(self.document.plan, self.objective_id)[0]


class DeleteObjectiveCommand(PlanCommand):
    """Delete an objective; undo puts it back where it was."""

    def __init__(self, document: PlanDocument, objective_id: str):
        super().__init__(document, QCoreApplication.translate("OverviewCommands", "Delete objective"))
        self.objective_id, self.row, self.index = objective_id, None, 0

    def do(self) -> Change:
        change, self.row, self.index = svc.delete_objective(self.document.plan, self.objective_id)
        return change

    def undo_change(self) -> Change:
        return svc.restore_objective(self.document.plan, self.row, self.index)


class MoveObjectiveCommand(PlanCommand):
    """Move an objective up or down."""

    def __init__(self, document: PlanDocument, objective_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("OverviewCommands", "Move objective"))
        self.objective_id, self.old_index, self.new_index = objective_id, old_index, new_index

    def do(self) -> Change:
        return svc.move_objective(self.document.plan, self.objective_id, self.new_index)

    def undo_change(self) -> Change:
        return svc.move_objective(self.document.plan, self.objective_id, self.old_index)


class EditObjectiveCommand(PlanCommand):
    """Edit an objective's text, metric or target (one cell edit)."""

    def __init__(self, document: PlanDocument, objective_id: str, field: str, old: str, new: str):
        super().__init__(document, QCoreApplication.translate("OverviewCommands", "Edit objective"))
        self.objective_id, self.field, self.old, self.new = objective_id, field, old, new

    def do(self) -> Change:
        return svc.update_objective(self.document.plan, self.objective_id, self.field, self.new)

    def undo_change(self) -> Change:
        return svc.update_objective(self.document.plan, self.objective_id, self.field, self.old)
