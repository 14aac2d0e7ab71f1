"""An image in a dashed box with "Choose…" and "Remove" buttons: the
Overview's logo and a persona's photo.

Choosing checks the file with the service (app/services/plan/images.py); a
refused file is reported by message, nothing is stored. Storing and removing
are the owner's undo commands."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.plan import images
from app.services.plan.errors import EditRefused
from app.views.common import dialogs
from app.views.common.message_text import message_text


class ImageField(QWidget):
    """The box (``box``, object name *name*) and its two buttons, beside
    the box (*beside*) or under it. ``store(data, mime) -> bool`` keeps a
    checked image, ``remove()`` clears it, ``refused(message)`` says why a
    file was not taken; ``empty_text()`` is shown while there is no image."""

    def __init__(
        self,
        parent: QWidget,
        kind: str,
        name: str,
        size: QSize,
        texts: tuple[str, str],
        empty_text: Callable[[], str],
        store: Callable[[bytes, str], bool],
        remove: Callable[[], None],
        refused: Callable[[str], None],
        beside: bool = False,
    ):
        super().__init__(parent)
        self.kind, self.empty_text, self.store, self.refused = kind, empty_text, store, refused
        self.box = QLabel(self, objectName=name, alignment=Qt.AlignCenter, styleSheet="border:1px dashed #999;")
        self.box.setFixedSize(size)
        self.choose_button = QPushButton(texts[0], self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(texts[1], self)
        self.remove_button.clicked.connect(remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QBoxLayout(QBoxLayout.LeftToRight if beside else QBoxLayout.TopToBottom, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def choose(self) -> None:
        """Ask for an image file and take it (a bad file is refused with a message)."""
        path = dialogs.choose_image_path(self)
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Check an image file (scaled down by the service) and store it."""
        try:
            data, mime = images.load_image(path, self.kind)
        except EditRefused as exc:
            self.refused(message_text(exc))
            return False
        return self.store(data, mime)

    def show_image(self, data: bytes | None) -> None:
        """Show stored image bytes scaled into the box, else the empty text."""
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.box.setPixmap(pixmap.scaled(self.box.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            self.box.setPixmap(QPixmap())
            self.box.setText(self.empty_text())
