"""The review cycle's undoable commands: take and delete a snapshot, and a
merge (one undo step: undo puts back the plan's rows as they were)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan.changes import Change
from app.services.review import copies, snapshots
from app.views.common.plan_document import PlanCommand, PlanDocument


class TakeSnapshotCommand(PlanCommand):
    """Take a snapshot; undo deletes it, redo puts the same one back."""

    def __init__(self, document: PlanDocument, name: str, note: str, kind: str = "manual"):
        super().__init__(document, QCoreApplication.translate("ReviewCommands", "Take snapshot"))
        self.name, self.note, self.kind = name, note, kind
        self.info = None
        self.row = None

    def do(self) -> Change:
        if self.row is not None:
            return snapshots.restore_deleted(self.document.plan, self.row)
        change, self.info = snapshots.take_snapshot(self.document.plan, self.name, self.note, self.kind)
        return change

    def undo_change(self) -> Change:
        change, self.row = snapshots.delete_snapshot(self.document.plan, self.info.id)
        return change


class DeleteSnapshotCommand(PlanCommand):
    """Delete a snapshot; undo puts it back."""

    def __init__(self, document: PlanDocument, snapshot_id: str):
        super().__init__(document, QCoreApplication.translate("ReviewCommands", "Delete snapshot"))
        self.snapshot_id = snapshot_id
        self.row = None

    def do(self) -> Change:
        change, self.row = snapshots.delete_snapshot(self.document.plan, self.snapshot_id)
        return change

    def undo_change(self) -> Change:
        return snapshots.restore_deleted(self.document.plan, self.row)


class MergeCommand(PlanCommand):
    """Write a resolved merge into the plan (a backup first); undo puts the
    plan's rows back as they were before the merge."""

    def __init__(self, document: PlanDocument, inputs, result, keep: int):
        super().__init__(document, QCoreApplication.translate("ReviewCommands", "Merge a copy"))
        self.inputs, self.result, self.keep = inputs, result, keep
        self.before = None

    def do(self) -> Change:
        if self.before is None:
            change, self.before, _backup = copies.merge_into_plan(
                self.document.plan, self.inputs, self.result, self.keep
            )
            return change
        return copies.write_into_plan(self.document.plan, self.result.document, self.inputs.theirs_snapshots)

    def undo_change(self) -> Change:
        return copies.write_into_plan(self.document.plan, self.before)
