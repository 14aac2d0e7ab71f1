"""Undo commands of the SWOT & TOWS canvas. Each one calls swot_service or
swot_strategies; multi-item edits (a drag, a sort, a delete that removes
citations) are one command and so one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan.changes import Change
from app.services.swot import service as svc
from app.services.swot import strategies as tows
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import (
    AddRowCommand,
    ArrangeCommand,
    CallCommand,
    DeleteRowCommand,
    EditFieldCommand,
    SetValueCommand,
)


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


def ArrangeItemsCommand(document: PlanDocument, text: str, action) -> ArrangeCommand:
    """Any rearrangement of the board (reorder, move to another quadrant,
    drag of several items, sort by weight): the layout before and after."""
    return ArrangeCommand(document, text, action, svc.layout, svc.set_layout)


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


def _placed(document: PlanDocument, text: str, strategy_id: str, setter, value: tuple, back) -> CallCommand:
    """``setter(plan, strategy_id, *value)``; undo calls it with
    ``back(place)``, from the strategy's place (kind, index among its kind)
    before the first run."""
    place = []

    def do(plan) -> Change:
        if not place:
            place.append(tows.strategy_place(plan, strategy_id))
        return setter(plan, strategy_id, *value)

    return CallCommand(document, text, do, lambda plan: setter(plan, strategy_id, *back(place[0])))


def SetKindCommand(document: PlanDocument, strategy_id: str, kind: str) -> CallCommand:
    """Change a strategy's kind (SO, ST, WO, WT); undo puts it back in place."""
    text = QCoreApplication.translate("SwotCommands", "Change strategy kind")
    return _placed(document, text, strategy_id, tows.set_kind, (kind,), tuple)


def MoveStrategyCommand(document: PlanDocument, strategy_id: str, index: int) -> CallCommand:
    """Move a strategy to another place among its kind (drag or Ctrl+Up/Down)."""
    text = QCoreApplication.translate("SwotCommands", "Reorder TOWS strategies")
    return _placed(document, text, strategy_id, tows.move_strategy, (index,), lambda place: (place[1],))


def SetCitationsCommand(document: PlanDocument, strategy_id: str, old, new) -> CallCommand:
    """Replace the SWOT items a strategy cites."""
    text = QCoreApplication.translate("SwotCommands", "Change citations")
    return SetValueCommand(
        document, text, lambda plan, ids: tows.set_citations(plan, strategy_id, ids), list(old), list(new)
    )


def DeleteStrategyCommand(document: PlanDocument, strategy_id: str) -> DeleteRowCommand:
    """Delete a strategy and its citations; undo restores both."""
    text = QCoreApplication.translate("SwotCommands", "Delete TOWS strategy")
    return DeleteRowCommand(document, text, tows.delete_strategy, tows.restore_strategy, strategy_id)
