"""File › New: the gallery — a blank plan or one of the templates, in the
chosen plan language. Opened with ``open()``; ``chosen(key, language)`` is
emitted on OK (key "" is the blank plan)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.services.plan import templates
from app.views.common.widgets.buttons import ok_cancel
from app.views.shell.template_cards import CARD, DESCRIPTION_ROLE, PREVIEW_ROLE, TemplateCardDelegate, preview_lines


class NewPlanDialog(QDialog):
    """Blank plan plus the bundled templates."""

    chosen = Signal(str, str)  # template key ("" = blank), plan language

    def __init__(self, language: str, parent=None):
        super().__init__(parent, objectName="new-plan")
        self.setWindowTitle(self.tr("New plan"))
        self.language_box = QComboBox(self, objectName="plan-language")
        self.language_box.addItem("中文 (简体)", "zh")  # each language in its own name
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.gallery = QListWidget(self, objectName="templates")
        self.gallery.setViewMode(QListWidget.IconMode)
        self.gallery.setResizeMode(QListWidget.Adjust)
        self.gallery.setMovement(QListWidget.Static)
        self.gallery.setSpacing(4)
        self.gallery.setWordWrap(True)
        self.gallery.setItemDelegate(TemplateCardDelegate(self.gallery))
        self.gallery.setMinimumHeight(2 * CARD.height() + 24)
        self.gallery.currentRowChanged.connect(self._describe)
        self.gallery.itemActivated.connect(lambda _item: self._accept())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Plan language"), self.language_box)
        buttons = ok_cancel(self, self._accept, self.tr("Create…"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Start from"), self))
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.resize(3 * CARD.width() + 60, 2 * CARD.height() + 200)
        self._fill()

    @property
    def language(self) -> str:
        """The chosen plan language."""
        return self.language_box.currentData()

    def _fill(self) -> None:
        self.entries = [("", self.tr("Blank plan"), self.tr("An empty plan: fill in every canvas yourself."))]
        found = templates.list_templates(self.language)
        self.entries += [(t.key, t.title, t.description) for t in found]
        previews = [[self.tr("Empty canvases"), self.tr("You choose the period")]]
        previews += [preview_lines(t) for t in found]
        self.gallery.clear()
        for (_key, title, text), lines in zip(self.entries, previews, strict=True):
            item = QListWidgetItem(title, self.gallery)
            item.setData(DESCRIPTION_ROLE, text)
            item.setData(PREVIEW_ROLE, lines)
            item.setToolTip(text)
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
