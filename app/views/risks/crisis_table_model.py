"""A table model and delegate shared by the Risks and Playbooks editors:
rows come from a service function, each column is described by a
:class:`ColumnSpec`, every edit is an undo command, and rows can be
reordered by drag and drop (one undo step per move)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QByteArray, QDate, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QStyledItemDelegate

from app.views.common.locale_format import date_edit_format
from app.views.common.plan_document import PlanDocument
from app.views.risks.crisis_commands import EditFieldCommand

ROW_MIME = "application/x-stratdeck-row"
NO_DATE = QDate(2000, 1, 1)  # the date editor's "not set"


@dataclass
class ColumnSpec:
    """One column: the row field, its header, how it is edited (text,
    number, choice, date or none) and optional display and colour."""

    field: str
    header: str
    kind: str = "text"
    choices: list[tuple[str, str]] = field(default_factory=list)  # (stored value, label)
    free_choice: bool = False  # a choice column that also takes typed text
    low: int = 0
    high: int = 0
    suffix: str = ""
    display: Callable[[dict], str] | None = None
    background: Callable[[dict], str | None] | None = None


class RowsTableModel(QAbstractTableModel):
    """Rows of one plan table (as the service returns them), optionally
    filtered; edits go through EditFieldCommand with *setter*."""

    def __init__(
        self,
        document: PlanDocument,
        columns: list[ColumnSpec],
        fetch: Callable,
        setter: Callable,
        edit_text: str,
        parent=None,
    ):
        super().__init__(parent)
        self.document, self.columns, self.fetch, self.setter = document, columns, fetch, setter
        self.edit_text = edit_text
        self.row_filter: Callable[[dict], bool] | None = None
        self.on_drop: Callable[[str, int], None] | None = None  # (row id, new index among all rows)
        self.all_rows: list[dict] = []
        self.rows: list[dict] = []
        self.reload()

    def reload(self) -> None:
        """Re-read the rows from the plan and apply the filter."""
        self.beginResetModel()
        self.all_rows = self.fetch(self.document.plan)
        self.rows = [r for r in self.all_rows if self.row_filter is None or self.row_filter(r)]
        self.endResetModel()

    def set_filter(self, row_filter: Callable[[dict], bool] | None) -> None:
        """Show only rows for which *row_filter* is true (None shows all)."""
        self.row_filter = row_filter
        self.reload()

    def row_of(self, row_id: str) -> int:
        """The shown row number of *row_id*, or -1."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == row_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, spec = self.rows[index.row()], self.columns[index.column()]
        value = row.get(spec.field)
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if spec.display:
                return spec.display(row)
            if spec.choices:
                return dict(spec.choices).get(value, value or "")
            return "" if value is None else str(value)
        if role == Qt.EditRole:
            return value
        if role == Qt.BackgroundRole and spec.background:
            colour = spec.background(row)
            return QColor(colour) if colour else None
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.columns[section].header if orientation == Qt.Horizontal else str(section + 1)
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | (Qt.ItemIsDropEnabled if self.on_drop else Qt.NoItemFlags)
        if self.document.read_only:
            return base
        if self.on_drop:
            base |= Qt.ItemIsDragEnabled
        return base | Qt.ItemIsEditable if self.columns[index.column()].kind != "none" else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row, spec = self.rows[index.row()], self.columns[index.column()]
        old = row.get(spec.field)
        if old == value or (old in (None, "") and value in (None, "")):
            return False
        command = EditFieldCommand(self.document, self.edit_text, self.setter, row["id"], spec.field, old, value)
        return self.document.execute(command)

    # -- drag and drop: reorder ---------------------------------------------------
    def supportedDropActions(self):
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(ROW_MIME, QByteArray(self.rows[indexes[0].row()]["id"].encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A dragged row dropped before shown row *row* (or on *parent*):
        move it there with one undo command."""
        if self.on_drop is None or not data.hasFormat(ROW_MIME) or self.row_filter is not None:
            return False
        row_id = bytes(data.data(ROW_MIME)).decode()
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self.rows)
        ids = [r["id"] for r in self.rows]
        if row_id not in ids:
            return False
        old = ids.index(row_id)
        new = target - 1 if target > old else target
        if new != old:
            self.on_drop(row_id, new)
        return False  # the move is the command's; the view removes nothing


class RowsDelegate(QStyledItemDelegate):
    """Editors by column kind: spin box, combo box, date edit, else text."""

    def __init__(self, model: RowsTableModel, parent=None):
        super().__init__(parent)
        self.model = model

    def _spec(self, index) -> ColumnSpec:
        return self.model.columns[index.column()]

    def createEditor(self, parent, option, index):
        spec = self._spec(index)
        if spec.kind == "number":
            editor = QSpinBox(parent)
            editor.setRange(spec.low, spec.high)
            editor.setSuffix(spec.suffix)
            return editor
        if spec.kind == "choice":
            editor = QComboBox(parent)
            editor.setEditable(spec.free_choice)
            for value, label in spec.choices:
                editor.addItem(label, value)
            return editor
        if spec.kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(date_edit_format())
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("not set"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        spec, value = self._spec(index), index.data(Qt.EditRole)
        if spec.kind == "number":
            editor.setValue(int(value) if value is not None else spec.low)
        elif spec.kind == "choice":
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            else:
                editor.setEditText(value or "")
        elif spec.kind == "date":
            editor.setDate(QDate.fromString(value, Qt.ISODate) if value else NO_DATE)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        spec = self._spec(index)
        if spec.kind == "number":
            editor.interpretText()
            model.setData(index, editor.value())
        elif spec.kind == "choice":
            text = editor.currentText().strip()
            found = editor.findText(text, Qt.MatchFixedString)
            model.setData(index, editor.itemData(found) if found >= 0 else text)
        elif spec.kind == "date":
            date = editor.date()
            model.setData(index, None if date == NO_DATE else date.toString(Qt.ISODate))
        else:
            super().setModelData(editor, model, index)
