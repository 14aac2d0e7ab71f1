"""Table model of the Forecast & ROI canvas: one row per channel plus the
totals row; inputs are editable (through undo commands), figures are
computed by forecast_service and read-only. A blank figure shows "—" with
its reason as the tooltip; LTV/CAC under 3 is flagged in words and colour."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.money import money
from app.services.forecast import service as svc
from app.views.common.locale_format import format_number
from app.views.common.plan_document import PlanDocument
from app.views.forecast.commands import SetForecastInputCommand
from app.views.forecast.service_text import REASONS

# column key, decimals shown; inputs first, then computed figures
COLUMNS = (
    ("channel", 0), ("spend", 0), ("cac", 2), ("conversion_rate_pct", 1), ("avg_order_value", 2),
    ("gross_margin_pct", 1), ("repeat_purchases", 1), ("customers", 0), ("revenue", 0), ("gross_profit", 0),
    ("roi", 1), ("ltv", 2), ("ltv_cac", 2), ("cost_per_visit", 2),
)  # fmt: skip
KEYS = tuple(key for key, _ in COLUMNS)
INPUT_FIELD = {"spend": "spend_override", **{f: f for f in svc.INPUTS if f != "spend_override"}}
FIGURE_TINT = QColor("#F3F5F7")
FLAG_TINT = QColor("#FFE8B3")
NEGATIVE = QColor("#B3261E")
MONEY_SHOWN = ("spend", "revenue", "gross_profit")  # shown as 3,600万元 / CNY 36.0M (spend typed plain)


class ForecastModel(QAbstractTableModel):
    """Rows: channels in order, then the totals row."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.table: svc.ForecastTable | None = None
        self.currency, self.language = "CNY", "zh"
        self.reload()

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (
            self.tr("Channel"), self.tr("Spend"), self.tr("CAC"), self.tr("Conversion %"), self.tr("Order value"),
            self.tr("Gross margin %"), self.tr("Repeat purchases"), self.tr("Customers"), self.tr("Revenue"),
            self.tr("Gross profit"), self.tr("ROI %"), self.tr("LTV"), self.tr("LTV/CAC"), self.tr("Cost per visit"),
        )  # fmt: skip

    def reload(self) -> None:
        """Recompute the whole table from the plan (inputs and budget)."""
        self.beginResetModel()
        self.table = svc.forecast_table(self.document.plan)
        self.currency, self.language = svc.money_style(self.document.plan)
        self.endResetModel()

    @property
    def rows(self) -> list[svc.ChannelForecast]:
        """The channel rows (without the totals row)."""
        return self.table.rows if self.table else []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.rows else len(self.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def is_total(self, row: int) -> bool:
        """Whether *row* is the totals row."""
        return row == len(self.rows)

    def value(self, row: int, key: str):
        """The raw value of a cell (None when blank)."""
        if self.is_total(row):
            return self.table.totals.get(key)  # blended CAC in the CAC column
        forecast = self.rows[row]
        if key == "channel":
            return forecast.channel
        return forecast.figures[key] if key in forecast.figures else forecast.inputs.get(key)

    def reason(self, row: int, key: str) -> str:
        """Why a blank cell is blank (translated), or ""."""
        reasons = self.table.total_reasons if self.is_total(row) else self.rows[row].reasons
        return REASONS.text(reasons[key]) if key in reasons else ""

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        key, decimals = COLUMNS[column]
        value = self.value(row, key)
        if key == "channel":
            return self.tr("Total") if self.is_total(row) else value
        if value is None:
            return "—"
        if key in MONEY_SHOWN:
            return money(value, self.currency, self.language)
        if key == "roi":
            value *= 100
        shown = format_number(value, decimals)
        if key == "ltv_cac" and value < svc.LTV_CAC_FLOOR:
            return self.tr("%s (under 3)") % shown
        return shown

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        key = KEYS[column]
        total = self.is_total(row)
        if role == Qt.DisplayRole:
            return self.text(row, column)
        if role == Qt.EditRole:
            field = INPUT_FIELD.get(key)
            stored = None if total or not field else self.rows[row].inputs.get(field)
            return "" if stored is None else format_number(stored, 6).rstrip("0").rstrip(".")
        if role == Qt.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.TextAlignmentRole and column:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole:
            ratio = self.value(row, "ltv_cac")
            if key == "ltv_cac" and ratio is not None and ratio < svc.LTV_CAC_FLOOR:
                return QBrush(FLAG_TINT)
            if total or key not in INPUT_FIELD and column:
                return QBrush(FIGURE_TINT)
        if role == Qt.ForegroundRole and key == "roi" and (self.value(row, "roi") or 0) < 0:
            return QBrush(NEGATIVE)
        if role == Qt.FontRole:
            override = not total and key == "spend" and self.rows[row].spend_source == "override"
            if total or override:
                font = QFont()
                font.setBold(total)
                font.setItalic(override)
                return font
        return None

    def _tooltip(self, row: int, key: str) -> str:
        reason = self.reason(row, key)
        if reason:
            return reason
        if self.is_total(row):
            if key in ("cac", "ltv"):
                return self.tr(
                    "Blended over the channels with every input: spend ÷ customers (CAC), "
                    "gross profit ÷ customers (LTV)."
                )
            if self.table.covered < self.table.channels:
                return self.tr("Totals over {covered} of {channels} channels (those with every input).").format(
                    covered=self.table.covered, channels=self.table.channels
                )
            return ""
        forecast = self.rows[row]
        if key == "spend":
            planned = forecast.inputs.get("planned")
            budget = "—" if planned is None else format_number(planned)
            if forecast.spend_source == "override":
                return self.tr("Spend override (the budget plans {budget}); clear it to use the budget.").format(
                    budget=budget
                )
            return self.tr("Planned budget of the channel; type a figure to override it.")
        if key == "ltv_cac" and (self.value(row, key) or 99) < svc.LTV_CAC_FLOOR:
            return self.tr("Under 3: each customer earns back less than three times its acquisition cost.")
        return ""

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.headers()[section] if orientation == Qt.Horizontal else None
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.document.read_only or self.is_total(index.row()) or KEYS[index.column()] not in INPUT_FIELD:
            return base
        return base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or not self.flags(index) & Qt.ItemIsEditable:
            return False
        forecast = self.rows[index.row()]
        field = INPUT_FIELD[KEYS[index.column()]]
        old = forecast.inputs.get(field)
        if isinstance(value, str):
            value = value.strip()
        if self._same(old, value):
            return False
        new = None if value == "" else value
        command = SetForecastInputCommand(self.document, forecast.channel_id, field, old, new)
        return self.document.execute(command)

    @staticmethod
    def _same(old, value) -> bool:
        if value in ("", None):
            return old is None
        try:
            return old is not None and float(str(value).replace(",", "")) == old
        except ValueError:
            return False

    def row_of(self, channel_id: str) -> int:
        """Row of a channel id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.channel_id == channel_id), -1)
