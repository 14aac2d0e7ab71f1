"""What the Channels table in Budget › Summary does: add a channel, add the
standard channels, rename, retarget, recolour, move and delete one — each
an undo command. Deleting a channel that budget lines, campaigns or forecast
inputs use asks first and says what goes with it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.services.budget import channels as channel_service
from app.views.budget.channel_commands import (
    AddChannelCommand,
    AddStandardChannelsCommand,
    DeleteChannelCommand,
    MoveChannelCommand,
    SetChannelFieldCommand,
)
from app.views.common import dialogs
from app.views.common.plan_document import PlanDocument


class ChannelActions(QObject):
    """Turns the summary's channel requests into undo commands."""

    def __init__(self, document: PlanDocument, summary, parent=None):
        super().__init__(parent)
        self.document, self.summary = document, summary
        self.session = 0  # each committed cell edit is its own typing session
        summary.set_channels_editable(not document.read_only)
        summary.channel_edited.connect(self.edit)
        summary.channel_requested.connect(self.request)

    def _channels(self) -> list[dict]:
        return channel_service.list_channels(self.document.plan)

    def request(self, key: str) -> bool:
        """A channel button was clicked: add, delete, up, down or standard."""
        if self.document.read_only:
            return False
        if key == "add":
            return self.add()
        if key == "standard":
            return self.document.execute(AddStandardChannelsCommand(self.document, None))
        channel_id = self.summary.current_channel_id()
        if channel_id is None:
            return False
        if key == "delete":
            return self.delete(channel_id)
        return self.move(channel_id, -1 if key == "up" else 1)

    def add(self) -> bool:
        """Add a channel below the selected one with a free name, then edit its name."""
        channels = self._channels()
        taken = {(c["name"] or "").strip().casefold() for c in channels}
        base = self.tr("New channel")
        name, number = base, 2
        while name.casefold() in taken:
            name, number = f"{base} {number}", number + 1
        current = self.summary.current_channel_id()
        ids = [c["id"] for c in channels]
        index = ids.index(current) + 1 if current in ids else None
        command = AddChannelCommand(self.document, name, index)
        if not self.document.execute(command):
            return False
        self.summary.select_channel(command.row_id)
        self.summary.shares.edit(self.summary.shares.currentIndex())
        return True

    def edit(self, channel_id: str, field: str, text: str) -> bool:
        """A typed name, target share or colour."""
        channel = next((c for c in self._channels() if c["id"] == channel_id), None)
        if channel is None:
            return False
        old = channel[field]
        self.session += 1
        return self.document.execute(SetChannelFieldCommand(self.document, channel_id, field, old, text, self.session))

    def move(self, channel_id: str, step: int) -> bool:
        """Move the selected channel one place up (-1) or down (1)."""
        ids = [c["id"] for c in self._channels()]
        old = ids.index(channel_id)
        new = old + step
        if not 0 <= new < len(ids):
            return False
        if not self.document.execute(MoveChannelCommand(self.document, channel_id, old, new)):
            return False
        self.summary.select_channel(channel_id)
        return True

    def delete(self, channel_id: str) -> bool:
        """Delete a channel; ask first when lines, campaigns or forecast inputs use it."""
        channel = next((c for c in self._channels() if c["id"] == channel_id), None)
        if channel is None:
            return False
        usage = channel_service.channel_usage(self.document.plan, channel_id)
        if any(usage.values()):
            details = []
            if usage["lines"]:
                details.append(
                    self.tr("%s budget line(s) of this channel and their monthly amounts are deleted.") % usage["lines"]
                )
            if usage["campaigns"]:
                details.append(self.tr("%s campaign(s) lose this channel.") % usage["campaigns"])
            if usage["forecast"]:
                details.append(self.tr("Its forecast inputs are deleted."))
            details.append(self.tr("Edit › Undo brings all of it back."))
            message = self.tr("Delete the channel '%s'?") % channel["name"]
            if not dialogs.confirm_channel_delete(self.summary, message, "\n".join(details)):
                return False
        return self.document.execute(DeleteChannelCommand(self.document, channel_id))
