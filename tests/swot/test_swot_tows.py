"""The TOWS matrix driven as a user would: citations seen both ways,
strategies added, cited, re-kinded and deleted with undo/redo; kind
mismatches in the Problems panel and in ``stratdeck check``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.cli_support import run
from tests.swot_support import file_rows, open_swot, stop_pending_problems


@pytest.fixture
def window(window):
    """The shared main window; a Problems refresh still pending is stopped before it closes."""
    yield window
    stop_pending_problems(window)


def _strategy(editor, label):
    return next(s for s in editor.tows.model.rows if s["label"] == label)


def _rules(window):
    return {(f.rule, f.item_id) for f in window.problems.model.findings}


def test_citations_show_both_ways(window):
    editor = open_swot(window)
    so1 = _strategy(editor, "SO1")
    editor.tows.select_id(so1["id"])
    board = editor.board.models
    lit = {
        r["id"]
        for q in "SWOT"
        for r in board[q].rows
        if board[q].data(board[q].index(board[q].row_of(r["id"])), Qt.BackgroundRole) is not None
    }
    assert lit == set(so1["cites"]) and len(lit) == 3
    ticked = [
        editor.tows.choices.choices[r]["id"]
        for r in range(editor.tows.choices.rowCount())
        if editor.tows.choices.data(editor.tows.choices.index(r), Qt.CheckStateRole) == Qt.Checked
    ]
    assert sorted(ticked) == sorted(so1["cites"])

    taste = board["S"].rows[0]
    editor.board.select_ids([taste["id"]])
    model = editor.tows.model
    marked = [
        model.rows[r]["label"]
        for r in range(model.rowCount())
        if model.data(model.index(r, 1), Qt.BackgroundRole) is not None
    ]
    assert marked == ["SO1", "ST1", "ST2"]
    shown = editor.form.cited_by.text()
    assert "SO1" in shown and "ST2" in shown and "WT1" not in shown
    editor.form.cited_by.linkActivated.emit(_strategy(editor, "ST2")["id"])
    assert editor.tows.selected()["label"] == "ST2"


def test_add_a_strategy_cite_items_undo_redo_and_reopen(window):
    editor = open_swot(window)
    path = window.document.plan.path
    editor.tows.new_kind.setCurrentIndex(editor.tows.new_kind.findData("WO"))
    strategy_id = editor.tows.add_strategy()
    assert editor.tows.selected()["label"] == "WO3"
    table = editor.tows.model
    assert table.setData(table.index(table.row_of(strategy_id), 1), "Open a Tmall flagship tea bar")
    choices = editor.tows.choices
    assert {c["quadrant"] for c in choices.choices} == {"W", "O"}
    weakness = next(r for r in range(choices.rowCount()) if choices.choices[r]["quadrant"] == "W")
    opportunity = next(r for r in range(choices.rowCount()) if choices.choices[r]["quadrant"] == "O")
    assert choices.setData(choices.index(weakness), Qt.Checked.value, Qt.CheckStateRole)
    assert choices.setData(choices.index(opportunity), Qt.Checked, Qt.CheckStateRole)
    cited = [choices.choices[weakness]["id"], choices.choices[opportunity]["id"]]
    assert [
        r[0]
        for r in file_rows(
            path, "SELECT swot_item_id FROM tows_citation WHERE strategy_id = ? ORDER BY position", (strategy_id,)
        )
    ] == cited
    assert editor.tows.model.cites_text(editor.tows.selected()) == "W1, O1"
    stack = window.document.undo_stack
    assert stack.count() == 4
    window.undo_action.trigger()
    assert file_rows(path, "SELECT count(*) FROM tows_citation WHERE strategy_id = ?", (strategy_id,)) == [(1,)]
    window.redo_action.trigger()
    window.close_plan()
    assert window.open_plan(str(path))
    editor = window.editors["swot"]
    reopened = _strategy(editor, "WO3")
    assert (reopened["text"], reopened["cites"]) == ("Open a Tmall flagship tea bar", cited)


def test_a_strategy_citing_outside_its_kind_is_flagged_everywhere(window, qtbot, capsys):
    editor = open_swot(window)
    path = window.document.plan.path
    so1 = _strategy(editor, "SO1")
    editor.tows.select_id(so1["id"])
    editor.tows.kind_box.setCurrentIndex(editor.tows.kind_box.findData("ST"))
    editor.tows.change_kind("ST")
    moved = editor.tows.selected()
    assert moved["id"] == so1["id"] and moved["label"] == "ST3" and moved["kind"] == "ST"
    assert file_rows(path, "SELECT kind FROM tows_strategy WHERE id = ?", (so1["id"],)) == [("ST",)]
    assert (
        editor.tows.model.data(editor.tows.model.index(editor.tows.model.row_of(so1["id"]), 3), Qt.ForegroundRole)
        is not None
    )
    qtbot.waitUntil(lambda: ("tows.kind_mismatch", so1["id"]) in _rules(window))
    assert ("tows.missing_side", so1["id"]) in _rules(window)  # cites no threat
    finding = next(f for f in window.problems.model.findings if f.rule == "tows.kind_mismatch")
    assert finding.message.startswith("TOWS strategy ST3 cites O")
    code, out, _err = run(capsys, "check", path)
    assert "TOWS strategy ST3 cites O" in out and "which ST strategies do not pair" in out

    window.open_finding(finding)
    assert window.editor_stack.currentWidget() is editor and editor.tows.selected_id() == so1["id"]

    window.undo_action.trigger()
    assert _strategy(editor, "SO1")["id"] == so1["id"]
    qtbot.waitUntil(lambda: ("tows.kind_mismatch", so1["id"]) not in _rules(window))


def test_deleting_a_strategy_and_undo_brings_its_citations_back(window):
    editor = open_swot(window)
    path = window.document.plan.path
    wt2 = _strategy(editor, "WT2")
    editor.tows.select_id(wt2["id"])
    editor.tows.delete_button.click()
    assert file_rows(path, "SELECT count(*) FROM tows_strategy WHERE id = ?", (wt2["id"],)) == [(0,)]
    assert [s["label"] for s in editor.tows.model.rows][-1] == "WT1"
    window.undo_action.trigger()
    assert _strategy(editor, "WT2")["cites"] == wt2["cites"]
    assert [
        r[0]
        for r in file_rows(
            path, "SELECT swot_item_id FROM tows_citation WHERE strategy_id = ? ORDER BY position", (wt2["id"],)
        )
    ] == wt2["cites"]
