"""The risks canvas as the window sees it: navigator entries (labels
in the interface language) and editor factories (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _risks_editor(document, parent):
    """The Risks editor (imported when first shown)."""
    from app.views.risks.editor import RiskEditor

    return RiskEditor(document, parent)


def _playbooks_editor(document, parent):
    """The Crisis playbooks editor (imported when first shown)."""
    from app.views.risks.playbook_editor import PlaybookEditor

    return PlaybookEditor(document, parent)


def _finding_templates() -> dict[str, str]:
    from app.views.risks.service_text import finding_templates

    return finding_templates()


def _entries() -> list[NavEntry]:
    return [
        NavEntry("risks", QCoreApplication.translate("Canvases", "Risks"), _risks_editor),
        NavEntry("playbooks", QCoreApplication.translate("Canvases", "Crisis playbooks"), _playbooks_editor),
    ]


VIEW = CanvasView(key="risks", entries=_entries, finding_templates=_finding_templates)
