"""The Risks canvas (risks, crisis playbooks) in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem
from app.views.risks.service_text import FINDINGS


def _risks_editor():
    from app.views.risks.editor import RiskEditor  # imported when first shown

    return RiskEditor


def _playbooks_editor():
    from app.views.risks.playbook_editor import PlaybookEditor  # imported when first shown

    return PlaybookEditor


VIEW = CanvasView("risks", FINDINGS.translated, [
    NavItem("risks", QT_TRANSLATE_NOOP("Canvases", "Risks"), _risks_editor),
    NavItem("playbooks", QT_TRANSLATE_NOOP("Canvases", "Crisis playbooks"), _playbooks_editor),
])
