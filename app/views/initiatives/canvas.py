"""The Strategy & actions canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem
from app.views.initiatives.service_text import FINDINGS


def _editor():
    from app.views.initiatives.editor import InitiativesEditor  # imported when first shown

    return InitiativesEditor


VIEW = CanvasView("initiatives", FINDINGS.translated, [
    NavItem("initiatives", QT_TRANSLATE_NOOP("Canvases", "Strategy & actions"), _editor),
])
