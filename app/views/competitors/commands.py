"""Undo commands of the Competitors canvas. Each one calls competitor_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.competitors import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument

AXES_MERGE_ID = 4_200


class AddCompetitorCommand(PlanCommand):
    """Add a competitor (same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, index: int, values: dict | None = None):
        super().__init__(document, QCoreApplication.translate("CompetitorCommands", "Add competitor"))
        self.index, self.values, self.competitor_id = index, dict(values or {}), None

    def do(self) -> Change:
        change = svc.add_competitor(self.document.plan, self.values, self.index, self.competitor_id)
        self.competitor_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return svc.delete_competitor(self.document.plan, self.competitor_id)[0]


class DeleteCompetitorCommand(PlanCommand):
    """Delete a competitor; undo puts it back where it was, with every value."""

    def __init__(self, document: PlanDocument, competitor_id: str):
        super().__init__(document, QCoreApplication.translate("CompetitorCommands", "Delete competitor"))
        self.competitor_id, self.row, self.index = competitor_id, None, 0

    def do(self) -> Change:
        change, self.row, self.index = svc.delete_competitor(self.document.plan, self.competitor_id)
        return change

    def undo_change(self) -> Change:
        return svc.restore_competitor(self.document.plan, self.row, self.index)


class MoveCompetitorCommand(PlanCommand):
    """Move a competitor up or down the table."""

    def __init__(self, document: PlanDocument, competitor_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("CompetitorCommands", "Move competitor"))
        self.competitor_id, self.old_index, self.new_index = competitor_id, old_index, new_index

    def do(self) -> Change:
        return svc.move_competitor(self.document.plan, self.competitor_id, self.new_index)

    def undo_change(self) -> Change:
        return svc.move_competitor(self.document.plan, self.competitor_id, self.old_index)


class EditCompetitorCommand(PlanCommand):
    """Change one cell of the competitor table (one undo step per cell edit)."""

    def __init__(self, document: PlanDocument, competitor_id: str, field: str, old, new):
        super().__init__(document, QCoreApplication.translate("CompetitorCommands", "Edit competitor"))
        self.competitor_id, self.field, self.old, self.new = competitor_id, field, old, new

    def do(self) -> Change:
        return svc.update_competitor(self.document.plan, self.competitor_id, self.field, self.new)

    def undo_change(self) -> Change:
        return svc.update_competitor(self.document.plan, self.competitor_id, self.field, self.old)


class SetAxesCommand(PlanCommand):
    """Choose the positioning map's axes or rename a custom axis. Typing an
    axis name merges into one step until the field loses focus (*session*)."""

    def __init__(self, document: PlanDocument, old: svc.Axes, new: svc.Axes, session: int = -1):
        super().__init__(document, QCoreApplication.translate("CompetitorCommands", "Change map axes"))
        self.old, self.new, self.session = old, new, session

    def do(self) -> Change:
        return svc.set_axes(self.document.plan, self.new)

    def undo_change(self) -> Change:
        return svc.set_axes(self.document.plan, self.old)

    def id(self) -> int:
        return AXES_MERGE_ID

    def mergeWith(self, other) -> bool:
        # only label typing merges; each axis choice is its own step
        if not isinstance(other, SetAxesCommand) or self.session < 0 or other.session != self.session:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True
