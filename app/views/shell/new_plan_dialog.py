"""File › New: the gallery — a blank plan or one of the templates, in the
chosen plan language. Opened with ``open()``; ``chosen(key, language)`` is
emitted on OK (key "" is the blank plan)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.services.plan import templates


class NewPlanDialog(QDialog):
    """Blank plan plus the bundled templates."""

    chosen = Signal(str, str)  # template key ("" = blank), plan language

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("new-plan")
        self.setWindowTitle(self.tr("New plan"))
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("plan-language")
        self.language_box.addItem("中文 (简体)", "zh")  # each language in its own name
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.gallery = QListWidget(self)
        self.gallery.setObjectName("templates")
        self.gallery.setMinimumHeight(220)
        self.gallery.currentRowChanged.connect(self._describe)
        self.gallery.itemActivated.connect(lambda _item: self._accept())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Plan language"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Start from"), self))
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._fill()

    @property
    def language(self) -> str:
        """The chosen plan language."""
        return self.language_box.currentData()

    def _fill(self) -> None:
        self.entries = [("", self.tr("Blank plan"), self.tr("An empty plan: fill in every canvas yourself."))]
        self.entries += [(t.key, t.title, t.description) for t in templates.list_templates(self.language)]
        self.gallery.clear()
        for _key, title, _text in self.entries:
            QListWidgetItem(title, self.gallery)
        self.gallery.setCurrentRow(0)

    def _describe(self, row: int) -> None:
        self.description.setText(self.entries[row][2] if 0 <= row < len(self.entries) else "")

    def choose(self, key: str) -> None:
        """Select the entry of template *key* ("" = blank)."""
        self.gallery.setCurrentRow([k for k, _t, _d in self.entries].index(key))

    def _accept(self) -> None:
        row = self.gallery.currentRow()
        if row >= 0:
            self.accept()
            self.chosen.emit(self.entries[row][0], self.language)
