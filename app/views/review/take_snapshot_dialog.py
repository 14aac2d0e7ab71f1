"""File › Take Snapshot…: a name (e.g. "Q2 review") and an optional note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from app.services.review.snapshots import MAX_NAME
from app.views.common.widgets.buttons import ok_cancel


class TakeSnapshotDialog(QDialog):
    """Asks for a name and a note; ``chosen(name, note)`` on OK."""

    chosen = Signal(str, str)

    def __init__(self, suggested_name: str, parent=None):
        super().__init__(parent, objectName="take-snapshot")
        self.setWindowTitle(self.tr("Take snapshot"))
        intro = QLabel(
            self.tr(
                "A snapshot keeps the plan as it is now, inside the plan file. Later you can see what "
                "changed since, open it read-only or restore it as a new plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(suggested_name, self, objectName="snapshot-name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.note_edit = QPlainTextEdit(self, objectName="snapshot-note")
        self.note_edit.setPlaceholderText(self.tr("What was agreed, who reviewed it…"))
        self.message = QLabel(self, objectName="snapshot-message")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        self.buttons = ok_cancel(self, self.take, self.tr("Take snapshot"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def take(self) -> bool:
        """Emit the name and note unless the name is empty."""
        name = self.name_edit.text().strip()
        if not name:
            self.message.setText(self.tr("Give the snapshot a name."))
            return False
        self.chosen.emit(name, self.note_edit.toPlainText())
        self.accept()
        return True
