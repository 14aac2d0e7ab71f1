"""Undo commands of the Budget canvas. Each one calls budget_service; a
paste, a fill right or a clear of many cells is one command (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.budget import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument


class SetCellsCommand(PlanCommand):
    """Set many budget cells at once; undo puts every cell back as it was."""

    def __init__(self, document: PlanDocument, edits: list, text: str = ""):
        super().__init__(document, text or QCoreApplication.translate("BudgetCommands", "Edit budget cells"))
        self.edits = list(edits)
        keys = list(dict.fromkeys((line_id, month) for line_id, month, _, _ in self.edits))
        self.before = [(k[0], k[1], *v) for k, v in svc.read_cells(document.plan, keys).items()]

    def do(self) -> Change:
        return svc.set_cells(self.document.plan, self.edits)

    def undo_change(self) -> Change:
        return svc.restore_cells(self.document.plan, self.before)


class AddLineCommand(PlanCommand):
    """Add a budget line (same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, values: dict, index: int):
        super().__init__(document, QCoreApplication.translate("BudgetCommands", "Add budget line"))
        self.values, self.index, self.line_id = dict(values), index, None

    def do(self) -> Change:
        change = svc.add_line(self.document.plan, self.values, self.index, self.line_id)
        self.line_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return svc.delete_line(self.document.plan, self.line_id)[0]


class DeleteLinesCommand(PlanCommand):
    """Delete one or more lines with their cells; undo restores them in place."""

    def __init__(self, document: PlanDocument, line_ids: list[str]):
        super().__init__(document, QCoreApplication.translate("BudgetCommands", "Delete budget lines"))
        self.line_ids, self.deleted = list(line_ids), []

    def do(self) -> Change:
        change, self.deleted = svc.delete_lines(self.document.plan, self.line_ids)  # one commit
        return change

    def undo_change(self) -> Change:
        svc.restore_lines(self.document.plan, self.deleted)
        return Change(svc.CANVAS, "budget_line", tuple(self.line_ids), structure=True)


class MoveLineCommand(PlanCommand):
    """Move a line up or down."""

    def __init__(self, document: PlanDocument, line_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("BudgetCommands", "Move budget line"))
        self.line_id, self.old_index, self.new_index = line_id, old_index, new_index

    def do(self) -> Change:
        return svc.move_line(self.document.plan, self.line_id, self.new_index)

    def undo_change(self) -> Change:
        return svc.move_line(self.document.plan, self.line_id, self.old_index)


class EditLineCommand(PlanCommand):
    """Edit one field of a line (channel, sub-channel, campaign, owner, note)."""

    def __init__(self, document: PlanDocument, line_id: str, field: str, old, new):
        super().__init__(document, QCoreApplication.translate("BudgetCommands", "Edit budget line"))
        self.line_id, self.field, self.old, self.new = line_id, field, old, new

    def do(self) -> Change:
        return svc.update_line(self.document.plan, self.line_id, self.field, self.new)

    def undo_change(self) -> Change:
        return svc.update_line(self.document.plan, self.line_id, self.field, self.old)


class SetPlanBudgetCommand(PlanCommand):
    """Set the budget envelope or the reserve percentage."""

    def __init__(self, document: PlanDocument, field: str, old, new):
        text = (
            QCoreApplication.translate("BudgetCommands", "Set budget envelope")
            if field == "total_budget"
            else QCoreApplication.translate("BudgetCommands", "Set reserve pool")
        )
        super().__init__(document, text)
        self.field, self.old, self.new = field, old, new

    def _set(self, value) -> Change:
        setter = svc.set_total_budget if self.field == "total_budget" else svc.set_reserve_pct
        return setter(self.document.plan, value)

    def do(self) -> Change:
        return self._set(self.new)

    def undo_change(self) -> Change:
        return self._set(self.old)
