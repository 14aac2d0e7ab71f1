"""The Deck canvas panel for the deck's own texts: pick a slide and type
your own headline for it (empty: the computed one), pick a section and type
its speaker notes. Each edit is an undoable command calling the deck notes
service; the preview goes stale like after any edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.deck import notes_service
from app.views.common.plan_document import PlanCommand, PlanDocument


class SetDeckTextCommand(PlanCommand):
    """Set a slide's headline override or a section's notes; undo sets the
    text it had before."""

    def __init__(self, document: PlanDocument, kind: str, key: str, text: str, label: str):
        super().__init__(document, label)
        self.kind, self.key, self.text, self.before = kind, key, text, ""

    def _set(self, text: str):
        setter = notes_service.set_headline if self.kind == "headline" else notes_service.set_notes
        return setter(self.document.plan, self.key, text)

    def do(self):
        change = self._set(self.text)
        self.before = change.extra["before"]
        return change

    def undo_change(self):
        return self._set(self.before)


class DeckTextsPanel(QGroupBox):
    """Headline overrides and speaker notes of the open plan."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent, objectName="deck-texts")
        self.setTitle(self.tr("Headlines and speaker notes"))
        self.document = document
        self.slides: list[dict] = []
        self.slide_box = QComboBox(self, objectName="deck-slide-choice")
        self.headline = QLineEdit(self, objectName="deck-headline")
        self.headline.setMaxLength(160)
        self.headline.setClearButtonEnabled(True)
        self.apply_headline = QPushButton(self.tr("Use this headline"), self)
        self.section_box = QComboBox(self, objectName="deck-section-choice")
        self.notes = QPlainTextEdit(self, objectName="deck-notes")
        self.notes.setPlaceholderText(self.tr("What to say on this section's slides, the numbers to remember…"))
        self.save_notes = QPushButton(self.tr("Save notes"), self)
        self.message = QLabel(self, objectName="deck-texts-message")
        self.message.setWordWrap(True)
        self.notes.setMaximumHeight(64)
        left, right = QFormLayout(), QFormLayout()  # side by side: the preview keeps the height
        left.addRow(self.tr("Slide"), self.slide_box)
        left.addRow(self.tr("Headline"), self.headline)
        left.addRow("", self.apply_headline)
        right.addRow(self.tr("Section"), self.section_box)
        right.addRow(self.tr("Notes"), self.notes)
        right.addRow("", self.save_notes)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        self.slide_box.currentIndexChanged.connect(self._show_slide)
        self.section_box.currentIndexChanged.connect(self._show_notes)
        self.apply_headline.clicked.connect(self.commit_headline)
        self.headline.returnPressed.connect(self.commit_headline)
        self.save_notes.clicked.connect(self.commit_notes)
        document.failed.connect(self._failed)
        read_only = document.read_only
        for widget in (self.headline, self.apply_headline, self.notes, self.save_notes):
            widget.setEnabled(not read_only)

    def refresh(self) -> None:
        """Read the slides and their headlines again (after a preview render)."""
        if self.document.plan.closed or not self.isVisible():
            return  # the window is closing, or the panel is not on screen (shown again: refreshed then)
        key = self.slide_box.currentData()
        section = self.section_box.currentData()
        self.slides = notes_service.slide_list(self.document.plan)
        self.slide_box.blockSignals(True)
        self.section_box.blockSignals(True)
        self.slide_box.clear()
        self.section_box.clear()
        sections: dict[str, str] = {}
        for slide in self.slides:
            self.slide_box.addItem(f"{slide['topic']} · {slide['headline']}"[:90], slide["key"])
            sections.setdefault(slide["section"], slide["topic"])
        for name, topic in sections.items():
            self.section_box.addItem(topic, name)
        self.slide_box.blockSignals(False)
        self.section_box.blockSignals(False)
        self.slide_box.setCurrentIndex(max(0, self.slide_box.findData(key)))
        self.section_box.setCurrentIndex(max(0, self.section_box.findData(section)))
        self._show_slide()
        self._show_notes()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.slides:
            self.refresh()

    def _show_slide(self) -> None:
        key = self.slide_box.currentData()
        slide = next((s for s in self.slides if s["key"] == key), None)
        self.headline.setText(notes_service.headline_of(self.document.plan, key) if key else "")
        self.headline.setPlaceholderText(slide["headline"] if slide and not slide["overridden"] else "")

    def _show_notes(self) -> None:
        section = self.section_box.currentData()
        self.notes.setPlainText(notes_service.notes_of(self.document.plan, section) if section else "")

    def commit_headline(self) -> None:
        """Store the typed headline for the chosen slide (empty: computed)."""
        key = self.slide_box.currentData()
        if key is None or self.headline.text().strip() == notes_service.headline_of(self.document.plan, key):
            return
        self.message.clear()
        self.document.execute(SetDeckTextCommand(self.document, "headline", key, self.headline.text(),
                                                 self.tr("Change slide headline")))

    def commit_notes(self) -> None:
        """Store the typed notes for the chosen section."""
        section = self.section_box.currentData()
        text = self.notes.toPlainText()
        if section is None or text.strip() == notes_service.notes_of(self.document.plan, section):
            return
        self.message.clear()
        self.document.execute(SetDeckTextCommand(self.document, "notes", section, text,
                                                 self.tr("Change speaker notes")))

    def _failed(self, field: str, message: str) -> None:
        if field in ("headline", "slide_key", "notes", "section"):
            self.message.setText(message)
