"""Edit-commit benchmark: one Overview field edit through the service, durable
on disk, against a raw sqlite3 UPDATE + COMMIT on the same file, same run.
Target (issue 2): at most 2x.

Run: ``python bench/edit_commit.py [--edits N]``."""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from app.services.overview import service as overview_service
        from app.services.plan import samples
        from app.services.plan.storage.plan_file import PlanFile

        path = samples.create_demo_plan("zh", Path(folder))
        plan = PlanFile.open(path, keep_backups=0)
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute("PRAGMA synchronous = FULL")
        service_times, raw_times = [], []
        for i in range(args.edits):  # interleaved, so both see the same disk
            start = time.perf_counter()
            overview_service.set_field(plan, "title", f"标题 {i}")
            service_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute('UPDATE "plan" SET title = ?', (f"raw {i}",))
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - start)
        raw.close()
        plan.close()
    s, r = statistics.median(service_times), statistics.median(raw_times)
    print(f"edits: {args.edits} (medians)")
    print(f"raw sqlite3 UPDATE + COMMIT     : {r * 1000:6.3f} ms")
    print(f"overview_service.set_field      : {s * 1000:6.3f} ms  ({s / r:.2f}x, target 2x)")


if __name__ == "__main__":
    main()
