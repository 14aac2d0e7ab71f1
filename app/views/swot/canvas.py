"""The SWOT & TOWS canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem
from app.views.swot.service_text import FINDINGS


def _editor():
    from app.views.swot.editor import SwotEditor  # imported when first shown

    return SwotEditor


VIEW = CanvasView("swot", FINDINGS.translated, [NavItem("swot", QT_TRANSLATE_NOOP("Canvases", "SWOT & TOWS"), _editor)])
