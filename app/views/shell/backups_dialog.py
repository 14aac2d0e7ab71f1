"""File › Restore from Backup: the plan's rotating backups, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout

from app.services.plan.storage import backups
from app.views.common.locale_format import format_datetime, format_size
from app.views.common.widgets.buttons import ok_cancel


def describe_backup(path: Path) -> str:
    """'2026年11月23日 11:48:06 · 84 KB' / '23 Nov 2026 11:48:06 · 84 KB'."""
    import datetime as dt

    path = Path(path)
    try:  # backups are named "YYYY-MM-DD HHMMSS-ffffff"
        when = dt.datetime.strptime(path.stem[:17], "%Y-%m-%d %H%M%S")
    except ValueError:
        when = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return f"{format_datetime(when)} · {format_size(path.stat().st_size)}"


class RestoreBackupDialog(QDialog):
    """Lists backups; ``chosen(path)`` when the user restores one."""

    chosen = Signal(str)

    def __init__(self, plan_path: Path, parent=None):
        super().__init__(parent, objectName="restore-backup")
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
        buttons = ok_cancel(self, self._restore, self.tr("Restore"))
        buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.paths))
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
