"""Undo commands of the Budget canvas. Each one calls budget_service; a
paste, a fill right or a clear of many cells is one command (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.budget import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import CallCommand, RowCommands, SetValueCommand

translate = QCoreApplication.translate


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


LINES = RowCommands(
    lambda: (translate("BudgetCommands", "Add budget line"), translate("BudgetCommands", "Delete budget lines"),
             translate("BudgetCommands", "Move budget line"), translate("BudgetCommands", "Edit budget line")),
    add=lambda plan, row_id, values, index: svc.add_line(plan, dict(values), index, row_id),
    delete=svc.delete_lines, restore=svc.restore_lines, undo_add=svc.delete_line, move=svc.move_line,
    update=svc.update_line,
)
AddLineCommand, MoveLineCommand, EditLineCommand = LINES.add, LINES.move, LINES.edit


def DeleteLinesCommand(document: PlanDocument, line_ids: list[str]):
    """Delete one or more lines with their cells (one commit); undo restores them in place."""
    return LINES.delete(document, list(line_ids))


def SetPlanBudgetCommand(document: PlanDocument, field: str, old, new) -> CallCommand:
    """Set the budget envelope or the reserve percentage."""
    if field == "total_budget":
        text, setter = QCoreApplication.translate("BudgetCommands", "Set budget envelope"), svc.set_total_budget
    else:
        text, setter = QCoreApplication.translate("BudgetCommands", "Set reserve pool"), svc.set_reserve_pct
    return SetValueCommand(document, text, setter, old, new)
