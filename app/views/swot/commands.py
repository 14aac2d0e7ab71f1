"""Undo commands of the SWOT & TOWS canvas. Each one calls swot_service or
swot_strategies; multi-item edits (a drag, a sort, a delete that removes
citations) are one command and so one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan.changes import Change
from app.services.swot import service as svc
from app.services.swot import strategies as tows
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import AddRowCommand, DeleteRowCommand, EditFieldCommand


def AddItemCommand(document: PlanDocument, quadrant: str, index: int | None = None, text: str = "") -> AddRowCommand:
    """Add a SWOT item (same id on redo, so later commands still find it)."""
    return AddRowCommand(
        document,
        QCoreApplication.translate("SwotCommands", "Add SWOT item"),
        lambda plan, row_id: svc.add_item(plan, quadrant, text, index=index, item_id=row_id),
        lambda plan, row_id: svc.delete_items(plan, [row_id]),
    )


def EditItemCommand(document: PlanDocument, item_id: str, field: str, old, new, session: int = -1) -> EditFieldCommand:
    """Edit the text, weight or evidence of an item. Typing in one field of
    one item in one session (until the field loses focus) merges."""
    text = QCoreApplication.translate("SwotCommands", "Edit SWOT item")
    return EditFieldCommand(document, text, svc.update_item, item_id, field, old, new, session, "swot.item")


class ArrangeItemsCommand(PlanCommand):
    """Any rearrangement of the board (reorder, move to another quadrant,
    drag of several items, sort by weight): the layout before and after."""

    def __init__(self, document: PlanDocument, text: str, action):
        super().__init__(document, text)
        self.action, self.before, self.after = action, None, None

    def do(self) -> Change:
        if self.after is not None:
            return svc.set_layout(self.document.plan, self.after)
        self.before = svc.layout(self.document.plan)
        change = self.action(self.document.plan)
        self.after = svc.layout(self.document.plan)
        return change

    def undo_change(self) -> Change:
        return svc.set_layout(self.document.plan, self.before)


def DeleteItemsCommand(document: PlanDocument, item_ids) -> DeleteRowCommand:
    """Delete items with the citations of them; undo restores both."""
    count = len(item_ids)
    text = (
        QCoreApplication.translate("SwotCommands", "Delete SWOT item")
        if count == 1
        else QCoreApplication.translate("SwotCommands", "Delete %s SWOT items") % count
    )
    return DeleteRowCommand(document, text, svc.delete_items, svc.restore_items, list(item_ids))


def AddStrategyCommand(document: PlanDocument, kind: str, cites=()) -> AddRowCommand:
    """Add a TOWS strategy, optionally citing items already."""
    cites = list(cites)
    return AddRowCommand(
        document,
        QCoreApplication.translate("SwotCommands", "Add TOWS strategy"),
        lambda plan, row_id: tows.add_strategy_citing(plan, kind, cites, strategy_id=row_id),
        tows.delete_strategy,
    )


def EditStrategyCommand(
    document: PlanDocument, strategy_id: str, field: str, old: str, new: str, session: int = -1
) -> EditFieldCommand:
    """Edit a strategy's text or rationale (typing in one session merges)."""
    text = QCoreApplication.translate("SwotCommands", "Edit TOWS strategy")
    return EditFieldCommand(
        document, text, tows.update_strategy, strategy_id, field, old, new, session, "swot.strategy"
    )


class SetKindCommand(PlanCommand):
    """Change a strategy's kind (SO, ST, WO, WT); undo puts it back in place."""

    def __init__(self, document: PlanDocument, strategy_id: str, kind: str):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Change strategy kind"))
        self.strategy_id, self.kind, self.old = strategy_id, kind, None

    def do(self) -> Change:
        if self.old is None:
            self.old = tows.strategy_place(self.document.plan, self.strategy_id)
        return tows.set_kind(self.document.plan, self.strategy_id, self.kind)

    def undo_change(self) -> Change:
        return tows.set_kind(self.document.plan, self.strategy_id, *self.old)


class MoveStrategyCommand(PlanCommand):
    """Move a strategy to another place among its kind (drag or Ctrl+Up/Down)."""

    def __init__(self, document: PlanDocument, strategy_id: str, index: int):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Reorder TOWS strategies"))
        self.strategy_id, self.index, self.old = strategy_id, index, None

    def do(self) -> Change:
        if self.old is None:
            self.old = tows.strategy_place(self.document.plan, self.strategy_id)[1]
        return tows.move_strategy(self.document.plan, self.strategy_id, self.index)

    def undo_change(self) -> Change:
        return tows.move_strategy(self.document.plan, self.strategy_id, self.old)


class SetCitationsCommand(PlanCommand):
    """Replace the SWOT items a strategy cites."""

    def __init__(self, document: PlanDocument, strategy_id: str, old, new):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Change citations"))
        self.strategy_id, self.old, self.new = strategy_id, list(old), list(new)

    def do(self) -> Change:
        return tows.set_citations(self.document.plan, self.strategy_id, self.new)

    def undo_change(self) -> Change:
        return tows.set_citations(self.document.plan, self.strategy_id, self.old)


def DeleteStrategyCommand(document: PlanDocument, strategy_id: str) -> DeleteRowCommand:
    """Delete a strategy and its citations; undo restores both."""
    text = QCoreApplication.translate("SwotCommands", "Delete TOWS strategy")
    return DeleteRowCommand(document, text, tows.delete_strategy, tows.restore_strategy, strategy_id)
