"""The dashboard's figures, read from the sample plan and from edits made
through the canvases' services."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.dashboard.summary import build_dashboard, match_score, next_campaigns, top_risks
from app.services.plan import samples
from app.services.plan.storage.plan_file import PlanFile


@pytest.fixture
def sample():
    plan = PlanFile.open(samples.create_demo_plan("en"))
    yield plan
    plan.close()


def test_objectives_show_the_status_of_their_matching_kpi(sample):
    board = build_dashboard(sample, today=dt.date(2027, 7, 1), findings=[])
    by_metric = {line.metric: line for line in board.objectives}
    repeat = by_metric["12-month member repeat rate"]
    assert repeat.kpi_name == "12-month member repeat rate" and repeat.status == "red"  # 33.5 % against 38 %
    assert by_metric["Singles' Day GMV"].status == "no_data"  # no actual yet
    assert by_metric["Annual revenue"].status == ""  # no KPI measures it: the dashboard says so
    assert sum(board.kpi_counts.values()) == 8


def test_budget_against_the_envelope_follows_an_edit(sample):
    from app.services.budget import service as budget

    board = build_dashboard(sample, findings=[])
    assert board.budget.envelope == 80_000_000 and board.budget.allocated == 72_000_000
    assert board.budget.reserve == 8_000_000 and board.budget.allocated_share == pytest.approx(1.0)
    budget.set_total_budget(sample, 100_000_000)
    later = build_dashboard(sample, findings=[])
    assert later.budget.envelope == 100_000_000 and later.budget.unallocated == pytest.approx(18_000_000)


def test_next_campaigns_are_the_ones_not_over_soonest_first(sample):
    board = build_dashboard(sample, today=dt.date(2027, 7, 1), findings=[])
    names = [c["name"] for c in board.next_campaigns]
    assert names[0] == "8·18 Qiyun Tea Day"  # 520 × 618 ended in June; done/cancelled ones never show
    assert "Singles' Day (11.11) Omnichannel Push" in names


def test_top_risks_rank_by_likelihood_times_impact_and_skip_closed():
    risks = [
        {"id": "a", "title": "low", "likelihood": 1, "impact": 2, "status": "open", "position": 0},
        {"id": "b", "title": "closed", "likelihood": 5, "impact": 5, "status": "closed", "position": 1},
        {"id": "c", "title": "high", "likelihood": 4, "impact": 5, "status": "monitoring", "position": 2},
    ]
    assert [r["title"] for r in top_risks(risks)] == ["high", "low"]
    assert top_risks(risks)[0]["score"] == 20


def test_findings_are_counted_per_canvas(sample):
    from app.services.plan import problems

    found = problems.collect_findings(sample)
    board = build_dashboard(sample, findings=found)
    assert sum(board.findings.values()) == len(found) and board.findings.get("budget", 0) > 0


def test_chinese_metric_matches_its_kpi_by_character_pairs():
    assert match_score("12个月会员复购率", "会员复购率（12 个月）") >= 0.5
    assert match_score("品牌认知度", "天猫旗舰店转化率") == 0


@given(st.lists(st.tuples(st.dates(), st.sampled_from(["idea", "planned", "live", "done", "cancelled"])), max_size=8))
def test_next_campaigns_never_lists_an_ended_one(rows):
    today = dt.date(2027, 6, 1)
    campaigns = [
        {"id": str(i), "name": f"c{i}", "start_date": d.isoformat(), "end_date": d.isoformat(), "status": s}
        for i, (d, s) in enumerate(rows)
    ]
    shown = next_campaigns(campaigns, today)
    assert len(shown) <= 4
    assert all(c["end_date"] >= today.isoformat() and c["status"] not in ("done", "cancelled") for c in shown)
    assert [c["start_date"] for c in shown] == sorted(c["start_date"] for c in shown)


def test_chinese_sample_links_objectives_by_their_metric_only():
    plan = PlanFile.open(samples.create_demo_plan("zh"))
    try:
        board = build_dashboard(plan, findings=[])
    finally:
        plan.close()
    by_metric = {line.metric: line.kpi_name for line in board.objectives}
    assert by_metric["年度营收"] == ""  # no KPI measures annual revenue (the GMV KPI is another figure)
    assert by_metric["会员 12 个月复购率"] == "会员 12 个月复购率"
