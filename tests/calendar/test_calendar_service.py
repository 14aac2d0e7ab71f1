"""calendar_service: campaigns, phases and milestones are validated, stored
in one transaction each, and deletions can be restored exactly."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.calendar import service as svc
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile
from tests.calendar_editor_support import add_campaign, build_calendar, bulk_campaigns
from tests.gui_support import stored


@pytest.fixture
def cal(new_plan):
    return new_plan, build_calendar(new_plan)


def _campaign(plan, cid):
    return svc.get_campaign(plan, cid)


def test_list_campaigns_carries_channels_personas_phases_and_tied_milestones(cal):
    plan, ids = cal
    campaigns = {c["name"]: c for c in svc.list_campaigns(plan)}
    d11 = campaigns["双11 大促"]
    assert d11["channels"] == [ids["ecommerce"], ids["social"]]
    assert d11["personas"] == [ids["family"]]
    assert [p["kind"] for p in d11["phases"]] == ["warm_up", "launch", "long_tail"]
    assert [m["name"] for m in d11["milestones"]] == ["Stock-in"]
    assert campaigns["Spring launch"]["phases"] == []
    assert svc.get_campaign(plan, ids["d11"]) == d11


def test_end_before_start_is_refused_with_the_campaign_and_dates_named(cal):
    plan, ids = cal
    with pytest.raises(EditRefused) as caught:
        svc.update_campaign(plan, ids["d11"], "end_date", "2027-10-01")
    assert str(caught.value) == "Campaign '双11 大促': the end 2027-10-01 is before the start 2027-10-20."
    assert caught.value.field == "end_date"
    assert _campaign(plan, ids["d11"])["end_date"] == "2027-11-15"
    with pytest.raises(EditRefused, match="the end 2027-11-01 is before the start 2027-11-11"):
        svc.set_campaign_dates(plan, ids["d11"], "2027-11-11", "2027-11-01")
    with pytest.raises(EditRefused, match="Phase 'launch' of campaign '双11 大促': the end"):
        svc.set_phase_dates(plan, ids["launch"], "2027-11-05", "2027-11-04")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("status", "paused", "the status must be one of idea, planned, live, done, cancelled (not 'paused')"),
        ("color", "red", "the colour must look like #C8102E (not 'red')"),
        ("start_date", "2027-02-30", "Campaign '双11 大促': the start '2027-02-30' is not a date (YYYY-MM-DD)."),
        ("name", "x" * 301, "the name has 301 characters; at most 300."),
        ("budget", 1, "Unknown campaign field 'budget'"),
    ],
)
def test_bad_campaign_values_are_refused_and_nothing_changes(cal, field, value, message):
    plan, ids = cal
    before = _campaign(plan, ids["d11"])
    with pytest.raises(EditRefused, match=message.replace("(", r"\(").replace(")", r"\)")):
        svc.update_campaign(plan, ids["d11"], field, value)
    assert _campaign(plan, ids["d11"]) == before


def test_bad_phase_kind_is_refused(cal):
    plan, ids = cal
    with pytest.raises(EditRefused, match="the kind must be one of warm_up, launch, long_tail, custom"):
        svc.update_phase(plan, ids["warm"], "kind", "teaser")


def test_colour_is_stored_upper_case_and_can_be_cleared(cal):
    plan, ids = cal
    svc.update_campaign(plan, ids["spring"], "color", "#a1b2c3")
    assert stored(plan.path, "SELECT color FROM campaign WHERE id = ?", (ids["spring"],)) == "#A1B2C3"
    svc.update_campaign(plan, ids["spring"], "color", None)
    assert _campaign(plan, ids["spring"])["color"] is None


def test_moving_a_campaign_moves_its_phases_and_tied_milestones_only(cal):
    plan, ids = cal
    change = svc.move_campaign(plan, ids["d11"], 7)
    assert change.canvas == "calendar" and change.ids == (ids["d11"],)
    campaign = _campaign(plan, ids["d11"])
    assert (campaign["start_date"], campaign["end_date"]) == ("2027-10-27", "2027-11-22")
    assert [(p["start_date"], p["end_date"]) for p in campaign["phases"]] == [
        ("2027-10-27", "2027-11-07"),
        ("2027-11-08", "2027-11-18"),
        ("2027-11-19", "2027-11-22"),
    ]
    assert stored(plan.path, "SELECT date FROM milestone WHERE id = ?", (ids["stock"],)) == "2027-11-01"
    assert stored(plan.path, "SELECT date FROM milestone WHERE id = ?", (ids["review"],)) == "2027-12-20"
    assert _campaign(plan, ids["spring"])["start_date"] == "2027-03-01"
    svc.move_campaign(plan, ids["d11"], -7)
    assert _campaign(plan, ids["d11"])["phases"][0]["start_date"] == "2027-10-20"


def test_a_move_is_one_transaction(cal, monkeypatch):
    plan, ids = cal
    begun = []
    original = PlanFile.transaction

    def counting(self):
        begun.append(1)
        return original(self)

    monkeypatch.setattr(PlanFile, "transaction", counting)
    svc.move_campaign(plan, ids["d11"], 3)
    assert len(begun) == 1


def test_a_campaign_without_dates_cannot_be_moved(new_plan):
    cid = svc.add_campaign(new_plan, {"name": "Someday"}).ids[0]
    with pytest.raises(EditRefused, match="Campaign 'Someday' has no dates to move."):
        svc.move_campaign(new_plan, cid, 3)


def test_delete_and_restore_brings_back_phases_links_and_ties(cal):
    plan, ids = cal
    with plan.transaction() as conn:  # a budget line tied to the campaign (budget canvas)
        conn.execute(
            "INSERT INTO budget_line (id, position, channel_id, sub_channel, campaign_id, owner, note) "
            "VALUES ('bl1', 0, ?, '', ?, '', '')",
            (ids["social"], ids["d11"]),
        )
    before = svc.list_campaigns(plan)
    change, snapshot = svc.delete_campaign(plan, ids["d11"])
    assert change.structure
    assert [c["name"] for c in svc.list_campaigns(plan)] == ["Spring launch"]
    assert stored(plan.path, "SELECT count(*) FROM campaign_phase") == 0
    assert stored(plan.path, "SELECT campaign_id FROM milestone WHERE id = ?", (ids["stock"],)) is None
    assert stored(plan.path, "SELECT campaign_id FROM budget_line WHERE id = 'bl1'") is None
    svc.restore_campaign(plan, snapshot)
    assert svc.list_campaigns(plan) == before
    assert stored(plan.path, "SELECT campaign_id FROM budget_line WHERE id = 'bl1'") == ids["d11"]


def test_phase_and_milestone_add_update_delete_restore(cal):
    plan, ids = cal
    change = svc.add_phase(
        plan, ids["spring"], {"kind": "launch", "name": "Go", "start_date": "2027-03-05", "end_date": "2027-03-09"}
    )
    phase_id = change.ids[-1]
    assert change.ids[0] == ids["spring"]
    svc.update_phase(plan, phase_id, "name", "Go live")
    svc.move_phase(plan, phase_id, -2)
    phase = _campaign(plan, ids["spring"])["phases"][0]
    assert (phase["name"], phase["start_date"], phase["end_date"]) == ("Go live", "2027-03-03", "2027-03-07")
    _, snapshot = svc.delete_phase(plan, phase_id)
    assert _campaign(plan, ids["spring"])["phases"] == []
    svc.restore_phase(plan, snapshot)
    assert _campaign(plan, ids["spring"])["phases"] == [phase]
    svc.move_milestone(plan, ids["review"], 1)
    svc.update_milestone(plan, ids["review"], "campaign_id", ids["spring"])
    assert [m["date"] for m in _campaign(plan, ids["spring"])["milestones"]] == ["2027-12-21"]
    _, snapshot = svc.delete_milestone(plan, ids["review"])
    svc.restore_milestone(plan, snapshot)
    assert [m["id"] for m in svc.list_milestones(plan)] == [ids["stock"], ids["review"]]
    with pytest.raises(EditRefused, match="That campaign no longer exists."):
        svc.update_milestone(plan, ids["review"], "campaign_id", "nope")


def test_setting_unknown_channel_is_refused(cal):
    plan, ids = cal
    with pytest.raises(EditRefused, match="That channel no longer exists."):
        svc.set_campaign_channels(plan, ids["spring"], ["missing"])
    assert _campaign(plan, ids["spring"])["channels"] == [ids["social"]]


def test_edits_survive_reopening(cal):
    plan, ids = cal
    svc.move_campaign(plan, ids["spring"], 10)
    path = plan.path
    plan.close()
    with PlanFile.open(path, keep_backups=0) as again:
        assert svc.get_campaign(again, ids["spring"])["start_date"] == "2027-03-11"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days=st.integers(-400, 400), length=st.integers(0, 60))
def test_move_then_move_back_is_identity(new_plan, days, length):
    start = dt.date(2027, 6, 1)
    cid = add_campaign(new_plan, "Prop", start.isoformat(), (start + dt.timedelta(days=length)).isoformat())
    svc.add_phase(new_plan, cid, {"kind": "launch", "start_date": start.isoformat(), "end_date": start.isoformat()})
    before = svc.get_campaign(new_plan, cid)
    svc.move_campaign(new_plan, cid, days)
    moved = svc.get_campaign(new_plan, cid)
    gap = dt.date.fromisoformat(moved["end_date"]) - dt.date.fromisoformat(moved["start_date"])
    assert gap.days == length
    svc.move_campaign(new_plan, cid, -days)
    assert svc.get_campaign(new_plan, cid) == before


def test_listing_five_thousand_campaigns_is_fast(new_plan):
    bulk_campaigns(new_plan, 5000)
    began = time.perf_counter()
    campaigns = svc.list_campaigns(new_plan)
    elapsed = time.perf_counter() - began
    assert len(campaigns) == 5000 and all(len(c["phases"]) == 3 for c in campaigns)
    assert elapsed < 1.0, f"list_campaigns took {elapsed:.2f} s"


def test_the_choice_lists_match_the_schema():
    from app.models.calendar import tables as calendar

    assert svc.CAMPAIGN_STATUSES == calendar.CAMPAIGN_STATUSES
    assert svc.PHASE_KINDS == calendar.PHASE_KINDS
    assert svc.KEY_DATE_KINDS == calendar.KEY_DATE_KINDS
