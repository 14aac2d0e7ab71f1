"""The calendar canvas as the window sees it: navigator entries (labels
in the interface language) and editor factories (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _editor(document, parent):
    """The Campaign calendar editor (imported when first shown)."""
    from app.views.calendar.editor import CalendarEditor

    return CalendarEditor(document, parent)


def _finding_templates() -> dict[str, str]:
    from app.views.calendar.service_text import finding_templates

    return finding_templates()


def _entries() -> list[NavEntry]:
    return [
        NavEntry("calendar", QCoreApplication.translate("Canvases", "Campaign calendar"), _editor),
    ]


VIEW = CanvasView(key="calendar", entries=_entries, finding_templates=_finding_templates)
