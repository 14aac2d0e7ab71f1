"""Undo commands for the plan's channels (Budget › Summary › Channels).
Each one calls channel_service; deleting a channel and its undo are one
step each, however many budget lines, campaign links and forecast inputs
go with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.budget import channels as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument

FIELD_MERGE_BASE = 4000


class AddChannelCommand(PlanCommand):
    """Add a channel (same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, name: str, index: int | None = None):
        super().__init__(document, QCoreApplication.translate("ChannelCommands", "Add channel"))
        self.name, self.index, self.channel_id = name, index, None

    def do(self) -> Change:
        change = svc.add_channel(self.document.plan, self.name, index=self.index, channel_id=self.channel_id)
        self.channel_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return svc.delete_channel(self.document.plan, self.channel_id)[0]


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


class SetChannelFieldCommand(PlanCommand):
    """Set a channel's name, target share, colour or note. Edits of the same
    field of the same channel in one typing session merge into one step."""

    def __init__(self, document: PlanDocument, channel_id: str, field: str, old, new, session: int = 0):
        super().__init__(document, QCoreApplication.translate("ChannelCommands", "Edit channel"))
        self.channel_id, self.field, self.old, self.new, self.session = channel_id, field, old, new, session

    def do(self) -> Change:
        return svc.update_channel(self.document.plan, self.channel_id, self.field, self.new)

    def undo_change(self) -> Change:
        return svc.update_channel(self.document.plan, self.channel_id, self.field, self.old)

    def id(self) -> int:
        return FIELD_MERGE_BASE + svc.FIELDS.index(self.field)

    def mergeWith(self, other) -> bool:
        key = (self.channel_id, self.field, self.session)
        if not isinstance(other, SetChannelFieldCommand) or (other.channel_id, other.field, other.session) != key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class MoveChannelCommand(PlanCommand):
    """Move a channel up or down."""

    def __init__(self, document: PlanDocument, channel_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("ChannelCommands", "Move channel"))
        self.channel_id, self.old_index, self.new_index = channel_id, old_index, new_index

    def do(self) -> Change:
        return svc.move_channel(self.document.plan, self.channel_id, self.new_index)

    def undo_change(self) -> Change:
        return svc.move_channel(self.document.plan, self.channel_id, self.old_index)


class DeleteChannelCommand(PlanCommand):
    """Delete a channel with its budget lines, campaign links and forecast
    inputs; undo puts every one of them back."""

    def __init__(self, document: PlanDocument, channel_id: str):
        super().__init__(document, QCoreApplication.translate("ChannelCommands", "Delete channel"))
        self.channel_id, self.snapshot = channel_id, None

    def do(self) -> Change:
        change, self.snapshot = svc.delete_channel(self.document.plan, self.channel_id)
        return change

    def undo_change(self) -> Change:
        return svc.restore_channel(self.document.plan, self.snapshot)
