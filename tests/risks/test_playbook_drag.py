"""Dragging rows with the mouse in the Playbooks and Risks tables.

QDrag.exec returns at once on the offscreen test platform, so the test
plays the drop side as the window system would: drag-enter, drag-move and
drop events on the table's viewport at a row's position, carrying what the
view puts in the drag (the model's mime data for the pressed row). The
view then works out the drop row itself, exactly as for a real drag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.risks_support import open_canvas, problems_at_once, reopen, rows


@pytest.fixture(autouse=True)
def _problems_at_once(monkeypatch):
    problems_at_once(monkeypatch)


def drag_row(qtbot, table, source_row: int, drop_at: QPoint) -> bool:
    """Press on *source_row*, then drag it to *drop_at* (viewport
    coordinates) and drop; return whether the view accepted the drop."""
    viewport, model = table.viewport(), table.model()
    start = table.visualRect(model.index(source_row, 1)).center()
    qtbot.mouseClick(viewport, Qt.LeftButton, pos=start)  # the user presses on the row first
    data = model.mimeData([model.index(source_row, 0)])
    buttons, mods = Qt.LeftButton, Qt.NoModifier
    enter = QDragEnterEvent(start, Qt.MoveAction, data, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the table does not take the drag"
    for point in (start, drop_at):
        move = QDragMoveEvent(point, Qt.MoveAction, data, buttons, mods)
        QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(drop_at), Qt.MoveAction, data, buttons, mods, QEvent.Drop)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def above(table, row: int) -> QPoint:
    """A point just inside the top edge of *row* (drops before it)."""
    rect = table.visualRect(table.model().index(row, 1))
    return QPoint(rect.center().x(), rect.top() + 1)


def below_last(table) -> QPoint:
    """A point in the empty viewport below the last row (drops at the end)."""
    rect = table.visualRect(table.model().index(table.model().rowCount() - 1, 1))
    return QPoint(rect.center().x(), min(rect.bottom() + 12, table.viewport().height() - 2))


def _step_actions(path, playbook_id: str) -> list[str]:
    return [
        r[0]
        for r in rows(path, "SELECT action FROM playbook_step WHERE playbook_id = ? ORDER BY position", (playbook_id,))
    ]


def test_dragging_a_step_reorders_it_in_one_undo_step(window, qtbot):
    editor = open_canvas(window, "playbooks")
    path = window.document.plan.path
    playbook_id = editor.current["id"]
    steps = editor.steps
    steps.table.setMinimumHeight(420)  # room below the last step to drop on
    editor.scroll.ensureWidgetVisible(steps.table)
    before = _step_actions(path, playbook_id)
    assert len(before) >= 4
    depth = window.document.undo_stack.count()
    drag_row(qtbot, steps.table, 0, below_last(steps.table))  # the first step to the end
    after = _step_actions(path, playbook_id)
    assert after == before[1:] + before[:1]
    assert window.document.undo_stack.count() == depth + 1  # one drag, one undo step
    assert [r["action"] for r in steps.model.rows] == after  # the table shows the new order
    assert steps.selected_id() == steps.model.rows[-1]["id"]  # the dragged step stays selected
    drag_row(qtbot, steps.table, len(after) - 1, above(steps.table, 1))  # back up, before the second
    assert _step_actions(path, playbook_id) == [after[0], after[-1], *after[1:-1]]
    assert window.document.undo_stack.count() == depth + 2
    window.undo_action.trigger()
    assert _step_actions(path, playbook_id) == after
    window.undo_action.trigger()
    assert _step_actions(path, playbook_id) == before
    window.redo_action.trigger()
    reopen(window)
    assert [r["action"] for r in window.editors["playbooks"].steps.model.rows] == after


def test_dropping_a_step_where_it_was_changes_nothing(window, qtbot):
    editor = open_canvas(window, "playbooks")
    path = window.document.plan.path
    steps = editor.steps
    editor.scroll.ensureWidgetVisible(steps.table)
    before = _step_actions(path, editor.current["id"])
    depth = window.document.undo_stack.count()
    drag_row(qtbot, steps.table, 1, above(steps.table, 1))
    assert _step_actions(path, editor.current["id"]) == before
    assert window.document.undo_stack.count() == depth


def test_dragging_a_risk_row_reorders_the_register_and_not_while_filtered(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    order = [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")]
    depth = window.document.undo_stack.count()
    drag_row(qtbot, editor.table, 5, above(editor.table, 0))
    assert [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")] == [order[5], *order[:5], *order[6:]]
    assert window.document.undo_stack.count() == depth + 1
    window.undo_action.trigger()
    assert [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")] == order
    cell = max(editor.heat_map.counts, key=editor.heat_map.counts.get)
    editor.set_cell(cell)
    assert editor.model.rowCount() >= 2
    drag_row(qtbot, editor.table, 1, above(editor.table, 0))  # filtered: a drop would be ambiguous
    assert [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")] == order
