"""QA: an empty SWOT board and TOWS table say what to do first; the hint
goes once an item or strategy is there and comes back on undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.plan_file import PlanFile


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
    from app.views.plan_document import PlanDocument
    from app.views.swot_editor import SwotEditor

    PlanFile.create(plan_path, title="Empty", language="en").close()
    assert window.open_plan(str(plan_path))
    monkeypatch.setattr(PlanDocument, "read_only", True, raising=False)
    editor = SwotEditor(window.document)
    assert editor.board.views["T"].empty_hint.text == "No threats yet."
    assert editor.tows.empty_hint.text == "No TOWS strategies yet."
