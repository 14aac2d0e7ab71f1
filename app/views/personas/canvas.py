"""The personas canvas as the window sees it: navigator entries (labels
in the interface language) and editor factories (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _editor(document, parent):
    """The Personas & segments editor (imported when first shown)."""
    from app.views.personas.editor import PersonasEditor

    return PersonasEditor(document, parent)


def _finding_templates() -> dict[str, str]:
    from app.views.personas.service_text import finding_templates

    return finding_templates()


def _entries() -> list[NavEntry]:
    return [
        NavEntry("personas", QCoreApplication.translate("Canvases", "Personas & segments"), _editor),
    ]


VIEW = CanvasView(key="personas", entries=_entries, finding_templates=_finding_templates)
