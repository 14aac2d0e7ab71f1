"""A Problems-panel finding, double-clicked, shows the very row or cell it is
about (budget cells outside the period, a channel's target, a journey's empty
stage, a phase or milestone); read-only plans and empty selections leave
the edit fields and buttons disabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from app.services.overview import service as overview_service
from app.services.personas import journeys as journey_service
from app.services.plan.rows import insert_row
from app.services.plan.storage.plan_file import PlanFile
from tests.budget_support import budget_plan
from tests.calendar_editor_support import build_calendar
from tests.swot_support import open_swot, stop_pending_problems


@pytest.fixture(autouse=True)
def _no_late_problems(window):
    yield
    stop_pending_problems(window)


def open_canvas(window, plan_path, key, read_only=False):
    assert window.open_plan(str(plan_path), read_only=read_only)
    window.navigator.setCurrentRow(list(window.editors).index(key))
    return window.editors[key]


def finding(window, rule, item_id=None):
    window.problems.refresh(window.document.plan)  # at once, even if the panel defers on a loaded machine
    return next(f for f in window.problems.model.findings if f.rule == rule and item_id in (None, f.item_id))


def test_budget_outside_period_selects_a_cell_outside_the_period(window, plan_path):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    ids = budget_plan(plan, reserve=10)
    from app.services.budget import service as svc

    svc.set_cells(plan, [(ids["xhs"], "2027-09", "planned", 500)])
    overview_service.set_period(plan, "2027-01-01", "2027-06-30")
    plan.close()
    editor = open_canvas(window, plan_path, "budget")
    window.open_finding(finding(window, "budget.outside_period"))
    current = editor.grid.selection_model().currentIndex()
    assert editor.model.month_of(current.column()) == "2027-09"
    assert editor.model.where(current.row())[0]["id"] == ids["xhs"]
    assert not editor.summary.reserve_edit.hasFocus()


@pytest.mark.parametrize("rule", ["budget.targets_total", "budget.share_off_target"])
def test_budget_target_findings_select_the_channel_target_cell(window, plan_path, rule):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    ids = budget_plan(plan, reserve=10)
    from app.services.budget import service as svc

    svc.set_cells(plan, [(ids["tmall"], "2027-02", "planned", 900), (ids["xhs"], "2027-02", "planned", 100)])
    insert_row(plan, "channel", {"name": "Events", "target_share_pct": 20.0})  # targets now total 120 %
    plan.close()
    editor = open_canvas(window, plan_path, "budget")
    found = finding(window, rule)
    window.open_finding(found)
    assert editor.tabs.currentWidget() is editor.summary
    current = editor.summary.shares.currentIndex()
    assert current.row() == editor.summary.channel_row(found.item_id)
    assert current.column() == 3  # Target


def test_budget_envelope_and_reserve_are_read_only_in_a_read_only_plan(window, plan_path):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    budget_plan(plan, envelope=100000, reserve=10)
    plan.close()
    editor = open_canvas(window, plan_path, "budget", read_only=True)
    assert editor.summary.envelope_edit.isReadOnly()
    assert editor.summary.reserve_edit.isReadOnly()


def test_budget_envelope_is_editable_in_a_writable_plan(window, plan_path):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    budget_plan(plan)
    plan.close()
    editor = open_canvas(window, plan_path, "budget")
    assert not editor.summary.envelope_edit.isReadOnly()
    assert not editor.summary.reserve_edit.isReadOnly()


def test_journey_gaps_selects_the_first_empty_stage(window, plan_path):
    plan = PlanFile.create(plan_path, title="Personas", language="en")
    first = insert_row(plan, "persona", {"name": "Office worker"})
    persona = insert_row(plan, "persona", {"name": "Family buyer"})
    for stage in ("awareness", "consideration", "use"):
        journey_service.set_stage_field(plan, persona, stage, "tactic", "Something")
    journey_service.set_stage_field(plan, first, "awareness", "tactic", "x")
    plan.close()
    editor = open_canvas(window, plan_path, "personas")
    window.open_finding(finding(window, "personas.journey_gaps", persona))
    assert editor.journeys.model.persona_id == persona
    rows = editor.journeys.table.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [2]  # purchase: the first stage left empty
    assert editor.journeys.table.currentIndex().row() == 2


def calendar_plan(plan_path):
    plan = PlanFile.create(plan_path, title="Calendar", language="en")
    ids = build_calendar(plan)
    from app.services.calendar import service as svc

    ids["early"] = svc.add_milestone(plan, {"name": "Too early", "date": "2026-10-01", "campaign_id": ids["d11"]}).ids[
        0
    ]
    with plan.transaction() as conn:  # the launch phase runs past its campaign's end
        conn.execute("UPDATE campaign_phase SET end_date = '2027-11-20' WHERE id = ?", (ids["tail"],))
    plan.close()
    return ids


def test_phase_outside_campaign_selects_the_phase(window, plan_path):
    ids = calendar_plan(plan_path)
    editor = open_canvas(window, plan_path, "calendar")
    window.open_finding(finding(window, "calendar.phase_outside_campaign", ids["tail"]))
    detail = editor.detail
    assert detail.tabs.currentIndex() == 0  # Phases
    rows = detail.phase_table.selectionModel().selectedRows()
    assert [detail.phases.rows[r.row()]["id"] for r in rows] == [ids["tail"]]


def test_milestone_outside_period_selects_the_milestone(window, plan_path):
    ids = calendar_plan(plan_path)
    editor = open_canvas(window, plan_path, "calendar")
    window.open_finding(finding(window, "calendar.milestone_outside_period", ids["early"]))
    detail = editor.detail
    assert detail.tabs.currentIndex() == 1  # Milestones
    rows = detail.milestone_table.selectionModel().selectedRows()
    assert [detail.milestones.rows[r.row()]["id"] for r in rows] == [ids["early"]]


def test_swot_delete_and_move_need_a_selection(window):
    editor = open_swot(window)
    editor.board.select_ids([])
    editor.board.views["S"].selectionModel().clearSelection()
    editor._item_selected(editor.board.selected_ids())
    assert not editor.delete_button.isEnabled() and not editor.move_button.isEnabled()
    first = editor.board.models["S"].rows[0]["id"]
    editor.board.select_ids([first])
    assert editor.delete_button.isEnabled() and editor.move_button.isEnabled()
    editor.board.views["S"].selectionModel().clearSelection()
    assert not editor.delete_button.isEnabled() and not editor.move_button.isEnabled()


def test_swot_buttons_stay_disabled_in_a_read_only_plan(window, data_dir):
    from app.services.plan.samples import create_demo_plan

    path = create_demo_plan("en", data_dir / "ro")
    editor = open_canvas(window, path, "swot", read_only=True)
    editor.board.select_ids([editor.board.models["S"].rows[0]["id"]])
    assert not editor.delete_button.isEnabled() and not editor.move_button.isEnabled()


def persona_buttons(editor):
    return [editor.duplicate_button, editor.remove_button, editor.left_button, editor.right_button]


def test_persona_buttons_need_a_selection(window, plan_path):
    plan = PlanFile.create(plan_path, title="Personas", language="en")
    ids = [insert_row(plan, "persona", {"name": name}) for name in ("A", "B", "C")]
    plan.close()
    editor = open_canvas(window, plan_path, "personas")
    editor.select_persona(ids[1])
    assert all(b.isEnabled() for b in persona_buttons(editor))
    editor.cards.selectionModel().clearSelection()
    assert not any(b.isEnabled() for b in persona_buttons(editor))
    editor.cards.selectionModel().select(editor.model.index(0), QItemSelectionModel.Select)
    assert editor.remove_button.isEnabled()
    editor.select_persona(None)
    assert not any(b.isEnabled() for b in persona_buttons(editor))
    assert editor.add_button.isEnabled()


def test_persona_buttons_stay_disabled_in_a_read_only_plan(window, plan_path):
    plan = PlanFile.create(plan_path, title="Personas", language="en")
    ids = [insert_row(plan, "persona", {"name": name}) for name in ("A", "B")]
    plan.close()
    editor = open_canvas(window, plan_path, "personas", read_only=True)
    editor.select_persona(ids[0])
    assert not any(b.isEnabled() for b in persona_buttons(editor) + [editor.add_button])
