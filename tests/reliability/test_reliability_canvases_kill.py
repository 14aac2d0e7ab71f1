"""Kill during canvas edits (reliability case 1): a child
(tests/canvas_kill_child.py) applies random edits of every canvas through the
services on the demo plan — SWOT items and their citations, TOWS strategies,
personas and journey cells, competitors, campaigns and phases (moves by
days), pasted blocks of budget cells, budget lines, KPIs, risks, playbook
steps — and is SIGKILLed at a random moment. The plan then opens, passes
integrity_check and equals the reference on which the acknowledged edits
were replayed, with or without the one edit in flight: a prefix of the edits,
each one all or nothing (a pasted block, a delete with its citations)."""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path

import pytest
from canvas_ops import apply_op
from reliability_support import TESTS, base_seed, complete_lines, plan_state, record_figures
from test_reliability_kill import Tally, kill_at_random, parse_log

from app.services.plan import samples
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile

CI_TRIALS = 20
SLOW_TRIALS = 400


def expected_states(reference: Path, acked: list[dict], pending: dict | None) -> tuple[dict, dict | None]:
    """The reference after the acknowledged ops, and after the op in flight too."""
    with PlanFile.open(reference, keep_backups=0) as plan:
        plan.conn.execute("PRAGMA synchronous = OFF")  # only the oracle; speed
        for op in acked:
            apply_op(plan, op)
        without, with_pending = plan_state(plan.conn), None
        if pending is not None:
            try:
                apply_op(plan, pending)
                with_pending = plan_state(plan.conn)
            except EditRefused:
                pass
    return without, with_pending


def run_trials(tmp_path: Path, trials: int, seed: int) -> dict:
    rng = random.Random(seed)
    folder, scratch = tmp_path / "plans", tmp_path / "scratch"
    folder.mkdir()
    scratch.mkdir()
    plan_path = folder / "Killed canvases.stratdeck"
    shutil.copyfile(samples.create_demo_plan("zh", scratch), plan_path)
    tally, figures = Tally(), {"in_flight": {}, "in_flight_committed": 0}
    started = time.monotonic()
    for trial in range(trials):
        case_seed = rng.getrandbits(32)
        reference, log = scratch / "reference.stratdeck", scratch / "child.log"
        shutil.copyfile(plan_path, reference)  # closed: a file copy is consistent
        command = [sys.executable, str(TESTS / "canvas_kill_child.py"), str(plan_path), str(case_seed)]
        try:
            kill_at_random(command, log, rng, tally)
            acked, pending = parse_log(complete_lines(log))
            tally.acknowledged += len(acked)
            without, with_pending = expected_states(reference, acked, pending)
            with PlanFile.open(plan_path, keep_backups=0) as plan:  # stale lock cleared, hot journal rolled back
                assert plan.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                actual = plan_state(plan.conn)
            assert actual in (without, with_pending), "the plan is not a prefix of the edits (a half edit?)"
        except AssertionError as exc:
            raise AssertionError(f"trial {trial} (RELIABILITY_SEED={seed}, child seed {case_seed}): {exc}") from exc
        if pending is not None:
            figures["in_flight"][pending["op"]] = figures["in_flight"].get(pending["op"], 0) + 1
            figures["in_flight_committed"] += actual != without
        reference.unlink()
        tally.trials += 1
    record_figures(
        "kill during canvas edits",
        trials=tally.trials,
        acknowledged_edits=tally.acknowledged,
        killed_while_opening=tally.before_ready,
        in_flight_edit_committed=figures["in_flight_committed"],
        kinds_in_flight=len(figures["in_flight"]),
        seconds=round(time.monotonic() - started, 1),
        failures=0,
    )
    return {"tally": tally, **figures}


def test_kill_during_canvas_edits_leaves_a_prefix_of_whole_edits(tmp_path):
    result = run_trials(tmp_path, CI_TRIALS, base_seed())
    assert result["tally"].acknowledged > 0


@pytest.mark.slow
def test_kill_during_canvas_edits_long(tmp_path):
    run_trials(tmp_path, SLOW_TRIALS, base_seed())
