"""Calendar rules: dates outside the period or the campaign, missing dates,
and channel overlaps beyond the plan's limit (sweep checked against a
brute-force oracle); their translations and the refused key-date edits'
translations."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from calendar_support import add_campaign, add_channel, add_milestone, calendar_plan
from cli_support import run
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.calendar.rules import check_calendar, overlapping_pairs
from app.services.calendar import key_dates
from app.services.plan import problems
from app.services.plan.errors import EditRefused


def _calendar(plan):
    return [f for f in problems.collect_findings(plan) if f.canvas == "calendar"]


def test_overlap_names_both_campaigns_the_channel_and_the_days(tmp_path):
    plan = calendar_plan(tmp_path, overlap_days=7)
    social, search = add_channel(plan, "社交媒体"), add_channel(plan, "搜索")
    first = add_campaign(plan, "年货节", "2027-01-03", "2027-02-05", channels=[social, search])
    second = add_campaign(plan, "春季上新", "2027-01-27", "2027-03-31", channels=[social])
    add_campaign(plan, "搜索常态", "2027-01-30", "2027-03-01", channels=[search])  # 7 days with 年货节: allowed
    add_campaign(plan, "已取消", "2027-01-01", "2027-03-31", channels=[social], status="cancelled")
    (finding,) = _calendar(plan)
    assert finding.rule == "calendar.channel_overlap" and finding.severity == "warning"
    assert finding.message == ("Campaigns '年货节' and '春季上新' overlap on channel '社交媒体' for 10 days "
                               "(more than the 7 allowed).")
    assert dict(finding.args) == {"first": "年货节", "second": "春季上新", "channel": "社交媒体", "days": 10,
                                  "limit": 7}
    assert (finding.table, finding.item_id) == ("campaign", second)
    assert first != second
    with plan.transaction() as conn:  # the user raises the limit: no longer flagged
        conn.execute('UPDATE "plan" SET channel_overlap_days = 10')
    assert _calendar(plan) == []
    plan.close()


def test_dates_outside_the_period_and_the_campaign_and_missing_dates(tmp_path):
    plan = calendar_plan(tmp_path, period=("2027-01-01", "2027-12-31"))
    early = add_campaign(plan, "跨年", "2026-12-20", "2027-01-10",
                         phases=[("warm_up", "预热", "2027-01-01", "2027-01-05")])
    inside = add_campaign(plan, "年中", "2027-06-01", "2027-06-30",
                          phases=[("launch", "爆发", "2027-06-10", "2027-07-02")])
    add_campaign(plan, "无日期", None, None, status="idea")
    add_campaign(plan, "缺结束", "2027-03-01", None)
    add_milestone(plan, "明年复盘", "2028-01-15")
    add_milestone(plan, "期内", "2027-05-01", inside)
    findings = _calendar(plan)
    found = {f.rule: f for f in findings}
    assert len(findings) == 5 and set(found) == {"calendar.campaign_outside_period", "calendar.phase_outside_campaign",
                          "calendar.campaign_no_dates", "calendar.campaign_no_end",
                          "calendar.milestone_outside_period"}
    assert found["calendar.campaign_outside_period"].item_id == early
    assert found["calendar.campaign_outside_period"].message == (
        "Campaign '跨年' (2026-12-20 – 2027-01-10) runs outside the plan period (2027-01-01 – 2027-12-31).")
    assert "Phase '爆发' of campaign '年中'" in found["calendar.phase_outside_campaign"].message
    assert found["calendar.phase_outside_campaign"].field == "end_date"
    assert found["calendar.campaign_no_dates"].severity == "info"  # an idea may not have dates yet
    assert found["calendar.campaign_no_end"].severity == "warning"
    assert "'明年复盘' on 2028-01-15" in found["calendar.milestone_outside_period"].message
    plan.close()


def test_phase_outside_the_period_but_inside_its_campaign(tmp_path):
    plan = calendar_plan(tmp_path, period=("2027-01-01", "2027-06-30"))
    add_campaign(plan, "长期", "2026-12-01", "2027-08-31", phases=[("long_tail", "返场", "2027-06-20", "2027-07-20")])
    rules = sorted(f.rule for f in _calendar(plan))
    assert rules == ["calendar.campaign_outside_period", "calendar.phase_outside_period"]
    plan.close()


def test_stratdeck_check_prints_the_overlap(tmp_path, capsys):
    plan = calendar_plan(tmp_path, overlap_days=0)
    channel = add_channel(plan, "Search")
    add_campaign(plan, "A", "2027-03-01", "2027-03-02", channels=[channel])
    add_campaign(plan, "B", "2027-03-02", "2027-03-09", channels=[channel])
    path = plan.path
    plan.close()
    code, out, _ = run(capsys, "check", path)
    assert code == 0
    assert "Campaigns 'A' and 'B' overlap on channel 'Search' for 1 days (more than the 0 allowed)." in out


def _oracle(spans, limit):
    found = set()
    for (a, a1, a2), (b, b1, b2) in itertools.combinations(spans, 2):
        days = (min(a2, b2) - max(a1, b1)).days + 1
        if days > limit:
            found.add((frozenset((a, b)), days))
    return found


day = st.dates(dt.date(2027, 1, 1), dt.date(2027, 3, 31))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(day, st.integers(0, 40)), max_size=25), st.integers(0, 20))
def test_sweep_matches_brute_force(starts, limit):
    spans = [(f"c{n}", start, start + dt.timedelta(days=length)) for n, (start, length) in enumerate(starts)]
    swept, total = overlapping_pairs(spans, limit)
    assert len(swept) == total == len({frozenset((a, b)) for a, b, _ in swept})  # each pair once
    assert {(frozenset((a, b)), days) for a, b, days in swept} == _oracle(spans, limit)
    capped, capped_total = overlapping_pairs(spans, limit, cap=3)
    assert capped_total == total and len(capped) == min(3, total) and set(capped) <= set(swept)


def test_five_thousand_campaigns_are_checked_by_sweeping_not_by_pairs():
    """Real-sized input: the sweep only looks at campaigns still running."""
    start = dt.date(2027, 1, 1)
    campaigns = [{"id": f"c{n}", "name": f"C{n}", "status": "planned",
                  "start_date": (start + dt.timedelta(days=n % 360)).isoformat(),
                  "end_date": (start + dt.timedelta(days=n % 360 + 3)).isoformat()} for n in range(5000)]
    channels = [{"id": f"ch{n}", "name": f"Channel {n}"} for n in range(10)]
    links = [(c["id"], f"ch{n % 10}") for n, c in enumerate(campaigns)]
    plan = {"id": "p", "period_start": "2027-01-01", "period_end": "2027-12-31", "channel_overlap_days": 7}
    assert check_calendar(plan, campaigns, [], [], links, channels) == []  # 4-day campaigns never pass 7


def test_every_finding_has_a_translation_template(qapp, monkeypatch):
    from app.models.calendar import rules as calendar_rules
    from app.views.calendar.service_text import FINDINGS

    monkeypatch.setattr(calendar_rules, "MAX_OVERLAP_FINDINGS", 1)  # 3 overlapping pairs: 1 listed, 2 counted

    templates = FINDINGS.translated()
    plan = {"id": "p", "period_start": "2027-01-01", "period_end": "2027-01-31", "channel_overlap_days": 0}
    campaigns = [
        {"id": "a", "name": "A", "status": "live", "start_date": "2026-12-01", "end_date": "2027-01-05"},
        {"id": "b", "name": "B", "status": "live", "start_date": "2027-01-01", "end_date": "2027-01-02"},
        {"id": "c", "name": "C", "status": "live", "start_date": None, "end_date": None},
        {"id": "d", "name": "D", "status": "live", "start_date": None, "end_date": "2027-01-02"},
        {"id": "e", "name": "E", "status": "live", "start_date": "2027-01-02", "end_date": None},
        {"id": "f", "name": "F", "status": "live", "start_date": "2027-01-01", "end_date": "2027-01-03"},
    ]
    phases = [{"id": "p1", "campaign_id": "b", "kind": "launch", "name": "P", "start_date": "2027-01-01",
               "end_date": "2027-01-09"},
              {"id": "p2", "campaign_id": "a", "kind": "launch", "name": "Q", "start_date": "2026-12-01",
               "end_date": "2026-12-09"}]
    milestones = [{"id": "m", "name": "M", "date": "2027-02-01"}]
    found = check_calendar(plan, campaigns, phases, milestones, [("a", "x"), ("b", "x"), ("f", "x")],
                           [{"id": "x", "name": "X"}])
    assert {f.rule for f in found} == set(templates)
    assert dict(found[-1].args) == {"count": 2, "limit": 0}
    for finding in found:
        assert templates[finding.rule].format(**dict(finding.args)) == finding.message


def _refusals(plan):
    key_id = key_dates.add_brand_day(plan, "Day", "2027-01-05").ids[0]
    attempts = [
        lambda: key_dates.update_key_date(plan, key_id, "end_date", "2027-01-01"),
        lambda: key_dates.update_key_date(plan, key_id, "date", "soon"),
        lambda: key_dates.update_key_date(plan, key_id, "end_date", "2027-13-01"),
        lambda: key_dates.update_key_date(plan, key_id, "date", None),
        lambda: key_dates.update_key_date(plan, key_id, "kind", "x"),
        lambda: key_dates.update_key_date(plan, key_id, "visible", "maybe"),
        lambda: key_dates.update_key_date(plan, key_id, "name", 5),
        lambda: key_dates.update_key_date(plan, key_id, "name", ""),
        lambda: key_dates.update_key_date(plan, key_id, "name", "x" * 300),
        lambda: key_dates.update_key_date(plan, key_id, "nope", 1),
        lambda: key_dates.update_key_date(plan, "gone", "name", "x"),
        lambda: key_dates.add_key_dates_for_years(plan, [1900]),
    ]
    messages = []
    for attempt in attempts:
        with pytest.raises(EditRefused) as refused:
            attempt()
        messages.append(refused.value)
    return messages


def test_every_refusal_is_a_catalogue_message(tmp_path):
    from app.services.plan.messages import CATALOGUE, render

    plan = calendar_plan(tmp_path)
    messages = _refusals(plan)
    plan.close()
    empty = calendar_plan(tmp_path, period=(None, None), name="empty")
    with pytest.raises(EditRefused) as refused:
        key_dates.add_key_dates_for_years(empty)
    messages.append(refused.value)
    empty.close()
    for error in messages:
        assert error.message is not None and error.message.key.startswith("calendar."), str(error)
        assert render(CATALOGUE[error.message.key], error.message.args) == str(error)
