"""Benchmark of the calendar rules: 5,000 campaigns on 10 channels with
phases and milestones, checked by app.models.calendar.rules (pure) and by
the rule provider reading a plan file (SQL included). Also times adding
the key dates of three years and the ICS export of those campaigns.

    .venv/bin/python bench/calendar_rules.py"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models.calendar.rules import check_calendar  # noqa: E402
from app.services.calendar import export as calendar_export
from app.services.calendar import key_dates
from app.services.calendar import rules_service as calendar_rules_service
from app.services.overview import service as overview_service
from app.services.plan.storage.plan_file import PlanFile  # noqa: E402

CAMPAIGNS, CHANNELS = 5000, 10


def rows(seed: int = 7):
    """Campaigns of 3–30 days spread over 2027, each on one or two channels."""
    rng = random.Random(seed)
    start = dt.date(2027, 1, 1)
    channels = [{"id": f"ch{n}", "name": f"Channel {n}"} for n in range(CHANNELS)]
    campaigns, phases, links = [], [], []
    for n in range(CAMPAIGNS):
        first = start + dt.timedelta(days=rng.randrange(360))
        last = first + dt.timedelta(days=rng.randrange(3, 30))
        campaigns.append({"id": str(uuid.uuid4()), "name": f"Campaign {n}", "status": "planned",
                          "start_date": first.isoformat(), "end_date": last.isoformat()})
        phases.append({"id": str(uuid.uuid4()), "campaign_id": campaigns[-1]["id"], "kind": "launch", "name": "P",
                       "start_date": first.isoformat(), "end_date": last.isoformat()})
        for channel in rng.sample(channels, rng.choice((1, 2))):
            links.append((campaigns[-1]["id"], channel["id"]))
    return channels, campaigns, phases, links


def timed(function, repeat: int = 5) -> float:
    """Median milliseconds of *repeat* runs."""
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        function()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def main() -> None:
    channels, campaigns, phases, links = rows()
    plan_row = {"id": "p", "period_start": "2027-01-01", "period_end": "2027-12-31", "channel_overlap_days": 7}
    pure = timed(lambda: check_calendar(plan_row, campaigns, phases, [], links, channels))
    found = check_calendar(plan_row, campaigns, phases, [], links, channels)
    print(f"pure rules, {CAMPAIGNS} campaigns: {pure:.1f} ms ({len(found)} findings)")
    with tempfile.TemporaryDirectory() as folder:
        plan = PlanFile.create(Path(folder) / "bench.stratdeck", title="bench")
        overview_service.set_period(plan, "2027-01-01", "2027-12-31")
        with plan.transaction() as conn:
            conn.executemany("INSERT INTO channel (id, position, name, note) VALUES (?, ?, ?, '')",
                             [(c["id"], n, c["name"]) for n, c in enumerate(channels)])
            conn.executemany("INSERT INTO campaign (id, position, name, objective, owner, status, start_date, end_date)"
                             " VALUES (?, ?, ?, '', '', 'planned', ?, ?)",
                             [(c["id"], n, c["name"], c["start_date"], c["end_date"]) for n, c in enumerate(campaigns)])
            conn.executemany("INSERT INTO campaign_phase (id, position, campaign_id, kind, name, start_date, end_date,"
                             " description) VALUES (?, 0, ?, 'launch', 'P', ?, ?, '')",
                             [(p["id"], p["campaign_id"], p["start_date"], p["end_date"]) for p in phases])
            conn.executemany("INSERT INTO campaign_channel (campaign_id, channel_id, position) VALUES (?, ?, 0)", links)
        provider = timed(lambda: calendar_rules_service.calendar_findings(plan))
        print(f"provider (SQL + rules), {CAMPAIGNS} campaigns: {provider:.1f} ms")
        full = timed(lambda: calendar_rules_service.read_calendar(plan, every_phase=True), 9)
        narrow = timed(lambda: calendar_rules_service.read_calendar(plan), 9)
        print(f"read every row: {full:.1f} ms; read what the rules can use: {narrow:.1f} ms")
        begin = time.perf_counter()
        key_dates.add_key_dates_for_years(plan, [2026, 2027, 2028])
        first_call = (time.perf_counter() - begin) * 1000
        print(f"add key dates for 2026-2028 (first call, packages imported): {first_call:.0f} ms")
        again = timed(lambda: key_dates.add_key_dates_for_years(plan, [2026, 2027, 2028]), 3)
        print(f"add key dates again (nothing new): {again:.1f} ms")
        ics = timed(lambda: calendar_export.calendar_ics(plan), 1)
        print(f"ICS of {CAMPAIGNS} campaigns + phases: {ics:.0f} ms")
        plan.close()


if __name__ == "__main__":
    main()
