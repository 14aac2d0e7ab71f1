"""The Competitors canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem
from app.views.competitors.service_text import FINDINGS


def _editor():
    from app.views.competitors.editor import CompetitorEditor  # imported when first shown

    return CompetitorEditor


VIEW = CanvasView("competitors", FINDINGS.translated, [
    NavItem("competitors", QT_TRANSLATE_NOOP("Canvases", "Competitors"), _editor),
])
