"""Undo commands of the Forecast & ROI and KPI canvases. Each calls
forecast_service or kpi_service and returns the Change it committed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument


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


class AddKpiCommand(PlanCommand):
    """Add a KPI (same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, index: int, values: dict | None = None):
        super().__init__(document, QCoreApplication.translate("ForecastCommands", "Add KPI"))
        self.index, self.values, self.kpi_id = index, dict(values or {}), None

    def do(self) -> Change:
        change = kpi_service.add_kpi(self.document.plan, self.values, self.index, self.kpi_id)
        self.kpi_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return kpi_service.delete_kpi(self.document.plan, self.kpi_id)[0]


class DeleteKpiCommand(PlanCommand):
    """Delete a KPI; undo puts it back where it was, with every field."""

    def __init__(self, document: PlanDocument, kpi_id: str):
        super().__init__(document, QCoreApplication.translate("ForecastCommands", "Delete KPI"))
        self.kpi_id, self.row, self.index = kpi_id, None, 0

    def do(self) -> Change:
        change, self.row, self.index = kpi_service.delete_kpi(self.document.plan, self.kpi_id)
        return change

    def undo_change(self) -> Change:
        return kpi_service.restore_kpi(self.document.plan, self.row, self.index)


class MoveKpiCommand(PlanCommand):
    """Move a KPI up or down the scorecard."""

    def __init__(self, document: PlanDocument, kpi_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("ForecastCommands", "Move KPI"))
        self.kpi_id, self.old_index, self.new_index = kpi_id, old_index, new_index

    def do(self) -> Change:
        return kpi_service.move_kpi(self.document.plan, self.kpi_id, self.new_index)

    def undo_change(self) -> Change:
        return kpi_service.move_kpi(self.document.plan, self.kpi_id, self.old_index)


class EditKpiCommand(PlanCommand):
    """Edit one field of a KPI (one cell edit)."""

    def __init__(self, document: PlanDocument, kpi_id: str, field: str, old, new):
        super().__init__(document, QCoreApplication.translate("ForecastCommands", "Edit KPI"))
        self.kpi_id, self.field, self.old, self.new = kpi_id, field, old, new

    def do(self) -> Change:
        return kpi_service.update_kpi(self.document.plan, self.kpi_id, self.field, self.new)

    def undo_change(self) -> Change:
        return kpi_service.update_kpi(self.document.plan, self.kpi_id, self.field, self.old)
