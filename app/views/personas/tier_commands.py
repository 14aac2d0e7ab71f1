"""Undo commands of the value tiers. Each calls tier_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.personas import tiers as tier_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import RowCommands, values_adder

translate = QCoreApplication.translate

TIERS = RowCommands(
    lambda: (translate("TierCommands", "Add value tier"), translate("TierCommands", "Delete value tier"),
             translate("TierCommands", "Move value tier"), translate("TierCommands", "Edit value tier")),
    add=values_adder(tier_service.add_tier),
    delete=tier_service.delete_tier, restore=tier_service.restore_tier, move=tier_service.move_tier,
    update=tier_service.update_tier,
)
AddTierCommand, DeleteTierCommand = TIERS.add, TIERS.delete
MoveTierCommand, EditTierCommand = TIERS.move, TIERS.edit


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
