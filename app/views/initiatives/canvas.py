"""The Strategy & actions canvas as the window sees it: its navigator entry
(label in the interface language) and editor factory (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _editor(document, parent):
    """The Strategy & actions editor (imported when first shown)."""
    from app.views.initiatives.editor import InitiativesEditor

    return InitiativesEditor(document, parent)


def _finding_templates() -> dict[str, str]:
    from app.views.initiatives.service_text import finding_templates

    return finding_templates()


def _entries() -> list[NavEntry]:
    return [NavEntry("initiatives", QCoreApplication.translate("Canvases", "Strategy & actions"), _editor)]


VIEW = CanvasView(key="initiatives", entries=_entries, finding_templates=_finding_templates)
