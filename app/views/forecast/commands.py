"""Undo commands of the Forecast & ROI and KPI canvases. Each calls
forecast_service or kpi_service and returns the Change it committed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import RowCommands, values_adder

translate = QCoreApplication.translate


class SetForecastInputCommand(PlanCommand):
    """Set one forecast input of a channel. When the edit created the
    channel's assumption row, undo removes the row again."""

    def __init__(self, document: PlanDocument, channel_id: str, field: str, old, new):
        super().__init__(document, QCoreApplication.translate("ForecastCommands", "Edit forecast input"))
        self.channel_id, self.field, self.old, self.new = channel_id, field, old, new
        self.created: str | None = None

    def do(self) -> Change:
        change = forecast_service.set_input(self.document.plan, self.channel_id, self.field, self.new)
        self.created = change.extra.get("created")
        return change

    def undo_change(self) -> Change:
        if self.created:
            return forecast_service.remove_assumption(self.document.plan, self.created)
        return forecast_service.set_input(self.document.plan, self.channel_id, self.field, self.old)


KPIS = RowCommands(
    lambda: (translate("ForecastCommands", "Add KPI"), translate("ForecastCommands", "Delete KPI"),
             translate("ForecastCommands", "Move KPI"), translate("ForecastCommands", "Edit KPI")),
    add=values_adder(kpi_service.add_kpi),
    delete=kpi_service.delete_kpi, restore=kpi_service.restore_kpi, move=kpi_service.move_kpi,
    update=kpi_service.update_kpi,
)
AddKpiCommand, DeleteKpiCommand, MoveKpiCommand, EditKpiCommand = KPIS.add, KPIS.delete, KPIS.move, KPIS.edit
