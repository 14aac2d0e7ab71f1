"""Read-only opens while another process saves (issue 20): ``check``,
``export`` and the GUI's deck export open a private copy of the plan; the
copy is taken under SQLite's shared lock (backup API) and retried politely
while a writer commits. A writer commits every few milliseconds, each commit
setting the title, the owner and every objective to one counter: every
read-only open must succeed and see one counter everywhere (no failures, no
mixed states)."""

from __future__ import annotations

import contextlib
import io
import signal
import subprocess
import sys
import time

import pytest
from reliability_support import TESTS, child_env, record_figures

from app.main import main
from app.services.overview import service as overview_service
from app.services.plan.errors import StratdeckError
from app.services.plan.storage.plan_file import PlanFile

CI_TRIES, SLOW_TRIES = 150, 2000


@pytest.fixture
def busy_plan(new_plan):
    """A plan with objectives, written by a child committing every few ms."""
    for number in range(8):
        overview_service.add_objective(new_plan, f"objective {number}")
    new_plan.close()
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "commit_child.py"), str(new_plan.path), "0.003"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    yield new_plan.path
    child.send_signal(signal.SIGKILL)
    child.communicate()


def one_state(plan: PlanFile) -> set[str]:
    overview = overview_service.get_overview(plan)
    texts = {o["text"] for o in overview_service.list_objectives(plan)}
    return {overview["title"], overview["owner"], *texts}


def read_many(path, tries: int) -> dict:
    failures, mixed, counters = [], [], set()
    for attempt in range(tries):
        try:
            if attempt % 10 == 9:  # the command line too: one line, exit 0
                err = io.StringIO()
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                    code = main(["check", str(path)])
                if code != 0:
                    failures.append(f"check exit {code}: {err.getvalue().strip()}")
                continue
            with PlanFile.open(path, read_only=True) as plan:
                state = one_state(plan)
        except StratdeckError as exc:
            failures.append(str(exc))
            continue
        if len(state) != 1:
            mixed.append(sorted(state))
        counters |= state
    return {"failures": failures, "mixed": mixed, "distinct_states": len(counters)}


def run(path, tries: int, suite: str) -> None:
    started = time.monotonic()
    result = read_many(path, tries)
    record_figures(
        suite,
        tries=tries,
        failures=len(result["failures"]),
        mixed_states=len(result["mixed"]),
        distinct_states=result["distinct_states"],
        seconds=round(time.monotonic() - started, 1),
    )
    assert result["failures"] == [], result["failures"][:3]
    assert result["mixed"] == [], result["mixed"][:3]
    assert result["distinct_states"] > tries // 20  # the writer really was committing meanwhile


def test_read_only_opens_under_a_writer_are_consistent(busy_plan):
    run(busy_plan, CI_TRIES, "read-only opens under a writer")


@pytest.mark.slow
def test_read_only_opens_under_a_writer_are_consistent_long(busy_plan):
    run(busy_plan, SLOW_TRIES, "read-only opens under a writer (long)")
