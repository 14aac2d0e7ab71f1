"""A writer for the read-only-under-a-writer suite: opens the plan for
editing and commits as fast as it can (with a pause of a few ms), each
commit setting the plan's title, its owner and every objective's text to
the same counter, so a reader that sees two different numbers has read a
state that never existed. Prints ``ready`` after its first commit, then runs until killed.

    commit_child.py PLAN PAUSE_SECONDS"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.services.plan.storage.plan_file import PlanFile


def main() -> None:
    plan = PlanFile.open(Path(sys.argv[1]), keep_backups=0)
    pause = float(sys.argv[2])
    counter = 0
    while True:
        counter += 1
        with plan.transaction() as conn:
            conn.execute('UPDATE "plan" SET title = ?, owner = ?', (f"save {counter}", f"save {counter}"))
            conn.execute("UPDATE objective SET text = ?", (f"save {counter}",))
            if counter % 50 == 0:  # the file grows and shrinks too
                conn.execute("UPDATE objective SET metric = ?", ("x" * (counter % 7000),))
        if counter == 1:
            print("ready", flush=True)  # from now on every state has one counter
        time.sleep(pause)


if __name__ == "__main__":
    main()
