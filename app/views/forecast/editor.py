"""The Forecast & ROI canvas: per channel, the inputs (spend override, CAC,
conversion rate, order value, margin, repeat purchases) and what they give
(customers, revenue, gross profit, ROI, LTV, LTV/CAC), with a totals row.
It follows the budget: any change of budget lines, cells or channels
recomputes the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import set_up_table
from app.views.common.widgets.field_widgets import editor_layout
from app.views.forecast.model import INPUT_FIELD, KEYS, ForecastModel

FOLLOWED_TABLES = {"forecast_assumption", "budget_cell", "budget_line", "channel", "plan"}


class ForecastEditor(CanvasEditor):
    """Table editor of the forecast; every input edit is one undo step."""

    follows_all_changes = True  # the budget canvas changes what this one shows

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        layout, self.banner = editor_layout(self, "forecast-banner", self.tr("Forecast & ROI per channel"))
        self.model = ForecastModel(document, self)
        fit = QHeaderView.ResizeToContents  # channel names whole; scrolls when narrow
        self.table = set_up_table(
            QTableView(self), self.model, "forecast", fit, rows=False, numbers=False, edit_on_type=True
        )
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Add channels in Budget › Summary › Channels and budget lines on the Budget canvas; each channel "
                "gets a row here."
            ),
            self,
            wordWrap=True,
        )
        layout.addWidget(self.empty)
        self.help = QLabel(self._help_text(), self, objectName="forecast-help")
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color:#555;")
        layout.addWidget(self.help)
        self._update_empty()

    def _help_text(self) -> str:
        return self.tr(
            "Spend comes from the channel's planned budget unless you type an override (clear it to go back). "
            "Customers = spend ÷ CAC; revenue = customers × order value × (1 + repeat purchases); "
            "gross profit = revenue × margin; ROI = (gross profit − spend) ÷ spend; "
            "LTV = order value × (1 + repeat purchases) × margin. LTV/CAC under 3 is flagged. "
            "Cost per visit = CAC × conversion rate (the click price this CAC implies). "
            "A figure whose inputs are missing stays blank (—); hover it to see why."
        )

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    # -- following the plan -----------------------------------------------------
    def on_change(self, change) -> None:
        """Recompute when forecast inputs, the budget or channels changed."""
        if change.table not in FOLLOWED_TABLES and change.canvas != "forecast":
            return
        current = self.table.currentIndex()
        channel = (
            self.model.rows[current.row()].channel_id
            if current.isValid() and current.row() < len(self.model.rows)
            else None
        )
        self.model.reload()
        self._update_empty()
        if channel:
            self.select(channel, current.column())
        if change.canvas == "forecast":
            self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused: say why in the banner; the table shows stored values."""
        self.show_message(message)
        self.model.reload()

    def show_message(self, text: str) -> None:
        """Show (or clear) the banner."""
        self.banner.say(text)
        self.message.emit(text)

    def select(self, channel_id: str, column: int = 0) -> None:
        """Select a channel's cell in *column*."""
        row = self.model.row_of(channel_id)
        if row >= 0:
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the cell of *field* for channel *item_id* (Problems panel)."""
        key = next((k for k, f in INPUT_FIELD.items() if f == field), "channel")
        self.select(item_id, KEYS.index(key))
        self.table.setFocus(Qt.OtherFocusReason)
