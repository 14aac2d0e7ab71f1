"""The Personas & segments canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem
from app.views.personas.service_text import FINDINGS


def _editor():
    from app.views.personas.editor import PersonasEditor  # imported when first shown

    return PersonasEditor


VIEW = CanvasView("personas", FINDINGS.translated, [
    NavItem("personas", QT_TRANSLATE_NOOP("Canvases", "Personas & segments"), _editor),
])
