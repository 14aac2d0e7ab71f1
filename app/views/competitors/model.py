"""Table model of the competitors: a thin QAbstractItemModel adapter over
competitor_service; every cell edit is an undo command."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.competitors import rules
from app.services.competitors import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.competitors.commands import EditCompetitorCommand

COLUMNS = (
    "name",
    "is_own_brand",
    "positioning",
    "price_level",
    "main_channels",
    "strengths",
    "weaknesses",
    "market_share_pct",
    "price_score",
    "quality_score",
    "innovation_score",
    "reach_score",
    "custom_x_score",
    "custom_y_score",
    "strategy",
    "recent_moves",
)
NUMBER_COLUMNS = frozenset(("market_share_pct", *rules.SCORE_FIELDS))
OWN_ROW_BRUSH = QColor("#EAF3EE")


def format_value(value) -> str:
    """A number as typed back ('12.5', '8'); blank for None."""
    return "" if value is None else f"{value:g}"


class CompetitorModel(QAbstractTableModel):
    """Rows are competitors in order; one column per field. Axis columns of
    custom scores are titled with the plan's custom axis names."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.rows: list[dict] = []
        self.axes = svc.get_axes(document.plan)
        self.reload()

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable; custom score columns use the axis names)."""
        custom_x = self.axes.x_label.strip() or self.tr("Custom X")
        custom_y = self.axes.y_label.strip() or self.tr("Custom Y")
        return (
            self.tr("Name"),
            self.tr("Our brand"),
            self.tr("Positioning"),
            self.tr("Price level"),
            self.tr("Main channels"),
            self.tr("Strengths"),
            self.tr("Weaknesses"),
            self.tr("Share %"),
            self.tr("Price"),
            self.tr("Quality"),
            self.tr("Innovation"),
            self.tr("Reach"),
            custom_x,
            custom_y,
            self.tr("Strategy"),
            self.tr("Recent moves"),
        )

    def reload(self, rows: list[dict] | None = None) -> None:
        """Re-read every competitor (or take *rows* already read)."""
        self.beginResetModel()
        self.rows = svc.list_competitors(self.document.plan) if rows is None else rows
        self.endResetModel()

    def refresh_rows(self, fresh: list[dict], ids: tuple[str, ...]) -> None:
        """Take changed rows from *fresh* in place, keeping selection and editors."""
        by_id = {r["id"]: r for r in fresh}
        for row, current in enumerate(self.rows):
            if current["id"] in ids and current["id"] in by_id:
                self.rows[row] = by_id[current["id"]]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_axes(self, axes: svc.Axes) -> None:
        """New axis names: the custom score column titles follow them."""
        self.axes = axes
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        field = COLUMNS[index.column()]
        value = row[field]
        if field == "is_own_brand":
            return (Qt.Checked if value else Qt.Unchecked) if role == Qt.CheckStateRole else None
        if role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return format_value(value) if field in NUMBER_COLUMNS else value
        if role == Qt.TextAlignmentRole and field in NUMBER_COLUMNS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and row["is_own_brand"]:
            return QBrush(OWN_ROW_BRUSH)
        if role == Qt.FontRole and row["is_own_brand"] and field == "name":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.headers()[section] if orientation == Qt.Horizontal else str(section + 1)
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.document.read_only or not index.isValid():
            return base
        if COLUMNS[index.column()] == "is_own_brand":
            return base | Qt.ItemIsUserCheckable
        return base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        field = COLUMNS[index.column()]
        if field == "is_own_brand":
            if role != Qt.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        elif role != Qt.EditRole:
            return False
        elif field in NUMBER_COLUMNS:
            if format_value(row[field]) == str(value).strip():
                return False
        elif row[field] == value:
            return False
        command = EditCompetitorCommand(self.document, row["id"], field, row[field], value)
        return self.document.execute(command)

    def row_of(self, competitor_id: str) -> int:
        """Row number of a competitor id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == competitor_id), -1)
