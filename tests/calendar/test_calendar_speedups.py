"""The faster paths give the same results as the plain ones: the rule
provider's narrow read finds what reading every row finds; the ICS writer's
shared properties and selective folding give icalendar's own bytes; adding
and deleting campaigns keeps positions dense and the order right."""

from __future__ import annotations

import datetime as dt

from calendar_support import add_campaign, add_channel, calendar_plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.calendar.rules import check_calendar
from app.services.calendar import export as calendar_export
from app.services.calendar import service as svc
from app.services.calendar.rules_service import calendar_findings, read_calendar

DAY0 = dt.date(2026, 12, 1)
days = st.integers(0, 420)
maybe_day = st.one_of(st.none(), days)


def _iso(offset):
    return None if offset is None else (DAY0 + dt.timedelta(days=offset)).isoformat()


def _ordered(a, b):
    if a is not None and b is not None and b < a:
        a, b = b, a
    return _iso(a), _iso(b)


campaign_spec = st.tuples(
    maybe_day,
    maybe_day,
    st.sampled_from(["idea", "planned", "live", "cancelled"]),
    st.lists(st.integers(0, 2), max_size=3, unique=True),
    st.lists(st.tuples(maybe_day, maybe_day), max_size=3),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(campaign_spec, max_size=8), overlap=st.integers(0, 10), period=st.booleans())
def test_the_narrow_rule_read_finds_what_reading_every_row_finds(tmp_path_factory, specs, overlap, period):
    folder = tmp_path_factory.mktemp("rules")
    plan = calendar_plan(folder, overlap_days=overlap, period=("2027-01-01", "2027-12-31") if period else (None, None))
    try:
        channels = [add_channel(plan, f"C{n}") for n in range(3)]
        for n, (start, end, status, links, phases) in enumerate(specs):
            phase_rows = [("launch", f"P{k}", *_ordered(a, b)) for k, (a, b) in enumerate(phases)]
            add_campaign(
                plan, f"K{n}", *_ordered(start, end), status=status,
                channels=[channels[i] for i in links], phases=phase_rows,
            )  # fmt: skip
        assert calendar_findings(plan) == check_calendar(*read_calendar(plan, every_phase=True))
    finally:
        plan.close()


@settings(max_examples=30, deadline=None)
@given(
    names=st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0x9FFF), max_size=90),
        min_size=1,
        max_size=6,
    ),
    description=st.text(max_size=200),
)
def test_the_ics_writer_gives_icalendars_own_bytes(names, description):
    from icalendar import Calendar

    events = calendar_export._Events(dt.datetime(2027, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    calendar = Calendar()
    calendar.add("prodid", calendar_export.PRODID)
    for n, name in enumerate(names):
        day = dt.date(2027, 1, 1) + dt.timedelta(days=n % 3)
        calendar.add_component(events.event(f"id{n}", name, day, day, description, ["planned", "launch"]))
    assert calendar_export._serialised(calendar, events.shared_ids()) == calendar.to_ical()


def test_ics_lines_of_exactly_75_octets_are_folded_like_icalendar_does(tmp_path):
    plan = calendar_plan(tmp_path)
    try:
        for width in range(60, 80):
            add_campaign(plan, "x" * width, "2027-03-01", "2027-03-02")
            add_campaign(plan, "营" * (width // 3) + "x" * (width % 3), "2027-03-01", "2027-03-02")
        data = calendar_export.calendar_ics(plan)[0]
        from icalendar import Calendar

        assert data == Calendar.from_ical(data).to_ical()
        assert max(len(line) for line in data.split(b"\r\n")) <= 75
    finally:
        plan.close()


def _positions(plan):
    return [r[0] for r in plan.conn.execute("SELECT position FROM campaign ORDER BY position, id")]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.booleans(), st.integers(-1, 8)), max_size=12))
def test_adding_and_deleting_campaigns_keeps_the_order_and_dense_positions(tmp_path_factory, steps):
    plan = calendar_plan(tmp_path_factory.mktemp("positions"))
    try:
        expected: list[str] = []
        snapshots = []
        for n, (add, where) in enumerate(steps):
            if add or not expected:
                index = None if where < 0 else where
                cid = svc.add_campaign(plan, {"name": f"c{n}"}, index).ids[0]
                expected.insert(len(expected) if index is None else min(index, len(expected)), cid)
            else:
                victim = expected.pop(where % len(expected))
                snapshots.append(svc.delete_campaign(plan, victim)[1])
            assert [c["id"] for c in svc.list_campaigns(plan)] == expected
            assert _positions(plan) == list(range(len(expected)))
            assert all(svc.campaign_index(plan, cid) == i for i, cid in enumerate(expected))
        for snapshot in reversed(snapshots):
            svc.restore_campaign(plan, snapshot)
            assert _positions(plan) == list(range(len(_positions(plan))))
    finally:
        plan.close()


def test_gaps_in_stored_positions_are_closed_by_the_next_add_or_delete(tmp_path):
    plan = calendar_plan(tmp_path)
    try:
        ids = [add_campaign(plan, f"c{n}", None, None) for n in range(4)]
        with plan.transaction() as conn:
            conn.executemany("UPDATE campaign SET position = ? WHERE id = ?", [(p * 10, i) for p, i in enumerate(ids)])
        new = svc.add_campaign(plan, {"name": "new"}, 1).ids[0]
        assert [c["id"] for c in svc.list_campaigns(plan)] == [ids[0], new, *ids[1:]]
        assert _positions(plan) == [0, 1, 2, 3, 4]
        with plan.transaction() as conn:
            conn.execute("UPDATE campaign SET position = position * 3")
        change, snapshot = svc.delete_campaign(plan, ids[2])
        assert snapshot["index"] == 3 and _positions(plan) == [0, 1, 2, 3]
        svc.restore_campaign(plan, snapshot)
        assert [c["id"] for c in svc.list_campaigns(plan)] == [ids[0], new, *ids[1:]]
    finally:
        plan.close()
