"""Persona cards reordered by drag and drop in the card grid: one undo
step per drag (one card or several), stored at once, kept on reopening;
the Move earlier / Move later buttons stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.services.personas import service as persona_service
from tests.gui_support import stored


@pytest.fixture
def window(window):
    """The shared main window; no Problems refresh is left pending afterwards."""
    yield window
    window.problems.refresh(None)


def _open_with(window, plan_path, names):
    from app.services.plan.storage.plan_file import PlanFile

    plan = PlanFile.create(plan_path, title="Tea launch", language="en")
    for name in names:
        persona_service.add_persona(plan, values={"name": name})
    plan.close()
    assert window.open_plan(str(plan_path))
    window.navigator.setCurrentRow(list(window.editors).index("personas"))
    return window.editors["personas"]


def _names(editor) -> list[str]:
    return [r["name"] for r in editor.model.rows]


def _stored_names(path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM persona ORDER BY position")]
    finally:
        conn.close()


def _drop(view, data, point: QPoint) -> None:
    """Deliver a drag-and-drop at *point* of the card grid, as the window system would."""
    viewport = view.viewport()
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(viewport, event_type(point, Qt.MoveAction, data, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), Qt.MoveAction, data, Qt.LeftButton, Qt.NoModifier))


def test_dragging_a_card_before_another_is_one_undo_step_and_survives_reopening(window, qtbot, plan_path):
    editor = _open_with(window, plan_path, ["Ana", "Bo", "Chen", "Dee"])
    window.show()
    qtbot.waitExposed(window)
    cards, model = editor.cards, editor.model
    data = model.mimeData([model.index(3)])
    first = cards.visualRect(model.index(0))
    _drop(cards, data, first.topLeft() + QPoint(3, first.height() // 2))  # the left edge of the first card
    assert _names(editor) == ["Dee", "Ana", "Bo", "Chen"] == _stored_names(plan_path)
    assert editor.detail.persona_id == model.rows[0]["id"]  # the dragged card stays selected
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _stored_names(plan_path) == ["Ana", "Bo", "Chen", "Dee"] == _names(editor)
    window.redo_action.trigger()
    assert _stored_names(plan_path) == ["Dee", "Ana", "Bo", "Chen"]
    window.close_plan()
    assert window.open_plan(str(plan_path))
    assert _names(window.editors["personas"]) == ["Dee", "Ana", "Bo", "Chen"]


def test_dragging_two_cards_to_the_end_keeps_their_order_in_one_step(window, plan_path):
    editor = _open_with(window, plan_path, ["Ana", "Bo", "Chen", "Dee"])
    model = editor.model
    data = model.mimeData([model.index(2), model.index(0)])
    assert model.canDropMimeData(data, Qt.MoveAction, -1, -1, QModelIndex())
    assert model.dropMimeData(data, Qt.MoveAction, -1, -1, QModelIndex()) is False  # nothing for the view to remove
    assert _stored_names(plan_path) == ["Bo", "Dee", "Ana", "Chen"]
    assert sorted(editor.selected_ids()) == sorted(r["id"] for r in model.rows[2:])
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _stored_names(plan_path) == ["Ana", "Bo", "Chen", "Dee"]


def test_a_drop_that_changes_nothing_adds_no_undo_step_and_buttons_still_move(window, qtbot, plan_path):
    editor = _open_with(window, plan_path, ["Ana", "Bo", "Chen"])
    model = editor.model
    model.dropMimeData(model.mimeData([model.index(1)]), Qt.MoveAction, 2, 0, QModelIndex())  # before the next one
    model.dropMimeData(model.mimeData([model.index(1)]), Qt.MoveAction, -1, -1, model.index(1))  # onto itself
    assert window.document.undo_stack.count() == 0
    assert not model.dropMimeData(None, Qt.MoveAction, 0, 0, QModelIndex())
    editor.select_persona(model.rows[2]["id"])
    qtbot.mouseClick(editor.left_button, Qt.LeftButton)
    assert _stored_names(plan_path) == ["Ana", "Chen", "Bo"]
    assert stored(plan_path, "SELECT COUNT(*) FROM persona") == 3


def test_a_read_only_plan_offers_no_card_drag(window, plan_path):
    editor = _open_with(window, plan_path, ["Ana", "Bo"])
    window.close_plan()
    assert window.open_plan(str(plan_path), read_only=True)
    editor = window.editors["personas"]
    model = editor.model
    assert not editor.cards.dragEnabled()
    assert not model.flags(model.index(0)) & Qt.ItemIsDragEnabled
    assert not model.canDropMimeData(model.mimeData([model.index(1)]), Qt.MoveAction, 0, 0, QModelIndex())


@pytest.mark.parametrize(
    ("ids", "index", "expected"),
    [
        (["d"], 0, "dabc"),
        (["a"], 4, "bcda"),
        (["a", "c"], 4, "bdac"),
        (["c", "a"], 1, "acbd"),
        (["b"], 1, "abcd"),
        (["b"], 2, "abcd"),
        (["b", "c"], 2, "abcd"),
        (["a"], 99, "bcda"),
    ],
)
def test_moved_order(ids, index, expected):
    assert "".join(persona_service.moved_order(list("abcd"), ids, index)) == expected


def test_on_a_small_screen_the_cards_leave_the_form_room(window, qtbot, plan_path):
    editor = _open_with(window, plan_path, ["Urban professional · Lin Yue", "Bo"])
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    name = editor.detail.widgets["name"]
    assert name.width() >= 150  # the name field is readable, not squeezed
    for button in (editor.add_button, editor.duplicate_button, editor.remove_button, editor.left_button):
        assert button.width() >= button.sizeHint().width()  # no button squeezed below its text


@given(st.lists(st.booleans(), min_size=1, max_size=12), st.integers(-2, 14))
def test_moved_order_keeps_every_card_and_the_moved_ones_together(chosen, index):
    order = [f"p{n}" for n in range(len(chosen))]
    moving = [p for p, pick in zip(order, chosen, strict=True) if pick]
    result = persona_service.moved_order(order, list(reversed(moving)), index)
    assert sorted(result) == sorted(order)
    if moving:
        start = result.index(moving[0])
        assert result[start : start + len(moving)] == moving  # together, in card order
    assert [p for p in result if p not in moving] == [p for p in order if p not in moving]
