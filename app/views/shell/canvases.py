"""The canvases the navigator lists, each with its editor factory.

Editors are imported and built the first time their canvas is shown
(app/views/shell/editor_set.py), so opening a plan loads only the Overview's
code; the navigator shows only canvases that have an editor."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from app.views.overview.editor import OverviewEditor


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
        ("swot", QCoreApplication.translate("Canvases", "SWOT & TOWS"), _lazy("app.views.swot.editor", "SwotEditor")),
        (
            "personas",
            QCoreApplication.translate("Canvases", "Personas & segments"),
            _lazy("app.views.personas.editor", "PersonasEditor"),
        ),
        (
            "competitors",
            QCoreApplication.translate("Canvases", "Competitors"),
            _lazy("app.views.competitors.editor", "CompetitorEditor"),
        ),
        (
            "initiatives",
            QCoreApplication.translate("Canvases", "Strategy & actions"),
            _lazy("app.views.initiatives.editor", "InitiativesEditor"),
        ),
        (
            "calendar",
            QCoreApplication.translate("Canvases", "Campaign calendar"),
            _lazy("app.views.calendar.editor", "CalendarEditor"),
        ),
        ("budget", QCoreApplication.translate("Canvases", "Budget"), _lazy("app.views.budget.editor", "BudgetEditor")),
        (
            "forecast",
            QCoreApplication.translate("Canvases", "Forecast & ROI"),
            _lazy("app.views.forecast.editor", "ForecastEditor"),
        ),
        ("kpis", QCoreApplication.translate("Canvases", "KPIs"), _lazy("app.views.forecast.kpi_editor", "KpiEditor")),
        ("risks", QCoreApplication.translate("Canvases", "Risks"), _lazy("app.views.risks.editor", "RiskEditor")),
        (
            "playbooks",
            QCoreApplication.translate("Canvases", "Crisis playbooks"),
            _lazy("app.views.risks.playbook_editor", "PlaybookEditor"),
        ),
        ("deck", QCoreApplication.translate("Canvases", "Deck"), _lazy("app.views.deck.preview", "DeckPreview")),
    ]
