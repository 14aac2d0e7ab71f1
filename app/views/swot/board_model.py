"""List model of one SWOT quadrant: a thin adapter over swot_service rows.
Edits and drops become undo commands through callbacks of the board."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.id_drag import IdDragMixin
from app.views.swot.commands import EditItemCommand

MIME_TYPE = "application/x-stratdeck-swot-items"
ID_ROLE = Qt.UserRole
WEIGHT_ROLE = Qt.UserRole + 1
HIGHLIGHT = QColor("#FFF1C2")  # items cited by the selected strategy
# data() runs for every row and role at each repaint: compare plain ints
DISPLAY, EDIT, TOOLTIP, BACKGROUND = (int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.BackgroundRole))
_ROLES = frozenset((DISPLAY, EDIT, TOOLTIP, BACKGROUND, int(ID_ROLE), int(WEIGHT_ROLE)))


def weight_marks(weight: int) -> str:
    """Weight as five dots, e.g. ●●●○○ for 3."""
    weight = max(1, min(5, int(weight)))
    return "●" * weight + "○" * (5 - weight)


class QuadrantModel(IdDragMixin, QAbstractListModel):
    mime_type = MIME_TYPE

    """Rows are the items of one quadrant in order. ``on_drop(ids,
    quadrant, row)`` is called when items are dropped here."""

    def __init__(self, document: PlanDocument, quadrant: str, on_drop, parent=None):
        super().__init__(parent)
        self.document, self.quadrant, self.on_drop = document, quadrant, on_drop
        self.rows: list[dict] = []
        self.labels: dict[str, str] = {}
        self.highlighted: set[str] = set()
        self.shown: list[str] = []
        self.rows_by_id: dict[str, int] = {}

    def set_rows(self, rows: list[dict], labels: dict[str, str]) -> None:
        """Show *rows* (this quadrant's items, in order)."""
        self.beginResetModel()
        self.rows, self.labels = rows, labels
        self.shown = [self._display(item) for item in rows]
        self.rows_by_id = {item["id"]: n for n, item in enumerate(rows)}
        self.endResetModel()

    def _display(self, item: dict) -> str:
        """The line a row shows: weight dots, label and text (made once per
        change, not per paint: a 500-item board asks for it thousands of times)."""
        text = item["text"] or self.tr("(no text yet)")
        return f"{weight_marks(item['weight'])}  {self.labels.get(item['id'], '')}  {text}"

    def update_row(self, fresh: dict) -> None:
        """Re-show one changed item in place (keeps selection and editors)."""
        row = self.row_of(fresh["id"])
        if row >= 0:
            self.rows[row] = fresh
            self.shown[row] = self._display(fresh)
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_highlighted(self, ids) -> None:
        """Mark the items cited by the selected strategy (repaints only rows that change)."""
        ids = set(ids)
        changed = ids ^ self.highlighted
        self.highlighted = ids
        for item_id in changed:
            row = self.row_of(item_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row), [Qt.BackgroundRole])

    def row_of(self, item_id: str) -> int:
        """Row of an item id, or -1."""
        return self.rows_by_id.get(item_id, -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == DISPLAY:
            return self.shown[index.row()]
        if role == EDIT:
            return item["text"]
        if role == TOOLTIP:
            evidence = item["evidence"] or self.tr("No evidence noted.")
            return self.tr("%s\nWeight %s of 5. Evidence: %s") % (item["text"], item["weight"], evidence)
        if role == BACKGROUND:
            return HIGHLIGHT if item["id"] in self.highlighted else None
        if role == ID_ROLE:
            return item["id"]
        return item["weight"]  # WEIGHT_ROLE

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
    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(self.dragged_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropped items move here before *row* (onto an item: before it;
        below the last item: to the end) as one undo step."""
        ids = self.dragged_ids(data)
        if not ids or action == Qt.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.on_drop(ids, self.quadrant, row)
        return False  # the board redraws from the plan; nothing for the view to remove
