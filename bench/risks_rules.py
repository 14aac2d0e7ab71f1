"""Benchmark of the Risks and Playbooks canvases: the two rule providers
(they run after every edit; budget ~5 ms) on the sample plan and on a large
plan (500 risks, 40 playbooks × 25 steps), and the one-page playbook PDF.

    .venv/bin/python bench/risks_rules.py"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.plan import samples
from app.services.plan.storage.plan_file import PlanFile  # noqa: E402
from app.services.risks import playbooks as playbook_service
from app.services.risks import service as risk_service
from app.services.risks.playbook_pdf import write_playbooks_pdf  # noqa: E402


def _per_run(action, runs: int) -> float:
    started = time.perf_counter()
    for _ in range(runs):
        action()
    return (time.perf_counter() - started) / runs * 1000


def _large(path: Path) -> None:
    plan = PlanFile.create(path, title="Large", language="en")
    try:
        levels = playbook_service.add_standard_levels(plan).ids
        with plan.transaction() as conn:
            conn.executemany(
                "INSERT INTO risk (id, position, category, title, description, likelihood, impact, owner, "
                "mitigation, contingency, status) VALUES (?, ?, 'operations', ?, '', ?, ?, ?, '', '', 'open')",
                [
                    (f"r{n}", n, f"Risk {n}", n % 5 + 1, n * 7 % 5 + 1, "" if n % 9 == 0 else "Owner")
                    for n in range(500)
                ],
            )
            for p in range(40):
                conn.execute(
                    "INSERT INTO playbook (id, position, name, scenario, severity_level_id, trigger_text, spokesperson,"
                    " product) VALUES (?, ?, ?, '', ?, '', 'Zheng', 'Tea')",
                    (f"p{p}", p, f"Playbook {p}", levels[p % 3]),
                )
                conn.executemany(
                    "INSERT INTO playbook_step (id, position, playbook_id, action, owner, offset_minutes) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(f"p{p}s{s}", s, f"p{p}", f"Step {s}", "Lin", s * 30) for s in range(25)],
                )
                conn.execute(
                    "INSERT INTO holding_statement (id, position, playbook_id, title, body) "
                    "VALUES (?, 0, ?, 'Holding', '{brand} {product} on {date}.')",
                    (f"p{p}h", f"p{p}"),
                )
    finally:
        plan.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        sample = samples.create_demo_plan("zh", Path(folder))
        large = Path(folder) / "large.stratdeck"
        _large(large)
        for name, path in (("sample (8 risks, 3 playbooks)", sample), ("large (500 risks, 40 × 25 steps)", large)):
            with PlanFile.open(path, read_only=True) as plan:
                risks = _per_run(lambda plan=plan: risk_service.risk_findings(plan), 50)
                books = _per_run(lambda plan=plan: playbook_service.playbook_findings(plan), 50)
                pdf = _per_run(lambda plan=plan: write_playbooks_pdf(plan.conn, Path(folder) / "p.pdf"), 1)
            print(f"{name}: risk rules {risks:.2f} ms, playbook rules {books:.2f} ms, playbook PDF {pdf:.0f} ms")


if __name__ == "__main__":
    main()
