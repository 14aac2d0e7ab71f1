"""Presenter mode: the rendered deck PDF full screen on a chosen screen, and
the presenter view on the laptop: current and next slide, the speaker notes
of the current section, elapsed time and clock, a large slide counter.

→ / Space / PgDn next, ← / PgUp previous, Home / End first and last, B black
screen, Esc leaves (in either window). A slide counter shows in the corner.
What is presented is the exported PDF itself."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QWidget

NEXT_KEYS = (Qt.Key_Right, Qt.Key_Space, Qt.Key_PageDown, Qt.Key_Down)
PREVIOUS_KEYS = (Qt.Key_Left, Qt.Key_PageUp, Qt.Key_Up, Qt.Key_Backspace)


class PresenterWindow(QWidget):
    """Full-screen slide show of one PDF document."""

    closed = Signal()
    page_changed = Signal(int)

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
        self.page_changed.emit(self.page)

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


def render_slide(document: QPdfDocument, page: int, size: QSize) -> QPixmap:
    """Slide *page* scaled into *size* (16:9 kept) on white; empty past the end."""
    pixmap = QPixmap(max(1, size.width()), max(1, size.height()))
    pixmap.fill(QColor("#20242A"))
    if not 0 <= page < document.pageCount():
        return pixmap
    slide = document.pagePointSize(page).toSize()
    slide.scale(size, Qt.KeepAspectRatio)
    painter = QPainter(pixmap)
    rect = QRect(0, 0, slide.width(), slide.height())
    rect.moveCenter(pixmap.rect().center())
    painter.fillRect(rect, QColor("white"))
    painter.drawImage(rect, document.render(page, slide))
    painter.end()
    return pixmap


class PresenterView(QWidget):
    """The presenter's own screen: follows (and drives) the slides window."""

    def __init__(self, slides: PresenterWindow, notes: Callable[[int], str] | None = None, screen=None):
        super().__init__(None, Qt.Window)
        self.setObjectName("presenter-view")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Presenter view"))
        self.slides, self.notes = slides, notes
        self.started = time.monotonic()
        self.current = QLabel(self, objectName="presenter-current")
        self.next = QLabel(self, objectName="presenter-next")
        for label in (self.current, self.next):
            label.setAlignment(Qt.AlignCenter)
            label.setMinimumSize(160, 90)
        self.counter = QLabel(self, objectName="presenter-counter")
        self.elapsed = QLabel(self, objectName="presenter-elapsed")
        self.clock = QLabel(self, objectName="presenter-clock")
        big = QFont(self.font())
        big.setPointSize(28)
        big.setBold(True)
        for label in (self.counter, self.elapsed, self.clock):
            label.setFont(big)
        self.notes_view = QTextBrowser(self, objectName="presenter-notes")
        notes_font = QFont(self.font())
        notes_font.setPointSize(16)
        self.notes_view.setFont(notes_font)
        next_title = QLabel(self.tr("Next"), self)
        grid = QGridLayout(self)
        grid.addWidget(self.current, 0, 0, 3, 1)
        grid.addWidget(next_title, 0, 1)
        grid.addWidget(self.next, 1, 1)
        grid.addWidget(self.notes_view, 2, 1)
        grid.addWidget(self.counter, 3, 0, Qt.AlignLeft)
        grid.addWidget(self.elapsed, 3, 1, Qt.AlignLeft)
        grid.addWidget(self.clock, 3, 1, Qt.AlignRight)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        slides.page_changed.connect(self.show_page)
        slides.closed.connect(self.close)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.availableGeometry())
        self.show_page(slides.page)
        self._tick()

    def show_page(self, page: int) -> None:
        """Current and next slide, counter and notes of slide *page*."""
        document = self.slides.document
        width = max(320, self.width() * 3 // 5)
        self.current.setPixmap(render_slide(document, page, QSize(width, width * 9 // 16)))
        small = max(200, self.width() * 2 // 5 - 24)
        self.next.setPixmap(render_slide(document, page + 1, QSize(small, small * 9 // 16)))
        self.next.setToolTip("" if page + 1 < document.pageCount() else self.tr("This is the last slide."))
        self.counter.setText(f"{page + 1} / {document.pageCount()}")
        text = self.notes(page) if self.notes is not None else ""
        self.notes_view.setPlainText(text or self.tr("No speaker notes for this slide."))

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self.started)
        self.elapsed.setText(f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_page(self.slides.page)

    def keyPressEvent(self, event) -> None:
        self.slides.keyPressEvent(event)  # the same keys drive the slides
