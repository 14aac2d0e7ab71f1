"""Table models of one campaign's phases and milestones (detail panel);
each cell edit is an undo command through calendar_service."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt

from app.views.calendar import commands
from app.views.calendar.labels import kind_label
from app.views.common.locale_format import format_date
from app.views.common.plan_document import PlanDocument

DATE_FIELDS = ("start_date", "end_date", "date")


class CampaignPartsModel(QAbstractTableModel):
    """Rows are the phases (or tied milestones) of the shown campaign."""

    def __init__(self, document: PlanDocument, part: str, parent=None):
        super().__init__(parent)
        self.document, self.part = document, part  # part: "phases" or "milestones"
        phase_columns = ("kind", "name", "start_date", "end_date", "description")
        self.columns = phase_columns if part == "phases" else ("name", "date")
        self.rows: list[dict] = []

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        titles = {
            "kind": self.tr("Kind"),
            "name": self.tr("Name"),
            "start_date": self.tr("Start"),
            "end_date": self.tr("End"),
            "date": self.tr("Date"),
            "description": self.tr("What it does"),
        }
        return tuple(titles[c] for c in self.columns)

    def set_rows(self, rows: list[dict]) -> None:
        """Show these phases or milestones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        field = self.columns[index.column()]
        value = self.rows[index.row()][field]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if field == "kind":
                return kind_label(value)
            if field in DATE_FIELDS:
                return format_date(value) if value else ""
            return value
        if role == Qt.EditRole:
            if field in DATE_FIELDS:
                return QDate.fromString(value, Qt.ISODate) if value else QDate()
            return value
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index):
        base = super().flags(index)
        return base if self.document.read_only else base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row, field = self.rows[index.row()], self.columns[index.column()]
        if isinstance(value, QDate):
            value = value.toString(Qt.ISODate) if value.isValid() else None
        if row[field] == value:
            return False
        edit = commands.edit_phase if self.part == "phases" else commands.edit_milestone
        return self.document.execute(edit(self.document, row, field, value))
