"""The Deck canvas: the rendered PDF deck inside the app (QtPdf), rebuilt in
the background on demand, and the way into presenter mode.

Beside the pages: a strip of slide thumbnails (click to jump), a zoom choice
(fit page — the default, so a whole slide shows even on a 1366×768 laptop —
fit width, or a percentage) and a slide number to jump to."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.plan import paths
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.message_text import message_text
from app.views.common.plan_document import PlanDocument
from app.views.deck.worker import DeckJob, start_job


def preview_path(plan_path: Path) -> Path:
    """Where the preview PDF of a plan is rendered (user data folder)."""
    digest = hashlib.sha1(str(Path(plan_path).resolve()).encode("utf-8")).hexdigest()[:12]
    folder = paths.data_dir() / "previews"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{digest}.pdf"


THUMB = QSize(160, 90)
ZOOMS = (("page", 0.0), ("width", 0.0), ("50", 0.5), ("75", 0.75), ("100", 1.0), ("150", 1.5), ("200", 2.0))


def presentation_screen(window: QWidget):
    """The screen to present on: another screen than the window's when
    there is one (the projector), else the window's own."""
    own = window.screen()
    others = [s for s in QGuiApplication.screens() if s is not own]
    return others[0] if others else own


class DeckPreview(CanvasEditor):
    """Shows the deck exactly as it will be exported."""

    follows_all_changes = True  # any edit anywhere makes the preview stale

    rendered = Signal()  # a fresh preview is loaded
    render_failed = Signal(str)

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.setObjectName("deck-preview")
        self.stale = True
        self.busy = False
        self._present_after_render = None
        self.presenter = None
        self.presenter_view = None
        # page (0-based) → the speaker notes of its section (the Deck canvas's
        # notes panel writes them); replaceable, e.g. by a test
        self.page_sections: list[str] = []
        self.notes_provider = self.section_notes
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self, objectName="deck-view")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.thumbnails = QListWidget(self, objectName="deck-thumbnails")
        self.thumbnails.setIconSize(THUMB)
        self.thumbnails.setViewMode(QListWidget.IconMode)  # the number under its slide
        self.thumbnails.setFlow(QListWidget.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListWidget.Static)
        self.thumbnails.setUniformItemSizes(True)
        self.thumbnails.setSpacing(4)
        self.thumbnails.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.thumbnails.setFixedWidth(THUMB.width() + 36)
        self.thumbnails.currentRowChanged.connect(self.go_to_slide)
        self.zoom_box = QComboBox(self, objectName="deck-zoom")
        for key, _factor in ZOOMS:
            label = {"page": self.tr("Fit page"), "width": self.tr("Fit width")}.get(key, f"{key} %")
            self.zoom_box.addItem(label, key)
        self.zoom_box.currentIndexChanged.connect(lambda _i: self.set_zoom(self.zoom_box.currentData()))
        self.slide_box = QSpinBox(self, objectName="deck-slide")
        self.slide_box.setRange(1, 1)
        self.slide_box.setPrefix(self.tr("Slide "))
        self.slide_box.setToolTip(self.tr("Jump to a slide"))
        self.slide_box.valueChanged.connect(lambda number: self.go_to_slide(number - 1))
        self.refresh_button = QPushButton(self.tr("Refresh preview"), self)
        self.refresh_button.clicked.connect(self.render)
        self.present_button = QPushButton(self.tr("Present"), self)
        self.present_button.clicked.connect(lambda: self.present())
        self.status = QLabel(self.tr("The preview is built when you open this page."), self, objectName="deck-status")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.present_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.slide_box)
        bar.addWidget(self.zoom_box)
        pages = QSplitter(self, objectName="deck-splitter")
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.view)
        pages.setStretchFactor(0, 0)
        pages.setStretchFactor(1, 1)
        pages.setChildrenCollapsible(False)
        pages.setSizes([THUMB.width() + 36, 4000])  # the slides take the rest
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(pages, 1)
        from app.views.deck.notes_panel import DeckTextsPanel

        self.texts = DeckTextsPanel(document, self)  # headline overrides and speaker notes
        layout.addWidget(self.texts)
        self.rendered.connect(self.texts.refresh)

    @property
    def pdf_path(self) -> Path:
        """The rendered preview file."""
        return preview_path(self.document.plan.path)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._render_if_needed)  # not for a page shown only in passing

    def _render_if_needed(self) -> None:
        if self.isVisible() and self.stale and not self.busy:
            self.render()

    def render(self) -> None:
        """Rebuild the preview PDF in the background."""
        if self.busy:
            return
        self.busy = True
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Rendering the deck…"))
        self.pdf.close()  # release the file before it is replaced
        job = DeckJob(self.document.plan.path, self.pdf_path)
        job.progress.connect(self._progress)
        job.finished.connect(self._loaded)
        job.failed.connect(self._failed)
        start_job(self, job)

    def _progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Rendering slide {done} of {total}…").format(done=done, total=total))

    def _loaded(self, result) -> None:
        self.busy = False
        self.stale = False
        self.refresh_button.setEnabled(True)
        self.pdf.load(str(self.pdf_path))
        self.page_sections = list(getattr(result, "page_sections", []))
        self._fill_thumbnails()
        warnings = "; ".join(message_text(w) for w in result.warnings)
        text = self.tr("%n slides, as they will be exported.", "", result.pages)
        self.status.setText(f"{text} {warnings}".strip())
        self.rendered.emit()
        if self._present_after_render is not None:
            screen, self._present_after_render = self._present_after_render, None
            self._open_presenter(screen)

    def section_notes(self, page: int) -> str:
        """The speaker notes of the section slide *page* belongs to ('' when none)."""
        if not 0 <= page < len(self.page_sections) or self.document.plan.closed:
            return ""
        from app.services.deck import notes_service

        return notes_service.notes_of(self.document.plan, self.page_sections[page])

    # -- navigation -------------------------------------------------------------
    def _fill_thumbnails(self) -> None:
        """One small picture per slide, numbered."""
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        for page in range(self.pdf.pageCount()):
            image = self.pdf.render(page, THUMB)
            pixmap = QPixmap(THUMB)
            pixmap.fill(Qt.white)  # PDF pages render on a transparent ground
            painter = QPainter(pixmap)
            painter.drawImage(0, 0, image)
            painter.end()
            item = QListWidgetItem(QIcon(pixmap), str(page + 1), self.thumbnails)
            item.setTextAlignment(Qt.AlignHCenter)
        self.thumbnails.blockSignals(False)
        self.slide_box.blockSignals(True)
        self.slide_box.setRange(1, max(1, self.pdf.pageCount()))
        self.slide_box.setSuffix(f" / {self.pdf.pageCount()}")
        self.slide_box.blockSignals(False)

    def go_to_slide(self, page: int) -> None:
        """Show slide *page* (0-based) in the view; thumbnails and number follow."""
        if not 0 <= page < self.pdf.pageCount():
            return
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        for widget, value in ((self.thumbnails, page), (self.slide_box, page + 1)):
            widget.blockSignals(True)
            if widget is self.thumbnails:
                widget.setCurrentRow(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)

    def current_slide(self) -> int:
        """The slide the view shows (0-based)."""
        return self.view.pageNavigator().currentPage()

    def set_zoom(self, key: str) -> None:
        """'page' (whole slide), 'width', or a percentage such as '100'."""
        if key == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif key == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(dict(ZOOMS)[key])
        index = self.zoom_box.findData(key)
        if index != self.zoom_box.currentIndex():
            self.zoom_box.setCurrentIndex(index)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.refresh_button.setEnabled(True)
        self._present_after_render = None
        self.status.setText(message)
        self.render_failed.emit(message)

    def present(self, screen=None) -> None:
        """Full-screen presenter on *screen* (default: the projector if any),
        rendering first when the preview is out of date."""
        screen = screen or presentation_screen(self.window())
        if self.stale or self.busy or self.pdf.pageCount() == 0:
            self._present_after_render = screen
            if not self.busy:
                self.render()
            return
        self._open_presenter(screen)

    def _open_presenter(self, screen, with_view: bool | None = None) -> None:
        """Slides full screen on *screen*; the presenter view (next slide,
        notes, timer) on the window's own screen when the slides go elsewhere."""
        from app.views.deck.presenter import PresenterView, PresenterWindow

        self.presenter = PresenterWindow(str(self.pdf_path), screen)
        self.presenter.closed.connect(self._presenter_closed)
        if with_view is None:
            with_view = screen is not None and screen is not self.window().screen()
        if with_view:
            self.presenter_view = PresenterView(self.presenter, self.notes_provider, self.window().screen())
            self.presenter_view.show()
        self.presenter.start()

    def _presenter_closed(self) -> None:
        self.presenter = None
        if self.presenter_view is not None:
            self.presenter_view.close()
            self.presenter_view = None

    # -- canvas protocol -------------------------------------------------------
    def on_change(self, change) -> None:
        """The plan changed: the preview is out of date until refreshed."""
        self.stale = True
        if self.isVisible():
            self.status.setText(self.tr("The plan has changed since this preview. Refresh to update it."))

    def on_failed(self, field: str, message: str) -> None:
        """Edits happen in other canvases; nothing to show here."""

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Findings never point at the deck; show it."""
        self.setFocus()
