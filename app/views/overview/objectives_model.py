"""Table model of the plan's objectives: a thin adapter over
overview_service; edits go through undo commands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.overview import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel
from app.views.overview.commands import EditObjectiveCommand

COLUMNS = (
    Column("text", lambda: QCoreApplication.translate("ObjectivesModel", "Objective")),
    Column("metric", lambda: QCoreApplication.translate("ObjectivesModel", "Metric")),
    Column("target", lambda: QCoreApplication.translate("ObjectivesModel", "Target")),
)


class ObjectivesModel(RowsTableModel):
    """Rows are objectives in order; columns text, metric and target."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, COLUMNS, svc.list_objectives, parent=parent)

    def edit_command(self, row: dict, key: str, old, new):
        return EditObjectiveCommand(self.document, row["id"], key, old, str(new))
