"""The Risks canvas as a strategist uses it: add a risk, edit it in the table,
filter by clicking the heat map, undo, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.risks_support import open_canvas, problems_at_once, reopen, rows


@pytest.fixture(autouse=True)
def _problems_at_once(monkeypatch):
    problems_at_once(monkeypatch)


def _click_cell(qtbot, editor, likelihood: int, impact: int) -> None:
    centre = editor.heat_map.cell_rect(likelihood, impact).center()
    qtbot.mouseClick(editor.heat_map, Qt.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))


def test_the_demo_register_shows_scores_categories_and_the_heat_map(window):
    editor = open_canvas(window, "risks")
    model = editor.model
    assert len(model.rows) == 8
    columns = [c.field for c in model.columns]
    first = model.rows[0]
    score = first["likelihood"] * first["impact"]
    assert model.index(0, columns.index("score")).data().startswith(f"{score} · ")
    assert model.index(0, columns.index("category")).data() == "Supply chain"  # key shown as its label
    assert sum(editor.heat_map.counts.values()) == 8
    assert editor.filter_label.text() == "Showing all 8 risks."


def test_clicking_a_heat_map_cell_filters_and_clicking_again_clears(window, qtbot):
    editor = open_canvas(window, "risks")
    cell = max(editor.heat_map.counts, key=editor.heat_map.counts.get)
    expected = editor.heat_map.counts[cell]
    editor.resize(1200, 700)
    _click_cell(qtbot, editor, *cell)
    assert editor.cell == cell
    assert len(editor.model.rows) == expected
    assert all((r["likelihood"], r["impact"]) == cell for r in editor.model.rows)
    assert editor.clear_button.isVisibleTo(editor)
    _click_cell(qtbot, editor, *cell)
    assert editor.cell is None and len(editor.model.rows) == 8
    _click_cell(qtbot, editor, 1, 1)  # an empty cell shows no rows
    assert editor.model.rows == []
    editor.clear_button.click()
    assert len(editor.model.rows) == 8 and editor.heat_map.selected is None


def test_add_a_risk_edit_it_undo_and_reopen(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    assert editor.add_risk()
    risk_id = editor.selected_id()
    columns = [c.field for c in editor.model.columns]
    row = editor.model.row_of(risk_id)
    editor.model.setData(editor.model.index(row, columns.index("title")), "Typhoon closes the port")
    editor.model.setData(editor.model.index(row, columns.index("likelihood")), 5)
    editor.model.setData(editor.model.index(row, columns.index("impact")), 4)
    editor.model.setData(editor.model.index(row, columns.index("category")), "Logistics partner")
    assert rows(path, "SELECT title, likelihood, impact, category FROM risk WHERE id = ?", (risk_id,)) == [
        ("Typhoon closes the port", 5, 4, "Logistics partner")
    ]
    assert editor.heat_map.counts[(5, 4)] >= 1
    assert editor.model.index(editor.model.row_of(risk_id), columns.index("score")).data() == "20 · critical"
    window.undo_action.trigger()  # category
    window.undo_action.trigger()  # impact
    assert rows(path, "SELECT impact, category FROM risk WHERE id = ?", (risk_id,)) == [(3, "")]
    reopen(window)
    editor = window.editors["risks"]
    reopened = [r for r in editor.model.rows if r["id"] == risk_id]
    assert reopened and reopened[0]["title"] == "Typhoon closes the port" and reopened[0]["likelihood"] == 5


def test_a_refused_edit_shows_a_banner_and_changes_nothing(window):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    columns = [c.field for c in editor.model.columns]
    before = rows(path, "SELECT likelihood FROM risk ORDER BY position")
    assert not editor.model.setData(editor.model.index(0, columns.index("likelihood")), 9)
    assert "Likelihood must be a whole number from 1 to 5." in editor.banner.text()
    assert rows(path, "SELECT likelihood FROM risk ORDER BY position") == before


def test_adding_while_filtered_puts_the_risk_in_that_cell_and_delete_undoes(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    editor.set_cell((2, 2))
    assert editor.add_risk()
    risk_id = editor.selected_id()
    assert rows(path, "SELECT likelihood, impact FROM risk WHERE id = ?", (risk_id,)) == [(2, 2)]
    assert [r["id"] for r in editor.model.rows] == [risk_id]
    editor.delete_selected()
    assert rows(path, "SELECT count(*) FROM risk WHERE id = ?", (risk_id,)) == [(0,)]
    window.undo_action.trigger()
    assert rows(path, "SELECT count(*) FROM risk WHERE id = ?", (risk_id,)) == [(1,)]


def test_moving_a_risk_is_one_undo_step(window):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    order = [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")]
    editor.select_id(order[0])
    editor.move_selected(1)
    assert [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")][:2] == [order[1], order[0]]
    data = editor.model.mimeData([editor.model.index(editor.model.row_of(order[0]), 0)])
    editor.model.dropMimeData(data, Qt.MoveAction, 5, 0, editor.model.index(-1, -1))  # drag below row 4
    assert [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")].index(order[0]) == 4
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [r[0] for r in rows(path, "SELECT id FROM risk ORDER BY position")] == order


def test_a_problem_opens_the_risk_it_is_about(window):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    risk_id = rows(path, "SELECT id FROM risk ORDER BY position")[2][0]
    columns = [c.field for c in editor.model.columns]
    editor.model.setData(editor.model.index(2, columns.index("owner")), "")
    window.problems.refresh(window.document.plan)
    found = [f for f in window.problems.model.findings if f.rule == "risks.no_owner"]
    assert [f.item_id for f in found] == [risk_id]
    window.editors["overview"].setFocus()
    window.open_finding(found[0])
    assert window.editor_stack.currentWidget() is editor
    assert editor.selected_id() == risk_id
    assert editor.table.currentIndex().column() == columns.index("owner")


def test_an_empty_register_says_what_to_do(window, tmp_path):
    from app.services.plan.storage.plan_file import PlanFile

    path = tmp_path / "empty.stratdeck"
    PlanFile.create(path, title="Empty", language="en").close()
    assert window.open_plan(str(path))
    editor = window.editors["risks"]
    assert "Click Add risk" in editor.filter_label.text()
    assert editor.add_risk()
    assert editor.filter_label.text() == "Showing the plan's only risk."
    window.undo_action.trigger()
    assert "Click Add risk" in editor.filter_label.text()


def test_the_delete_key_deletes_the_selected_risk_in_one_undo_step(window, qtbot):
    editor = open_canvas(window, "risks")
    path = window.document.plan.path
    victim = editor.model.rows[0]["id"]
    editor.select_id(victim)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_Delete)
    assert rows(path, "SELECT count(*) FROM risk WHERE id = ?", (victim,)) == [(0,)]
    window.undo_action.trigger()
    assert rows(path, "SELECT count(*) FROM risk WHERE id = ?", (victim,)) == [(1,)]


def test_the_delete_key_does_nothing_on_a_read_only_plan(window, qtbot, tmp_path):
    from app.services.plan import samples

    path = samples.create_demo_plan("en", tmp_path)
    assert window.open_plan(str(path), read_only=True)
    editor = window.editors["risks"]
    editor.select_id(editor.model.rows[0]["id"])
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key_Delete)
    assert rows(path, "SELECT count(*) FROM risk") == [(8,)]
