"""One table model for a service's rows: columns declared as data
(:class:`Column`), rows as the service returns them (dicts with an "id"),
every cell edit an undo command, rows refreshed in place by id, inserted,
removed and moved with Qt's signals, optionally filtered and reordered by
drag and drop (one undo step per move)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QByteArray, QDate, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.views.common.locale_format import format_date
from app.views.common.plan_document import PlanDocument

ROW_MIME = "application/x-stratdeck-row"
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """One column: the row *key* it shows, its *header* (a function, so it
    follows the interface language), whether it is *editable*, its *kind*
    ("text"; "check": a check box; "date": ISO text edited as a QDate;
    "number", "choice": for the delegates), a *choices* function of (stored
    value, label) pairs for a drop-down, a *formatter* (value, row) -> shown
    text, *edit_value* (value, row) -> what the editor starts from;
    *tooltip* False: no tool tip; *align_right* for figures; *background*
    (row) -> a colour name; *low*, *high*, *suffix*: a spin box's range;
    *free_choice*: a drop-down that also takes typed text."""

    key: str
    header: Callable[[], str] = str
    editable: bool = True
    kind: str = "text"
    choices: Callable[[], list[tuple[object, str]]] | None = None
    formatter: Callable[[object, dict], str] | None = None
    edit_value: Callable[[object, dict], object] | None = None
    tooltip: bool = True  # the shown text is also the tool tip
    align_right: bool = False
    background: Callable[[dict], str | None] | None = None
    low: int = 0
    high: int = 0
    suffix: str = ""
    free_choice: bool = False

    @property
    def field(self) -> str:
        """The row field shown (the same as *key*)."""
        return self.key

    def text(self, row: dict) -> str:
        """What the cell shows."""
        value = row.get(self.key)
        if self.formatter:
            return self.formatter(value, row)
        if self.choices:
            return dict(self.choices()).get(value, value or "")
        if self.kind == "date":
            return format_date(value) if value else ""
        return "" if value is None else str(value)


def date_value(value) -> str | None:
    """An editor's date (QDate) as ISO text; an invalid date is None."""
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate) if value.isValid() else None
    return value


def same_value(old, new) -> bool:
    """Whether an edit leaves the value as it was (None and "" are both empty)."""
    return old == new or (old in (None, "") and new in (None, ""))


class RowsTableModel(QAbstractTableModel):
    """Rows of one plan table, shown through *columns*. Subclasses (or the
    constructor) give ``fetch(plan) -> rows`` and ``edit(document, row,
    key, old, new) -> command``; ``cell_data`` answers other roles."""

    vertical_numbers = True  # the vertical header numbers the rows

    def __init__(
        self,
        document: PlanDocument,
        columns,
        fetch: Callable | None = None,
        edit: Callable | None = None,
        parent=None,
        load: bool = True,
    ):
        super().__init__(parent)
        self.document, self.columns = document, tuple(columns)
        self._fetch, self._edit = fetch, edit
        self.row_filter: Callable[[dict], bool] | None = None
        self.on_drop: Callable[[str, int], None] | None = None  # (row id, new index among the shown rows)
        self.all_rows: list[dict] = []
        self.rows: list[dict] = []
        if load:
            self.reload()

    # -- reading ----------------------------------------------------------------
    def fetch(self) -> list[dict]:
        """Every row, in order, from the service."""
        return self._fetch(self.document.plan) if self._fetch else []

    def reload(self, rows: list[dict] | None = None) -> None:
        """Re-read every row (or take *rows* already read) and apply the filter."""
        self.beginResetModel()
        self.all_rows = self.fetch() if rows is None else list(rows)
        self.rows = [r for r in self.all_rows if self.row_filter is None or self.row_filter(r)]
        self.endResetModel()

    def set_filter(self, row_filter: Callable[[dict], bool] | None) -> None:
        """Show only rows for which *row_filter* is true (None shows all)."""
        self.row_filter = row_filter
        self.reload()

    def refresh_rows(self, ids, fresh: list[dict] | None = None) -> None:
        """Take the rows with these *ids* again (from *fresh*, else from the
        service) in place, keeping selection and open editors."""
        by_id = {r["id"]: r for r in (self.fetch() if fresh is None else fresh)}
        for row, current in enumerate(self.rows):
            if current["id"] in ids and current["id"] in by_id:
                self.rows[row] = by_id[current["id"]]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def column_of(self, key: str) -> int:
        """The column number showing *key*, or -1."""
        return next((n for n, c in enumerate(self.columns) if c.key == key), -1)

    def row_of(self, row_id: str) -> int:
        """The shown row number of *row_id*, or -1."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == row_id), -1)

    # -- structure, one row at a time --------------------------------------------
    def apply_structure(self, ids) -> None:
        """Show the rows of *ids* as they now are after an add, delete or
        undo: a new one inserted at its place, a deleted one removed, any
        other refreshed in place — one row each, through Qt's insert and
        remove signals, so views keep their selection and scroll position
        and the other rows are not re-read."""
        for row_id in dict.fromkeys(ids):
            fresh, row = self.fetch_one(row_id), self.row_of(row_id)
            if fresh is None and row >= 0:
                self.remove_row(row)
            elif fresh is not None and row < 0:
                self.insert_row(min(len(self.rows), max(0, self.index_in_plan(row_id))), fresh)
            elif fresh is not None:
                self.rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def fetch_one(self, row_id: str) -> dict | None:
        """One row as the service now has it (None: gone)."""
        return next((r for r in self.fetch() if r["id"] == row_id), None)

    def index_in_plan(self, row_id: str) -> int:
        """Where the row of *row_id* stands in the plan's order."""
        ids = [r["id"] for r in self.fetch()]
        return ids.index(row_id) if row_id in ids else len(self.rows)

    def insert_row(self, at: int, row: dict) -> None:
        """Show a new row at *at*."""
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.renumbered(at)
        self.endInsertRows()

    def remove_row(self, at: int) -> None:
        """Stop showing row *at*."""
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.renumbered(at)
        self.endRemoveRows()

    def move_row(self, source: int, target: int) -> None:
        """Show row *source* at *target* (the index it ends up at)."""
        if source == target:
            return
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + (target > source))
        self.rows.insert(target, self.rows.pop(source))
        self.renumbered(min(source, target))
        self.endMoveRows()

    def renumbered(self, first: int) -> None:
        """Rows from *first* on changed place (before Qt is told): a model
        that indexes its rows by id re-indexes them here."""
        if self.row_filter is None:
            self.all_rows = self.rows

    # -- Qt model ---------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headers(self) -> tuple[str, ...]:
        """Column titles in the interface language."""
        return tuple(c.header() for c in self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.headers()[section]
        return self.row_header(section)

    def row_header(self, section: int):
        """The vertical header of a row: its number (None: no header)."""
        return str(section + 1) if self.vertical_numbers else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.kind == "check":
            return (Qt.Checked if row.get(column.key) else Qt.Unchecked) if role == Qt.CheckStateRole else None
        if role == Qt.DisplayRole or (role == Qt.ToolTipRole and column.tooltip):
            return column.text(row)
        if role == Qt.EditRole:
            value = row.get(column.key)
            if column.edit_value:
                return column.edit_value(value, row)
            if column.kind == "date":
                return QDate.fromString(value, Qt.ISODate) if value else QDate()
            return value
        if role == Qt.TextAlignmentRole and column.align_right:
            return RIGHT
        if role == Qt.BackgroundRole and column.background:
            colour = column.background(row)
            return QColor(colour) if colour else None
        return self.cell_data(row, column, role)

    def cell_data(self, row: dict, column: Column, role):
        """Any other role of a cell (colours, fonts…); None by default."""
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | (Qt.ItemIsDropEnabled if self.on_drop else Qt.NoItemFlags)
        if self.document.read_only:
            return base
        if self.on_drop:
            base |= Qt.ItemIsDragEnabled
        column = self.columns[index.column()]
        if not column.editable:
            return base
        return base | (Qt.ItemIsUserCheckable if column.kind == "check" else Qt.ItemIsEditable)

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (Qt.ItemIsEditable | Qt.ItemIsUserCheckable):
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.kind == "check":
            if role != Qt.CheckStateRole:
                return False
            value = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.Checked
            if bool(row.get(column.key)) == value:
                return False
        elif role != Qt.EditRole:
            return False
        value = self.parse(column, date_value(value))
        old = row.get(column.key)
        if self.unchanged(column, old, value):
            return False
        return self.document.execute(self.edit_command(row, column.key, old, value))

    def parse(self, column: Column, value):
        """An editor's value as the service takes it (as it is by default)."""
        return value

    def unchanged(self, column: Column, old, value) -> bool:
        """Whether an edit changes nothing (then no command is pushed)."""
        return old == value

    def edit_command(self, row: dict, key: str, old, new):
        """The undo command setting *key* of *row* from *old* to *new*."""
        return self._edit(self.document, row, key, old, new)

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
