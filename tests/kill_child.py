"""A child process for the kill and lock suites; the parent SIGKILLs it.

    kill_child.py edits  PLAN SEED        random Overview edits, forever
    kill_child.py copies PLAN SEED DIR    Save As into DIR, backups and edits, forever
    kill_child.py hold   PLAN             open the plan and keep it open
    kill_child.py race   PLAN START       at time START (epoch s) try to open PLAN

Every line goes to stdout with a flush *after* the work it reports has
returned, so a line the parent reads is an acknowledged edit. ``edits``
prints ``{"intent": n, "op": …}`` before a call and ``{"ack": n}`` or
``{"refused": n}`` after it."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from edit_ops import apply_op, current_ids, random_op, track

from app.services.plan.errors import EditRefused, PlanFileError
from app.services.plan.storage import backups
from app.services.plan.storage.plan_file import PlanFile


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def edits(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    plan = PlanFile.open(path, keep_backups=rng.choice((0, 0, 0, 2)))
    ids = current_ids(plan)
    say("ready")
    for n in range(10**9):
        op = random_op(rng, ids)
        say(json.dumps({"intent": n, "op": op}, ensure_ascii=False))
        try:
            apply_op(plan, op)
        except EditRefused:
            say(json.dumps({"refused": n}))
            continue
        track(op, ids)
        say(json.dumps({"ack": n}))


def copies(path: Path, seed: int, folder: Path) -> None:
    rng = random.Random(seed)
    plan = PlanFile.open(path, keep_backups=0)
    ids = current_ids(plan)
    say("ready")
    while True:
        roll = rng.random()
        if roll < 0.4:
            plan.save_copy(folder / "Copy.stratdeck")
            say("copy")
        elif roll < 0.8:
            backups.rotate_backup(plan.conn, plan.path, 3)
            say("backup")
        else:
            op = random_op(rng, ids)
            try:
                apply_op(plan, op)
                track(op, ids)
            except EditRefused:
                pass
            say("edit")


def hold(path: Path) -> None:
    PlanFile.open(path, keep_backups=0)
    say("ready")
    time.sleep(600)


def race(path: Path, start: float) -> None:
    time.sleep(max(0.0, start - time.time()))
    try:
        PlanFile.open(path, keep_backups=0)
    except PlanFileError as exc:
        say(f"refused {type(exc).__name__}")
    else:
        say("opened")
    time.sleep(600)


if __name__ == "__main__":
    mode, plan_path, *rest = sys.argv[1:]
    if mode == "edits":
        edits(Path(plan_path), int(rest[0]))
    elif mode == "copies":
        copies(Path(plan_path), int(rest[0]), Path(rest[1]))
    elif mode == "hold":
        hold(Path(plan_path))
    elif mode == "race":
        race(Path(plan_path), float(rest[0]))
    else:
        sys.exit(f"unknown mode {mode}")
