"""Undo commands of the value tiers. Each calls tier_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.personas import tiers as tier_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument


class AddTierCommand(PlanCommand):
    """Add an empty tier (the same id on redo)."""

    def __init__(self, document: PlanDocument, index: int):
        super().__init__(document, QCoreApplication.translate("TierCommands", "Add value tier"))
        self.index, self.tier_id = index, None

    def do(self) -> Change:
        change = tier_service.add_tier(self.document.plan, {}, self.index, self.tier_id)
        self.tier_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return tier_service.delete_tier(self.document.plan, self.tier_id)[0]


class AddStandardTiersCommand(PlanCommand):
    """Add the four standard tiers (diamond / core / potential / basic) as
    one undo step."""

    def __init__(self, document: PlanDocument):
        super().__init__(document, QCoreApplication.translate("TierCommands", "Add the standard four tiers"))
        self.ids: list[str] | None = None

    def do(self) -> Change:
        change = tier_service.add_standard_tiers(self.document.plan, self.ids)
        self.ids = list(change.ids)
        return change

    def undo_change(self) -> Change:
        return tier_service.remove_tiers(self.document.plan, self.ids)


class DeleteTierCommand(PlanCommand):
    """Delete a tier; undo puts it back where it was."""

    def __init__(self, document: PlanDocument, tier_id: str):
        super().__init__(document, QCoreApplication.translate("TierCommands", "Delete value tier"))
        self.tier_id, self.row, self.index = tier_id, None, 0

    def do(self) -> Change:
        change, self.row, self.index = tier_service.delete_tier(self.document.plan, self.tier_id)
        return change

    def undo_change(self) -> Change:
        return tier_service.restore_tier(self.document.plan, self.row, self.index)


class MoveTierCommand(PlanCommand):
    """Move a tier up or down."""

    def __init__(self, document: PlanDocument, tier_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("TierCommands", "Move value tier"))
        self.tier_id, self.old_index, self.new_index = tier_id, old_index, new_index

    def do(self) -> Change:
        return tier_service.move_tier(self.document.plan, self.tier_id, self.new_index)

    def undo_change(self) -> Change:
        return tier_service.move_tier(self.document.plan, self.tier_id, self.old_index)


class EditTierCommand(PlanCommand):
    """Edit one cell of the tier table."""

    def __init__(self, document: PlanDocument, tier_id: str, field: str, old, new):
        super().__init__(document, QCoreApplication.translate("TierCommands", "Edit value tier"))
        self.tier_id, self.field, self.old, self.new = tier_id, field, old, new

    def do(self) -> Change:
        return tier_service.update_tier(self.document.plan, self.tier_id, self.field, self.new)

    def undo_change(self) -> Change:
        return tier_service.update_tier(self.document.plan, self.tier_id, self.field, self.old)
