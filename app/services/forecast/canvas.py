"""The Forecast & KPIs canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.forecast.kpis import kpi_findings
    from app.services.forecast.service import forecast_findings

    return [forecast_findings, kpi_findings]


def _exports():
    from app.services.forecast import export

    return [export]


def _deck():
    from app.services.forecast import deck_section

    return [deck_section]


def _messages():
    from app.services.forecast.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="forecast",
    tables=("forecast_assumption", "kpi"),
    summary=(("KPIs", (("kpi", "KPIs"),)),),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
