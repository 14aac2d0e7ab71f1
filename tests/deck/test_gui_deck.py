"""The deck in the app: export dialog in the background, preview, presenter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.gui_support import stored

RENDER_TIMEOUT = 30_000


@pytest.fixture
def window(window):
    """The shared main window (tests/conftest.py) with the English sample plan open."""
    assert window.open_demo()
    return window


def test_export_dialog_writes_the_chosen_sections_while_editing_goes_on(window, qtbot, tmp_path):
    from pypdf import PdfReader

    from app.services.deck import registry

    window.export_deck()
    dialog = window.export_dialog
    assert dialog.isVisible()
    dialog.boxes["swot"].setChecked(False)
    target = tmp_path / "review deck.pdf"
    dialog.path_edit.setText(str(target))
    assert dialog.start_export()
    window.editors["overview"].edit("owner", "Edited while exporting")  # the window stays usable
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=RENDER_TIMEOUT)
    assert "Saved" in dialog.message.text() and str(target) in dialog.message.text()
    assert dialog.last_result.sections == [spec.key for spec in registry.registered() if spec.key != "swot"]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Qiyun" in text and "rest on named evidence" not in text and "Strengths (S)" not in text
    assert "SWOT analysis" not in text
    assert stored(window.document.plan.path, 'SELECT owner FROM "plan"') == "Edited while exporting"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_export_dialog_lists_every_registered_section_in_the_plans_language(window, tmp_path, language):
    from app.services.deck import registry
    from app.services.plan import samples

    if language == "zh":
        assert window.open_plan(str(samples.create_demo_plan("zh", tmp_path)))
    window.export_deck()
    dialog = window.export_dialog
    specs = registry.registered()
    assert list(dialog.boxes) == [spec.key for spec in specs]
    assert [box.text().replace("&&", "&") for box in dialog.boxes.values()] == [s.title(language) for s in specs]
    assert all(box.isChecked() for box in dialog.boxes.values())
    dialog.findChild(QPushButton, "sections-none").click()
    assert dialog.chosen_sections() == []
    assert not dialog.start_export() and dialog.message.text() == "Choose at least one section."
    dialog.findChild(QPushButton, "sections-all").click()
    assert dialog.chosen_sections() == [spec.key for spec in specs]


def test_export_dialog_refuses_mismatched_passwords_and_reports_a_bad_folder(window, qtbot, tmp_path):
    window.export_deck()
    dialog = window.export_dialog
    dialog.password_edit.setText("secret")
    dialog.confirm_edit.setText("Secret")
    assert not dialog.start_export()
    assert "differ" in dialog.message.text()
    dialog.confirm_edit.setText("secret")
    dialog.path_edit.setText(str(tmp_path / "missing folder" / "deck.pdf"))
    assert dialog.start_export()
    qtbot.waitUntil(
        lambda: dialog.buttons.isEnabled() and "Rendering" not in dialog.message.text(), timeout=RENDER_TIMEOUT
    )
    qtbot.waitUntil(
        lambda: "missing folder" in dialog.message.text() or "exist" in dialog.message.text(), timeout=RENDER_TIMEOUT
    )
    assert dialog.last_result is None
    assert not (tmp_path / "missing folder").exists()


def test_preview_shows_the_rendered_deck_and_goes_stale_after_an_edit(window, qtbot):
    preview = window.editors["deck"]
    with qtbot.waitSignal(preview.rendered, timeout=RENDER_TIMEOUT):
        window.navigator.setCurrentRow(list(window.editors).index("deck"))
    assert preview.pdf.pageCount() >= 5
    assert "slides" in preview.status.text()
    window.editors["overview"].edit("title", "A new title")
    assert preview.stale
    assert "changed" in preview.status.text()


def test_presenter_keys_walk_the_deck_and_escape_leaves(window, qtbot):
    preview = window.editors["deck"]
    window.present_deck()
    qtbot.waitUntil(lambda: preview.presenter is not None, timeout=RENDER_TIMEOUT)
    presenter = preview.presenter
    assert presenter.isFullScreen()
    last = presenter.page_count - 1
    assert presenter.page == 0 and last >= 4
    for key, expected in (
        (Qt.Key_Right, 1),
        (Qt.Key_Space, 2),
        (Qt.Key_PageUp, 1),
        (Qt.Key_Left, 0),
        (Qt.Key_Left, 0),
        (Qt.Key_End, last),
        (Qt.Key_PageDown, last),
        (Qt.Key_Home, 0),
    ):
        qtbot.keyClick(presenter, key)
        assert presenter.page == expected
    qtbot.keyClick(presenter, Qt.Key_B)
    assert presenter.black
    image = presenter.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    qtbot.keyClick(presenter, Qt.Key_B)
    assert not presenter.black
    assert not presenter.slide_image().isNull()
    qtbot.keyClick(presenter, Qt.Key_Home)
    image = presenter.grab().toImage()
    slide = presenter._slide_rect()
    below_cover_band = image.pixelColor(slide.center().x(), slide.bottom() - slide.height() // 12).name()
    assert below_cover_band == "#ffffff"  # a slide's white ground is white on screen, not black
    qtbot.keyClick(presenter, Qt.Key_Escape)
    qtbot.waitUntil(lambda: preview.presenter is None)


def test_closing_the_window_while_the_preview_renders_neither_hangs_nor_aborts(window, qtbot):
    import time

    from app.views.deck import worker as deck_worker

    window.navigator.setCurrentRow(list(window.editors).index("deck"))
    qtbot.waitUntil(lambda: bool(deck_worker._RUNNING), timeout=5_000)
    started = time.monotonic()
    window.close()  # waits for the running build
    assert time.monotonic() - started < 20
    qtbot.waitUntil(lambda: not deck_worker._RUNNING, timeout=5_000)


def test_present_deck_works_before_the_deck_canvas_was_ever_shown(window, qtbot):
    """Editors are built when first shown; View › Present Deck must build the
    preview itself rather than find nothing to present."""
    assert window.editors.get("deck") is None  # never shown in this window
    window.present_deck()
    preview = window.editors.get("deck")
    assert preview is not None
    qtbot.waitUntil(lambda: preview.presenter is not None, timeout=RENDER_TIMEOUT)
    preview.presenter.close()


def test_export_dialog_never_writes_the_deck_over_the_open_plan(window, qtbot, tmp_path):
    from tests.file_checks import sha256

    plan_path = window.document.plan.path
    before = sha256(plan_path)
    window.export_deck()
    dialog = window.export_dialog
    dialog.path_edit.setText(str(plan_path))
    assert not dialog.start_export()
    assert "plan file itself" in dialog.message.text()
    assert sha256(plan_path) == before
    dialog.path_edit.setText(str(tmp_path / "board deck"))  # typed without the suffix
    assert dialog.start_export()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=RENDER_TIMEOUT)
    assert (tmp_path / "board deck.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.path_edit.text() == str(tmp_path / "board deck.pdf")


def test_export_dialog_shows_the_whole_default_file_name(window, qtbot):
    window.export_deck()
    dialog = window.export_dialog
    qtbot.waitExposed(dialog)
    edit = dialog.path_edit
    assert edit.fontMetrics().horizontalAdvance(edit.text()) > 0
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(Path(edit.text()).name)


def test_deck_panel_overrides_a_headline_and_keeps_notes_with_undo(window, qtbot):
    from app.services.deck import notes_service

    preview = window.editors.get("deck")
    window.navigator.setCurrentRow(list(window.editors).index("deck"))
    preview = window.editors["deck"]
    qtbot.waitUntil(lambda: preview.texts.slide_box.count() > 5, timeout=RENDER_TIMEOUT)
    panel = preview.texts
    panel.slide_box.setCurrentIndex(panel.slide_box.findData("budget.summary"))
    assert panel.headline.text() == "" and "largest channel" in panel.headline.placeholderText()
    panel.headline.setText("Social carries the plan")
    panel.commit_headline()
    plan = window.document.plan
    assert notes_service.headline_of(plan, "budget.summary") == "Social carries the plan"
    assert preview.stale  # the preview follows the edit on its next render
    panel.section_box.setCurrentIndex(panel.section_box.findData("budget"))
    panel.notes.setPlainText("Say the 40 % share twice.")
    panel.commit_notes()
    assert stored(plan.path, "SELECT notes FROM deck_note WHERE section = 'budget'") == "Say the 40 % share twice."
    window.document.undo_stack.undo()
    assert notes_service.notes_of(plan, "budget") == ""
    window.document.undo_stack.undo()
    assert notes_service.headline_of(plan, "budget.summary") == ""
    panel.headline.setText("x" * 160 + "y")  # the field holds 160 characters at most
    assert len(panel.headline.text()) == 160
