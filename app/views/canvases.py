"""The canvases the navigator lists, each with its editor factory.

Editors are imported and built the first time their canvas is shown
(app/views/editor_set.py), so opening a plan loads only the Overview's
code; the navigator shows only canvases that have an editor."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from app.views.overview_editor import OverviewEditor


def _lazy(module: str, name: str):
    """A factory that imports *module* only when the editor is built."""

    def build(document, parent):
        return getattr(importlib.import_module(module), name)(document, parent)

    build.__qualname__ = name
    return build


def canvas_entries():
    """(key, label, editor factory) for every canvas, in plan order."""
    return [
        ("overview", QCoreApplication.translate("Canvases", "Overview"), OverviewEditor),
        ("swot", QCoreApplication.translate("Canvases", "SWOT & TOWS"), _lazy("app.views.swot_editor", "SwotEditor")),
        (
            "personas",
            QCoreApplication.translate("Canvases", "Personas & segments"),
            _lazy("app.views.persona_editor", "PersonasEditor"),
        ),
        (
            "competitors",
            QCoreApplication.translate("Canvases", "Competitors"),
            _lazy("app.views.competitor_editor", "CompetitorEditor"),
        ),
        (
            "calendar",
            QCoreApplication.translate("Canvases", "Campaign calendar"),
            _lazy("app.views.calendar_editor", "CalendarEditor"),
        ),
        ("budget", QCoreApplication.translate("Canvases", "Budget"), _lazy("app.views.budget_editor", "BudgetEditor")),
        (
            "forecast",
            QCoreApplication.translate("Canvases", "Forecast & ROI"),
            _lazy("app.views.forecast_editor", "ForecastEditor"),
        ),
        ("kpis", QCoreApplication.translate("Canvases", "KPIs"), _lazy("app.views.kpi_editor", "KpiEditor")),
        ("risks", QCoreApplication.translate("Canvases", "Risks"), _lazy("app.views.risk_editor", "RiskEditor")),
        (
            "playbooks",
            QCoreApplication.translate("Canvases", "Crisis playbooks"),
            _lazy("app.views.playbook_editor", "PlaybookEditor"),
        ),
        ("deck", QCoreApplication.translate("Canvases", "Deck"), _lazy("app.views.deck_preview", "DeckPreview")),
    ]
