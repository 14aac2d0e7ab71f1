"""The Strategy & actions canvas as a strategist uses it: every edit is one
undo step and on disk at once; deleting a pillar asks, and one undo brings
back everything exactly; links show both ways."""

from __future__ import annotations

import pytest
from initiatives_support import IDS, strategy_plan, table_dump
from PySide6.QtCore import Qt

from app.services.initiatives import checkpoints, matrix
from app.services.initiatives import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.initiatives import dialogs
from app.views.initiatives.editor import InitiativesEditor


@pytest.fixture
def editor(tmp_path, qtbot):
    plan = strategy_plan(tmp_path / "strategy.stratdeck")
    document = PlanDocument(plan)
    widget = InitiativesEditor(document)
    document.changed.connect(widget.on_change)
    document.failed.connect(widget.on_failed)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    yield widget
    document.close()


@pytest.fixture
def asked(monkeypatch):
    questions = []

    def confirm(parent, message, details):
        questions.append(message + "\n" + details)
        return True

    monkeypatch.setattr(dialogs, "confirm_pillar_delete", confirm)
    return questions


def _undo_all(editor, before):
    stack = editor.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert table_dump(editor.document.plan) == before


def test_every_edit_is_one_undo_step(editor):
    plan, stack = editor.document.plan, editor.document.undo_stack
    before = table_dump(plan)
    assert editor.pillars.add_row()  # a pillar, then an initiative under it
    pillar = editor.pillars.selected_id()
    editor.pillars.model.setData(editor.pillars.model.index(editor.pillars.model.row_of(pillar), 0), "品牌建设")
    assert editor.initiatives.add_row()
    initiative = editor.initiatives.selected_id()
    assert svc.list_initiatives(plan, pillar)[0]["id"] == initiative
    model = editor.initiatives.model
    fields = [c.field for c in model.columns]
    model.setData(model.index(0, fields.index("owner")), "郑婉")
    model.setData(model.index(0, fields.index("quarter")), "2027-Q4")
    editor.detail.description.setPlainText("公益活动与用户故事传播")
    editor.detail.set_links("kpi", [IDS["kpi"]])
    picker = editor.detail.pickers["budget_line"]
    picker.item(0).setCheckState(Qt.Checked)
    assert svc.links(plan, initiative, "budget_line") == [IDS["line"]]
    assert "5万元" in editor.detail.cost.text()  # the live cost follows the link, 万 in a Chinese plan
    model.reload()
    assert model.data(model.index(model.row_of(initiative), fields.index("cost"))) == "5万元"  # the table's too
    row = editor.matrix.model.initiatives.index(
        next(r for r in editor.matrix.model.initiatives if r["id"] == initiative)
    )
    editor.matrix.model.setData(editor.matrix.model.index(row, 0), "a")
    assert matrix.role(plan, initiative, IDS["party"]) == "A"
    assert editor.checkpoints.table.add_row()
    checkpoint = editor.checkpoints.table.selected_id()
    assert editor.checkpoints.set_thresholds(checkpoint, [(IDS["kpi"], "0.9")])
    assert checkpoints.thresholds(plan, checkpoint) == [(IDS["kpi"], 0.9)]
    assert stack.count() == 11
    _undo_all(editor, before)
    while stack.canRedo():
        stack.redo()
    assert svc.list_initiatives(plan, pillar)[0]["owner"] == "郑婉"
    assert svc.cost_of(plan, initiative) == 50000.0


def test_delete_pillar_asks_and_one_undo_restores_everything_exactly(editor, asked):
    plan = editor.document.plan
    before = table_dump(plan)
    editor.pillars.select_id(IDS["pillar"])
    assert editor.pillars.delete_selected()
    assert "Omnichannel" in asked[0] and "1 initiatives" in asked[0]
    assert table_dump(plan)["initiative"] == [] and table_dump(plan)["initiative_kpi"] == []
    editor.document.undo_stack.undo()
    assert table_dump(plan) == before
    assert [r["id"] for r in editor.initiatives.model.rows] == [IDS["initiative"]]


def test_declining_the_question_keeps_the_pillar(editor, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm_pillar_delete", lambda *a: False)
    before = table_dump(editor.document.plan)
    editor.pillars.select_id(IDS["pillar"])
    assert not editor.pillars.delete_selected()
    assert table_dump(editor.document.plan) == before


def test_a_refused_edit_says_why_and_changes_nothing(editor):
    model = editor.initiatives.model
    fields = [c.field for c in model.columns]
    before = table_dump(editor.document.plan)
    assert not model.setData(model.index(0, fields.index("quarter")), "next spring")
    assert "not a quarter" in editor.banner.text()
    assert table_dump(editor.document.plan) == before


def test_finding_focus_shows_the_initiative(editor):
    editor.pillars.select_id(None)
    editor.focus_field("owner", IDS["initiative"])
    assert editor.initiatives.selected_id() == IDS["initiative"]
    editor.focus_field("result", IDS["checkpoint"])
    assert editor.tabs.currentIndex() == 2


def test_in_the_window_deleting_a_pillar_asks_and_undo_restores_it(window):
    """The demo plan: the window's dialogs are recorded, never shown."""
    assert window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("initiatives"))
    editor = window.editors["initiatives"]
    before = table_dump(window.document.plan)
    pillar = editor.pillars.model.rows[1]
    editor.pillars.select_id(pillar["id"])
    assert editor.pillars.delete_selected()
    assert pillar["name"] in window.dialog_log.confirmations[-1]
    assert table_dump(window.document.plan)["pillar"] != before["pillar"]
    window.undo_action.trigger()  # Edit › Undo
    assert table_dump(window.document.plan) == before
    assert editor.pillars.selected_id() == pillar["id"]
