"""Undo commands for the plan's channels (Budget › Summary › Channels).
Each one calls channel_service; deleting a channel and its undo are one
step each, however many budget lines, campaign links and forecast inputs
go with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.budget import channels as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import RowCommands

translate = QCoreApplication.translate

CHANNELS = RowCommands(
    lambda: (translate("ChannelCommands", "Add channel"), translate("ChannelCommands", "Delete channel"),
             translate("ChannelCommands", "Move channel"), translate("ChannelCommands", "Edit channel")),
    add=lambda plan, row_id, name, index=None: svc.add_channel(plan, name, index=index, channel_id=row_id),
    delete=svc.delete_channel, restore=svc.restore_channel, move=svc.move_channel, update=svc.update_channel,
    merge="budget.channel_field", session=0,
)
# Deleting a channel takes its budget lines, campaign links and forecast inputs; undo puts every one back.
AddChannelCommand, DeleteChannelCommand = CHANNELS.add, CHANNELS.delete
MoveChannelCommand, SetChannelFieldCommand = CHANNELS.move, CHANNELS.edit


class AddStandardChannelsCommand(PlanCommand):
    """Add the four standard channels to a plan without channels."""

    def __init__(self, document: PlanDocument, language: str | None = None):
        super().__init__(document, QCoreApplication.translate("ChannelCommands", "Add the standard channels"))
        self.language, self.channel_ids = language, ()

    def do(self) -> Change:
        change = svc.add_standard_channels(self.document.plan, self.language)
        self.channel_ids = change.ids
        return change

    def undo_change(self) -> Change:
        return svc.delete_channels(self.document.plan, list(self.channel_ids))
