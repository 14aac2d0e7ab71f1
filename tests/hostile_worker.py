"""Worker process of the hostile-files fuzzer: builds one case at a time and
reports what opening it did, as one JSON line per case. Running cases in a
child lets the parent enforce a time bound (a hang is killed) and survive a
crash in SQLite itself.

    hostile_worker.py BASE WORKDIR            cases as JSON lines on stdin
    hostile_worker.py BASE WORKDIR CASE_JSON  one case, printed (to reproduce)

A case is {"id": …, "seed": "…"} (a random mutation) or {"id": …,
"crafted": NAME}; "cli": true also runs ``stratdeck check`` on it."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import shutil
import sys
import time
import traceback
from pathlib import Path

from plan_mutations import build_base, craft, mutate

from app.main import main
from app.services.exchange import json_exchange
from app.services.overview import service as overview_service
from app.services.plan import plan_summary, problems
from app.services.plan.errors import PlanFileError
from app.services.plan.storage.plan_file import PlanFile


def digests(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of every file (a FIFO or folder is named, never read)."""
    found = {}
    for p in sorted(folder.iterdir()):
        regular = p.is_file()
        found[p.name] = hashlib.sha256(p.read_bytes()).hexdigest() if regular else f"special {p.lstat().st_mode:o}"
    return found


def use_plan(plan: PlanFile) -> None:
    """Read everything the app reads, and export it."""
    json_exchange.dumps(json_exchange.export_plan(plan.conn))
    overview_service.get_overview(plan)
    overview_service.list_objectives(plan)
    problems.collect_findings(plan)
    plan_summary.summary_lines(plan)


def check_message(message: str, problems_found: list[str]) -> None:
    if not message or not message.isprintable() or len(message) > 600:
        problems_found.append(f"unclear message: {message!r}")


def run_case(case: dict, base: Path, work: Path) -> dict:
    folder = work / "case"
    shutil.rmtree(folder, ignore_errors=True)  # a FIFO inside is removed, never opened
    folder.mkdir(parents=True)
    path = folder / "Hostile plan.stratdeck"
    if "crafted" in case:
        what = craft(base, path, case["crafted"])
    else:
        what = mutate(base, path, random.Random(case["seed"]))
    before = digests(folder)
    original = path.read_bytes() if path.is_file() else b""

    def recovery(files: dict, after: dict) -> bool:
        """Changes an editing open may make: roll back a hot journal beside
        the plan; set aside a -wal, -journal or -shm that does not belong to
        it (renamed "… (set aside …)"); clear a lock that no process wrote
        (a FIFO); switch a WAL-mode file to the rollback journal after
        keeping the original beside it (only header bytes change, unless
        its own WAL was applied)."""
        if any(name.endswith("-journal") and not files[name].startswith("special") for name in files):
            return True
        gone, new = set(files) - set(after), set(after) - set(files)
        if not all(name.endswith(("-wal", "-shm", "-journal")) or name.startswith(".~lock.") for name in gone):
            return False
        if not all("(set aside" in name or "(WAL mode original" in name for name in new):
            return False
        if after.get(path.name) == files.get(path.name):
            return True
        now = path.read_bytes()
        wal = 2 in original[18:20] and len(now) >= len(original)  # read or write version 2: WAL
        kept = path.with_name("Hostile plan (WAL mode original).stratdeck")  # the original, kept beside it
        kept_ok = kept.exists() and kept.read_bytes() == original
        applied_own_wal = any(name == path.name + "-wal" for name in gone) and not any("set aside" in n for n in new)
        return wal and kept_ok and (applied_own_wal or now[100:] == original[100:])

    result = {"id": case["id"], "what": what, "outcomes": [], "messages": [], "problems": []}
    started = time.monotonic()
    try:
        for read_only in (True, False):
            try:
                with PlanFile.open(path, read_only=read_only, keep_backups=1) as plan:
                    use_plan(plan)
                result["outcomes"].append("opened")
            except PlanFileError as exc:
                result["outcomes"].append("refused")
                result["messages"].append(str(exc))
                check_message(str(exc), result["problems"])
            after = digests(folder)
            if after != before and not (
                result["outcomes"][-1] == "opened" and not read_only and recovery(before, after)
            ):
                result["problems"].append(f"files changed: {sorted(set(before.items()) ^ set(after.items()))}")
            before = after
        if case.get("cli"):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["check", str(path)])
            lines = err.getvalue().splitlines()
            if code not in (0, 3) or (code == 3 and (len(lines) != 1 or not lines[0].startswith("stratdeck: "))):
                result["problems"].append(f"stratdeck check: exit {code}, stderr {err.getvalue()!r}")
            if code == 0 and lines:
                result["problems"].append(f"stratdeck check printed errors: {err.getvalue()!r}")
    except Exception:  # noqa: BLE001 - this is what the suite exists to catch
        result["problems"].append("unexpected exception:\n" + traceback.format_exc())
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def serve(base: Path, work: Path) -> None:
    for line in sys.stdin:
        print(json.dumps(run_case(json.loads(line), base, work), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    base_path, work_path = Path(sys.argv[1]), Path(sys.argv[2])
    if not base_path.exists():  # rerunning one case by hand
        build_base(base_path)
    if len(sys.argv) > 3:
        print(json.dumps(run_case(json.loads(sys.argv[3]), base_path, work_path), indent=2, ensure_ascii=False))
    else:
        serve(base_path, work_path)
