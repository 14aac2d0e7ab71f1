"""TOWS strategies reordered within their kind (drag and Ctrl+Up/Down),
long strategy texts readable in wrapped rows, and the Problems finding
about an empty quadrant opening that quadrant."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.views.swot.tows_panel import MAX_LINES
from tests.swot_support import DeleteQuestions, file_rows, open_swot, stop_pending_problems


@pytest.fixture
def window(window):
    """The shared main window; a Problems refresh still pending is stopped before it closes."""
    yield window
    stop_pending_problems(window)


def _stored_order(path, kind: str) -> list[str]:
    return [r[0] for r in file_rows(path, "SELECT text FROM tows_strategy WHERE kind = ? ORDER BY position", (kind,))]


def _shown_order(editor, kind: str) -> list[str]:
    return [s["text"] for s in editor.tows.model.rows if s["kind"] == kind]


def _drop(view, data, point: QPoint) -> None:
    """Deliver a drag-and-drop at *point* of a view's viewport, as the window system would."""
    viewport = view.viewport()
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(viewport, event_type(point, Qt.MoveAction, data, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), Qt.MoveAction, data, Qt.LeftButton, Qt.NoModifier))


def test_dragging_a_strategy_within_its_kind_is_one_undo_step_and_survives_reopening(window):
    editor = open_swot(window)
    path = window.document.plan.path
    before = _stored_order(path, "SO")
    assert len(before) >= 2
    model, table = editor.tows.model, editor.tows.table
    first, second = model.kind_ids("SO")[:2]
    editor.tows.select_id(second)  # pressing on a row to drag it selects it
    data = model.mimeData([model.index(model.row_of(second), 1)])
    rect = table.visualRect(model.index(model.row_of(first), 1))
    _drop(table, data, rect.topLeft() + QPoint(10, 2))  # the upper edge of SO1: before it
    after = [before[1], before[0], *before[2:]]
    assert _stored_order(path, "SO") == after == _shown_order(editor, "SO")
    assert editor.tows.selected_id() == second  # still selected, now as SO1
    assert editor.tows.selected()["label"] == "SO1" and editor.tows.full_text.text().startswith("SO1  ")
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _stored_order(path, "SO") == before == _shown_order(editor, "SO")
    window.redo_action.trigger()
    assert _stored_order(path, "SO") == after
    window.close_plan()
    assert window.open_plan(str(path))
    assert _shown_order(window.editors["swot"], "SO") == after


def test_a_strategy_cannot_be_dropped_among_another_kind(window):
    editor = open_swot(window)
    path = window.document.plan.path
    model = editor.tows.model
    so_first = model.kind_ids("SO")[0]
    wo_row = model.row_of(model.kind_ids("WO")[0])
    data = model.mimeData([model.index(model.row_of(so_first), 0)])
    assert not model.canDropMimeData(data, Qt.MoveAction, wo_row, 0, QModelIndex())
    kinds = [r[0] for r in file_rows(path, "SELECT kind FROM tows_strategy ORDER BY kind, position")]
    _drop(editor.tows.table, data, editor.tows.table.visualRect(model.index(wo_row, 1)).center())
    assert [r[0] for r in file_rows(path, "SELECT kind FROM tows_strategy ORDER BY kind, position")] == kinds
    assert window.document.undo_stack.count() == 0
    # below the last strategy of its own kind: to the end of that kind
    last_so = model.row_of(model.kind_ids("SO")[-1])
    before = _stored_order(path, "SO")
    assert model.dropMimeData(data, Qt.MoveAction, last_so + 1, 0, QModelIndex()) is False
    assert _stored_order(path, "SO") == [*before[1:], before[0]]
    assert not model.canDropMimeData(None, Qt.MoveAction, 0, 0, QModelIndex())


def test_ctrl_up_and_down_move_the_selected_strategy_within_its_kind(window, qtbot):
    editor = open_swot(window)
    path = window.document.plan.path
    before = _stored_order(path, "WO")
    moving = editor.tows.model.kind_ids("WO")[0]
    editor.tows.select_id(moving)
    table = editor.tows.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_Up, Qt.ControlModifier)  # already first of WO: nothing
    assert window.document.undo_stack.count() == 0
    qtbot.keyClick(table, Qt.Key_Down, Qt.ControlModifier)
    assert _stored_order(path, "WO") == [before[1], before[0], *before[2:]]
    assert editor.tows.selected_id() == moving
    for _ in range(len(before)):
        qtbot.keyClick(table, Qt.Key_Down, Qt.ControlModifier)  # stops at the last WO, never turns ST or WT
    assert _stored_order(path, "WO") == [*before[1:], before[0]]
    assert window.document.undo_stack.count() == len(before) - 1
    window.undo_action.trigger()
    assert editor.tows.model.kind_ids("WO").index(moving) == len(before) - 2
    window.redo_action.trigger()
    window.close_plan()
    assert window.open_plan(str(path))
    assert _stored_order(path, "WO") == _shown_order(window.editors["swot"], "WO") == [*before[1:], before[0]]


def test_a_long_strategy_wraps_to_a_few_lines_with_the_whole_text_at_hand(window):
    editor = open_swot(window)
    editor.resize(1200, 800)
    model, panel = editor.tows.model, editor.tows
    strategy_id = model.kind_ids("ST")[0]
    row = model.row_of(strategy_id)
    line = panel.table.fontMetrics().lineSpacing()
    assert model.setData(model.index(row, 1), "Price match")
    assert model.setData(model.index(row, 2), "")
    short_height = panel.table.rowHeight(row)
    assert short_height < 2 * line + 10  # a short strategy keeps a one-line row
    long_text = "Bundle the cold-brew kit with a Tmall membership and seed it with campus tea clubs. " * 11
    assert model.setData(model.index(row, 1), long_text)
    assert short_height < panel.table.rowHeight(row) <= MAX_LINES * line + 10
    assert panel.table.rowHeight(row) >= 3 * line
    assert model.data(model.index(row, 1), Qt.ToolTipRole) == long_text
    panel.select_id(strategy_id)
    assert long_text.strip() in panel.full_text.text()
    window.undo_action.trigger()
    assert panel.table.rowHeight(row) == short_height


def test_the_empty_quadrant_finding_opens_that_quadrant(window, monkeypatch, qtbot):
    DeleteQuestions(monkeypatch, answer=True)
    editor = open_swot(window)
    threats = editor.board.models["T"]
    editor.board.select_ids([r["id"] for r in threats.rows])
    assert editor.delete_selected()
    strength = editor.board.models["S"].rows[0]["id"]
    editor.board.select_ids([strength])
    window.problems.refresh(window.document.plan)
    finding = next(f for f in window.problems.model.findings if f.rule == "swot.empty_quadrant")
    window.open_finding(finding)
    assert editor.board.current_quadrant == "T"
    qtbot.waitUntil(lambda: editor.board.views["T"].hasFocus())
    assert editor.board.selected_ids() == []
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)  # Add item now adds the missing threat
    assert threats.rowCount() == 1
    assert file_rows(window.document.plan.path, "SELECT count(*) FROM swot_item WHERE quadrant = 'T'") == [(1,)]


def test_on_a_small_screen_the_item_form_fits_its_width_and_scrolls(window, qtbot):
    editor = open_swot(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    strength = editor.board.models["S"].rows[0]
    editor.board.select_ids([strength["id"]])  # cited by three strategies: a long "cited by"
    QApplication.processEvents()
    area = editor.form_area
    assert editor.form.width() <= area.viewport().width()  # nothing cut off at the right
    assert editor.form.cited_by.text().count("<a ") == 3
    assert all(len(line) < 140 for line in editor.form.cited_by.text().split("<br>"))  # long texts shortened…
    assert "…" in editor.form.cited_by.text()
    area.ensureWidgetVisible(editor.form.cited_by)  # …and the list can be scrolled into view
    QApplication.processEvents()
    top = editor.form.cited_by.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < area.viewport().height()
