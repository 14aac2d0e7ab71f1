"""The window as a strategist uses it: open the sample, edit, undo, redo,
reopen; refused edits; locked and bad files; unexpected errors."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.gui_support import stored


def test_demo_edit_undo_redo_and_reopen(window, qtbot):
    assert window.open_demo()
    path = window.document.plan.path
    editor = window.editors["overview"]
    original = stored(path, 'SELECT title FROM "plan"')
    assert editor.title_edit.text() == original and original
    assert "Stratdeck" in window.windowTitle() and path.stem in window.windowTitle()

    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Double 11 ")
    commit = QInputMethodEvent()
    commit.setCommitString("冲刺")  # what an IME delivers when Chinese is typed
    QApplication.sendEvent(editor.title_edit, commit)
    assert stored(path, 'SELECT title FROM "plan"') == "Double 11 冲刺"
    assert window.document.undo_stack.count() == 1  # typing merged into one step
    assert window.save_state.text().startswith("Saved")

    window.undo_action.trigger()
    assert stored(path, 'SELECT title FROM "plan"') == original
    assert editor.title_edit.text() == original
    window.redo_action.trigger()
    assert stored(path, 'SELECT title FROM "plan"') == "Double 11 冲刺"

    window.close_plan()
    assert not (path.parent / f".~lock.{path.name}#").exists()
    assert window.open_plan(str(path))
    assert window.editors["overview"].title_edit.text() == "Double 11 冲刺"


def test_undo_shortcut_works_while_typing_in_a_field(window, qtbot):
    window.open_demo()
    editor = window.editors["overview"]
    before = editor.brand_edit.text()
    editor.brand_edit.setFocus()
    qtbot.keyClicks(editor.brand_edit, "X")
    qtbot.keyClick(editor.brand_edit, Qt.Key_Z, Qt.ControlModifier)
    assert editor.brand_edit.text() == before
    assert stored(window.document.plan.path, 'SELECT brand FROM "plan"') == before


def test_period_end_before_start_is_refused_with_a_message(window):
    window.open_demo()
    editor = window.editors["overview"]
    path = window.document.plan.path
    start = stored(path, 'SELECT period_start FROM "plan"')
    end = stored(path, 'SELECT period_end FROM "plan"')
    assert editor.edit("period_end", "2020-01-01") is False
    assert "before it starts" in editor.banner.text() and editor.banner.isVisibleTo(editor)
    assert stored(path, 'SELECT period_end FROM "plan"') == end
    assert editor.end_edit.date().toString(Qt.ISODate) == end
    assert editor.start_edit.date().toString(Qt.ISODate) == start


def test_bad_logo_is_refused_and_a_good_one_is_undoable(window, tmp_path):
    from PIL import Image

    window.open_demo()
    editor = window.editors["overview"]
    path = window.document.plan.path
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    window.dialog_log.image_path = str(fake)
    editor.choose_logo()
    assert "logo.png" in editor.banner.text() and "not a PNG or JPEG" in editor.banner.text()
    assert stored(path, 'SELECT logo FROM "plan"') is None

    good = tmp_path / "good.png"
    Image.new("RGB", (3000, 1000), "#C8102E").save(good)
    window.dialog_log.image_path = str(good)
    editor.choose_logo()
    assert stored(path, 'SELECT logo_mime FROM "plan"') == "image/png"
    assert not editor.logo_label.pixmap().isNull()
    window.undo_action.trigger()
    assert stored(path, 'SELECT logo FROM "plan"') is None


def test_objectives_add_move_delete_undo(window):
    window.open_demo()
    panel = window.editors["overview"].objectives
    path = window.document.plan.path
    count = stored(path, "SELECT count(*) FROM objective")
    panel.table.selectRow(0)
    panel.add_objective()
    assert stored(path, "SELECT count(*) FROM objective") == count + 1
    new_index = panel.model.index(1, 0)
    assert panel.model.setData(new_index, "私域复购率提升到 35%")
    assert stored(path, "SELECT text FROM objective WHERE position = 1") == "私域复购率提升到 35%"
    panel.table.selectRow(1)
    panel.move_selected(-1)
    assert stored(path, "SELECT text FROM objective WHERE position = 0") == "私域复购率提升到 35%"
    panel.table.selectRow(0)
    panel.remove_selected()
    assert stored(path, "SELECT count(*) FROM objective") == count
    stack = window.document.undo_stack
    stack.undo()  # delete
    assert stored(path, "SELECT text FROM objective WHERE position = 0") == "私域复购率提升到 35%"
    stack.undo()  # move
    stack.undo()  # edit
    stack.undo()  # add
    assert stored(path, "SELECT count(*) FROM objective") == count
    assert panel.model.rowCount() == count


def test_problems_panel_lists_findings_and_opens_the_field(window, qtbot):
    window.open_demo()
    editor = window.editors["overview"]
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key_Delete)
    qtbot.waitUntil(lambda: "The plan has no title." in [f.message for f in window.problems.model.findings])
    messages = [f.message for f in window.problems.model.findings]
    row = messages.index("The plan has no title.")
    editor.market_context.setFocus()
    window.problems.view.clicked.emit(window.problems.model.index(row))
    qtbot.waitUntil(lambda: editor.title_edit.hasFocus())


def test_second_window_on_a_locked_plan_opens_read_only(window, qtbot):
    from app.views.shell.main_window import MainWindow

    window.open_demo()
    path = window.document.plan.path
    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_plan(str(path))
    assert "already open by" in window.dialog_log.read_only_questions[0]
    assert other.document.read_only
    assert "[read-only]" in other.windowTitle()
    assert not other.editors["overview"].widget().isEnabled()
    other.close()
    assert (path.parent / f".~lock.{path.name}#").exists()  # first window still holds it


@pytest.mark.parametrize(
    "content, expected",
    [(b"\x00garbage" * 64, "not a Stratdeck plan"), (b"", "is empty")],
)
def test_bad_files_show_a_clear_message(window, tmp_path, content, expected):
    bad = tmp_path / "bad.stratdeck"
    bad.write_bytes(content)
    assert not window.open_plan(str(bad))
    assert expected in window.dialog_log.errors[-1][1]
    assert bad.read_bytes() == content
    assert window.pages.currentWidget() is window.start_page


def test_unexpected_exception_is_reported_and_app_keeps_running(window, qtbot, tmp_path):
    from app.views.shell import error_reporting

    error_reporting.install_excepthook(lambda: window)
    try:
        sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    finally:
        sys.excepthook = sys.__excepthook__
    title, message = window.dialog_log.errors[-1]
    assert "boom" in message and "stratdeck.log" in message
    assert window.open_demo()  # still working


def test_write_failure_says_how_to_keep_the_work(window):
    window.open_demo()
    plan = window.document.plan
    pages = plan.conn.execute("PRAGMA page_count").fetchone()[0]
    plan.conn.execute(f"PRAGMA max_page_count = {pages}")
    editor = window.editors["overview"]
    editor.edit("market_context", "长文本" * 20000)
    title, message = window.dialog_log.errors[-1]
    assert "disk is full" in message and "Save As" in message
    assert window.save_state.text() == "Not saved"


def test_last_plan_reopens_and_start_page_lists_recent(window, qtbot):
    from app.views.shell.app import open_initial_plan
    from app.views.shell.main_window import MainWindow

    window.open_demo()
    path = window.document.plan.path
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.pages.currentWidget() is again.start_page
    assert str(path) in again.start_page.recent_model.stringList()[0]
    open_initial_plan(again, None, False, False)
    assert again.document is not None and again.document.plan.path == path
    again.close()


def test_save_as_continues_in_the_copy(window, tmp_path):
    window.open_demo()
    target = tmp_path / "copy.stratdeck"
    window.dialog_log.save_path = str(target)
    window.save_as()
    assert window.document.plan.path == target
    assert stored(target, 'SELECT count(*) FROM "plan"') == 1
    assert not list(tmp_path.glob(".stratdeck-*.tmp"))


def test_market_context_typing_is_one_undo_step_and_ctrl_z_in_the_box_undoes_it(window, qtbot):
    window.open_demo()
    editor = window.editors["overview"]
    path = window.document.plan.path
    before = stored(path, 'SELECT market_context FROM "plan"')
    editor.market_context.setFocus()
    editor.market_context.moveCursor(editor.market_context.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.market_context, " More.")
    assert stored(path, 'SELECT market_context FROM "plan"') == before + " More."
    qtbot.keyClick(editor.market_context, Qt.Key_Z, Qt.ControlModifier)
    assert stored(path, 'SELECT market_context FROM "plan"') == before
    assert editor.market_context.toPlainText() == before


def test_combo_boxes_colour_and_dates_are_saved(window, qtbot):
    window.open_demo()
    editor = window.editors["overview"]
    path = window.document.plan.path
    editor.currency_box.setCurrentText("USD")
    editor.currency_box.activated.emit(editor.currency_box.currentIndex())
    assert stored(path, 'SELECT currency FROM "plan"') == "USD"
    editor.language_box.setCurrentIndex(editor.language_box.findData("zh"))
    editor.language_box.activated.emit(editor.language_box.currentIndex())
    assert stored(path, 'SELECT language FROM "plan"') == "zh"
    window.dialog_log.color = "#112233"
    editor.choose_color()
    assert stored(path, 'SELECT brand_color FROM "plan"') == "#112233"
    assert editor.color_button.text() == "#112233"
    from PySide6.QtCore import QDate

    editor.end_edit.setDate(QDate(2031, 6, 30))
    assert stored(path, 'SELECT period_end FROM "plan"') == "2031-06-30"
    qtbot.waitUntil(lambda: any("longer than three years" in f.message for f in window.problems.model.findings))
    for _ in range(4):
        window.undo_action.trigger()
    assert stored(path, 'SELECT currency FROM "plan"') == "CNY"
    assert stored(path, 'SELECT period_end FROM "plan"') == "2027-12-31"


def test_switching_to_english_shows_dates_with_english_month_names(window):
    from PySide6.QtCore import QLocale

    from app.views.common import translations

    assert window.open_demo()
    translations.install_language("zh")
    window.setLocale(QLocale("zh_CN"))  # as if the window had been built in Chinese
    try:
        window.apply_language("en")
        editor = window.editors["overview"]
        assert editor.start_edit.text() == "1 Jan 2027"
        assert editor.start_edit.calendarWidget().locale().language() == QLocale.English
    finally:
        translations.install_language("en")


def test_start_page_says_what_to_do_until_a_plan_was_opened(window):
    page = window.start_page
    assert window.pages.currentWidget() is page
    assert not page.empty_hint.isHidden() and "sample plan" in page.empty_hint.text()
    window.open_demo()
    window.close_plan()
    assert window.start_page.empty_hint.isHidden()
    assert window.start_page.recent_model.rowCount() == 1


@pytest.mark.parametrize("canvas", ["playbooks", "risks"])
def test_closing_the_plan_while_a_cell_is_being_typed_in_keeps_the_text(window, qtbot, canvas):
    from PySide6.QtWidgets import QApplication

    from tests.gui_support import stored_rows

    assert window.open_demo()
    path = window.document.plan.path
    window.navigator.setCurrentRow(list(window.editors).index(canvas))
    editor = window.editors[canvas]
    table = editor.steps.table if canvas == "playbooks" else editor.table
    model = table.model()
    column = next(n for n, spec in enumerate(model.columns) if spec.field in ("action", "title"))
    index = model.index(0, column)
    table.setCurrentIndex(index)
    table.edit(index)
    cell = QApplication.focusWidget() or table.focusWidget()
    cell.selectAll()
    qtbot.keyClicks(cell, "Typed before closing")
    window.close_plan()
    assert window.dialog_log.errors == []
    sql = "SELECT action FROM playbook_step" if canvas == "playbooks" else "SELECT title FROM risk"
    assert "Typed before closing" in [row[0] for row in stored_rows(path, sql)]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_menu_mnemonics_are_unique_within_each_menu(window, language):
    import re

    from app.views.common import translations

    window.apply_language(language)
    try:
        for menu_action in window.menuBar().actions():
            keys = [
                m.group(1).lower()
                for action in menu_action.menu().actions()
                if (m := re.search(r"&([^&])", action.text()))
            ]
            assert len(keys) == len(set(keys)), (menu_action.text(), keys)
    finally:
        translations.install_language("en")


def test_tab_from_the_navigator_goes_into_the_canvas(window, qtbot):
    window.open_demo()
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus)
    qtbot.keyClick(window.navigator, Qt.Key_Tab)
    focused = window.focusWidget()
    assert focused is not None and window.editor_stack.isAncestorOf(focused), focused
