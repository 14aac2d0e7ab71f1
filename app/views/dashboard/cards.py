"""Building blocks of the dashboard: a titled card, a status pill and a
clickable row label. Plain widgets styled by app/views/common/style.py."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.views.common import style

STATUS_FILL = {"green": "#D5EFD8", "amber": "#FFE8B3", "red": "#F9D0CE", "no_data": "#ECEFF1", "no_target": "#ECEFF1"}
STATUS_INK = {"green": "#1B5E20", "amber": "#7A4F00", "red": "#8A1C12", "no_data": "#555555", "no_target": "#555555"}


class Card(QFrame):
    """A white card with a section title; ``body`` is its content layout."""

    def __init__(self, title: str, name: str, parent=None):
        super().__init__(parent, objectName=name)
        self.setProperty("card", True)
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACE_L, style.SPACE_M, style.SPACE_L, style.SPACE_L)
        layout.setSpacing(style.SPACE_S)
        self.title = QLabel(title, self)
        self.title.setProperty("role", "section")
        layout.addWidget(self.title)
        self.body = layout


class StatusPill(QLabel):
    """A KPI status as a coloured, rounded word."""

    def __init__(self, status: str, text: str, parent=None):
        super().__init__(text, parent)
        self.status = status
        self.setAlignment(Qt.AlignCenter)
        fill, ink = STATUS_FILL.get(status, "#ECEFF1"), STATUS_INK.get(status, style.MUTED)
        self.setStyleSheet(f"background:{fill};color:{ink};border-radius:9px;padding:2px 10px;font-weight:600;")


class LinkLabel(QLabel):
    """A label that opens something when clicked (a canvas, a row)."""

    clicked = Signal()

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setCursor(Qt.PointingHandCursor)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.NoTextInteraction)
        self.setFocusPolicy(Qt.StrongFocus)  # reachable with Tab, opened with Enter or Space
        self.setStyleSheet(f"QLabel:focus {{ background: {style.BRAND_SOFT}; border-radius: 4px; }}")

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
