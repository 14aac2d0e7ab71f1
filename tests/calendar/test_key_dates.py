"""Key dates: public holidays and adjusted working days (official where the
government has published the year, provisional otherwise), festival
presets, brand days, and their edits."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from calendar_support import calendar_plan
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.calendar import key_date_sources as sources
from app.services.calendar import key_dates
from app.services.plan import paths
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile

D = dt.date


def _holiday(entries, name: str):
    """The one holiday break whose name starts with *name*."""
    found = [e for e in entries if e.kind == "holiday" and e.name.startswith(name)]
    assert len(found) == 1, [e.name for e in entries]
    return found[0]


def _covers(entry, day: str) -> bool:
    return entry.date <= day <= (entry.end_date or entry.date)


def test_2026_is_official_with_the_published_breaks_and_working_days():
    entries = sources.holiday_entries(2026, "zh")
    assert not sources.is_provisional(2026)
    spring = _holiday(entries, "春节")
    assert (spring.date, spring.end_date, spring.provisional) == ("2026-02-15", "2026-02-23", False)
    national = _holiday(entries, "国庆节")
    assert (national.date, national.end_date) == ("2026-10-01", "2026-10-07")
    workdays = {e.date: e.name for e in entries if e.kind == "workday"}
    assert workdays["2026-02-14"] == "调休上班（春节）"
    assert workdays["2026-02-28"] == "调休上班（春节）"
    assert workdays["2026-10-10"] == "调休上班（国庆节）"
    assert all("暂定" not in e.name for e in entries)


@pytest.mark.parametrize("year, spring_day, national_day", [(2027, "2027-02-06", "2027-10-01"),
                                                            (2028, "2028-01-26", "2028-10-01")])
def test_later_years_have_the_spring_festival_and_national_day(year, spring_day, national_day):
    entries = sources.holiday_entries(year, "zh")
    assert _covers(_holiday(entries, "春节"), spring_day)  # 正月初一 of that year
    national = [e for e in entries if e.kind == "holiday" and "国庆节" in e.name]
    assert len(national) == 1 and _covers(national[0], national_day)
    assert _covers(national[0], national_day.replace("-01", "-03"))


@pytest.mark.parametrize("year", [2027, 2028])
def test_an_unpublished_year_is_marked_provisional(year):
    provisional = sources.is_provisional(year)
    entries = sources.holiday_entries(year, "en")
    for entry in entries:
        assert entry.provisional == provisional
        assert entry.name.endswith(" (provisional)") == provisional
    if provisional:  # working days are decided by the notice: none are guessed
        assert not [e for e in entries if e.kind == "workday"]


def test_2028_mid_autumn_inside_the_national_day_break_is_one_break():
    entries = sources.holiday_entries(2028, "en")
    merged = [e for e in entries if "National Day" in e.name]
    assert len(merged) == 1 and "Mid-Autumn Festival" in merged[0].name
    assert _covers(merged[0], "2028-10-03")


def test_festival_presets():
    by_name = {e.name: e for e in sources.festival_entries(2027, "zh")}
    assert (by_name["618 年中大促"].date, by_name["618 年中大促"].end_date) == ("2027-06-01", "2027-06-18")
    assert by_name["双11"].end_date == "2027-11-11"
    assert (by_name["双12"].date, by_name["双12"].end_date) == ("2027-12-12", None)
    assert by_name["520 表白日"].date == "2027-05-20"
    assert by_name["99 划算节"].date == "2027-09-09"
    spring = _holiday(sources.holiday_entries(2027, "zh"), "春节")
    new_year_fair = by_name["年货节"]
    assert new_year_fair.end_date < spring.date and new_year_fair.date < new_year_fair.end_date


@settings(max_examples=30, deadline=None)
@given(st.integers(min(sources.official_years()), 2060), st.sampled_from(["zh", "en"]))
def test_every_proposed_key_date_is_well_formed(year, language):
    for entry in key_dates.proposed_key_dates([year], language):
        first = D.fromisoformat(entry.date)
        last = D.fromisoformat(entry.end_date) if entry.end_date else first
        assert first <= last and entry.end_date != entry.date
        assert first.year <= year + 1 and last.year >= year - 1
        assert entry.kind in ("holiday", "workday", "festival") and entry.name


def test_add_for_the_plan_period_once(tmp_path):
    plan = calendar_plan(tmp_path, period=("2026-07-01", "2027-06-30"))
    change = key_dates.add_key_dates_for_years(plan)
    rows = key_dates.list_key_dates(plan)
    assert change.canvas == "calendar" and change.structure and len(change.ids) == len(rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert {r["date"][:4] for r in rows} >= {"2026", "2027"}
    spring_2026 = next(r for r in rows if r["name"] == "春节")
    assert (spring_2026["date"], spring_2026["provisional"]) == ("2026-02-15", False)
    assert any(r["kind"] == "workday" and r["date"] == "2026-10-10" for r in rows)
    assert all(r["provisional"] == sources.is_provisional(int(r["date"][:4])) for r in rows
               if r["kind"] in ("holiday", "workday"))
    again = key_dates.add_key_dates_for_years(plan, [2026, 2027])
    assert again.ids == () and len(key_dates.list_key_dates(plan)) == len(rows)
    plan.close()


def test_added_among_existing_rows_by_date_and_renamed_presets_are_not_added_again(tmp_path):
    plan = calendar_plan(tmp_path, language="en")
    key_dates.add_brand_day(plan, "Anniversary", "2027-04-22")
    key_dates.add_brand_day(plan, "Tea day", "2027-08-18")
    key_dates.add_key_dates_for_years(plan, [2027])
    rows = key_dates.list_key_dates(plan)
    names = [r["name"] for r in rows]
    assert names.index("Anniversary") < names.index("Tea day")
    assert names.index("618 Mid-Year Festival") < names.index("Tea day") < names.index("99 Bargain Festival")
    assert all(r["visible"] for r in rows)
    preset = next(r for r in rows if r["name"] == "618 Mid-Year Festival")
    key_dates.update_key_date(plan, preset["id"], "date", "2027-05-25")
    assert key_dates.add_key_dates_for_years(plan, [2027]).ids == ()
    plan.close()


def test_the_sample_plan_already_has_its_key_dates():
    for language in ("zh", "en"):
        document = json.loads((paths.samples_dir() / f"qiyun-tea-2027-{language}.json").read_text("utf-8"))
        stored = {(r["kind"], r["date"], r["end_date"], r["name"]) for r in document["key_date"]}
        proposed = {(e.kind, e.date, e.end_date, e.name) for e in key_dates.proposed_key_dates([2027], language)}
        assert proposed <= stored


def test_no_period_and_unsupported_years_are_refused(tmp_path):
    plan = PlanFile.create(tmp_path / "empty.stratdeck", title="x")
    with pytest.raises(EditRefused, match="Set the plan period first"):
        key_dates.add_key_dates_for_years(plan)
    with pytest.raises(EditRefused, match="not for 1990"):
        key_dates.add_key_dates_for_years(plan, [2027, 1990])
    assert key_dates.list_key_dates(plan) == []
    plan.close()


def test_edits_validate_and_change_nothing_when_refused(tmp_path):
    plan = calendar_plan(tmp_path)
    change = key_dates.add_brand_day(plan, "会员日", "2027-01-05", "2027-01-07")
    (key_id,) = change.ids
    with pytest.raises(EditRefused) as refused:
        key_dates.update_key_date(plan, key_id, "end_date", "2027-01-02")
    assert str(refused.value) == "Key date '会员日': the end 2027-01-02 is before the start 2027-01-05."
    assert refused.value.field == "end_date"
    for field, value, text in [
        ("date", "2027-02-30", "the start '2027-02-30' is not a date"),
        ("date", "", "the start date is missing"),
        ("name", "  ", "needs a name"),
        ("name", "x" * 201, "at most 200 characters"),
        ("kind", "party", "the kind must be one of"),
        ("colour", "#fff", "Unknown key date field"),
    ]:
        with pytest.raises(EditRefused, match=text):
            key_dates.update_key_date(plan, key_id, field, value)
    with pytest.raises(EditRefused, match="is before the start"):
        key_dates.add_brand_day(plan, "倒序", "2027-03-05", "2027-03-01")
    assert [(r["name"], r["date"], r["end_date"]) for r in key_dates.list_key_dates(plan)] == [
        ("会员日", "2027-01-05", "2027-01-07")]
    key_dates.update_key_date(plan, key_id, "end_date", None)
    key_dates.update_key_date(plan, key_id, "date", "2027-01-09")
    assert key_dates.list_key_dates(plan)[0]["end_date"] is None
    plan.close()


def test_hide_delete_and_restore(tmp_path):
    plan = calendar_plan(tmp_path)
    ids = [key_dates.add_brand_day(plan, name, f"2027-0{n}-01").ids[0] for n, name in enumerate("ABC", 1)]
    change = key_dates.set_key_date_visible(plan, ids[1], False)
    assert change.fields == ("visible",) and change.canvas == "calendar"
    assert [r["visible"] for r in key_dates.list_key_dates(plan)] == [True, False, True]
    change, snapshot = key_dates.delete_key_date(plan, ids[1])
    assert [r["name"] for r in key_dates.list_key_dates(plan)] == ["A", "C"]
    key_dates.restore_key_date(plan, snapshot)
    rows = key_dates.list_key_dates(plan)
    assert [(r["name"], r["visible"], r["position"]) for r in rows] == [("A", True, 0), ("B", False, 1), ("C", True, 2)]
    with pytest.raises(EditRefused, match="no longer exists"):
        key_dates.set_key_date_visible(plan, "missing", True)
    plan.close()


def test_kinds_match_the_schema():
    from app.models.calendar.tables import KEY_DATE_KINDS

    assert key_dates.KEY_DATE_KINDS == KEY_DATE_KINDS


def test_undo_of_adding_removes_and_restores_all_rows_at_once(tmp_path):
    plan = calendar_plan(tmp_path)
    key_dates.add_brand_day(plan, "自有日", "2027-04-22")
    before = key_dates.list_key_dates(plan)
    added = key_dates.add_key_dates_for_years(plan, [2027]).ids
    after = key_dates.list_key_dates(plan)
    change, snapshot = key_dates.delete_key_dates(plan, added)
    assert set(change.ids) == set(added) and key_dates.list_key_dates(plan) == before
    key_dates.restore_key_dates(plan, snapshot)
    assert key_dates.list_key_dates(plan) == after
    plan.close()
