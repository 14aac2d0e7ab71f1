"""Kill during a merge: a child merges a copy into the plan again and again
(backup first, then one transaction) and is SIGKILLed at random moments.
After every kill the plan opens, passes integrity_check and holds either the
content before the merge or the whole merge, never a mix."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

from file_checks import integrity_ok
from reliability_support import TESTS, base_seed, child_env, wait_for_line
from review_support import demo_copy

from app.services.plan.storage.plan_file import PlanFile
from app.services.review import copies
from app.services.review.documents import comparable, live_document

TRIALS = 12


def test_a_killed_merge_leaves_the_plan_as_it_was_or_fully_merged(tmp_path):
    rng = random.Random(base_seed() + 18)
    mine = demo_copy(tmp_path / "plans")
    theirs = tmp_path / "plans" / "copy.stratdeck"
    with PlanFile.open(mine, keep_backups=0) as plan:
        copies.send_copy(plan, theirs)
        with plan.transaction() as conn:
            conn.execute("UPDATE risk SET title = 'mine'")
        before = comparable(live_document(plan.conn))
    with PlanFile.open(theirs, keep_backups=0) as plan, plan.transaction() as conn:
        conn.execute("UPDATE risk SET title = 'theirs'")
        conn.execute("DELETE FROM key_date")
        conn.execute("UPDATE budget_cell SET planned = planned + 1")
    with PlanFile.open(mine, keep_backups=0) as plan:
        merged = comparable(copies.merge_files(plan, theirs, prefer="theirs")[1].document)
    outcomes = {"before": 0, "merged": 0}
    for trial in range(TRIALS):
        log = tmp_path / f"child-{trial}.log"
        command = [sys.executable, str(TESTS / "merge_kill_child.py"), str(mine), str(theirs)]
        with log.open("wb") as out:
            child = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=child_env())
        try:
            wait_for_line(log, "ready")
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            child.send_signal(signal.SIGKILL)
            _, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")[-2000:]
        with PlanFile.open(mine, keep_backups=0) as plan:  # clears the stale lock, rolls back a hot journal
            state = comparable(live_document(plan.conn))
        assert state in (before, merged), f"trial {trial} (seed {base_seed()}): the plan holds a partial merge"
        outcomes["before" if state == before else "merged"] += 1
        assert integrity_ok(mine)
        if state == merged:  # start the next trial from the plan before the merge
            with PlanFile.open(mine, keep_backups=0) as plan:
                copies.write_into_plan(plan, before)
    print(f"merge kill outcomes: {outcomes}")
    assert outcomes["before"] + outcomes["merged"] == TRIALS
