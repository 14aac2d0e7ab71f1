"""Table model of the budget matrix: a thin adapter over a BudgetGrid.

Columns: channel, sub-channel, campaign, owner, note (the frozen part),
one column per month, one per quarter, and the line total. Rows: each
budget line once per shown layer (planned, actual or both), then a totals
row per layer. Edits go to ``edit_cells`` / ``edit_line`` callbacks that push
undo commands; the model never writes the file."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.budget.grid import BudgetGrid
from app.views.common.locale_format import locale

LINE_COLUMNS = ("channel_id", "sub_channel", "campaign_id", "owner", "note")
FROZEN = len(LINE_COLUMNS)
OFF_PLAN = QColor("#F8D7D3")
OUTSIDE_CAMPAIGN = QColor("#FBE7C6")
NO_OWNER = QColor("#FFF4CC")
TOTALS = QColor("#EEF1F4")
ACTUAL_ROW = QColor("#F7F9FB")
DISPLAY, EDIT, TOOLTIP = int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.ToolTipRole)
FONT, ALIGN, BACKGROUND = int(Qt.FontRole), int(Qt.TextAlignmentRole), int(Qt.BackgroundRole)
ROLES = frozenset((DISPLAY, EDIT, TOOLTIP, FONT, ALIGN, BACKGROUND))
CHANGED_ROLES = [DISPLAY, EDIT, TOOLTIP, BACKGROUND]  # what an amount changes (never font or alignment)
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
READ_ONLY = Qt.ItemIsSelectable | Qt.ItemIsEnabled | Qt.ItemNeverHasChildren
EDITABLE = READ_ONLY | Qt.ItemIsEditable


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
        self.brushes = {
            "off_plan": QBrush(OFF_PLAN),
            "outside": QBrush(OUTSIDE_CAMPAIGN),
            "no_owner": QBrush(NO_OWNER),
            "totals": QBrush(TOTALS),
            "actual": QBrush(ACTUAL_ROW),
        }
        self._layout()

    # -- shape ---------------------------------------------------------------
    def _layout(self) -> None:
        self.layer_count = len(self.layers)
        self.line_count = len(self.grid.lines) * self.layer_count
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
        self._layout()
        self.endResetModel()

    def line_rows(self) -> int:
        """Rows taken by budget lines (without the totals rows)."""
        return self.line_count

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.line_rows() + len(self.layers)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FROZEN + len(self.months) + len(self.quarters) + 1

    def where(self, row: int) -> tuple[dict | None, str]:
        """(line or None for a totals row, layer) of a model row."""
        count = self.layer_count
        if row >= self.line_count:
            return None, self.layers[row - self.line_count]
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

    def data(self, index, role=DISPLAY):
        # Called thousands of times per repaint: roles are compared as plain
        # ints and unused roles leave at once (Qt enum lookups cost µs each).
        if role not in ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        line, layer = self.where(row)
        if column < FROZEN:
            return self._frozen_data(line, layer, row, column, role)
        if role == DISPLAY:
            return self.amount(self._value(line, layer, column))
        if role == ALIGN:
            return RIGHT
        if role == EDIT:
            value = self._value(line, layer, column)
            return "" if value is None else str(int(value)) if float(value).is_integer() else repr(float(value))
        month = self.month_of(column)
        if role == FONT:
            return self.bold if line is None or month is None else None
        if line is None:
            return self.brushes["totals"] if role == BACKGROUND else None
        if month is not None:
            flagged = self._flag(line, month, layer, role)
            if flagged is not None:
                return flagged
        if role == BACKGROUND and layer == "actual" and self.layer_count > 1:
            return self.brushes["actual"]
        return None

    def _frozen_data(self, line, layer, row, column, role):
        if line is None:
            if role == DISPLAY and column == 0:
                return self.tr("Total actual") if layer == "actual" else self.tr("Total planned")
            if role == FONT:
                return self.bold
            return self.brushes["totals"] if role == BACKGROUND else None
        first = row % self.layer_count == 0
        if role == DISPLAY or role == EDIT:
            if not first:
                return self.tr("actual") if column == 0 else ""
            if role == EDIT and LINE_COLUMNS[column] in ("channel_id", "campaign_id"):
                return line.get(LINE_COLUMNS[column]) or ""
            return self._line_text(line, column)
        if role == TOOLTIP and first:
            if LINE_COLUMNS[column] == "owner" and not (line.get("owner") or "").strip():
                return self.tr("This budget line has no owner.")
            return self._line_text(line, column) or None
        if role == BACKGROUND and first and LINE_COLUMNS[column] == "owner":
            return self.brushes["no_owner"] if not (line.get("owner") or "").strip() else None
        return None

    def _flag(self, line: dict, month: str, layer: str, role):
        if role != BACKGROUND and role != TOOLTIP:
            return None
        grid = self.grid
        flag = grid.cell_flag(line["id"], month)  # remembered per cell: most cells have none
        if flag is None:
            return None
        if flag == "off_plan":
            if role == BACKGROUND:
                return self.brushes["off_plan"]
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
        if flag == "outside":
            if role == BACKGROUND:
                return self.brushes["outside"]
            campaign = grid.campaigns[line["campaign_id"]]
            return self.tr("Outside the campaign “{name}” ({start} – {end}).").format(
                name=campaign.get("name") or "",
                start=campaign.get("start_date") or "…",
                end=campaign.get("end_date") or "…",
            )
        return None

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY:
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
            return month_label(month)
        quarter = section - FROZEN - len(self.months)
        if quarter < len(self.quarters):
            return self.quarters[quarter][0].replace("-", " ")
        return self.tr("Total")

    def flags(self, index):
        row, column = index.row(), index.column()
        if self.read_only or row >= self.line_count or not index.isValid():
            return READ_ONLY
        if column < FROZEN:
            return EDITABLE if row % self.layer_count == 0 else READ_ONLY
        return EDITABLE if column - FROZEN < len(self.months) else READ_ONLY

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != EDIT or not index.isValid() or self.flags(index) != EDITABLE:
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
        if str(self.data(index, EDIT)) == str(value).strip():
            return False
        return self.edit_cells([(line["id"], month, layer, value)])

    # -- following changes -----------------------------------------------------
    def apply_cells(self, cells) -> None:
        """Apply stored (line id, month, planned, actual) and repaint only what
        changed: the cells (every shown layer: a planned amount colours the
        actual cell too), their lines' quarter and total cells, and in the
        totals rows the same months, quarters and the grand total."""
        grew = any(month not in self.month_col for _, month, _, _ in cells)
        self.grid.apply_cells(cells)
        if grew:
            self.set_grid(self.grid)
            return
        months = {self.month_col[month] for _, month, _, _ in cells}
        first_sum, last = FROZEN + len(self.months), self.columnCount() - 1
        firsts = [self.row_of(line_id) for line_id in dict.fromkeys(c[0] for c in cells)]
        firsts = [row for row in firsts if row >= 0] + [self.line_rows()]  # and the totals rows, one per layer
        rows = sorted({row + offset for row in firsts for offset in range(len(self.layers))})
        column_spans = _spans(sorted(months)) + [(first_sum, last)]
        for top, bottom in _spans(rows):
            for left, right in column_spans:
                self.dataChanged.emit(self.index(top, left), self.index(bottom, right), CHANGED_ROLES)


def _spans(columns: list[int]) -> list[tuple[int, int]]:
    """Runs of adjacent numbers (rows or columns) as (first, last): a pasted
    block is one rectangle to repaint, not a cell each."""
    spans: list[tuple[int, int]] = []
    for column in columns:
        if spans and spans[-1][1] == column - 1:
            spans[-1] = (spans[-1][0], column)
        else:
            spans.append((column, column))
    return spans


def month_label(month: str) -> str:
    """A "YYYY-MM" month as a column header in the interface language:
    "Jan 2027", "2027年1月"."""
    from PySide6.QtCore import QCoreApplication, QDate

    year, number = (int(part) for part in month.split("-"))
    # a QDate format; Chinese: "yyyy年M月"
    return locale().toString(QDate(year, number, 1), QCoreApplication.translate("BudgetGridModel", "MMM yyyy"))
