"""Benchmark of the review cycle on the demo plan (targets in
docs/performance.md): the diff of the plan against a snapshot after 100
edits (≤ 200 ms: read the snapshot, read the plan, diff the rows, work out
the figures that moved) and the merge of two copies with 100 edits each
(≤ 1 s: open the other copy, find the shared snapshot, merge, write the
merged plan as a new file).

    .venv/bin/python bench/review.py"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.plan.samples import create_demo_plan  # noqa: E402
from app.services.plan.storage.plan_file import PlanFile  # noqa: E402
from app.services.review import copies, snapshots  # noqa: E402
from app.services.review.diff import diff_documents  # noqa: E402
from app.services.review.documents import index_document, live_document  # noqa: E402
from app.services.review.figures import figure_changes  # noqa: E402

TEXT_FIELDS = {
    "objective": "text",
    "swot_item": "text",
    "persona": "goals",
    "competitor": "strategy",
    "campaign": "owner",
    "campaign_phase": "name",
    "key_date": "name",
    "kpi": "owner",
    "risk": "mitigation",
    "playbook_step": "action",
}


def hundred_edits(plan: PlanFile, seed: int) -> None:
    """100 edits of the kinds a strategist makes: texts, budget amounts,
    KPI actuals, risk ratings, deleted key dates and new objectives."""
    rng = random.Random(seed)
    with plan.transaction() as conn:
        index = index_document(live_document(conn))
        for n in range(100):
            kind = n % 5
            if kind in (0, 1):
                table = rng.choice(sorted(TEXT_FIELDS))
                key = rng.choice(sorted(index[table]))
                conn.execute(
                    f'UPDATE "{table}" SET "{TEXT_FIELDS[table]}" = ? WHERE id = ?', (f"edit {seed}-{n}", key[0])
                )
            elif kind == 2:
                line, month = rng.choice(sorted(index["budget_cell"]))
                conn.execute(
                    "UPDATE budget_cell SET planned = ? WHERE budget_line_id = ? AND month = ?",
                    (rng.randint(1, 90) * 1000.0, line, month),
                )
            elif kind == 3:
                key = rng.choice(sorted(index["risk"]))
                conn.execute(
                    "UPDATE risk SET likelihood = ?, impact = ? WHERE id = ?",
                    (rng.randint(1, 5), rng.randint(1, 5), key[0]),
                )
            elif n % 10 == 4:
                conn.execute(
                    "INSERT INTO objective (id, position, text, metric, target) VALUES (?, ?, ?, '', '')",
                    (f"00000000-0000-4000-8000-{seed:04d}{n:08d}", 100 + n, f"objective {n}"),
                )
            else:
                conn.execute(
                    "UPDATE kpi SET actual = ? WHERE id = ?",
                    (float(rng.randint(0, 100)), rng.choice(sorted(index["kpi"]))[0]),
                )


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        mine_path = create_demo_plan("zh", Path(folder))
        theirs_path = Path(folder) / "copy.stratdeck"
        with PlanFile.open(mine_path, keep_backups=0) as plan:
            size = mine_path.stat().st_size
            _change, info = snapshots.take_snapshot(plan, "Q2 review")
            copies.send_copy(plan, theirs_path)
            hundred_edits(plan, 1)

            def diff_since() -> None:
                old, new = snapshots.read_snapshot(plan, info.id), live_document(plan.conn)
                result = diff_documents(old, new)
                result.figures = figure_changes(old, new)

            diff_ms = _median_ms(diff_since, 20)
            old, new = snapshots.read_snapshot(plan, info.id), live_document(plan.conn)
            rows, moved = len(diff_documents(old, new).rows), len(figure_changes(old, new))
        with PlanFile.open(theirs_path, keep_backups=0) as plan:
            hundred_edits(plan, 2)
        outputs = iter(Path(folder) / f"merged-{n}.stratdeck" for n in range(100))
        with PlanFile.open(mine_path, keep_backups=0) as plan:

            def merge_copy() -> None:
                inputs, result = copies.merge_files(plan, theirs_path, prefer="theirs")
                copies.merge_to_new_file(inputs, result, plan, next(outputs))

            merge_ms = _median_ms(merge_copy, 7)
            conflicts = len(copies.merge_files(plan, theirs_path, prefer="theirs")[1].conflicts)
    print(
        f"demo plan {size / 1024:.0f} KB; snapshot {info.stored_bytes / 1024:.1f} KB "
        f"({info.stored_bytes / size:.1%} of the plan)"
    )
    print(
        f"diff vs snapshot after 100 edits ({rows} rows changed, {moved} figures moved): "
        f"{diff_ms:.1f} ms (target ≤ 200 ms)"
    )
    print(
        f"merge of two copies with 100 edits each ({conflicts} conflicts, prefer theirs), written: "
        f"{merge_ms:.1f} ms (target ≤ 1000 ms)"
    )


if __name__ == "__main__":
    main()
