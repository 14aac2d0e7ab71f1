"""The Risks canvas detail pane and the heat map from the keyboard, as a
strategist uses them: type a mitigation over several lines, undo it in one
step, reopen the plan; walk the heat map with the arrow keys and filter the
register with Enter/Space."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.risks_support import open_canvas, problems_at_once, reopen, rows


@pytest.fixture(autouse=True)
def _problems_at_once(monkeypatch):
    problems_at_once(monkeypatch)


def _risk_ids(path) -> list[str]:
    return [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")]


def _type_lines(qtbot, widget, lines: list[str]) -> None:
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(widget, Qt.Key_Return)
        qtbot.keyClicks(widget, line)


def test_selecting_a_risk_fills_the_detail_pane(window):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[1]
    editor.select_id(risk_id)
    title, mitigation, status = rows(path, "SELECT title, mitigation, status FROM risk WHERE id = ?", (risk_id,))[0]
    detail = editor.detail
    assert detail.isEnabled()
    assert detail.line_edits["title"].text() == title
    assert detail.text_edits["mitigation"].toPlainText() == mitigation
    assert detail.status.currentData() == status
    assert title in detail.title()
    editor.table.clearSelection()
    assert not detail.isEnabled() and detail.line_edits["title"].text() == ""


def test_typing_a_multi_line_mitigation_is_one_undo_step_saved_at_once_and_reopens(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[0]
    editor.select_id(risk_id)
    before = rows(path, "SELECT mitigation FROM risk WHERE id = ?", (risk_id,))[0][0]
    box = editor.detail.text_edits["mitigation"]
    box.setFocus()
    box.selectAll()
    depth = window.document.undo_stack.count()
    _type_lines(qtbot, box, ["Two suppliers under contract", "45 days of safety stock"])
    typed = "Two suppliers under contract\n45 days of safety stock"
    assert rows(path, "SELECT mitigation FROM risk WHERE id = ?", (risk_id,)) == [(typed,)]  # on disk at once
    assert window.document.undo_stack.count() == depth + 1  # the whole session is one step
    assert editor.selected_id() == risk_id and box.toPlainText() == typed
    column = [c.field for c in editor.model.columns].index("mitigation")
    assert editor.model.index(editor.model.row_of(risk_id), column).data() == typed
    window.undo_action.trigger()
    assert rows(path, "SELECT mitigation FROM risk WHERE id = ?", (risk_id,)) == [(before,)]
    assert box.toPlainText() == before
    window.redo_action.trigger()
    assert box.toPlainText() == typed
    reopen(window)
    editor = window.editors["risks"]
    editor.select_id(risk_id)
    assert editor.detail.text_edits["mitigation"].toPlainText() == typed


def test_a_new_session_or_another_risk_is_a_new_undo_step(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    first, second = _risk_ids(path)[:2]
    editor.select_id(first)
    description = editor.detail.text_edits["description"]
    description.setFocus()
    description.moveCursor(description.textCursor().MoveOperation.End)
    depth = window.document.undo_stack.count()
    qtbot.keyClicks(description, " More.")
    editor.detail.line_edits["owner"].setFocus()  # leaving the field ends the typing session
    editor.detail._end_session("description")  # the offscreen platform may not deliver focus-out
    description.setFocus()
    qtbot.keyClicks(description, " Again.")
    assert window.document.undo_stack.count() == depth + 2
    editor.select_id(second)
    contingency = editor.detail.text_edits["contingency"]
    contingency.setFocus()
    contingency.selectAll()
    qtbot.keyClicks(contingency, "Switch to plan B")
    assert window.document.undo_stack.count() == depth + 3
    assert rows(path, "SELECT contingency FROM risk WHERE id = ?", (second,)) == [("Switch to plan B",)]
    assert rows(path, "SELECT description FROM risk WHERE id = ?", (first,))[0][0].endswith(" More. Again.")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert rows(path, "SELECT description FROM risk WHERE id = ?", (first,))[0][0].endswith(" More.")


def test_short_fields_in_the_pane_move_the_risk_on_the_heat_map(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[0]
    editor.select_id(risk_id)
    detail = editor.detail
    counts = dict(editor.heat_map.counts)
    detail.likelihood.setValue(5)
    detail.impact.setValue(5)
    assert rows(path, "SELECT likelihood, impact FROM risk WHERE id = ?", (risk_id,)) == [(5, 5)]
    assert editor.heat_map.counts[(5, 5)] == counts.get((5, 5), 0) + 1
    score = [c.field for c in editor.model.columns].index("score")
    assert editor.model.index(editor.model.row_of(risk_id), score).data() == "25 · critical"
    detail.category.setFocus()
    detail.category.lineEdit().selectAll()
    qtbot.keyClicks(detail.category.lineEdit(), "Weather")
    qtbot.keyClick(detail.category.lineEdit(), Qt.Key_Return)
    assert rows(path, "SELECT category FROM risk WHERE id = ?", (risk_id,)) == [("Weather",)]
    detail.category.setCurrentIndex(detail.category.findData("credit"))
    detail.category.activated.emit(detail.category.currentIndex())
    assert rows(path, "SELECT category FROM risk WHERE id = ?", (risk_id,)) == [("credit",)]
    detail.status.setCurrentIndex(detail.status.findData("closed"))
    detail.status.activated.emit(detail.status.currentIndex())
    assert rows(path, "SELECT status FROM risk WHERE id = ?", (risk_id,)) == [("closed",)]
    detail.review_date.setDate(detail.review_date.minimumDate())  # "not set"
    assert rows(path, "SELECT review_date FROM risk WHERE id = ?", (risk_id,)) == [(None,)]


def test_a_refused_title_in_the_pane_shows_the_banner_and_keeps_the_file(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[0]
    editor.select_id(risk_id)
    before = rows(path, "SELECT title FROM risk WHERE id = ?", (risk_id,))
    title = editor.detail.line_edits["title"]
    title.setFocus()
    title.setText("x" * 301)
    title.textEdited.emit(title.text())
    assert editor.banner.isVisibleTo(editor) and "300" in editor.banner.text()
    assert rows(path, "SELECT title FROM risk WHERE id = ?", (risk_id,)) == before


def test_the_pane_keeps_a_risk_that_an_edit_moved_out_of_the_filtered_cell(window):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[0]
    likelihood, impact = rows(path, "SELECT likelihood, impact FROM risk WHERE id = ?", (risk_id,))[0]
    editor.set_cell((likelihood, impact))
    editor.select_id(risk_id)
    editor.detail.impact.setValue(1 if impact != 1 else 2)
    assert editor.model.row_of(risk_id) < 0  # no longer in the filtered cell
    assert editor.detail.current["id"] == risk_id and editor.detail.isEnabled()


def test_a_mitigation_finding_puts_the_keyboard_in_the_mitigation_editor(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[0]
    editor.select_id(risk_id)
    editor.detail.edit("likelihood", 5)
    editor.detail.edit("mitigation", "")
    window.problems.refresh(window.document.plan)
    found = [f for f in window.problems.model.findings if f.rule == "risks.high_without_mitigation"]
    assert [f.item_id for f in found] == [risk_id]
    window.activateWindow()
    window.open_finding(found[0])
    assert editor.detail.current["id"] == risk_id
    qtbot.waitUntil(editor.detail.text_edits["mitigation"].hasFocus, timeout=2000)


# -- the heat map from the keyboard ---------------------------------------------------------------


def _walk_to(qtbot, heat_map, cell: tuple[int, int]) -> None:
    qtbot.keyClick(heat_map, Qt.Key_Home)  # the most severe cell, likelihood 5 × impact 5
    for _ in range(5 - cell[0]):
        qtbot.keyClick(heat_map, Qt.Key_Down)
    for _ in range(5 - cell[1]):
        qtbot.keyClick(heat_map, Qt.Key_Left)


def test_arrow_keys_and_enter_on_the_heat_map_filter_the_register(window, qtbot):
    editor = open_canvas(window, "risks")
    heat_map = editor.heat_map
    assert heat_map.focusPolicy() & Qt.TabFocus
    cell = max(heat_map.counts, key=heat_map.counts.get)
    expected = heat_map.counts[cell]
    heat_map.setFocus()
    _walk_to(qtbot, heat_map, cell)
    assert heat_map.focus_cell == cell
    assert editor.cell is None and len(editor.model.rows) == 8  # moving alone filters nothing
    qtbot.keyClick(heat_map, Qt.Key_Return)
    assert editor.cell == cell and len(editor.model.rows) == expected
    assert all((r["likelihood"], r["impact"]) == cell for r in editor.model.rows)
    assert editor.filter_label.text().endswith(f"{expected} risks.")
    qtbot.keyClick(heat_map, Qt.Key_Space)  # the same cell again: everything
    assert editor.cell is None and len(editor.model.rows) == 8
    qtbot.keyClick(heat_map, Qt.Key_Up)
    qtbot.keyClick(heat_map, Qt.Key_Space)
    moved = (min(5, cell[0] + 1), cell[1])
    assert editor.cell == moved and len(editor.model.rows) == heat_map.counts.get(moved, 0)


def test_the_focus_cell_stays_in_the_grid_and_is_described_with_its_count(window, qtbot):
    editor = open_canvas(window, "risks")
    heat_map = editor.heat_map
    heat_map.setFocus()
    qtbot.keyClick(heat_map, Qt.Key_Home)
    for _ in range(7):
        qtbot.keyClick(heat_map, Qt.Key_Up)
        qtbot.keyClick(heat_map, Qt.Key_Right)
    assert heat_map.focus_cell == (5, 5)
    qtbot.keyClick(heat_map, Qt.Key_End)
    assert heat_map.focus_cell == (1, 1)
    cell = max(heat_map.counts, key=heat_map.counts.get)
    _walk_to(qtbot, heat_map, cell)
    count = heat_map.counts[cell]
    assert heat_map.accessibleName() == "Risk heat map"
    described = heat_map.accessibleDescription()
    assert f"Likelihood {cell[0]} × impact {cell[1]} = {cell[0] * cell[1]}" in described
    assert f": {count} risks" in described
    assert heat_map.cell_text(1, 1) == "Likelihood 1 × impact 1 = 1 (low): 0 risks"


def test_the_focus_cell_is_drawn_only_while_the_map_has_focus(window, qtbot):
    editor = open_canvas(window, "risks")
    heat_map = editor.heat_map
    heat_map.resize(300, 300)
    heat_map.move_focus(-5, -5)  # likelihood 1 × impact 1, an empty green cell
    plain = heat_map.grab().toImage()
    window.activateWindow()
    heat_map.setFocus()
    qtbot.waitUntil(heat_map.hasFocus, timeout=2000)
    ringed = heat_map.grab().toImage()
    rect = heat_map.cell_rect(1, 1).toRect()
    edge = (rect.left() + 6, rect.center().y())  # on the ring, inside the cell
    assert plain.pixelColor(*edge) != ringed.pixelColor(*edge)


def test_hovering_a_cell_shows_its_count_in_a_tooltip(window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    editor = open_canvas(window, "risks")
    heat_map = editor.heat_map
    window.activateWindow()
    cell = max(heat_map.counts, key=heat_map.counts.get)
    centre = heat_map.cell_rect(*cell).center().toPoint()
    QApplication.sendEvent(heat_map, QHelpEvent(QEvent.ToolTip, centre, heat_map.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == heat_map.cell_text(*cell)
    assert f": {heat_map.counts[cell]} risks" in QToolTip.text()
    QToolTip.hideText()
    outside = QPoint(2, 2)  # the axis margin: the general hint
    QApplication.sendEvent(heat_map, QHelpEvent(QEvent.ToolTip, outside, heat_map.mapToGlobal(outside)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text().startswith("Click a cell to show only its risks")
    QToolTip.hideText()


def test_ctrl_z_in_the_pane_undoes_the_typing_session(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = _risk_ids(path)[3]
    editor.select_id(risk_id)
    before = rows(path, "SELECT contingency FROM risk WHERE id = ?", (risk_id,))[0][0]
    window.activateWindow()
    box = editor.detail.text_edits["contingency"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    box.selectAll()
    qtbot.keyClicks(box, "Call the backup plant")
    assert rows(path, "SELECT contingency FROM risk WHERE id = ?", (risk_id,)) == [("Call the backup plant",)]
    qtbot.keyClick(box, Qt.Key_Z, Qt.ControlModifier)
    assert rows(path, "SELECT contingency FROM risk WHERE id = ?", (risk_id,)) == [(before,)]
    assert box.toPlainText() == before


def test_a_read_only_plan_shows_the_details_but_does_not_edit(window, tmp_path):
    from app.services.plan.storage.plan_file import PlanFile
    from app.services.risks import service as risk_service

    path = tmp_path / "ro.stratdeck"
    with PlanFile.create(path, title="Read only", language="en") as plan:
        risk_service.add_risk(plan, {"title": "Port strike", "mitigation": "Second port\nAir freight"})
    assert window.open_plan(str(path), read_only=True)
    editor = window.editors["risks"]
    editor.select_id(editor.model.rows[0]["id"])
    assert editor.detail.text_edits["mitigation"].toPlainText() == "Second port\nAir freight"
    assert not editor.detail.isEnabled()


def test_the_empty_detail_pane_says_how_to_fill_it(window):
    from tests.risks_support import open_canvas

    editor = open_canvas(window, "risks")
    editor.table.clearSelection()
    assert "select a risk" in editor.detail.title()
    editor.select_id(editor.model.rows[0]["id"])
    assert editor.detail.title() == "Risk details: " + editor.model.rows[0]["title"]
