"""The SWOT board driven as a user would: type, drag, keyboard moves, sort,
delete with citations; undo and redo; reopen the file and find the change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from tests.swot_support import DeleteQuestions, file_rows, open_swot, quadrant_texts, stop_pending_problems, view_texts


@pytest.fixture
def window(window):
    """The shared main window; a Problems refresh still pending is stopped before it closes."""
    yield window
    stop_pending_problems(window)


def test_add_an_item_type_it_weigh_it_and_find_it_after_reopening(window, qtbot):
    editor = open_swot(window)
    path = window.document.plan.path
    editor.board.select_ids([editor.board.models["O"].rows[0]["id"]])
    item_id = editor.add_item()
    assert editor.board.models["O"].row_of(item_id) == 1  # after the selected item
    qtbot.keyClicks(editor.form.text_edit, "Seeding on Xiaohongshu")
    editor.form.text_edit.editingFinished.emit()
    editor.form.weight_box.setValue(5)
    editor.form.evidence_edit.setFocus()
    qtbot.keyClicks(editor.form.evidence_edit, "QuestMobile 2026")
    stack = window.document.undo_stack
    assert stack.count() == 4  # add, typed text, weight, typed evidence
    assert quadrant_texts(path, "O")[1] == "Seeding on Xiaohongshu"
    assert "Seeding on Xiaohongshu" in editor.board.models["O"].data(editor.board.models["O"].index(1))

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert file_rows(path, "SELECT weight, evidence FROM swot_item WHERE id = ?", (item_id,)) == [(3, "")]
    assert editor.form.weight_box.value() == 3
    window.redo_action.trigger()
    window.redo_action.trigger()
    window.close_plan()
    assert window.open_plan(str(path))
    editor = window.editors["swot"]
    assert view_texts(editor, "O")[1] == "Seeding on Xiaohongshu"
    assert file_rows(path, "SELECT weight, evidence FROM swot_item WHERE id = ?", (item_id,)) == [
        (5, "QuestMobile 2026")
    ]


def test_a_refused_edit_is_explained_and_nothing_changes(window, qtbot):
    editor = open_swot(window)
    item = editor.board.models["S"].rows[0]
    editor.board.select_ids([item["id"]])
    editor.form.text_edit.setText("x" * 1001)
    editor.form.text_edit.textEdited.emit("x" * 1001)
    assert editor.banner.isVisible() and "has 1001 characters; the limit is 1000" in editor.banner.text()
    assert editor.form.text_edit.text() == item["text"]
    assert window.document.undo_stack.count() == 0


def test_dragging_two_items_into_another_quadrant_is_one_undo_step(window):
    editor = open_swot(window)
    path = window.document.plan.path
    strengths, opportunities = editor.board.models["S"], editor.board.models["O"]
    moved = [strengths.rows[1]["text"], strengths.rows[3]["text"]]
    before_o = quadrant_texts(path, "O")
    data = strengths.mimeData([strengths.index(1), strengths.index(3)])
    assert opportunities.canDropMimeData(data, Qt.MoveAction, 1, 0, QModelIndex())
    opportunities.dropMimeData(data, Qt.MoveAction, 1, 0, QModelIndex())
    assert quadrant_texts(path, "O") == before_o[:1] + moved + before_o[1:]
    assert view_texts(editor, "O") == quadrant_texts(path, "O")
    assert len(view_texts(editor, "S")) == 2
    assert sorted(editor.board.models["O"].rows[r]["text"] for r in (1, 2)) == sorted(moved)
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert quadrant_texts(path, "O") == before_o and len(quadrant_texts(path, "S")) == 4
    window.redo_action.trigger()
    assert quadrant_texts(path, "O")[1:3] == moved


def test_dropping_onto_an_item_and_below_the_last_one_within_a_quadrant(window):
    editor = open_swot(window)
    path = window.document.plan.path
    threats = editor.board.models["T"]
    texts = quadrant_texts(path, "T")
    threats.dropMimeData(threats.mimeData([threats.index(0)]), Qt.MoveAction, -1, -1, QModelIndex())
    assert quadrant_texts(path, "T") == texts[1:] + texts[:1]  # below the last: to the end
    threats.dropMimeData(threats.mimeData([threats.index(3)]), Qt.MoveAction, -1, -1, threats.index(1))
    assert quadrant_texts(path, "T") == [texts[1], texts[0], texts[2], texts[3]]  # onto an item: before it
    assert not threats.dropMimeData(None, Qt.MoveAction, 0, 0, QModelIndex())


def test_keyboard_reorders_and_moves_items_between_quadrants(window, qtbot):
    editor = open_swot(window)
    path = window.document.plan.path
    view = editor.board.views["W"]
    texts = quadrant_texts(path, "W")
    editor.board.select_ids([editor.board.models["W"].rows[0]["id"]])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    assert quadrant_texts(path, "W") == [texts[1], texts[0], texts[2], texts[3]]
    qtbot.keyClick(view, Qt.Key_Up, Qt.ControlModifier)
    assert quadrant_texts(path, "W") == texts
    qtbot.keyClick(view, Qt.Key_Up, Qt.ControlModifier)  # already first: nothing happens
    assert window.document.undo_stack.count() == 2
    qtbot.keyClick(view, Qt.Key_Left, Qt.ControlModifier)  # W → S beside it
    assert quadrant_texts(path, "S")[-1] == texts[0] and texts[0] not in quadrant_texts(path, "W")
    assert editor.board.selected_ids() and editor.board.current_quadrant == "S"
    qtbot.keyClick(editor.board.views["S"], Qt.Key_Down, Qt.ControlModifier | Qt.ShiftModifier)  # S → O below
    assert quadrant_texts(path, "O")[-1] == texts[0]
    assert window.document.undo_stack.count() == 4
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert quadrant_texts(path, "W") == texts
    assert view_texts(editor, "W") == texts
    editor.board.select_ids([editor.board.models["W"].rows[1]["id"]])
    qtbot.keyClick(view, Qt.Key_Insert)  # a new, empty item after the selection
    assert quadrant_texts(path, "W")[2] == "" and len(quadrant_texts(path, "W")) == 5
    assert editor.board.selected_ids() == [editor.board.models["W"].rows[2]["id"]]
    assert editor.board.groups["W"].title() == "Weaknesses · 5"


def test_sort_by_weight_is_one_undo_step(window):
    editor = open_swot(window)
    path = window.document.plan.path
    opportunities = editor.board.models["O"]
    first = opportunities.rows[0]["id"]
    editor.board.select_ids([first])
    editor.form.weight_box.setValue(1)
    before = {q: quadrant_texts(path, q) for q in "SWOT"}
    assert editor.sort_by_weight()
    weights = [r[0] for r in file_rows(path, "SELECT weight FROM swot_item WHERE quadrant='O' ORDER BY position")]
    assert weights == sorted(weights, reverse=True)
    assert file_rows(path, "SELECT id FROM swot_item WHERE quadrant='O' AND position=3") == [(first,)]
    assert editor.board.models["O"].rows[3]["id"] == first and editor.board.selected_ids() == [first]
    assert not editor.sort_by_weight()  # already sorted: no empty undo step
    count = window.document.undo_stack.count()
    window.undo_action.trigger()
    assert {q: quadrant_texts(path, q) for q in "SWOT"} == before
    assert window.document.undo_stack.index() == count - 1


def test_deleting_a_cited_item_asks_names_the_strategies_and_undo_restores_citations(window, monkeypatch, qtbot):
    questions = DeleteQuestions(monkeypatch, answer=False)
    editor = open_swot(window)
    path = window.document.plan.path
    taste = editor.board.models["S"].rows[0]
    cited_by = file_rows(path, "SELECT strategy_id FROM tows_citation WHERE swot_item_id = ?", (taste["id"],))
    assert len(cited_by) == 3  # SO1, ST1 and ST2 cite the taste lead
    editor.board.select_ids([taste["id"]])
    editor.board.views["S"].setFocus()
    qtbot.keyClick(editor.board.views["S"], Qt.Key_Delete)
    assert len(questions.asked) == 1
    message, details = questions.asked[0]
    assert message.startswith("3 TOWS strategies cite")
    assert [line.split()[0] for line in details.splitlines()] == ["SO1", "ST1", "ST2"]
    assert quadrant_texts(path, "S")[0] == taste["text"]  # cancelled: nothing changed
    assert window.document.undo_stack.count() == 0

    questions.answer = True
    assert editor.delete_selected()
    assert taste["text"] not in quadrant_texts(path, "S")
    assert file_rows(path, "SELECT count(*) FROM tows_citation WHERE swot_item_id = ?", (taste["id"],)) == [(0,)]
    assert taste["id"] not in {c for s in editor.tows.model.rows for c in s["cites"]}
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert quadrant_texts(path, "S")[0] == taste["text"]
    assert sorted(file_rows(path, "SELECT strategy_id FROM tows_citation WHERE swot_item_id = ?", (taste["id"],))) == (
        sorted(cited_by)
    )


def test_deleting_an_uncited_item_does_not_ask(window, monkeypatch):
    questions = DeleteQuestions(monkeypatch)
    editor = open_swot(window)
    item_id = editor.add_item("T")
    editor.board.select_ids([item_id])
    assert editor.delete_selected() and questions.asked == []
    assert item_id not in [r["id"] for r in editor.board.models["T"].rows]


def test_inline_edit_in_a_quadrant_list_is_saved(window):
    editor = open_swot(window)
    path = window.document.plan.path
    model = editor.board.models["W"]
    assert model.setData(model.index(2), "Thin cold-chain coverage")
    assert quadrant_texts(path, "W")[2] == "Thin cold-chain coverage"
    window.undo_action.trigger()
    assert quadrant_texts(path, "W")[2] != "Thin cold-chain coverage"


def _drop_on_view(view, data, point):
    """Deliver a drag-and-drop of *data* at *point* of a list view, as the
    window system would (enter, move, drop)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        event = event_type(point, Qt.MoveAction, data, Qt.LeftButton, Qt.NoModifier)
        QApplication.sendEvent(viewport, event)
    drop = QDropEvent(QPointF(point), Qt.MoveAction, data, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, drop)


def test_a_drop_event_on_another_quadrant_moves_the_items(window, qtbot):
    editor = open_swot(window)
    path = window.document.plan.path
    weaknesses = editor.board.models["W"]
    moved = weaknesses.rows[0]["text"]
    data = weaknesses.mimeData([weaknesses.index(0)])
    target = editor.board.views["T"]
    first = target.visualRect(editor.board.models["T"].index(0))
    _drop_on_view(target, data, first.topLeft() + QPoint(8, 2))  # the upper edge of T1: before it
    assert quadrant_texts(path, "T")[0] == moved and moved not in quadrant_texts(path, "W")
    assert view_texts(editor, "T")[0] == moved
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert quadrant_texts(path, "W")[0] == moved


def test_a_read_only_plan_shows_the_board_but_offers_no_edits(window, tmp_path):
    editor = open_swot(window)
    path = window.document.plan.path
    window.close_plan()
    assert window.open_plan(str(path), read_only=True)
    editor = window.editors["swot"]
    assert editor.board.models["S"].rowCount() == 4
    assert not editor.add_button.isEnabled() and not editor.tows.add_button.isEnabled()
    model = editor.board.models["S"]
    assert not model.flags(model.index(0)) & Qt.ItemIsEditable
    assert not model.canDropMimeData(model.mimeData([model.index(1)]), Qt.MoveAction, 0, 0, QModelIndex())
    editor.board.select_ids([model.rows[0]["id"]])
    assert not editor.form.text_edit.isEnabled()


def test_a_finding_about_an_item_opens_its_field(window):
    editor = open_swot(window)
    item = editor.board.models["W"].rows[2]
    editor.board.select_ids([item["id"]])
    editor.form.evidence_edit.setPlainText("")
    editor.form.edit("evidence", "")
    editor.form.edit("weight", 5)
    window.problems.refresh(window.document.plan)
    finding = next(f for f in window.problems.model.findings if f.rule == "swot.no_evidence")
    assert finding.item_id == item["id"]
    editor.board.select_ids([editor.board.models["S"].rows[0]["id"]])
    window.open_finding(finding)
    assert editor.board.selected_ids() == [item["id"]] and editor.form.evidence_edit.hasFocus()


def test_deleting_an_item_one_strategy_cites_names_that_strategy(window, monkeypatch):
    questions = DeleteQuestions(monkeypatch, answer=True)
    editor = open_swot(window)
    corporate = editor.board.models["O"].rows[2]  # O3, cited by SO2 only
    editor.board.select_ids([corporate["id"]])
    assert editor.delete_selected()
    message, details = questions.asked[0]
    assert message.startswith("TOWS strategy SO2 cites the items you are deleting.")
    assert details.startswith("SO2  Serve corporate gift orders")
    so2 = next(s for s in editor.tows.model.rows if s["label"] == "SO2")
    assert editor.tows.model.cites_text(so2) == "S2, S4"
