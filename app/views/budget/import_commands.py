"""The undo command of a budget import: the whole budget replaced in one
step; undo puts the old lines and cells back, redo the imported ones
(without reading the file again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.budget import exchange as budget_exchange
from app.services.budget.budget_import import ParsedBudget
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument


class ImportBudgetCommand(PlanCommand):
    """Replace the plan's budget with a checked import (one undo step)."""

    def __init__(self, document: PlanDocument, parsed: ParsedBudget):
        super().__init__(
            document, QCoreApplication.translate("BudgetImportCommands", "Import budget from %s") % parsed.source
        )
        self.parsed = parsed
        self.old: budget_exchange.BudgetSnapshot | None = None
        self.new: budget_exchange.BudgetSnapshot | None = None

    def do(self) -> Change:
        if self.new is not None:  # redo: the same lines with the same ids
            return budget_exchange.restore_budget(self.document.plan, self.new)
        change = budget_exchange.apply_budget(self.document.plan, self.parsed)
        self.old, self.new = change.extra["snapshot"], change.extra["imported"]
        return change

    def undo_change(self) -> Change:
        return budget_exchange.restore_budget(self.document.plan, self.old)
