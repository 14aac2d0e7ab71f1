"""The swot canvas as the window sees it: navigator entries (labels
in the interface language) and editor factories (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _editor(document, parent):
    """The SWOT & TOWS editor (imported when first shown)."""
    from app.views.swot.editor import SwotEditor

    return SwotEditor(document, parent)


def _finding_templates() -> dict[str, str]:
    from app.views.swot.service_text import finding_templates

    return finding_templates()


def _entries() -> list[NavEntry]:
    return [
        NavEntry("swot", QCoreApplication.translate("Canvases", "SWOT & TOWS"), _editor),
    ]


VIEW = CanvasView(key="swot", entries=_entries, finding_templates=_finding_templates)
