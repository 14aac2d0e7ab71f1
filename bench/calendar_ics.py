"""ICS export benchmark: 5,000 campaigns with three phases each (20,000
events) through calendar_export.calendar_ics, timed (best of N) and, with
--profile, the top functions by cumulative time.

Run: ``python bench/calendar_ics.py [--campaigns N] [--repeat N] [--profile]``."""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from app.services.calendar.export import calendar_ics
        from app.services.plan.storage.plan_file import PlanFile
        from bench.calendar_timeline import fill

        plan = PlanFile.create(Path(folder) / "big.stratdeck", title="Bench")
        fill(plan, args.campaigns)
        calendar_ics(plan)  # imports icalendar once
        times = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            data, events, _skipped = calendar_ics(plan)
            times.append(time.perf_counter() - began)
        print(f"campaigns: {args.campaigns}, events: {events}, bytes: {len(data):,}")
        print(f"calendar_ics best of {args.repeat}: {min(times) * 1000:7.1f} ms")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(calendar_ics, plan)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        plan.close()


if __name__ == "__main__":
    main()
