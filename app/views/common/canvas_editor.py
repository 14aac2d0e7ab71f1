"""The bases of the widgets over the open plan: a canvas's editor (what a
navigator entry's factory builds, app/views/common/canvas_view.py) and the
panels inside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.views.common.plan_document import PlanDocument


class PlanWidget(QWidget):
    """A widget over the open plan's *document* (Qt *properties* such as
    ``objectName`` go to QWidget)."""

    def __init__(self, document: PlanDocument, parent=None, **properties):
        super().__init__(parent, **properties)
        self.document = document


class CanvasEditor(PlanWidget):
    """A canvas's editor. ``message`` carries the text of a refused edit
    (shown in the editor's banner as well); ``follows_all_changes`` asks the
    window for every committed change, not only those of the editor's
    canvas."""

    message = Signal(str)
    follows_all_changes = False
