"""Item models of the TOWS matrix: the strategies table and the check list
of SWOT items a strategy may cite. Thin adapters over swot_strategies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt
from PySide6.QtGui import QColor

from app.models.swot.rules import kind_quadrants
from app.views.common.label_table import LabelTable
from app.views.common.list_model import ListModel
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel
from app.views.common.widgets.id_drag import IdDragMixin
from app.views.swot.commands import EditStrategyCommand, MoveStrategyCommand, SetCitationsCommand

COLUMNS = ("label", "text", "rationale", "cites")
MIME_TYPE = "application/x-stratdeck-tows-strategy"
HIGHLIGHT = QColor("#FFF1C2")  # strategies citing the selected item
MISMATCH = QColor("#B3261E")  # a cited item outside the strategy's two quadrants
DISPLAY, EDIT, TOOLTIP, FOREGROUND, BACKGROUND = (
    int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.ForegroundRole, Qt.BackgroundRole)
)
_ROLES = frozenset((DISPLAY, EDIT, TOOLTIP, FOREGROUND, BACKGROUND, int(Qt.UserRole)))


# What each TOWS kind pairs, in the interface language.
KINDS = LabelTable("SwotTows", {
    "SO": QT_TRANSLATE_NOOP("SwotTows", "SO: use strengths to seize opportunities"),
    "ST": QT_TRANSLATE_NOOP("SwotTows", "ST: use strengths to counter threats"),
    "WO": QT_TRANSLATE_NOOP("SwotTows", "WO: fix weaknesses by taking opportunities"),
    "WT": QT_TRANSLATE_NOOP("SwotTows", "WT: limit weaknesses and avoid threats"),
})


class StrategiesModel(IdDragMixin, RowsTableModel):
    """Rows are strategies in matrix order (SO, ST, WO, WT)."""

    mime_type = MIME_TYPE
    drag_limit = 1

    vertical_numbers = False

    def __init__(self, document: PlanDocument, parent=None):
        self.item_labels: dict[str, str] = {}
        self.item_quadrants: dict[str, str] = {}
        self.highlighted: set[str] = set()
        self.cites_texts: list[str] = []
        self.mismatches: list[bool] = []
        self.rows_by_id: dict[str, int] = {}
        columns = [Column(key, editable=key in ("text", "rationale")) for key in COLUMNS]
        super().__init__(document, columns, parent=parent, load=False)

    def set_rows(self, rows: list[dict], items: list[dict], labels: dict[str, str]) -> None:
        """Show *rows* (list_strategies) citing *items* labelled by *labels*."""
        self.item_labels = labels
        self.item_quadrants = {i["id"]: i["quadrant"] for i in items}
        # worked out once per change: data() is asked for every cell and role at each repaint
        self.cites_texts = [self.cites_text(s) for s in rows]
        self.mismatches = [self.mismatched(s) for s in rows]
        self.rows_by_id = {s["id"]: n for n, s in enumerate(rows)}
        self.reload(rows)

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (self.tr("Kind"), self.tr("Strategy"), self.tr("Rationale"), self.tr("Cites"))

    def set_highlighted(self, strategy_ids) -> None:
        """Mark the strategies citing the selected item (repaints only rows that change)."""
        ids = set(strategy_ids)
        changed, self.highlighted = ids ^ self.highlighted, ids
        for strategy_id in changed:
            row = self.row_of(strategy_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1), [Qt.BackgroundRole])

    def update_row(self, fresh: dict) -> None:
        """Re-show one strategy whose text or rationale changed."""
        row = self.row_of(fresh["id"])
        if row >= 0:
            self.rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def cites_text(self, strategy: dict) -> str:
        """The cited items as labels, e.g. "S1, O2"."""
        return ", ".join(self.item_labels.get(i, "?") for i in strategy["cites"])

    def mismatched(self, strategy: dict) -> bool:
        """Whether the strategy cites an item outside its two quadrants."""
        pair = kind_quadrants(strategy["kind"])
        return any(self.item_quadrants.get(i) not in pair for i in strategy["cites"])

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid() or index.row() >= len(self.rows):
            return None
        row = index.row()
        strategy, column = self.rows[row], COLUMNS[index.column()]
        if role in (DISPLAY, EDIT):
            return self.cites_texts[row] if column == "cites" else strategy[column]
        if role == TOOLTIP:
            if column == "label":
                return KINDS.translated()[strategy["kind"]]
            if column == "cites" and self.mismatches[row]:
                return self.tr("Cites an item its kind does not pair.")
            return self.cites_texts[row] if column == "cites" else strategy[column]
        if role == FOREGROUND:
            return MISMATCH if column == "cites" and self.mismatches[row] else None
        if role == BACKGROUND:
            return HIGHLIGHT if strategy["id"] in self.highlighted else None
        return strategy["id"]  # Qt.UserRole

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags if self.document.read_only else Qt.ItemIsDropEnabled
        base = QAbstractTableModel.flags(self, index)
        if self.document.read_only:
            return base
        base |= Qt.ItemIsDragEnabled
        return base | Qt.ItemIsEditable if COLUMNS[index.column()] in ("text", "rationale") else base

    def edit_command(self, row: dict, key: str, old, new):
        return EditStrategyCommand(self.document, row["id"], key, old, str(new))

    def row_of(self, strategy_id: str) -> int:
        """Row of a strategy id, or -1."""
        return self.rows_by_id.get(strategy_id, -1)

    # -- reordering within a kind (drag and drop, Ctrl+Up/Down) -------------------
    def kind_ids(self, kind: str) -> list[str]:
        """Ids of the strategies of *kind*, in order."""
        return [s["id"] for s in self.rows if s["kind"] == kind]

    def move(self, strategy_id: str, index: int) -> bool:
        """Move a strategy to *index* among its kind as one undo step (False
        when it is already there)."""
        row = self.row_of(strategy_id)
        if row < 0 or self.document.read_only:
            return False
        ids = self.kind_ids(self.rows[row]["kind"])
        if not 0 <= index < len(ids) or ids.index(strategy_id) == index:
            return False
        return self.document.execute(MoveStrategyCommand(self.document, strategy_id, index))

    def drop_index(self, strategy_id: str, row: int) -> int | None:
        """Where a strategy dropped before table *row* lands among its kind,
        or None when that row is in another kind (strategies keep their kind)."""
        place = self.row_of(strategy_id)
        if place < 0:
            return None
        kind = self.rows[place]["kind"]
        ids = self.kind_ids(kind)
        if row < len(self.rows) and self.rows[row]["kind"] == kind:
            before = self.rows[row]["id"]
            others = [i for i in ids if i != strategy_id]
            return ids.index(strategy_id) if before == strategy_id else others.index(before)
        if 0 < row <= len(self.rows) and self.rows[row - 1]["kind"] == kind:
            return len(ids) - 1
        return None

    def _dropped(self, data, row: int, parent) -> tuple[str, int] | None:
        """(strategy id, index among its kind) a drop asks for, or None."""
        ids = self.dragged_ids(data)
        if len(ids) != 1:
            return None
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        index = self.drop_index(ids[0], row)
        return None if index is None else (ids[0], index)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._dropped(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A strategy dropped before *row* (of its own kind) moves there as one undo step."""
        dropped = self._dropped(data, row, parent) if action != Qt.IgnoreAction else None
        if dropped is not None:
            self.move(*dropped)
        return False  # the table redraws from the plan; nothing for the view to remove


class CitationChoicesModel(ListModel):
    """Check list of the items a strategy may cite: the items of its two
    quadrants, plus any item it cites from elsewhere (shown in red).
    Checking or unchecking is one SetCitationsCommand."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.strategy: dict | None = None
        self.choices: list[dict] = []
        self.labels: dict[str, str] = {}

    def show_strategy(self, strategy: dict | None, items: list[dict], labels: dict[str, str]) -> None:
        """List the citable items of *strategy* (None: empty list)."""
        self.beginResetModel()
        self.strategy, self.labels = strategy, labels
        if strategy is None:
            self.choices = []
        else:
            pair = kind_quadrants(strategy["kind"])
            self.choices = [i for i in items if i["quadrant"] in pair or i["id"] in strategy["cites"]]
        self.endResetModel()

    def items(self) -> list[dict]:
        return self.choices

    def item_data(self, item: dict, row: int, role: int):
        if self.strategy is None:
            return None
        if role == Qt.DisplayRole:
            text = item["text"] or self.tr("(no text yet)")
            return f"{self.labels.get(item['id'], '')}  {text}"
        if role == Qt.CheckStateRole:
            return Qt.Checked if item["id"] in self.strategy["cites"] else Qt.Unchecked
        if role == Qt.ForegroundRole and item["quadrant"] not in kind_quadrants(self.strategy["kind"]):
            return MISMATCH
        if role == Qt.ToolTipRole and item["quadrant"] not in kind_quadrants(self.strategy["kind"]):
            return self.tr("This item is not in a quadrant that %s strategies pair.") % self.strategy["kind"]
        if role == Qt.UserRole:
            return item["id"]
        return None

    def flags(self, index):
        base = super().flags(index)
        return base if self.document.read_only else base | Qt.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.CheckStateRole) -> bool:
        if role != Qt.CheckStateRole or not index.isValid() or self.strategy is None:
            return False
        item_id = self.choices[index.row()]["id"]
        checked = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        old = list(self.strategy["cites"])
        new = [i for i in old if i != item_id] + ([item_id] if checked else [])
        if new == old:
            return False
        return self.document.execute(SetCitationsCommand(self.document, self.strategy["id"], old, new))
