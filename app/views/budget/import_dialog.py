"""Import a budget from XLSX or CSV: preview the file, map its columns to
the budget's fields (one combo per field, guessed from the header), and
import it as one undoable step. Problems are listed in the dialog with
sheet, row and column; nothing is stored unless the whole file is valid.

The budget editor opens it with ``BudgetImportDialog(document, parent)``;
tests call ``run_import(path, mapping)`` without ``exec()``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.budget import budget_import
from app.services.budget.exchange_read import SourceTable, column_letter, read_table
from app.services.plan.errors import ImportDataError
from app.views.budget.import_commands import ImportBudgetCommand
from app.views.budget.import_text import field_title
from app.views.common.message_text import message_text
from app.views.common.plan_document import PlanDocument

PREVIEW_ROWS = 12


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, headed 'A: Channel', 'B: Sub-channel'…"""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: SourceTable | None = None

    def show_table(self, table: SourceTable | None) -> None:
        """Preview *table* (None: nothing)."""
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else min(PREVIEW_ROWS, len(self.table.rows))

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.header)

    def data(self, index, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or not index.isValid():
            return None
        values = self.table.rows[index.row()][1]
        value = values[index.column()] if index.column() < len(values) else None
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Vertical:
            return str(self.table.rows[section][0])
        return f"{column_letter(section)}: {self.table.header[section]}"


class BudgetImportDialog(QDialog):
    """Choose a file, check the column mapping, import (undoable)."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.combos: dict[str, QComboBox] = {}
        self.user_mapped = False
        self.setWindowTitle(self.tr("Import budget"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The file replaces every budget line and amount of this plan. Channels and campaigns "
                               "are matched by name. Undo brings the old budget back."), self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"), self)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Vertical, self)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(splitter)
        self.preview.setModel(self.preview_model)
        self.form_host = QScrollArea(splitter)
        self.form_host.setWidgetResizable(True)
        self.form_host.setWidget(QWidget())
        layout.addWidget(splitter, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color:#8A1C12;")
        self.problems = QListWidget(self, objectName="import-problems")
        self.problems.setMaximumHeight(150)
        self.summary.hide()
        self.problems.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.Cancel)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(lambda: self.run_import(self.path))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- loading -----------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for an XLSX or CSV file and preview it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import budget"), "", self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path) -> bool:
        """Read *path*, preview it and guess the mapping; False (problems
        shown) when the file cannot be read."""
        self.path, self.table, self.user_mapped = Path(path), None, False
        self.file_label.setText(str(self.path))
        try:
            self.table = read_table(self.path)
        except ImportDataError as exc:
            self.show_problems(exc, getattr(exc, "problem_messages", []))
            self.preview_model.show_table(None)
            self._build_form()
            self.import_button.setEnabled(False)
            return False
        self.show_problems("", [])
        self.preview_model.show_table(self.table)
        self._build_form()
        self.import_button.setEnabled(not self.document.read_only)
        return True

    def _field_keys(self, guessed: dict[str, int]) -> list[str]:
        """Text fields, then every month field: those in the file and the plan period's."""
        from app.services.budget.exchange import export_months

        months = set(export_months(self.document.plan))
        months.update(key.split(" ")[0] for key in guessed if key not in budget_import.TEXT_FIELDS)
        return [
            *budget_import.TEXT_FIELDS,
            *(f"{m} {layer}" for m in sorted(months) for layer in ("planned", "actual")),
        ]

    def _build_form(self) -> None:
        body = QWidget()
        form = QFormLayout(body)
        self.combos = {}
        if self.table is not None:
            guessed, _bad = budget_import.guess_mapping(self.table.header)
            for key in self._field_keys(guessed):
                combo = QComboBox(body, objectName=f"map-{key}")
                combo.addItem(self.tr("(not in the file)"), None)
                for index, title in enumerate(self.table.header):
                    combo.addItem(f"{column_letter(index)}: {title}", index)
                combo.setCurrentIndex(max(0, combo.findData(guessed.get(key))) if key in guessed else 0)
                combo.activated.connect(self._mapping_changed)
                form.addRow(field_title(key), combo)
                self.combos[key] = combo
        self.form_host.setWidget(body)

    def _mapping_changed(self, _index: int) -> None:
        self.user_mapped = True

    def mapping(self) -> dict[str, int]:
        """The mapping the combos show ({field: 0-based column})."""
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def set_mapping(self, mapping: dict[str, int | None]) -> None:
        """Show *mapping* in the combos (fields not named keep their choice)."""
        for key, column in mapping.items():
            if key in self.combos:
                self.combos[key].setCurrentIndex(max(0, self.combos[key].findData(column)))
        self.user_mapped = True

    # -- importing -----------------------------------------------------------------
    def run_import(self, path=None, mapping: dict[str, int] | None = None) -> bool:
        """Check the file with *mapping* (else the combos; a file not yet
        re-mapped uses the guess from its header) and import it as one undo
        step. Returns whether it was imported; problems are listed here."""
        if path is not None and (self.table is None or Path(path) != self.path):
            if not self.load_file(path):
                return False
        if self.table is None:
            return False
        if mapping is not None:
            self.set_mapping(mapping)
        chosen = self.mapping() if self.user_mapped else None
        try:
            parsed = budget_import.parse_table(self.document.plan, self.table, chosen, self.path.name)
        except ImportDataError as exc:
            self.show_problems(exc, getattr(exc, "problem_messages", []))
            return False
        if not self.document.execute(ImportBudgetCommand(self.document, parsed)):
            return False  # not stored (disk full, read-only): the window's banner says why
        self.show_problems("", [])
        self.accept()
        return True

    def show_problems(self, summary, problems: list) -> None:
        """List the problems of the last attempt (empty: hide the list):
        *summary* is the refusal (an ImportDataError) or "", *problems* its
        messages by key, shown in the interface language."""
        self.problems.clear()
        lines = problems or ([summary] if summary else [])
        if summary and len(lines) > 1:
            self.summary.setText(self.tr("%s problems; nothing was imported.") % len(lines))
        elif summary:
            self.summary.setText(self.tr("Nothing was imported."))
        self.problems.addItems([message_text(line) for line in lines])
        self.summary.setVisible(bool(summary))
        self.problems.setVisible(bool(lines))
