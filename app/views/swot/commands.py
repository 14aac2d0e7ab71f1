"""Undo commands of the SWOT & TOWS canvas. Each one calls swot_service or
swot_strategies; multi-item edits (a drag, a sort, a delete that removes
citations) are one command and so one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan.changes import Change
from app.services.swot import service as svc
from app.services.swot import strategies as tows
from app.views.common.plan_document import PlanCommand, PlanDocument

ITEM_MERGE_ID = 2000
STRATEGY_MERGE_ID = 2001


class AddItemCommand(PlanCommand):
    """Add a SWOT item (same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, quadrant: str, index: int | None = None, text: str = ""):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Add SWOT item"))
        self.quadrant, self.index, self.text, self.item_id = quadrant, index, text, None

    def do(self) -> Change:
        change = svc.add_item(self.document.plan, self.quadrant, self.text, index=self.index, item_id=self.item_id)
        self.item_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return svc.delete_items(self.document.plan, [self.item_id])[0]


class EditItemCommand(PlanCommand):
    """Edit the text, weight or evidence of an item. Typing in one field of
    one item in one session (until the field loses focus) merges."""

    def __init__(self, document: PlanDocument, item_id: str, field: str, old, new, session: int = -1):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Edit SWOT item"))
        self.item_id, self.field, self.old, self.new, self.session = item_id, field, old, new, session

    def do(self) -> Change:
        return svc.update_item(self.document.plan, self.item_id, self.field, self.new)

    def undo_change(self) -> Change:
        return svc.update_item(self.document.plan, self.item_id, self.field, self.old)

    def id(self) -> int:
        return ITEM_MERGE_ID

    def mergeWith(self, other) -> bool:
        if self.session < 0 or not isinstance(other, EditItemCommand):
            return False
        if (other.item_id, other.field, other.session) != (self.item_id, self.field, self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


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


class DeleteItemsCommand(PlanCommand):
    """Delete items with the citations of them; undo restores both."""

    def __init__(self, document: PlanDocument, item_ids):
        count = len(item_ids)
        text = (
            QCoreApplication.translate("SwotCommands", "Delete SWOT item")
            if count == 1
            else QCoreApplication.translate("SwotCommands", "Delete %s SWOT items") % count
        )
        super().__init__(document, text)
        self.item_ids, self.snapshot = list(item_ids), None

    def do(self) -> Change:
        change, self.snapshot = svc.delete_items(self.document.plan, self.item_ids)
        return change

    def undo_change(self) -> Change:
        return svc.restore_items(self.document.plan, self.snapshot)


class AddStrategyCommand(PlanCommand):
    """Add a TOWS strategy, optionally citing items already."""

    def __init__(self, document: PlanDocument, kind: str, cites=()):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Add TOWS strategy"))
        self.kind, self.cites, self.strategy_id = kind, list(cites), None

    def do(self) -> Change:
        change = tows.add_strategy_citing(self.document.plan, self.kind, self.cites, strategy_id=self.strategy_id)
        self.strategy_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return tows.delete_strategy(self.document.plan, self.strategy_id)[0]


class EditStrategyCommand(PlanCommand):
    """Edit a strategy's text or rationale (typing in one session merges)."""

    def __init__(self, document: PlanDocument, strategy_id: str, field: str, old: str, new: str, session: int = -1):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Edit TOWS strategy"))
        self.strategy_id, self.field, self.old, self.new, self.session = strategy_id, field, old, new, session

    def do(self) -> Change:
        return tows.update_strategy(self.document.plan, self.strategy_id, self.field, self.new)

    def undo_change(self) -> Change:
        return tows.update_strategy(self.document.plan, self.strategy_id, self.field, self.old)

    def id(self) -> int:
        return STRATEGY_MERGE_ID

    def mergeWith(self, other) -> bool:
        if self.session < 0 or not isinstance(other, EditStrategyCommand):
            return False
        if (other.strategy_id, other.field, other.session) != (self.strategy_id, self.field, self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


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


class DeleteStrategyCommand(PlanCommand):
    """Delete a strategy and its citations; undo restores both."""

    def __init__(self, document: PlanDocument, strategy_id: str):
        super().__init__(document, QCoreApplication.translate("SwotCommands", "Delete TOWS strategy"))
        self.strategy_id, self.snapshot = strategy_id, None

    def do(self) -> Change:
        change, self.snapshot = tows.delete_strategy(self.document.plan, self.strategy_id)
        return change

    def undo_change(self) -> Change:
        return tows.restore_strategy(self.document.plan, self.snapshot)
