"""The start page shown when no plan is open: New, Open, the sample plan and
recent plans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    """Entry points into a plan; the window connects the signals."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="start-page")
        heading = QLabel(self.tr("Stratdeck"), self)
        heading.setStyleSheet("font-size:28px;font-weight:600;")
        intro = QLabel(self.tr("Build a whole marketing plan in one file and take it to the review meeting."), self)
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New plan…"), self)
        self.open_button = QPushButton(self.tr("Open plan…"), self)
        self.demo_button = QPushButton(self.tr("Open the sample plan"), self)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_model = QStringListModel(self)
        self.recent_view = QListView(self, objectName="recent-plans")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setEditTriggers(QListView.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Recent plans"), self))
        self.empty_hint = QLabel(
            self.tr(
                "No recent plans yet. Start a new plan (blank or from a template), or open the sample plan "
                "to see every canvas filled in."
            ),
            self,
            objectName="recent-empty-hint",
            wordWrap=True,
        )
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.recent_view, 1)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_view.activated.connect(self._open_recent)
        self._paths: list[str] = []
        self.set_recent([])

    def set_recent(self, paths: list[str]) -> None:
        """Show these recent plan paths."""
        self._paths = list(paths)
        self.recent_model.setStringList([f"{Path(p).stem}  —  {p}" for p in self._paths])
        self.empty_hint.setVisible(not self._paths)

    def _open_recent(self, index) -> None:
        if index.isValid():
            self.recent_requested.emit(self._paths[index.row()])

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.recent_view.currentIndex().isValid():
            self._open_recent(self.recent_view.currentIndex())
        else:
            super().keyPressEvent(event)
