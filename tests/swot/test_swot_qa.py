"""QA on the Overview and SWOT canvases: empty lists and fields say what to do first;
read-only plans ask nothing they cannot carry out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.plan.storage.plan_file import PlanFile


def dark_pixels(widget) -> int:
    """How many clearly non-background pixels a widget shows (painted text)."""
    image = widget.grab().toImage()
    step = 2
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixelColor(x, y).lightness() < 200
    )


def open_empty(window, plan_path, key: str):
    """A new empty English plan, showing canvas *key*; returns its editor."""
    PlanFile.create(plan_path, title="Empty", language="en").close()
    assert window.open_plan(str(plan_path))
    window.navigator.setCurrentRow(list(window.editors).index(key))
    return window.editors[key]


def test_empty_quadrants_and_tows_table_show_a_hint(window, qtbot, plan_path):
    editor = open_empty(window, plan_path, "swot")
    strengths = editor.board.views["S"]
    qtbot.waitExposed(strengths)
    assert strengths.empty_hint.showing()
    assert "No strengths yet" in strengths.empty_hint.text and "Insert" in strengths.empty_hint.text
    assert dark_pixels(strengths.viewport()) > 20  # the hint is painted
    assert editor.tows.empty_hint.showing()
    assert "Add strategy" in editor.tows.empty_hint.text

    strengths.setFocus()
    qtbot.keyClick(strengths, Qt.Key_Insert)  # what the hint says to do
    assert editor.board.models["S"].rowCount() == 1
    assert not strengths.empty_hint.showing()
    assert editor.board.views["W"].empty_hint.showing()
    window.undo_action.trigger()
    assert strengths.empty_hint.showing()


def test_read_only_hint_does_not_invite_edits(window, plan_path, monkeypatch):
    from app.views.common.plan_document import PlanDocument
    from app.views.swot.editor import SwotEditor

    PlanFile.create(plan_path, title="Empty", language="en").close()
    assert window.open_plan(str(plan_path))
    monkeypatch.setattr(PlanDocument, "read_only", True, raising=False)
    editor = SwotEditor(window.document)
    assert editor.board.views["T"].empty_hint.text == "No threats yet."
    assert editor.tows.empty_hint.text == "No TOWS strategies yet."


def test_delete_key_in_a_read_only_plan_asks_nothing_and_changes_nothing(window, qtbot, tmp_path):
    from pathlib import Path

    from app.services.plan.samples import create_demo_plan

    path = create_demo_plan("en", Path(tmp_path))
    assert window.open_plan(str(path), read_only=True)
    window.navigator.setCurrentRow(list(window.editors).index("swot"))
    editor = window.editors["swot"]
    strengths = editor.board.views["S"]
    cited = editor.board.models["S"].rows[0]["id"]  # S1, cited by TOWS strategies
    editor.board.select_ids([cited])
    strengths.setFocus()
    qtbot.keyClick(strengths, Qt.Key_Delete)
    assert window.dialog_log.confirmations == []  # no question about a delete that cannot happen
    assert editor.board.models["S"].row_of(cited) == 0
    assert window.document.undo_stack.count() == 0


def test_empty_objectives_table_shows_a_hint_and_room_for_metric_and_target(window, qtbot, plan_path):
    editor = open_empty(window, plan_path, "overview")
    table = editor.objectives.table
    table.scrollTo(table.model().index(0, 0))
    editor.objectives.table.setFocus()
    assert editor.objectives.empty_hint.showing()
    assert "Add objective" in editor.objectives.empty_hint.text
    assert table.columnWidth(1) >= 90 and table.columnWidth(2) >= 90
    qtbot.mouseClick(editor.objectives.add_button, Qt.LeftButton)
    assert not editor.objectives.empty_hint.showing()


def test_empty_market_context_suggests_what_to_write(window, plan_path):
    editor = open_empty(window, plan_path, "overview")
    assert editor.market_context.toPlainText() == ""
    assert "Market size" in editor.market_context.placeholderText()
