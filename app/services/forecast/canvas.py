"""The Forecast & KPIs canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import forecast as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(("KPIs", (("kpi", "KPIs"),)),),
    tables=("forecast_assumption", "kpi"),
    key="forecast",
    package=package,
    rule_providers=lambda code: [code.service.forecast_findings, code.kpis.kpi_findings],
    parts=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
)
