"""Table model of the budget matrix: a thin adapter over a BudgetGrid.

Columns: channel, sub-channel, campaign, owner, note (the frozen part),
one column per month, one per quarter, and the line total. Rows: each
budget line once per shown layer (planned, actual or both), then a totals
row per layer. Edits go to ``edit_cells`` / ``edit_line`` callbacks that push
undo commands; the model never writes the file."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.budget_grid import BudgetGrid
from app.views.locale_format import locale

LINE_COLUMNS = ("channel_id", "sub_channel", "campaign_id", "owner", "note")
FROZEN = len(LINE_COLUMNS)
OFF_PLAN = QColor("#F8D7D3")
OUTSIDE_CAMPAIGN = QColor("#FBE7C6")
NO_OWNER = QColor("#FFF4CC")
TOTALS = QColor("#EEF1F4")
ACTUAL_ROW = QColor("#F7F9FB")


class BudgetGridModel(QAbstractTableModel):
    """Lines × months of one or both layers, with line, quarter and month totals."""

    def __init__(self, grid: BudgetGrid, edit_cells, edit_line, read_only: bool = False, parent=None):
        super().__init__(parent)
        self.grid = grid
        self.edit_cells, self.edit_line, self.read_only = edit_cells, edit_line, read_only
        self.layers: tuple[str, ...] = ("planned",)
        self.locale = locale()
        self.bold = QFont()
        self.bold.setBold(True)
        self._layout()

    # -- shape ---------------------------------------------------------------
    def _layout(self) -> None:
        self.quarters = self.grid.quarters()
        self.months = list(self.grid.months)
        self.month_col = {m: FROZEN + i for i, m in enumerate(self.months)}

    def set_grid(self, grid: BudgetGrid) -> None:
        """Show a freshly loaded grid (after a structural change)."""
        self.beginResetModel()
        self.grid = grid
        self._layout()
        self.endResetModel()

    def set_layers(self, layers: tuple[str, ...]) -> None:
        """Show planned, actual or both (each line then takes two rows)."""
        self.beginResetModel()
        self.layers = tuple(layers)
        self.endResetModel()

    def line_rows(self) -> int:
        """Rows taken by budget lines (without the totals rows)."""
        return len(self.grid.lines) * len(self.layers)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.line_rows() + len(self.layers)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FROZEN + len(self.months) + len(self.quarters) + 1

    def where(self, row: int) -> tuple[dict | None, str]:
        """(line or None for a totals row, layer) of a model row."""
        count = len(self.layers)
        if row >= self.line_rows():
            return None, self.layers[row - self.line_rows()]
        return self.grid.lines[row // count], self.layers[row % count]

    def month_of(self, column: int) -> str | None:
        """The month of a column, or None."""
        index = column - FROZEN
        return self.months[index] if 0 <= index < len(self.months) else None

    def row_of(self, line_id: str, layer: str | None = None) -> int:
        """First model row of a line (in *layer* when shown), or -1."""
        for number, line in enumerate(self.grid.lines):
            if line["id"] == line_id:
                offset = self.layers.index(layer) if layer in self.layers else 0
                return number * len(self.layers) + offset
        return -1

    # -- showing ---------------------------------------------------------------
    def amount(self, value: float | None) -> str:
        """An amount with grouping, no decimals for whole numbers; '' for empty."""
        if value is None:
            return ""
        if float(value).is_integer():
            return self.locale.toString(int(value))
        return self.locale.toString(float(value), "f", 2)

    def _value(self, line: dict | None, layer: str, column: int) -> float | None:
        month = self.month_of(column)
        if month is not None:
            if line is None:
                return self.grid.month_totals[layer].get(month, 0.0)
            return self.grid.value(line["id"], month, layer)
        quarter = column - FROZEN - len(self.months)
        line_id = line["id"] if line else None
        if quarter < len(self.quarters):
            return self.grid.quarter_total(self.quarters[quarter][1], layer, line_id)
        return self.grid.grand[layer] if line is None else self.grid.line_totals[layer].get(line_id, 0.0)

    def _line_text(self, line: dict, column: int) -> str:
        field = LINE_COLUMNS[column]
        if field == "channel_id":
            return (self.grid.channel_by_id.get(line["channel_id"]) or {}).get("name") or ""
        if field == "campaign_id":
            return (self.grid.campaigns.get(line["campaign_id"]) or {}).get("name") or ""
        return line.get(field) or ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        line, layer = self.where(index.row())
        column = index.column()
        if column < FROZEN:
            return self._frozen_data(line, layer, index.row(), column, role)
        if role == Qt.DisplayRole:
            return self.amount(self._value(line, layer, column))
        if role == Qt.EditRole:
            value = self._value(line, layer, column)
            return "" if value is None else str(int(value)) if float(value).is_integer() else repr(float(value))
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and (line is None or self.month_of(column) is None):
            return self.bold
        month = self.month_of(column)
        if line is None:
            return QBrush(TOTALS) if role == Qt.BackgroundRole else None
        if role in (Qt.BackgroundRole, Qt.ToolTipRole) and month is not None:
            return self._flag(line, month, layer, role)
        if role == Qt.BackgroundRole and layer == "actual" and len(self.layers) > 1:
            return QBrush(ACTUAL_ROW)
        return None

    def _frozen_data(self, line, layer, row, column, role):
        if line is None:
            if role == Qt.DisplayRole and column == 0:
                return self.tr("Total actual") if layer == "actual" else self.tr("Total planned")
            if role == Qt.FontRole:
                return self.bold
            return QBrush(TOTALS) if role == Qt.BackgroundRole else None
        first = row % len(self.layers) == 0
        if role in (Qt.DisplayRole, Qt.EditRole):
            if not first:
                return self.tr("actual") if column == 0 else ""
            if role == Qt.EditRole and LINE_COLUMNS[column] in ("channel_id", "campaign_id"):
                return line.get(LINE_COLUMNS[column]) or ""
            return self._line_text(line, column)
        if role == Qt.ToolTipRole and first:
            if LINE_COLUMNS[column] == "owner" and not (line.get("owner") or "").strip():
                return self.tr("This budget line has no owner.")
            return self._line_text(line, column) or None
        if role == Qt.BackgroundRole and first and LINE_COLUMNS[column] == "owner":
            return QBrush(NO_OWNER) if not (line.get("owner") or "").strip() else None
        return None

    def _flag(self, line: dict, month: str, layer: str, role):
        grid = self.grid
        if grid.is_off_plan(line["id"], month):
            if role == Qt.BackgroundRole:
                return QBrush(OFF_PLAN)
            variance = grid.variance_pct(line["id"], month)
            planned = grid.value(line["id"], month, "planned") or 0.0
            actual = grid.value(line["id"], month, "actual")
            threshold = f"{grid.settings.get('variance_threshold_pct'):g}"
            if planned == 0:
                return self.tr("Actual {actual} against no plan (limit ±{limit} %).").format(
                    actual=self.amount(actual), limit=threshold
                )
            return self.tr("Actual {actual} is {pct} % off plan {planned} (limit ±{limit} %).").format(
                actual=self.amount(actual), pct=f"{variance:+.0f}", planned=self.amount(planned), limit=threshold
            )
        if grid.outside_campaign(line["id"], month):
            if role == Qt.BackgroundRole:
                return QBrush(OUTSIDE_CAMPAIGN)
            campaign = grid.campaigns[line["campaign_id"]]
            return self.tr("Outside the campaign “{name}” ({start} – {end}).").format(
                name=campaign.get("name") or "",
                start=campaign.get("start_date") or "…",
                end=campaign.get("end_date") or "…",
            )
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            line, layer = self.where(section)
            if line is None:
                return "Σ"
            return str(section // len(self.layers) + 1) if section % len(self.layers) == 0 else ""
        if section < FROZEN:
            return (self.tr("Channel"), self.tr("Sub-channel"), self.tr("Campaign"), self.tr("Owner"), self.tr("Note"))[
                section
            ]
        month = self.month_of(section)
        if month is not None:
            return month
        quarter = section - FROZEN - len(self.months)
        if quarter < len(self.quarters):
            return self.quarters[quarter][0].replace("-", " ")
        return self.tr("Total")

    def flags(self, index):
        base = super().flags(index)
        line, layer = self.where(index.row())
        if self.read_only or line is None:
            return base
        if index.column() < FROZEN:
            first = index.row() % len(self.layers) == 0
            return base | Qt.ItemIsEditable if first else base
        return base | Qt.ItemIsEditable if self.month_of(index.column()) else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or not (self.flags(index) & Qt.ItemIsEditable):
            return False
        line, layer = self.where(index.row())
        if index.column() < FROZEN:
            field = LINE_COLUMNS[index.column()]
            old = line.get(field)
            new = value if field not in ("channel_id", "campaign_id") else (value or None)
            if (old or "") == (new or ""):
                return False
            return self.edit_line(line["id"], field, old, new)
        month = self.month_of(index.column())
        if str(self.data(index, Qt.EditRole)) == str(value).strip():
            return False
        return self.edit_cells([(line["id"], month, layer, value)])

    # -- following changes -----------------------------------------------------
    def apply_cells(self, cells) -> None:
        """Apply stored (line id, month, planned, actual) and repaint the
        cells, their line and quarter totals and the totals rows."""
        grew = any(month not in self.month_col for _, month, _, _ in cells)
        for line_id, month, planned, actual in cells:
            self.grid.apply_cell(line_id, month, planned, actual)
        if grew:
            self.set_grid(self.grid)
            return
        last = self.columnCount() - 1
        for line_id in dict.fromkeys(c[0] for c in cells):
            row = self.row_of(line_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, FROZEN), self.index(row + len(self.layers) - 1, last))
        totals = self.line_rows()
        self.dataChanged.emit(self.index(totals, FROZEN), self.index(self.rowCount() - 1, last))
