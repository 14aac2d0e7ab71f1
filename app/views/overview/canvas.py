"""The Overview canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem


def _editor():
    from app.views.overview.editor import OverviewEditor  # imported when first shown

    return OverviewEditor


VIEW = CanvasView("overview", items=[NavItem("overview", QT_TRANSLATE_NOOP("Canvases", "Overview"), _editor)])
