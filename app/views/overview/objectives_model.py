"""Table model of the plan's objectives: a thin adapter over
overview_service; edits go through undo commands."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.services.overview import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.overview.commands import EditObjectiveCommand

COLUMNS = ("text", "metric", "target")


class ObjectivesModel(QAbstractTableModel):
    """Rows are objectives in order; columns text, metric and target."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.rows: list[dict] = []
        self.reload()

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (self.tr("Objective"), self.tr("Metric"), self.tr("Target"))

    def reload(self) -> None:
        """Re-read objectives from the plan."""
        self.beginResetModel()
        self.rows = svc.list_objectives(self.document.plan)
        self.endResetModel()

    def refresh_rows(self, ids: tuple[str, ...]) -> None:
        """Re-read changed rows in place, keeping selection and editors."""
        fresh = {r["id"]: r for r in svc.list_objectives(self.document.plan)}
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
        if role in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole):
            return self.rows[index.row()][COLUMNS[index.column()]]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.headers()[section] if orientation == Qt.Horizontal else str(section + 1)
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.document.read_only:
            return base
        return base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        field = COLUMNS[index.column()]
        if row[field] == value:
            return False
        command = EditObjectiveCommand(self.document, row["id"], field, row[field], str(value))
        return self.document.execute(command)

    def row_of(self, objective_id: str) -> int:
        """Row number of an objective id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == objective_id), -1)
