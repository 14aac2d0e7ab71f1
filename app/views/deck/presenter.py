"""Presenter mode: the rendered deck PDF full screen on a chosen screen.

→ / Space / PgDn next, ← / PgUp previous, Home / End first and last, B black
screen, Esc leaves. A slide counter shows in the corner. What is presented is
the exported PDF itself."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

NEXT_KEYS = (Qt.Key_Right, Qt.Key_Space, Qt.Key_PageDown, Qt.Key_Down)
PREVIOUS_KEYS = (Qt.Key_Left, Qt.Key_PageUp, Qt.Key_Up, Qt.Key_Backspace)


class PresenterWindow(QWidget):
    """Full-screen slide show of one PDF document."""

    closed = Signal()

    def __init__(self, pdf_path: str, screen=None, parent=None):
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint)
        self.setObjectName("presenter")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.document = QPdfDocument(self)
        self.document.load(pdf_path)
        self.page = 0
        self.black = False
        self._cache: dict[tuple[int, QSize], QImage] = {}
        self.setCursor(Qt.BlankCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())

    @property
    def page_count(self) -> int:
        """Number of slides in the deck."""
        return self.document.pageCount()

    def start(self) -> None:
        """Show full screen on the chosen screen and take the keyboard."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def go_to(self, page: int) -> None:
        """Show slide *page* (clamped to the deck); leaves the black screen."""
        self.page = max(0, min(page, self.page_count - 1))
        self.black = False
        self.update()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.go_to(self.page + 1)
        elif key in PREVIOUS_KEYS:
            self.go_to(self.page - 1)
        elif key == Qt.Key_Home:
            self.go_to(0)
        elif key == Qt.Key_End:
            self.go_to(self.page_count - 1)
        elif key == Qt.Key_B:
            self.black = not self.black
            self.update()
        elif key == Qt.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.go_to(self.page + (1 if event.button() == Qt.LeftButton else -1))

    def _slide_rect(self) -> QRect:
        """The largest 16:9-preserving rectangle centred in the window."""
        size = self.document.pagePointSize(self.page).toSize()
        if size.isEmpty():
            return self.rect()
        size.scale(self.size(), Qt.KeepAspectRatio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(self.rect().center())
        return rect

    def slide_image(self) -> QImage:
        """The current slide rendered at the window's resolution (cached)."""
        rect = self._slide_rect()
        ratio = self.devicePixelRatioF()
        size = QSize(int(rect.width() * ratio), int(rect.height() * ratio))
        key = (self.page, size)
        if key not in self._cache:
            self._cache[key] = self.document.render(self.page, size)
        return self._cache[key]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if self.black or self.page_count <= 0:
            return
        painter.fillRect(self._slide_rect(), QColor("white"))  # PDF pages render with a transparent ground
        painter.drawImage(self._slide_rect(), self.slide_image())
        painter.setPen(QColor(255, 255, 255, 170))
        margin = 12
        painter.drawText(
            self.rect().adjusted(margin, margin, -margin, -margin),
            Qt.AlignRight | Qt.AlignBottom,
            f"{self.page + 1} / {self.page_count}",
        )

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
