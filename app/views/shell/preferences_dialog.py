"""Edit › Preferences: the interface language and how many backups to keep.

The dialog is opened with ``open()`` (never blocks); ``applied`` carries the
new language so the window can switch at once, keeping the open plan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from app.views.common import settings
from app.views.common.widgets.buttons import ok_cancel


class PreferencesDialog(QDialog):
    """Language (system / 中文 / English) and backups to keep."""

    applied = Signal(str)  # the interface language now in force, 'zh' or 'en'

    def __init__(self, parent=None):
        super().__init__(parent, objectName="preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language_box = QComboBox(self, objectName="interface-language")
        self.language_box.addItem(self.tr("System default"), "")
        self.language_box.addItem("中文 (简体)", "zh")  # each language in its own name
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.chosen_language())))
        self.keep_box = QSpinBox(self, objectName="backups-keep")
        self.keep_box.setRange(0, 100)
        self.keep_box.setValue(settings.backups_to_keep())
        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language_box)
        form.addRow(self.tr("Backups to keep per plan"), self.keep_box)
        note = QLabel(self.tr("The language changes at once; the open plan stays open."), self)
        note.setWordWrap(True)
        buttons = ok_cancel(self, self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choose_language(self, language: str) -> None:
        """Select '' (system), 'zh' or 'en' in the list."""
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def apply(self) -> None:
        """Store the choices, close, and announce the language in force."""
        settings.set_interface_language(self.language_box.currentData())
        settings.set_backups_to_keep(self.keep_box.value())
        self.accept()
        self.applied.emit(settings.interface_language())
