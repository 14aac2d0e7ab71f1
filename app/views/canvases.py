"""The canvases the navigator lists, each with its editor factory.

Later canvases (SWOT & TOWS, personas, calendar, budget, risks) register
here; the navigator shows only canvases that have an editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.budget_editor import BudgetEditor
from app.views.calendar_editor import CalendarEditor
from app.views.competitor_editor import CompetitorEditor
from app.views.deck_preview import DeckPreview
from app.views.forecast_editor import ForecastEditor
from app.views.kpi_editor import KpiEditor
from app.views.overview_editor import OverviewEditor
from app.views.persona_editor import PersonasEditor
from app.views.playbook_editor import PlaybookEditor
from app.views.risk_editor import RiskEditor
from app.views.swot_editor import SwotEditor


def canvas_entries():
    """(key, label, editor factory) for every canvas, in plan order."""
    return [
        ("overview", QCoreApplication.translate("Canvases", "Overview"), OverviewEditor),
        ("swot", QCoreApplication.translate("Canvases", "SWOT & TOWS"), SwotEditor),
        ("personas", QCoreApplication.translate("Canvases", "Personas & segments"), PersonasEditor),
        ("competitors", QCoreApplication.translate("Canvases", "Competitors"), CompetitorEditor),
        ("calendar", QCoreApplication.translate("Canvases", "Campaign calendar"), CalendarEditor),
        ("budget", QCoreApplication.translate("Canvases", "Budget"), BudgetEditor),
        ("forecast", QCoreApplication.translate("Canvases", "Forecast & ROI"), ForecastEditor),
        ("kpis", QCoreApplication.translate("Canvases", "KPIs"), KpiEditor),
        ("risks", QCoreApplication.translate("Canvases", "Risks"), RiskEditor),
        ("playbooks", QCoreApplication.translate("Canvases", "Crisis playbooks"), PlaybookEditor),
        ("deck", QCoreApplication.translate("Canvases", "Deck"), DeckPreview),
    ]
