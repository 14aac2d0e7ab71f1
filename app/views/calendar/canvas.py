"""The Campaign calendar canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.calendar.service_text import FINDINGS
from app.views.common.canvas_view import CanvasView, NavItem


def _editor():
    from app.views.calendar.editor import CalendarEditor  # imported when first shown

    return CalendarEditor


VIEW = CanvasView("calendar", FINDINGS.translated, [
    NavItem("calendar", QT_TRANSLATE_NOOP("Canvases", "Campaign calendar"), _editor),
])
