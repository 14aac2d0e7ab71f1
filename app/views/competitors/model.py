"""Table model of the competitors: a thin QAbstractItemModel adapter over
competitor_service; every cell edit is an undo command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.competitors import rules
from app.services.competitors import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel
from app.views.competitors.commands import EditCompetitorCommand

# The table's columns, in order: the rules' fields, the own-brand tick after
# the name and the two long texts last.
COLUMNS = (
    "name", "is_own_brand", "positioning", "price_level", "main_channels", "strengths", "weaknesses",
    rules.SHARE_FIELD, *rules.SCORE_FIELDS, "strategy", "recent_moves",
)  # fmt: skip
NUMBER_COLUMNS = frozenset((rules.SHARE_FIELD, *rules.SCORE_FIELDS))
OWN_ROW_BRUSH = QColor("#EAF3EE")


def format_value(value) -> str:
    """A number as typed back ('12.5', '8'); blank for None."""
    return "" if value is None else f"{value:g}"


def _column(key: str) -> Column:
    if key == "is_own_brand":
        return Column(key, kind="check")
    if key in NUMBER_COLUMNS:
        return Column(key, kind="number", align_right=True, formatter=_number, edit_value=_number)
    return Column(key)


def _number(value, _row=None) -> str:
    return format_value(value)


class CompetitorModel(RowsTableModel):
    """Rows are competitors in order; one column per field. Axis columns of
    custom scores are titled with the plan's custom axis names."""

    def __init__(self, document: PlanDocument, parent=None):
        self.axes = svc.get_axes(document.plan)
        super().__init__(document, [_column(key) for key in COLUMNS], svc.list_competitors, parent=parent)

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

    def set_axes(self, axes: svc.Axes) -> None:
        """New axis names: the custom score column titles follow them."""
        self.axes = axes
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)

    def cell_data(self, row: dict, column: Column, role):
        if role == Qt.BackgroundRole and row["is_own_brand"]:
            return QBrush(OWN_ROW_BRUSH)
        if role == Qt.FontRole and row["is_own_brand"] and column.key == "name":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def unchanged(self, column: Column, old, value) -> bool:
        if column.kind == "number":
            return format_value(old) == str(value).strip()
        return super().unchanged(column, old, value)

    def edit_command(self, row: dict, key: str, old, new):
        return EditCompetitorCommand(self.document, row["id"], key, old, new)
