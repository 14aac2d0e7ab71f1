"""The value-tier table: a thin item model over tier_service, its buttons
and the running total of customer shares."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.personas.rules import SHARE_TOLERANCE, pct, share_total
from app.services.personas import tiers as tier_service
from app.views.common.field_widgets import EmptyViewHint, fit_rows_to_columns
from app.views.common.plan_document import PlanDocument
from app.views.personas.tier_commands import (
    AddStandardTiersCommand,
    AddTierCommand,
    DeleteTierCommand,
    EditTierCommand,
    MoveTierCommand,
)

COLUMNS = tier_service.FIELDS  # name, customer %, revenue %, service level, response time


class TierModel(QAbstractTableModel):
    """Rows are value tiers in order; edits go through undo commands."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.rows: list[dict] = []
        self.reload()

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (
            self.tr("Tier"),
            self.tr("Customers %"),
            self.tr("Revenue %"),
            self.tr("Service level"),
            self.tr("Response time"),
        )

    def reload(self) -> None:
        """Re-read the tiers from the plan."""
        self.beginResetModel()
        self.rows = tier_service.list_tiers(self.document.plan)
        self.endResetModel()

    def refresh_rows(self, ids) -> None:
        """Re-read changed rows in place (keeps selection and editors)."""
        fresh = {r["id"]: r for r in tier_service.list_tiers(self.document.plan)}
        for row, current in enumerate(self.rows):
            if current["id"] in ids and current["id"] in fresh:
                self.rows[row] = fresh[current["id"]]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        field = COLUMNS[index.column()]
        value = self.rows[index.row()][field]
        if field in tier_service.SHARE_FIELDS:
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignRight | Qt.AlignVCenter)
            if role == Qt.DisplayRole:
                return "" if value is None else f"{pct(value)} %"
            if role == Qt.EditRole:
                return "" if value is None else pct(value)
            return None
        if role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return value
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.headers()[section] if orientation == Qt.Horizontal else str(section + 1)
        return None

    def flags(self, index):
        base = super().flags(index)
        return base if self.document.read_only else base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        field = COLUMNS[index.column()]
        if str(value) == str(self.data(index, Qt.EditRole)):
            return False
        return self.document.execute(EditTierCommand(self.document, row["id"], field, row[field], value))

    def row_of(self, tier_id: str) -> int:
        """Row number of a tier id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == tier_id), -1)


class TierPanel(QWidget):
    """Add, edit, delete and reorder value tiers; shows whether the shares
    of customers add up to 100 %."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = TierModel(document, self)
        self.table = QTableView(self)
        self.table.setObjectName("value-tiers")
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No value tiers yet.")
            if document.read_only
            else self.tr(
                "No value tiers yet. Click Add the standard four tiers to start from a common set, or Add tier."
            ),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeToContents,
                QHeaderView.ResizeToContents,
                QHeaderView.ResizeToContents,
                QHeaderView.Stretch,
                QHeaderView.Interactive,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(4, 160)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(26)
        fit_rows_to_columns(self.table)
        self.standard_button = QPushButton(self.tr("Add the standard four tiers"), self)
        self.add_button = QPushButton(self.tr("Add tier"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("tier-total")
        buttons = QHBoxLayout()
        for button in (self.standard_button, self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
            button.setEnabled(not document.read_only)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.standard_button.clicked.connect(self.add_standard)
        self.add_button.clicked.connect(self.add_tier)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.refresh_total()

    def selected_row(self) -> int:
        """Selected row number, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_id(self, tier_id: str, column: int = 0) -> None:
        """Select and show a tier by id."""
        row = self.model.row_of(tier_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.scrollTo(self.model.index(row, column))

    def add_standard(self) -> None:
        """Append diamond / core / potential / basic (one undo step)."""
        self.document.execute(AddStandardTiersCommand(self.document))

    def add_tier(self) -> None:
        """Add an empty tier after the selection and start editing its name."""
        row = self.selected_row()
        command = AddTierCommand(self.document, row + 1 if row >= 0 else self.model.rowCount())
        if self.document.execute(command):
            self.select_id(command.tier_id)
            self.table.edit(self.model.index(self.model.row_of(command.tier_id), 0))

    def remove_selected(self) -> None:
        """Delete the selected tier."""
        row = self.selected_row()
        if row >= 0:
            self.document.execute(DeleteTierCommand(self.document, self.model.rows[row]["id"]))

    def move_selected(self, step: int) -> None:
        """Move the selected tier up (-1) or down (+1)."""
        row, target = self.selected_row(), self.selected_row() + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        tier_id = self.model.rows[row]["id"]
        if self.document.execute(MoveTierCommand(self.document, tier_id, row, target)):
            self.select_id(tier_id)

    def on_change(self, change) -> None:
        """Follow a committed change of the tier table."""
        selected = self.model.rows[self.selected_row()]["id"] if self.selected_row() >= 0 else None
        if change.structure:
            self.model.reload()
            if selected:
                self.select_id(selected)
        else:
            self.model.refresh_rows(change.ids)
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
