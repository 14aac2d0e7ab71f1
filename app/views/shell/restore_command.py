"""Restoring a backup as an undoable command: undo restores the safety
backup written just before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.plan.changes import Change
from app.services.plan.storage import restore
from app.views.common.plan_document import PlanCommand, PlanDocument


class RestoreBackupCommand(PlanCommand):
    """Replace the plan's content with a backup's."""

    def __init__(self, document: PlanDocument, backup: Path, keep: int):
        super().__init__(document, QCoreApplication.translate("RestoreBackup", "Restore from backup"))
        self.backup, self.keep, self.safety = Path(backup), keep, None

    def do(self) -> Change:
        if self.safety is None:
            change, self.safety = restore.restore_backup(self.document.plan, self.backup, self.keep)
            return change
        return restore.replace_content(self.document.plan, self.backup)

    def undo_change(self) -> Change:
        return restore.replace_content(self.document.plan, self.safety)
