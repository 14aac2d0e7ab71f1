"""The base of a canvas's editor widget (what a navigator entry's factory
builds, app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.views.common.plan_document import PlanDocument


class CanvasEditor(QWidget):
    """An editor over the open plan's *document*. ``message`` carries the
    text of a refused edit (shown in the editor's banner as well);
    ``follows_all_changes`` asks the window for every committed change, not
    only those of the editor's canvas."""

    message = Signal(str)
    follows_all_changes = False

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
