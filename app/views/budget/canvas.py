"""The Budget canvas in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.budget.service_text import FINDINGS
from app.views.common.canvas_view import CanvasView, NavItem


def _editor():
    from app.views.budget.editor import BudgetEditor  # imported when first shown

    return BudgetEditor


VIEW = CanvasView("budget", FINDINGS.translated, [NavItem("budget", QT_TRANSLATE_NOOP("Canvases", "Budget"), _editor)])
