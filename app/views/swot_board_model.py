"""List model of one SWOT quadrant: a thin adapter over swot_service rows.
Edits and drops become undo commands through callbacks of the board."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.views.plan_document import PlanDocument
from app.views.swot_commands import EditItemCommand

MIME_TYPE = "application/x-stratdeck-swot-items"
ID_ROLE = Qt.UserRole
WEIGHT_ROLE = Qt.UserRole + 1
HIGHLIGHT = QColor("#FFF1C2")  # items cited by the selected strategy


def weight_marks(weight: int) -> str:
    """Weight as five dots, e.g. ●●●○○ for 3."""
    weight = max(1, min(5, int(weight)))
    return "●" * weight + "○" * (5 - weight)


def encode_ids(item_ids) -> QMimeData:
    """Drag data carrying SWOT item ids."""
    data = QMimeData()
    data.setData(MIME_TYPE, json.dumps(list(item_ids)).encode("utf-8"))
    return data


def decode_ids(data: QMimeData) -> list[str]:
    """Item ids from drag data ([] when it is not ours or damaged)."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


class QuadrantModel(QAbstractListModel):
    """Rows are the items of one quadrant in order. ``on_drop(ids,
    quadrant, row)`` is called when items are dropped here."""

    def __init__(self, document: PlanDocument, quadrant: str, on_drop, parent=None):
        super().__init__(parent)
        self.document, self.quadrant, self.on_drop = document, quadrant, on_drop
        self.rows: list[dict] = []
        self.labels: dict[str, str] = {}
        self.highlighted: set[str] = set()

    def set_rows(self, rows: list[dict], labels: dict[str, str]) -> None:
        """Show *rows* (this quadrant's items, in order)."""
        self.beginResetModel()
        self.rows, self.labels = rows, labels
        self.endResetModel()

    def update_row(self, fresh: dict) -> None:
        """Re-show one changed item in place (keeps selection and editors)."""
        row = self.row_of(fresh["id"])
        if row >= 0:
            self.rows[row] = fresh
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_highlighted(self, ids) -> None:
        """Mark the items cited by the selected strategy."""
        self.highlighted = set(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [Qt.BackgroundRole])

    def row_of(self, item_id: str) -> int:
        """Row of an item id, or -1."""
        return next((n for n, r in enumerate(self.rows) if r["id"] == item_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == Qt.DisplayRole:
            text = item["text"] or self.tr("(no text yet)")
            return f"{weight_marks(item['weight'])}  {self.labels.get(item['id'], '')}  {text}"
        if role == Qt.EditRole:
            return item["text"]
        if role == Qt.ToolTipRole:
            evidence = item["evidence"] or self.tr("No evidence noted.")
            return self.tr("Weight %s of 5. Evidence: %s") % (item["weight"], evidence)
        if role == Qt.BackgroundRole and item["id"] in self.highlighted:
            return HIGHLIGHT
        if role == ID_ROLE:
            return item["id"]
        if role == WEIGHT_ROLE:
            return item["weight"]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled if not self.document.read_only else Qt.NoItemFlags
        base = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        if self.document.read_only:
            return base
        return base | Qt.ItemIsEditable | Qt.ItemIsDragEnabled

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        item = self.rows[index.row()]
        if item["text"] == value:
            return False
        return self.document.execute(EditItemCommand(self.document, item["id"], "text", item["text"], str(value)))

    # -- drag and drop ---------------------------------------------------------
    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self.rows[r]["id"] for r in rows)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return not self.document.read_only and bool(decode_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropped items move here before *row* (onto an item: before it;
        below the last item: to the end) as one undo step."""
        ids = decode_ids(data)
        if not ids or action == Qt.IgnoreAction or self.document.read_only:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.on_drop(ids, self.quadrant, row)
        return False  # the board redraws from the plan; nothing for the view to remove
