"""KPI status rule and scorecard edits (no Qt)."""

from __future__ import annotations

import pytest
from forecast_support import add_campaign, add_kpi
from hypothesis import given
from hypothesis import strategies as st

from app.services.forecast import kpis as svc
from app.services.plan.errors import EditRefused


def status(**kpi):
    return svc.kpi_status(kpi)


@pytest.mark.parametrize(
    ("kpi", "expected"),
    [
        # higher is better: target 4.6, actual 4.2 → 0.4 short = 8.7 % of the target, within 15 % → amber
        ({"baseline": 3.9, "target": 4.6, "actual": 4.2, "alert_threshold_pct": 15}, "amber"),
        # 33.5 against 38: 11.8 % short, threshold 10 % → red
        ({"baseline": 31, "target": 38, "actual": 33.5, "alert_threshold_pct": 10}, "red"),
        ({"target": 38, "actual": 38, "alert_threshold_pct": 10}, "green"),
        ({"target": 38, "actual": 40}, "green"),
        # lower is better: CAC 88.6 against 85 is 4.2 % over → amber; 80 meets it
        ({"target": 85, "actual": 88.6, "direction": "lower", "alert_threshold_pct": 15}, "amber"),
        ({"target": 85, "actual": 80, "direction": "lower", "alert_threshold_pct": 15}, "green"),
        ({"target": 85, "actual": 120, "direction": "lower", "alert_threshold_pct": 15}, "red"),
        # no threshold: no amber band
        ({"target": 18, "actual": 17.9}, "red"),
        ({"target": 18}, "no_data"),
        ({"actual": 3}, "no_target"),
        # target 0 (lower is better): the shortfall is measured against baseline → target (2 → 0)
        ({"baseline": 2, "target": 0, "actual": 0.2, "direction": "lower", "alert_threshold_pct": 15}, "amber"),
        ({"target": 0, "actual": 0.2, "direction": "lower", "alert_threshold_pct": 15}, "red"),
    ],
)
def test_status_rule(kpi, expected):
    assert status(**kpi).status == expected


def test_progress_runs_from_baseline_to_target_in_either_direction():
    assert status(baseline=31, target=38, actual=33.5).progress == pytest.approx(2.5 / 7)
    assert status(baseline=92, target=85, actual=88.6, direction="lower").progress == pytest.approx(3.4 / 7)
    assert status(target=38, actual=33.5).progress == pytest.approx(33.5 / 38)  # no baseline: actual ÷ target
    assert status(baseline=5, target=5, actual=6).progress == pytest.approx(1.2)
    assert status(target=50, actual=60, direction="lower").progress == pytest.approx(50 / 60)  # target ÷ actual
    assert status(target=50, actual=40, direction="lower").progress == pytest.approx(1.25)
    assert status(target=5, actual=0, direction="lower").progress is None  # met, but no ratio to show
    assert status(target=0, actual=3).progress is None
    assert status(baseline=10, target=20).progress is None  # no actual yet
    assert status(baseline=10, target=20, actual=5).progress == pytest.approx(-0.5)  # moved away from the target


numbers = st.one_of(st.none(), st.floats(-1e6, 1e6))


@given(numbers, numbers, numbers, st.sampled_from(svc.KPI_DIRECTIONS), st.one_of(st.none(), st.floats(0, 1000)))
def test_status_is_always_one_of_the_five_and_green_means_met(baseline, target, actual, direction, threshold):
    result = status(baseline=baseline, target=target, actual=actual, direction=direction,
                    alert_threshold_pct=threshold)
    assert result.status in svc.STATUSES
    if result.status == "green":
        assert (actual >= target) if direction == "higher" else (actual <= target)
    if result.status == "amber":
        assert result.shortfall_pct <= threshold
    if actual is not None and target is not None and actual == target:
        assert result.status == "green"


def test_choices_mirror_the_model():
    from app.models.budget.tables import KPI_CADENCES, KPI_DIRECTIONS

    assert (svc.KPI_DIRECTIONS, svc.KPI_CADENCES) == (KPI_DIRECTIONS, KPI_CADENCES)


def test_add_edit_move_delete_restore(new_plan):
    first = add_kpi(new_plan, "GMV", target=80)
    change = svc.add_kpi(new_plan, {"name": "NPS"}, index=0)
    second = change.ids[0]
    assert [k["name"] for k in svc.list_kpis(new_plan)] == ["NPS", "GMV"]
    campaign = add_campaign(new_plan, "Singles' Day")
    svc.update_kpi(new_plan, first, "campaign_id", campaign)
    svc.update_kpi(new_plan, first, "actual", "70")
    svc.update_kpi(new_plan, first, "direction", "lower")
    svc.move_kpi(new_plan, first, 0)
    assert [k["id"] for k in svc.list_kpis(new_plan)] == [first, second]
    _, row, index = svc.delete_kpi(new_plan, first)
    assert [k["id"] for k in svc.list_kpis(new_plan)] == [second]
    svc.restore_kpi(new_plan, row, index)
    restored = svc.list_kpis(new_plan)[0]
    assert (restored["id"], restored["actual"], restored["campaign_id"], restored["direction"]) == (
        first, 70, campaign, "lower")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("target", "lots", "Target of KPI “GMV” must be a number, not 'lots'."),
        ("alert_threshold_pct", 1001, "Alert threshold (%) of KPI “GMV” must be between 0 and 1000."),
        ("direction", "up", "Direction of KPI “GMV” must be higher or lower."),
        ("cadence", "hourly", "Cadence of KPI “GMV” must be one of: daily, weekly, monthly, quarterly, campaign."),
        ("campaign_id", "gone", "That campaign no longer exists."),
        ("owner", "x" * 201, "Owner of KPI “GMV” is too long (201 characters; at most 200)."),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(new_plan, field, value, message):
    kpi = add_kpi(new_plan, "GMV", target=80)
    with pytest.raises(EditRefused) as refused:
        svc.update_kpi(new_plan, kpi, field, value)
    assert str(refused.value) == message and refused.value.field == field
    assert svc.list_kpis(new_plan)[0]["target"] == 80


def test_findings_no_owner_no_target_and_red(new_plan):
    add_kpi(new_plan, "Fine", owner="Zhou", target=10, actual=10)
    add_kpi(new_plan, "Orphan", target=10, actual=10)
    add_kpi(new_plan, "Aimless", owner="Zhou", actual=3)
    add_kpi(new_plan, "Behind", owner="Zhou", target=10, actual=2, alert_threshold_pct=15)
    found = [(f.rule, dict(f.args)["name"]) for f in svc.kpi_findings(new_plan)]
    assert found == [("kpi.no_owner", "Orphan"), ("kpi.no_target", "Aimless"), ("kpi.red", "Behind")]
    red = svc.kpi_findings(new_plan)[-1]
    assert red.message == "KPI Behind is off track: 2 against a target of 10." and red.field == "actual"


def test_undoing_a_delete_links_the_crisis_playbooks_it_triggered_again(new_plan):
    from app.services.plan.rows import insert_row

    kpi = add_kpi(new_plan, "Negative review rate", target=0.8)
    playbook = insert_row(new_plan, "playbook", {"name": "Quality scare", "trigger_kpi_id": kpi})
    _, row, index = svc.delete_kpi(new_plan, kpi)
    trigger = "SELECT trigger_kpi_id FROM playbook WHERE id = ?"
    assert new_plan.conn.execute(trigger, (playbook,)).fetchone()[0] is None
    svc.restore_kpi(new_plan, row, index)
    assert new_plan.conn.execute(trigger, (playbook,)).fetchone()[0] == kpi
