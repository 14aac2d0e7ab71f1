"""The Deck canvas: the rendered PDF deck inside the app (QtPdf), rebuilt in
the background on demand, and the way into presenter mode."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.plan import paths
from app.views.common.message_text import message_text
from app.views.common.plan_document import PlanDocument
from app.views.deck.worker import DeckJob, start_job


def preview_path(plan_path: Path) -> Path:
    """Where the preview PDF of a plan is rendered (user data folder)."""
    digest = hashlib.sha1(str(Path(plan_path).resolve()).encode("utf-8")).hexdigest()[:12]
    folder = paths.data_dir() / "previews"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{digest}.pdf"


def presentation_screen(window: QWidget):
    """The screen to present on: another screen than the window's when
    there is one (the projector), else the window's own."""
    own = window.screen()
    others = [s for s in QGuiApplication.screens() if s is not own]
    return others[0] if others else own


class DeckPreview(QWidget):
    """Shows the deck exactly as it will be exported."""

    follows_all_changes = True  # any edit anywhere makes the preview stale

    rendered = Signal()  # a fresh preview is loaded
    render_failed = Signal(str)

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("deck-preview")
        self.document = document
        self.stale = True
        self.busy = False
        self._present_after_render = None
        self.presenter = None
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("deck-view")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.refresh_button = QPushButton(self.tr("Refresh preview"), self)
        self.refresh_button.clicked.connect(self.render)
        self.present_button = QPushButton(self.tr("Present"), self)
        self.present_button.clicked.connect(lambda: self.present())
        self.status = QLabel(self.tr("The preview is built when you open this page."), self)
        self.status.setObjectName("deck-status")
        bar = QHBoxLayout()
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.present_button)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
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
        warnings = "; ".join(message_text(w) for w in result.warnings)
        text = self.tr("%n slides, as they will be exported.", "", result.pages)
        self.status.setText(f"{text} {warnings}".strip())
        self.rendered.emit()
        if self._present_after_render is not None:
            screen, self._present_after_render = self._present_after_render, None
            self._open_presenter(screen)

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

    def _open_presenter(self, screen) -> None:
        from app.views.deck.presenter import PresenterWindow

        self.presenter = PresenterWindow(str(self.pdf_path), screen)
        self.presenter.closed.connect(lambda: setattr(self, "presenter", None))
        self.presenter.start()

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
