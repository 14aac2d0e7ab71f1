"""The Playbooks canvas as a strategist uses it: standard levels in one undo
step, add and reorder steps, the statement preview, the trigger lists, the
one-page PDF export, undo and reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.views.common import dialogs
from tests.deck_support import page_texts, squash
from tests.risks_support import open_canvas, problems_at_once, reopen, rows


@pytest.fixture(autouse=True)
def _problems_at_once(monkeypatch):
    problems_at_once(monkeypatch)


def _create(path):
    from app.services.plan.storage.plan_file import PlanFile

    PlanFile.create(path, title="Crisis", language="en").close()
    return path


def test_an_empty_plan_gets_the_standard_levels_in_one_undo_step(window, tmp_path):
    path = _create(tmp_path / "crisis.stratdeck")
    assert window.open_plan(str(path))
    editor = window.editors["playbooks"]
    assert editor.levels.standard_button.isEnabled()
    depth = window.document.undo_stack.count()
    assert editor.levels.add_standard()
    assert window.document.undo_stack.count() == depth + 1
    assert rows(
        path, "SELECT level, response_minutes, update_interval_hours, escalate_to FROM severity_level ORDER BY level"
    )[0] == (1, 60, 24.0, "CEO")
    assert len(editor.levels.model.rows) == 3 and not editor.levels.standard_button.isEnabled()
    window.undo_action.trigger()
    assert rows(path, "SELECT count(*) FROM severity_level") == [(0,)]
    assert editor.levels.standard_button.isEnabled()
    window.redo_action.trigger()
    assert rows(path, "SELECT count(*) FROM severity_level") == [(3,)]


def test_add_a_playbook_with_steps_reorder_them_undo_and_reopen(window, tmp_path):
    path = _create(tmp_path / "crisis.stratdeck")
    assert window.open_plan(str(path))
    editor = window.editors["playbooks"]
    editor.levels.add_standard()
    editor.playbooks.add_row()
    playbook_id = editor.playbooks.selected_id()
    assert editor.current["id"] == playbook_id
    editor.line_edits["name"].setText("")
    editor.edit("name", "Product complaint")
    level_box = editor.combos["severity_level_id"]
    level_box.setCurrentIndex(1)
    level_box.activated.emit(1)
    assert rows(path, "SELECT name, severity_level_id IS NOT NULL FROM playbook") == [("Product complaint", 1)]
    steps = editor.steps
    for action, offset in (("Confirm", 0), ("Form the task force", 60), ("Publish statement", 240)):
        steps.add_row()
        row = steps.model.row_of(steps.selected_id())
        steps.model.setData(steps.model.index(row, 1), action)
        steps.model.setData(steps.model.index(row, 0), offset)
        steps.model.setData(steps.model.index(row, 2), "Zheng")
    order = rows(path, "SELECT action FROM playbook_step ORDER BY position")
    assert order == [("Confirm",), ("Form the task force",), ("Publish statement",)]
    assert [steps.model.index(r, 0).data() for r in range(3)] == ["T+0", "T+1 h", "T+4 h"]
    steps.select_id(steps.model.rows[2]["id"])
    depth = window.document.undo_stack.count()
    steps.move_selected(-1)
    assert window.document.undo_stack.count() == depth + 1
    assert rows(path, "SELECT action FROM playbook_step ORDER BY position")[1] == ("Publish statement",)
    dragged = steps.model.mimeData([steps.model.index(0, 0)])
    steps.model.dropMimeData(dragged, Qt.MoveAction, 3, 0, steps.model.index(-1, -1))  # drag the first to the end
    assert rows(path, "SELECT action FROM playbook_step ORDER BY position") == [
        ("Publish statement",),
        ("Form the task force",),
        ("Confirm",),
    ]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert rows(path, "SELECT action FROM playbook_step ORDER BY position") == order
    reopen(window)
    editor = window.editors["playbooks"]
    assert editor.current["name"] == "Product complaint"
    assert [r["action"] for r in editor.steps.model.rows] == ["Confirm", "Form the task force", "Publish statement"]


def test_typing_a_playbook_field_is_one_undo_step(window, qtbot):
    editor = open_canvas(window, "playbooks")
    path = window.document.plan.path
    before = rows(path, "SELECT spokesperson FROM playbook ORDER BY position")[0][0]
    edit = editor.line_edits["spokesperson"]
    edit.setFocus()
    edit.selectAll()
    depth = window.document.undo_stack.count()
    qtbot.keyClicks(edit, "Lin")
    assert rows(path, "SELECT spokesperson FROM playbook ORDER BY position")[0][0] == "Lin"
    assert window.document.undo_stack.count() == depth + 1
    window.undo_action.trigger()
    assert rows(path, "SELECT spokesperson FROM playbook ORDER BY position")[0][0] == before
    assert edit.text() == before


def test_the_preview_fills_placeholders_and_flags_unknown_ones(window):
    editor = open_canvas(window, "playbooks")
    brand = rows(window.document.plan.path, 'SELECT brand FROM "plan"')[0][0]
    product = editor.current["product"]
    assert product and brand in editor.preview.text() and product in editor.preview.text()
    assert "{brand}" not in editor.preview.text() and "{date}" not in editor.preview.text()
    statements = editor.statements
    statements.select_id(statements.model.rows[0]["id"])
    statements.model.setData(statements.model.index(0, 1), "Dear fans of {brand}: {prodcut} is safe.")
    assert "{prodcut}" in editor.preview.text() and "Not filled in: {prodcut}" in editor.preview.text()
    assert f"Dear fans of {brand}" in editor.preview.text()


def test_trigger_lists_follow_the_risk_register(window):
    editor = open_canvas(window, "playbooks")
    risks = window.editors["risks"]
    risks.add_risk()
    row = risks.model.row_of(risks.selected_id())
    risks.model.setData(risks.model.index(row, 0), "Typhoon season")
    box = editor.combos["trigger_risk_id"]
    assert "Typhoon season" in [box.itemText(i) for i in range(box.count())]


def test_deleting_a_playbook_undoes_with_all_its_parts(window):
    editor = open_canvas(window, "playbooks")
    path = window.document.plan.path
    playbook_id = editor.playbooks.selected_id()
    count = (
        "SELECT (SELECT count(*) FROM playbook_step WHERE playbook_id = ?) + (SELECT count(*) FROM "
        "escalation_contact WHERE playbook_id = ?) + (SELECT count(*) FROM holding_statement WHERE playbook_id = ?)"
    )
    parts = rows(path, count, (playbook_id,) * 3)[0][0]
    assert parts > 5
    editor.playbooks.delete_selected()
    assert rows(path, "SELECT count(*) FROM playbook WHERE id = ?", (playbook_id,)) == [(0,)]
    window.undo_action.trigger()
    assert rows(path, count, (playbook_id,) * 3)[0][0] == parts
    assert rows(path, "SELECT position FROM playbook WHERE id = ?", (playbook_id,)) == [(0,)]


def test_export_one_page_playbooks_from_the_editor(window, tmp_path, monkeypatch):
    editor = open_canvas(window, "playbooks")
    target = tmp_path / "war room.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *a, **k: str(target))
    assert editor.export_pdf()
    pages = page_texts(target)
    assert len(pages) == len(editor.playbooks.model.rows) == 3
    assert squash(editor.playbooks.model.rows[0]["name"]) in squash(pages[0])
    assert window.dialog_log.infos and "3 playbooks" in window.dialog_log.infos[-1][1]
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *a, **k: None)
    assert not editor.export_pdf()  # cancelled: nothing happens


def test_a_finding_opens_the_step_it_is_about(window):
    editor = open_canvas(window, "playbooks")
    steps = editor.steps
    step_id = steps.model.rows[1]["id"]
    steps.model.setData(steps.model.index(1, 2), "")
    window.problems.refresh(window.document.plan)
    found = [f for f in window.problems.model.findings if f.rule == "playbooks.step_no_owner"]
    assert [f.item_id for f in found] == [step_id]
    editor.playbooks.select_id(editor.playbooks.model.rows[2]["id"])
    window.open_finding(found[0])
    assert editor.steps.selected_id() == step_id
    current = editor.steps.table.currentIndex()  # the cursor lands on the owner cell, ready to type
    assert (current.row(), editor.steps.model.columns[current.column()].field) == (1, "owner")


def test_a_placeholder_finding_opens_the_statement_body(window):
    editor = open_canvas(window, "playbooks")
    statements = editor.statements
    statement_id = statements.model.rows[0]["id"]
    statements.model.setData(statements.model.index(0, 1), "We apologise for {nonsense}.")
    window.problems.refresh(window.document.plan)
    found = [f for f in window.problems.model.findings if f.rule == "playbooks.unknown_placeholder"]
    assert [f.item_id for f in found] == [statement_id]
    window.open_finding(found[0])
    assert statements.selected_id() == statement_id
    assert editor.statement_body.hasFocus() or window.focusWidget() is editor.statement_body


def test_typing_a_statement_is_one_undo_step_and_the_preview_follows(window, qtbot):
    editor = open_canvas(window, "playbooks")
    path = window.document.plan.path
    statement_id = editor.statements.model.rows[0]["id"]
    before = rows(path, "SELECT body FROM holding_statement WHERE id = ?", (statement_id,))[0][0]
    body = editor.statement_body
    assert body.toPlainText() == before
    body.setFocus()
    body.selectAll()
    depth = window.document.undo_stack.count()
    qtbot.keyClicks(body, "{brand} apologises.")
    assert rows(path, "SELECT body FROM holding_statement WHERE id = ?", (statement_id,)) == [("{brand} apologises.",)]
    assert window.document.undo_stack.count() == depth + 1
    brand = rows(path, 'SELECT brand FROM "plan"')[0][0]
    assert f"{brand} apologises." in editor.preview.text()
    window.undo_action.trigger()
    assert body.toPlainText() == before


def test_a_read_only_plan_shows_but_does_not_edit(window, tmp_path):
    from tests.risks_support import playbook_plan

    path = tmp_path / "crisis.stratdeck"
    playbook_plan(path)
    assert window.open_plan(str(path), read_only=True)
    editor = window.editors["playbooks"]
    assert editor.current["name"] == "Complaint"
    assert not editor.form_group.isEnabled() and not editor.steps.add_button.isEnabled()
    assert not editor.levels.standard_button.isEnabled()
    assert not editor.steps.model.flags(editor.steps.model.index(0, 1)) & Qt.ItemIsEditable
    risks = window.editors["risks"]
    assert not risks.add_button.isEnabled()
    assert not risks.model.flags(risks.model.index(0, 0)) & Qt.ItemIsEditable


def test_an_empty_playbook_list_says_what_to_do(window, tmp_path):
    path = _create(tmp_path / "crisis.stratdeck")
    assert window.open_plan(str(path))
    editor = window.editors["playbooks"]
    hint = editor.playbooks.empty_hint
    assert not hint.isHidden() and "Add playbook" in hint.text()
    editor.playbooks.add_row()
    assert hint.isHidden()
    window.undo_action.trigger()
    assert not hint.isHidden()


def test_the_delete_key_deletes_the_selected_step_but_not_while_typing_in_it(window, qtbot):
    editor = open_canvas(window, "playbooks")
    path = window.document.plan.path
    steps = editor.steps
    victim = steps.model.rows[0]["id"]
    steps.select_id(victim)
    steps.table.setFocus()
    qtbot.keyClick(steps.table, Qt.Key_Delete)
    assert rows(path, "SELECT count(*) FROM playbook_step WHERE id = ?", (victim,)) == [(0,)]
    window.undo_action.trigger()
    assert rows(path, "SELECT count(*) FROM playbook_step WHERE id = ?", (victim,)) == [(1,)]
    steps.select_id(victim, "action")
    steps.table.edit(steps.table.currentIndex())
    cell_editor = steps.table.focusWidget() or QApplication.focusWidget()
    assert cell_editor is not None and cell_editor is not steps.table
    qtbot.keyClick(cell_editor, Qt.Key_Delete)  # deletes a character, not the step
    assert rows(path, "SELECT count(*) FROM playbook_step WHERE id = ?", (victim,)) == [(1,)]
