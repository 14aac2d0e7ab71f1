"""A child process for the merge kill test; the parent SIGKILLs it.

    merge_kill_child.py PLAN THEIRS

Opens PLAN, prints "ready", then forever merges THEIRS into it (preferring
theirs; a backup is written first, the merge is one transaction) and puts
the original content back, printing "merged" / "restored" after each."""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.plan.storage.plan_file import PlanFile
from app.services.review import copies
from app.services.review.documents import live_document


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(plan_path: Path, theirs: Path) -> None:
    plan = PlanFile.open(plan_path, keep_backups=0)
    original = live_document(plan.conn)
    say("ready")
    while True:
        inputs, result = copies.merge_files(plan, theirs, prefer="theirs")
        copies.merge_into_plan(plan, inputs, result, keep=2)
        say("merged")
        copies.write_into_plan(plan, original)
        say("restored")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
