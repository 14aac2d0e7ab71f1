"""The canvases the navigator lists, each with its editor factory.

Later canvases (SWOT & TOWS, personas, calendar, budget, risks) register
here; the navigator shows only canvases that have an editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.deck_preview import DeckPreview
from app.views.overview_editor import OverviewEditor


def canvas_entries():
    """(key, label, editor factory) for every canvas, in plan order."""
    return [
        ("overview", QCoreApplication.translate("Canvases", "Overview"), OverviewEditor),
        ("deck", QCoreApplication.translate("Canvases", "Deck"), DeckPreview),
    ]
