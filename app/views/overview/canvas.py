"""The overview canvas as the window sees it: navigator entries (labels
in the interface language) and editor factories (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _editor(document, parent):
    """The Overview editor (imported when first shown)."""
    from app.views.overview.editor import OverviewEditor

    return OverviewEditor(document, parent)


def _entries() -> list[NavEntry]:
    return [
        NavEntry("overview", QCoreApplication.translate("Canvases", "Overview"), _editor),
    ]


VIEW = CanvasView(key="overview", entries=_entries)
