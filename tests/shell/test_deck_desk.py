"""The deck in the desk: thumbnails, zoom and jump in the preview; the
presenter view (current and next slide, notes, timer, counter); Open and
Show in Folder after an export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

RENDER_TIMEOUT = 30_000


@pytest.fixture
def preview(window, qtbot):
    assert window.open_demo()
    deck = window.editors["deck"]
    with qtbot.waitSignal(deck.rendered, timeout=RENDER_TIMEOUT):
        window.navigator.setCurrentRow(list(window.editors).index("deck"))
    return deck


def test_preview_has_a_thumbnail_per_slide_and_jumps_to_a_slide(preview, qtbot):
    pages = preview.pdf.pageCount()
    assert preview.thumbnails.count() == pages >= 5
    assert not preview.thumbnails.item(0).icon().isNull()
    assert preview.slide_box.maximum() == pages and preview.slide_box.suffix() == f" / {pages}"
    preview.thumbnails.setCurrentRow(3)
    qtbot.waitUntil(lambda: preview.current_slide() == 3)
    assert preview.slide_box.value() == 4
    preview.slide_box.setValue(2)
    qtbot.waitUntil(lambda: preview.current_slide() == 1)
    assert preview.thumbnails.currentRow() == 1


def test_preview_fits_the_page_by_default_and_zooms(preview):
    from PySide6.QtPdfWidgets import QPdfView

    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView  # a whole slide, even at 1366×768
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData("width"))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.zoom_box.setCurrentIndex(preview.zoom_box.findData("150"))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and preview.view.zoomFactor() == 1.5
    assert [preview.zoom_box.itemText(i) for i in range(2)] == ["Fit page", "Fit width"]


def test_presenter_view_follows_the_slides_with_notes_timer_and_counter(preview, qtbot):
    preview.notes_provider = lambda page: f"Notes of slide {page + 1}"
    preview._open_presenter(None, with_view=True)
    slides, view = preview.presenter, preview.presenter_view
    assert view is not None and view.counter.text() == f"1 / {slides.page_count}"
    assert view.notes_view.toPlainText() == "Notes of slide 1"
    assert not view.current.pixmap().isNull() and not view.next.pixmap().isNull()
    assert view.elapsed.text() == "0:00:00" and len(view.clock.text()) == 5
    qtbot.keyClick(view, Qt.Key_Right)  # the presenter's keys drive the projector
    assert slides.page == 1 and view.counter.text().startswith("2 / ")
    assert view.notes_view.toPlainText() == "Notes of slide 2"
    assert view.counter.font().pointSize() >= 24  # readable from a step back
    slides.go_to(slides.page_count - 1)
    assert "last slide" in view.next.toolTip()
    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.waitUntil(lambda: preview.presenter is None and preview.presenter_view is None)


def test_presenter_view_without_notes_says_so(preview):
    preview._open_presenter(None, with_view=True)
    assert preview.presenter_view.notes_view.toPlainText() == "No speaker notes for this slide."
    preview.presenter.close()


def test_export_dialog_offers_open_and_show_in_folder_after_exporting(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    assert window.open_demo()
    window.export_deck()
    dialog = window.export_dialog
    assert not dialog.open_button.isVisible()  # nothing to open yet
    target = tmp_path / "review.pdf"
    dialog.path_edit.setText(str(target))
    assert dialog.start_export()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=RENDER_TIMEOUT)
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    dialog.open_button.click()
    dialog.folder_button.click()
    assert opened == [str(target), str(tmp_path)]


def test_presenter_view_shows_the_speaker_notes_of_the_slides_section(window, qtbot):
    from app.services.deck import notes_service

    assert window.open_demo()
    notes_service.set_notes(window.document.plan, "risks", "Say which two risks we watch weekly.")
    preview = window.editors["deck"]
    with qtbot.waitSignal(preview.rendered, timeout=RENDER_TIMEOUT):
        window.navigator.setCurrentRow(list(window.editors).index("deck"))
    risk_page = preview.page_sections.index("risks")
    assert len(preview.page_sections) == preview.pdf.pageCount()
    preview._open_presenter(None, with_view=True)
    preview.presenter.go_to(risk_page)
    assert preview.presenter_view.notes_view.toPlainText() == "Say which two risks we watch weekly."
    preview.presenter.go_to(0)
    assert preview.presenter_view.notes_view.toPlainText() == "No speaker notes for this slide."
    preview.presenter.close()
