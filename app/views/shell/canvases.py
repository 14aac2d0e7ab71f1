"""The canvases the navigator lists, each with its editor factory, in the
order of app/services/canvas_list.py; each canvas's entries come from its
``app/views/<canvas>/canvas.py``.

Editors are imported and built the first time their canvas is shown
(app/views/shell/editor_set.py), so opening a plan loads only the Overview's
code; the navigator shows only canvases that have an editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.canvas_list import CANVASES
from app.views.budget.canvas import VIEW as BUDGET
from app.views.calendar.canvas import VIEW as CALENDAR
from app.views.common.canvas_view import CanvasView, NavEntry
from app.views.competitors.canvas import VIEW as COMPETITORS
from app.views.forecast.canvas import VIEW as FORECAST
from app.views.initiatives.canvas import VIEW as INITIATIVES
from app.views.overview.canvas import VIEW as OVERVIEW
from app.views.personas.canvas import VIEW as PERSONAS
from app.views.risks.canvas import VIEW as RISKS
from app.views.swot.canvas import VIEW as SWOT

# The view of every canvas in app/services/canvas_list.py (a test checks
# that none is missing); their order is the canvas list's.
VIEWS: tuple[CanvasView, ...] = (
    OVERVIEW, SWOT, PERSONAS, COMPETITORS, INITIATIVES, CALENDAR, BUDGET, FORECAST, RISKS,
)  # fmt: skip


def _deck_preview(document, parent):
    """The deck preview (imported when first shown)."""
    from app.views.deck.preview import DeckPreview

    return DeckPreview(document, parent)


def _dashboard(document, parent):
    """The plan dashboard (imported when first shown)."""
    from app.views.dashboard.editor import DashboardEditor

    return DashboardEditor(document, parent)


def canvas_entries() -> list[NavEntry]:
    """(key, label, editor factory): the dashboard, every canvas in plan
    order, then the deck."""
    views = {view.key: view for view in VIEWS}
    entries = [NavEntry("dashboard", QCoreApplication.translate("Canvases", "Dashboard"), _dashboard)]
    entries += [entry for canvas in CANVASES for entry in views[canvas.key].entries()]
    entries.append(NavEntry("deck", QCoreApplication.translate("Canvases", "Deck"), _deck_preview))
    return entries
