"""File › Export Deck: choose the format (PDF, or an editable PowerPoint
file), sections, section dividers, an optional password (PDF) and where to write; the deck
renders in the background with a progress bar."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.views.common.message_text import message_text
from app.views.deck.worker import DeckJob, start_job

SINGLE_COLUMN_MAX = 6  # more sections than this are listed in two columns
SUFFIXES = {"pdf": ".pdf", "pptx": ".pptx"}


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (the second exists)."""
    try:
        return first.exists() and first.samefile(second)
    except OSError:
        return False


class ExportDeckDialog(QDialog):
    """Export dialog; open it with ``open()`` (it never blocks the window)."""

    def __init__(self, plan_path: Path, sections: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export deck"))
        self.setObjectName("export-deck")
        self.plan_path = Path(plan_path)
        self.last_result = None
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(self.tr("Sections"), self)
        grid = QGridLayout(group)
        per_column = max(1, math.ceil(len(sections) / (2 if len(sections) > SINGLE_COLUMN_MAX else 1)))
        for index, (key, title) in enumerate(sections):
            box = QCheckBox(title.replace("&", "&&"), group)  # "&" would be a mnemonic: "Forecast & ROI"
            box.setChecked(True)
            box.setObjectName(f"section-{key}")
            self.boxes[key] = box
            grid.addWidget(box, index % per_column, index // per_column)  # filled down, in deck order
        every = QPushButton(self.tr("Select all"), group)
        every.setObjectName("sections-all")
        every.clicked.connect(lambda: self._tick_all(True))
        none = QPushButton(self.tr("Select none"), group)
        none.setObjectName("sections-none")
        none.clicked.connect(lambda: self._tick_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(every)
        ticks.addWidget(none)
        ticks.addStretch(1)
        grid.addLayout(ticks, per_column, 0, 1, 2)
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("format")
        self.format_box.addItem(self.tr("PDF"), "pdf")
        self.format_box.addItem(self.tr("PowerPoint (editable PPTX)"), "pptx")
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.dividers_box = QComboBox(self)
        self.dividers_box.setObjectName("dividers")
        self.dividers_box.addItem(self.tr("Before sections of three or more slides"), "auto")
        self.dividers_box.addItem(self.tr("Before every section"), "always")
        self.dividers_box.addItem(self.tr("None"), "never")
        self.path_edit = QLineEdit(str(self.plan_path.with_suffix(".pdf")), self)
        self.path_edit.setObjectName("output-path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.Password)
        self.password_edit.setObjectName("password")
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.Password)
        self.confirm_edit.setObjectName("password-confirm")
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Save to"), path_row)
        form.addRow(self.tr("Section dividers"), self.dividers_box)
        form.addRow(self.tr("Password (optional)"), self.password_edit)
        form.addRow(self.tr("Repeat password"), self.confirm_edit)
        self.review_box = QCheckBox(self.tr("Mark as reviewed (take a snapshot of the plan before exporting)"), self)
        self.review_box.setObjectName("mark-reviewed")
        self.review_box.setVisible(False)  # shown by the window for a writable plan
        self.take_review_snapshot = None  # set with it: returns "" or why no snapshot was taken
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("export-message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Close, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        # after an export: open the PDF, or show it in the file manager
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ActionRole)
        self.open_button.setObjectName("export-open")
        self.folder_button = self.buttons.addButton(self.tr("Show in Folder"), QDialogButtonBox.ActionRole)
        self.folder_button.setObjectName("export-show-folder")
        self.open_button.clicked.connect(lambda: self.open_exported(folder=False))
        self.folder_button.clicked.connect(lambda: self.open_exported(folder=True))
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addLayout(form)
        layout.addWidget(self.review_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # room for a dated plan's whole file name in "Save to"

    def chosen_format(self) -> str:
        """``pdf`` or ``pptx``."""
        return self.format_box.currentData()

    def _format_changed(self) -> None:
        """The file name follows the format; a PPTX has no password."""
        suffix = SUFFIXES[self.chosen_format()]
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(suffix)))
        pdf = self.chosen_format() == "pdf"
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEnabled(pdf)

    def browse(self) -> None:
        """Choose the output file."""
        suffix = SUFFIXES[self.chosen_format()]
        kinds = self.tr("PDF documents (*.pdf)") if suffix == ".pdf" else self.tr("PowerPoint presentations (*.pptx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export deck"), self.path_edit.text(), kinds)
        if path:
            self.path_edit.setText(path if path.lower().endswith(suffix) else path + suffix)

    def _tick_all(self, checked: bool) -> None:
        for box in self.boxes.values():
            box.setChecked(checked)

    def chosen_sections(self) -> list[str]:
        """Keys of the ticked sections, in order."""
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def start_export(self) -> bool:
        """Check the form, then render in the background. Returns whether it started."""
        target = self.path_edit.text().strip()
        if not target:
            return self._say(self.tr("Choose where to save the deck."))
        if _same_file(Path(target), self.plan_path):
            return self._say(self.tr("That is the plan file itself; choose another name for the deck."))
        suffix = SUFFIXES[self.chosen_format()]
        if not target.lower().endswith(suffix):
            target += suffix  # a typed name without the suffix still opens in the right program
            self.path_edit.setText(target)
        if not self.chosen_sections():
            return self._say(self.tr("Choose at least one section."))
        pdf = self.chosen_format() == "pdf"
        if pdf and self.password_edit.text() != self.confirm_edit.text():
            return self._say(self.tr("The two passwords differ."))
        if self.review_box.isChecked() and self.take_review_snapshot is not None:
            problem = self.take_review_snapshot()
            if problem:
                return self._say(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self._say(self.tr("Rendering…"))
        self.target = Path(target)
        password = (self.password_edit.text() or None) if pdf else None
        job = DeckJob(self.plan_path, self.target, self.chosen_sections(), password, self.chosen_format(),
                      self.dividers_box.currentData())
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        start_job(self, job)
        return True

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        return False

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, result) -> None:
        self.last_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [self.tr("Saved %s (%n slides).", "", result.pages) % self.target]
        lines += [message_text(w) for w in result.warnings]
        self._say("\n".join(lines))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        for button in (self.open_button, self.folder_button):
            button.setVisible(True)

    def open_exported(self, folder: bool = False) -> None:
        """Open the exported PDF in the system viewer, or its folder."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        target = self.target.parent if folder else self.target
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._say(message)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
