"""The value-tier table: a thin item model over tier_service, its buttons
and the running total of customer shares."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout

from app.models.personas.rules import SHARE_TOLERANCE, pct, share_total
from app.services.personas import tiers as tier_service
from app.views.common.canvas_editor import PlanWidget
from app.views.common.label_table import LabelTable
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import RowActions, set_up_table
from app.views.common.rows_model import Column, RowsTableModel
from app.views.common.widgets.field_widgets import EmptyViewHint, fit_rows_to_columns
from app.views.personas.tier_commands import TIERS, AddStandardTiersCommand, EditTierCommand

COLUMNS = tier_service.FIELDS  # name, customer %, revenue %, service level, response time
HEADERS = LabelTable("TierModel", {
    "name": QT_TRANSLATE_NOOP("TierModel", "Tier"),
    "customer_share_pct": QT_TRANSLATE_NOOP("TierModel", "Customers %"),
    "revenue_share_pct": QT_TRANSLATE_NOOP("TierModel", "Revenue %"),
    "service_level": QT_TRANSLATE_NOOP("TierModel", "Service level"),
    "response_time": QT_TRANSLATE_NOOP("TierModel", "Response time"),
})


def _share(value, _row) -> str:
    return "" if value is None else f"{pct(value)} %"


def _share_edit(value, _row):
    return "" if value is None else pct(value)


def _column(key: str) -> Column:
    header = partial(HEADERS.text, key)
    if key in tier_service.SHARE_FIELDS:
        return Column(
            key, header, kind="number", align_right=True, formatter=_share, edit_value=_share_edit, tooltip=False
        )
    return Column(key, header)


class TierModel(RowsTableModel):
    """Rows are value tiers in order; edits go through undo commands."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, [_column(key) for key in COLUMNS], tier_service.list_tiers, parent=parent)

    def unchanged(self, column: Column, old, value) -> bool:
        return str(value) == str(column.edit_value(old, {}) if column.edit_value else old)

    def edit_command(self, row: dict, key: str, old, new):
        return EditTierCommand(self.document, row["id"], key, old, new)


class TierPanel(RowActions, PlanWidget):
    """Add, edit, delete and reorder value tiers; shows whether the shares
    of customers add up to 100 %."""

    row_commands, current_follows_select = TIERS, True
    add_tier = RowActions.add_row

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.model = TierModel(document, self)
        fit = QHeaderView.ResizeToContents
        modes = (fit, fit, fit, QHeaderView.Stretch, QHeaderView.Interactive)
        self.table = set_up_table(QTableView(self), self.model, "value-tiers", modes=modes)
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No value tiers yet."),
            self.tr(
                "No value tiers yet. Click Add the standard four tiers to start from a common set, or Add tier."
            ),
            document.read_only,
        )
        self.table.horizontalHeader().resizeSection(4, 160)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(26)
        fit_rows_to_columns(self.table)
        self.standard_button = QPushButton(self.tr("Add the standard four tiers"), self)
        self.standard_button.setEnabled(not document.read_only)
        self.standard_button.clicked.connect(self.add_standard)
        self.total_label = QLabel(self, objectName="tier-total")
        buttons = self.add_buttons(self.tr("Add tier"), self.tr("Remove"))
        buttons.insertWidget(0, self.standard_button)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh_total()

    def add_standard(self) -> None:
        """Append diamond / core / potential / basic (one undo step)."""
        self.document.execute(AddStandardTiersCommand(self.document))

    def on_change(self, change) -> None:
        """Follow a committed change of the tier table."""
        self.follow_change(change)
        self.refresh_total()

    def refresh_total(self) -> None:
        """Show the total share of customers; red when it is not 100 %."""
        rows = self.model.rows
        self.standard_button.setVisible(not rows)
        if not rows:
            self.total_label.setText("")
            return
        total = share_total(r["customer_share_pct"] for r in rows)
        good = abs(total - 100) <= SHARE_TOLERANCE
        text = self.tr("Customers total: %s %%") % pct(total)
        revenues = [r["revenue_share_pct"] for r in rows]
        if any(v is not None for v in revenues):
            revenue = share_total(revenues)
            good = good and abs(revenue - 100) <= SHARE_TOLERANCE
            text += " · " + self.tr("Revenue total: %s %%") % pct(revenue)
        self.total_label.setText(text)
        self.total_label.setStyleSheet("" if good else "color:#B3261E;font-weight:bold;")
