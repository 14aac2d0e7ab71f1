"""Hostile plan files (reliability cases 7-12): a seeded fuzzer mutates a
valid plan (bytes, header fields, pages, b-tree headers, schema rows, odd and
huge values, broken references, plan rows, invalid UTF-8, versions, hot
journals), and crafted files add triggers, views, extra and virtual tables,
other versions, page sizes and encodings. Every case must end within
CASE_SECONDS in a plan that opens, reads and exports, or a PlanFileError
with one clear line; never another exception, never a hang or crash, and
the file's bytes unchanged. Cases run in worker processes (tests/
hostile_worker.py) so a hang can be killed; ``stratdeck check`` runs on a
sample. A failure prints RELIABILITY_SEED and how to rerun the case."""

from __future__ import annotations

import json
import selectors
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from file_checks import raw_sqlite, sha256
from plan_mutations import CRAFTED, build_base
from reliability_support import TESTS, base_seed, child_env, record_figures

from app.models import schema_snapshot
from app.services.overview import service as overview_service
from app.services.plan.errors import PlanFileError
from app.services.plan.storage import migrations
from app.services.plan.storage.plan_file import PlanFile

CI_CASES, SLOW_CASES = 400, 5000
CASE_SECONDS = 5.0
WORKERS = 2
CLI_EVERY = 5  # stratdeck check on every 5th case
# Crafted files that are still valid plans (any other crafted file is refused).
OPENS = {
    "plan id not a uuid", "positions not dense", "nul in text", "wal header", "page size 512", "page size 65536",
    "auto vacuum full", "auto vacuum incremental", "utf-16 database", "fifo as journal", "folder as journal",
    "fifo as wal", "fifo as shm", "fifo as lock", "stale wal of an older copy", "wal adding a trigger",
    "wal of a wal-mode plan",
}  # fmt: skip


@pytest.fixture(scope="module")
def base_plan(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "base.stratdeck"
    build_base(path)
    return path


class Worker:
    """One hostile_worker.py process and the case it is working on."""

    def __init__(self, base: Path, work: Path, slot: int):
        self.slot = slot
        self.args = [sys.executable, str(TESTS / "hostile_worker.py"), str(base), str(work)]
        self.process = subprocess.Popen(
            self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env()
        )
        self.case: dict | None = None
        self.started = 0.0

    def send(self, case: dict) -> None:
        self.case, self.started = case, time.monotonic()
        self.process.stdin.write(json.dumps(case) + "\n")
        self.process.stdin.flush()

    def stop(self) -> str:
        self.process.kill()
        _, err = self.process.communicate()
        return err[-3000:]


def run_cases(base: Path, work: Path, cases: list[dict]) -> list[dict]:
    """Run *cases* on WORKERS processes; a case that takes longer than
    CASE_SECONDS, or kills its worker, is a failure of that case."""
    pending, results = list(reversed(cases)), []
    selector = selectors.DefaultSelector()
    workers = []

    def start(slot: int) -> None:
        worker = Worker(base, work / f"worker-{slot}", slot)
        selector.register(worker.process.stdout, selectors.EVENT_READ, worker)
        workers.append(worker)
        if pending:
            worker.send(pending.pop())

    def replace(worker: Worker, problem: str) -> None:
        selector.unregister(worker.process.stdout)
        workers.remove(worker)
        err = worker.stop()
        results.append({**worker.case, "what": "?", "outcomes": [], "messages": [], "problems": [problem + err]})
        start(worker.slot)

    for slot in range(WORKERS):
        start(slot)
    while any(w.case for w in workers):
        for key, _ in selector.select(timeout=0.2):
            worker = key.data
            line = worker.process.stdout.readline()
            if not line:
                replace(worker, "the worker died (crash):\n")
                continue
            results.append({**worker.case, **json.loads(line)})
            worker.case = None
            if pending:
                worker.send(pending.pop())
        for worker in list(workers):
            if worker.case and time.monotonic() - worker.started > CASE_SECONDS:
                replace(worker, f"no answer within {CASE_SECONDS} s (hang):\n")
    for worker in workers:
        selector.unregister(worker.process.stdout)
        worker.stop()
    return results


def fuzz(base: Path, work: Path, count: int) -> None:
    seed = base_seed()
    cases = [{"id": f"crafted {n}", "crafted": n, "cli": True} for n in CRAFTED]
    cases += [{"id": f"case {i}", "seed": f"{seed}:{i}", "cli": i % CLI_EVERY == 0} for i in range(count)]
    started = time.monotonic()
    results = run_cases(base, work, cases)
    failures = [r for r in results if r["problems"]]
    outcomes = Counter("opened" if r["outcomes"][:1] == ["opened"] else "refused" for r in results if r["outcomes"])
    families = Counter(r["what"].split(":")[0] for r in results)
    record_figures(
        "hostile plan files",
        cases=len(results),
        crafted=len(CRAFTED),
        opened=outcomes["opened"],
        refused=outcomes["refused"],
        slowest_case_seconds=max((r.get("seconds", CASE_SECONDS) for r in results), default=0),
        seconds=round(time.monotonic() - started, 1),
        failures=len(failures),
        families=dict(families),
    )
    assert len(results) == len(cases)
    for result in results:
        if "crafted" in result and "not available here" not in result["what"]:
            expected = "opened" if result["crafted"] in OPENS else "refused"
            if result["outcomes"] != [expected, expected]:
                result["problems"].append(f"expected {expected}, got {result['outcomes']} {result['messages'][:1]}")
    failures = [r for r in results if r["problems"]]
    if failures:
        shown = "\n\n".join(
            f"{f['id']} ({f['what']}): {'; '.join(f['problems'])}\n  rerun: PYTHONPATH=.:tests python "
            f"tests/hostile_worker.py /tmp/base.stratdeck /tmp/work '{json.dumps(rerun(f))}'"
            for f in failures[:8]
        )
        pytest.fail(
            f"{len(failures)} of {len(results)} hostile files were mishandled (RELIABILITY_SEED={seed}):\n{shown}"
        )


def rerun(result: dict) -> dict:
    """The case of *result*, as hostile_worker.py takes it on its command line."""
    return {k: result[k] for k in ("id", "seed", "crafted", "cli") if k in result}


def test_hostile_plan_files_end_in_a_plan_or_a_clear_refusal(base_plan, tmp_path):
    fuzz(base_plan, tmp_path, CI_CASES)


@pytest.mark.slow
def test_hostile_plan_files_long(base_plan, tmp_path):
    fuzz(base_plan, tmp_path, SLOW_CASES)


def test_older_format_without_a_migration_path_is_refused_and_left_alone(base_plan, tmp_path, monkeypatch):
    """A current-format (3) file, while this Stratdeck writes format 5 and
    knows only the step 4 → 5: refused cleanly for editing and for reading."""
    path = tmp_path / "Old.stratdeck"
    path.write_bytes(base_plan.read_bytes())
    monkeypatch.setattr(schema_snapshot, "SCHEMA_VERSION", 5)
    monkeypatch.setattr(migrations, "MIGRATIONS", {4: lambda conn: None})
    digest = sha256(path)
    for read_only in (False, True):
        with pytest.raises(PlanFileError, match="uses plan format 3, which this Stratdeck cannot upgrade"):
            PlanFile.open(path, read_only=read_only)
    assert sha256(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Old.stratdeck"]


# -- regressions found by the fuzzer -----------------------------------------------------------
def _plan_with_ids(path: Path, letter: str) -> int:
    with PlanFile.create(path) as plan:
        for n in range(40):
            overview_service.add_objective(plan, "t", objective_id=f"{letter}0000000-0000-4000-8000-{n:012d}")
        return plan.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_objective_1'"
        ).fetchone()[0]


def test_an_index_that_disagrees_with_its_table_is_refused(tmp_path):
    """quick_check does not compare an index with its table: such a plan
    opened, then count(*) (which reads the index) or a lookup by id failed.
    The index page of another plan with other ids is put into this one."""
    ours, theirs = tmp_path / "ours.stratdeck", tmp_path / "theirs.stratdeck"
    page = _plan_with_ids(ours, "a")
    assert _plan_with_ids(theirs, "b") == page
    data, other = bytearray(ours.read_bytes()), theirs.read_bytes()
    size = 4096
    data[(page - 1) * size : page * size] = other[(page - 1) * size : page * size]
    ours.write_bytes(data)
    with raw_sqlite(ours, read_only=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    for read_only in (False, True):
        with pytest.raises(PlanFileError) as caught:
            PlanFile.open(ours, read_only=read_only)
        message = str(caught.value)
        assert "integrity check failed (" in message and "more problems" in message
        assert len(message) < 300 and message.isprintable()


@pytest.mark.parametrize(
    "how",
    ["control characters in a name", "invalid UTF-8 in the schema"],
)
def test_sqlite_messages_quoting_the_file_stay_one_clean_line(new_plan, how):
    path = new_plan.path
    new_plan.close()
    with raw_sqlite(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        if how == "control characters in a name":
            conn.execute("UPDATE sqlite_master SET name = 'x\n\x1b[2J' WHERE name = 'sqlite_autoindex_objective_1'")
        else:
            junk = bytes.fromhex("435245415445205441424c4520ff28612900")  # CREATE TABLE \xff(a)
            conn.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'objective'", (junk,))
    for read_only in (False, True):
        with pytest.raises(PlanFileError, match="is damaged or not a Stratdeck plan") as caught:
            PlanFile.open(path, read_only=read_only)
        assert str(caught.value).isprintable()


@pytest.mark.parametrize(
    ("sql", "fragment"),
    [
        ("UPDATE plan SET title = x'00ff'", "plan.title holds a value that is not text"),
        ("UPDATE objective SET position = 1.5", "objective.position holds a value that is not a whole number"),
        ("UPDATE objective SET position = 'first'", "objective.position holds a value that is not a whole number"),
        ("UPDATE plan SET logo = 'text', logo_mime = 'image/png'", "plan.logo holds a value that is not image data"),
    ],
)
def test_values_of_the_wrong_kind_are_refused_on_open(new_plan, sql, fragment):
    """The tables are not STRICT: a blob where text belongs opened, then the
    JSON export (and `stratdeck export`) failed with a TypeError."""
    overview_service.add_objective(new_plan, "one")
    path = new_plan.path
    new_plan.close()
    with raw_sqlite(path) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(sql)
    for read_only in (False, True):
        with pytest.raises(PlanFileError, match=fragment):
            PlanFile.open(path, read_only=read_only)
