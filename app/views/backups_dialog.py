"""File › Restore from Backup: the plan's rotating backups, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout

from app.services import backups
from app.services.restore import describe_backup


class RestoreBackupDialog(QDialog):
    """Lists backups; ``chosen(path)`` when the user restores one."""

    chosen = Signal(str)

    def __init__(self, plan_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("restore-backup")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.paths = backups.list_backups(Path(plan_path))
        intro = QLabel(
            self.tr(
                "Stratdeck keeps a copy of this plan each time it is opened. Restoring one keeps the "
                "current plan as a backup too, and Edit › Undo takes the restore back."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = QStringListModel([describe_backup(p) for p in self.paths], self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.NoEditTriggers)
        if self.paths:
            self.view.setCurrentIndex(self.model.index(0))
        else:
            intro.setText(self.tr("There are no backups of this plan yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Restore"))
        buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.paths))
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        self.view.activated.connect(lambda _index: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def _restore(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.chosen.emit(str(self.paths[index.row()]))
            self.accept()
