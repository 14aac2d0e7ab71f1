"""A child process for the canvas kill suite; the parent SIGKILLs it.

    canvas_kill_child.py PLAN SEED     random canvas edits (tests/canvas_ops.py), forever

Like tests/kill_child.py: prints ``{"intent": n, "op": …}`` before each
service call and ``{"ack": n}`` or ``{"refused": n}`` after it returns, each
line flushed, so a line the parent reads is an acknowledged edit."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from canvas_ops import apply_op, random_op

from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile

# Edits known not to be one transaction are left out of the kill suite (none
# now: budget line delete, found here as defect C1, is one commit since).
NOT_ATOMIC: set[str] = set()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def edits(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    plan = PlanFile.open(path, keep_backups=0)
    say("ready")
    for n in range(10**9):
        op = random_op(rng, plan.conn)
        while op["op"] in NOT_ATOMIC:
            op = random_op(rng, plan.conn)
        say(json.dumps({"intent": n, "op": op}, ensure_ascii=False))
        try:
            apply_op(plan, op)
        except EditRefused:
            say(json.dumps({"refused": n}))
            continue
        say(json.dumps({"ack": n}))


if __name__ == "__main__":
    edits(Path(sys.argv[1]), int(sys.argv[2]))
