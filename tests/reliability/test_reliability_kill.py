"""Kill during work (reliability case 1 and 13): a child applies random edits
through the services, or writes Save As copies and backups, and is SIGKILLed
at random moments. After every kill the plan opens (the stale lock cleared,
a hot journal rolled back), passes integrity_check and holds every
acknowledged edit; a copy is absent or complete; no temporary file survives
the next open."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from edit_ops import apply_op
from file_checks import integrity_ok, names_in
from reliability_support import (
    base_seed,
    child_command,
    child_env,
    complete_lines,
    plan_state,
    record_figures,
    wait_for_line,
)

from app.services.overview import service as overview_service
from app.services.plan.errors import EditRefused
from app.services.plan.storage import backups, plan_validation
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for

CI_TRIALS = 60
SLOW_TRIALS = 1200


@dataclass
class Tally:
    """What the kills hit, for docs/reliability.md."""

    trials: int = 0
    acknowledged: int = 0
    before_ready: int = 0
    hot_journal: int = 0
    stale_lock: int = 0
    in_flight_committed: int = 0
    temp_files_left: int = 0
    notes: list = field(default_factory=list)


def kill_at_random(command: list[str], log: Path, rng: random.Random, tally: Tally) -> None:
    """Start *command* with stdout to *log*; SIGKILL it at a random moment,
    now and then before it is ready (while it opens the plan)."""
    with log.open("wb") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=child_env())
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.15))
        else:
            wait_for_line(log, "ready")
            time.sleep(rng.uniform(0.0, 0.1))
    finally:
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate()
    lines = complete_lines(log)
    if "ready" not in lines:
        tally.before_ready += 1
    assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")[-2000:]


def parse_log(lines: list[str]) -> tuple[list[dict], dict | None]:
    """The acknowledged ops in order, and the op in flight when killed."""
    import json

    intents, acked, pending = {}, [], None
    for line in lines:
        if line == "ready":
            continue
        entry = json.loads(line)
        if "intent" in entry:
            intents[entry["intent"]] = entry["op"]
            pending = entry["op"]
        else:
            if "ack" in entry:
                acked.append(intents[entry["ack"]])
            pending = None
    return acked, pending


def expected_states(reference: Path, acked: list[dict], pending: dict | None) -> tuple[dict, dict | None]:
    """Replay the acknowledged ops on *reference* (a copy of the plan before
    the child started): the state without and with the op in flight."""
    with PlanFile.open(reference, keep_backups=0) as plan:
        plan.conn.execute("PRAGMA synchronous = OFF")  # only the oracle; speed
        for op in acked:
            apply_op(plan, op)
        without = plan_state(plan.conn)
        with_pending = None
        if pending is not None:
            try:
                apply_op(plan, pending)
                with_pending = plan_state(plan.conn)
            except EditRefused:
                pass
    return without, with_pending


def acknowledged_facts(acked: list[dict]) -> tuple[dict, set, set]:
    """The last acknowledged value of each plan field, and the objectives
    that must and must not be in the plan."""
    values, present, absent = {}, set(), set()
    for op in acked:
        if op["op"] == "field":
            value = op["value"]
            if op["field"] == "brand_color" and value:
                value = value.upper()
            values[op["field"]] = None if value == "" and op["field"].startswith("period") else value
        elif op["op"] == "period":
            values["period_start"], values["period_end"] = op["start"], op["end"]
        elif op["op"] == "add_objective":
            present.add(op["id"])
        elif op["op"] == "delete_objective":
            present.discard(op["id"])
            absent.add(op["id"])
    return values, present, absent


def touched(op: dict | None) -> set[str]:
    """Plan fields and objective ids an op in flight may have changed."""
    if op is None:
        return set()
    if op["op"] == "field":
        return {op["field"]}
    if op["op"] == "period":
        return {"period_start", "period_end"}
    return {op.get("id", "")}


def check_after_kill(plan_path: Path, reference: Path, log: Path, tally: Tally) -> None:
    """Open the killed plan and compare it with the replayed reference."""
    folder = plan_path.parent
    tally.hot_journal += plan_path.with_name(plan_path.name + "-journal").exists()
    tally.stale_lock += lock_path_for(plan_path).exists()
    acked, pending = parse_log(complete_lines(log))
    tally.acknowledged += len(acked)
    without, with_pending = expected_states(reference, acked, pending)

    with PlanFile.open(plan_path, keep_backups=3) as plan:  # the next open: stale lock cleared
        assert plan.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        actual = plan_state(plan.conn)
    assert actual in (without, with_pending), f"the plan does not hold the acknowledged edits (log {log})"
    tally.in_flight_committed += actual != without

    values, present, absent = acknowledged_facts(acked)
    maybe = touched(pending)
    for name, value in values.items():
        if name not in maybe:
            assert actual["plan"][name] == value, f"{name}: last acknowledged {value!r}"
    stored = {o["id"] for o in actual["objective"]}
    assert present - maybe <= stored and not (absent - maybe) & stored
    # A closed plan is one file; the backups folder holds only backups.
    assert names_in(folder) == {plan_path.name}
    backup_folder = backups.backup_folder(plan_path)
    assert {p.suffix for p in backup_folder.iterdir()} <= {".stratdeck"}, names_in(backup_folder)


def run_edit_trials(tmp_path: Path, trials: int, seed: int) -> Tally:
    rng = random.Random(seed)
    folder, scratch = tmp_path / "plans", tmp_path / "scratch"
    scratch.mkdir()
    plan_path = folder / "Killed plan.stratdeck"
    folder.mkdir()
    PlanFile.create(plan_path, title="Killed plan").close()
    tally = Tally()
    started = time.monotonic()
    for trial in range(trials):
        case_seed = rng.getrandbits(32)
        reference = scratch / "reference.stratdeck"
        shutil.copyfile(plan_path, reference)  # the plan is closed: a file copy is consistent
        log = scratch / "child.log"
        try:
            kill_at_random(child_command("edits", plan_path, case_seed), log, rng, tally)
            check_after_kill(plan_path, reference, log, tally)
        except AssertionError as exc:
            raise AssertionError(f"trial {trial} (RELIABILITY_SEED={seed}, child seed {case_seed}): {exc}") from exc
        reference.unlink()
        tally.trials += 1
    record_figures(
        "kill during edits",
        trials=tally.trials,
        acknowledged_edits=tally.acknowledged,
        killed_while_opening=tally.before_ready,
        journals_left_by_kills=tally.hot_journal,
        stale_locks=tally.stale_lock,
        in_flight_edit_committed=tally.in_flight_committed,
        seconds=round(time.monotonic() - started, 1),
        failures=0,
    )
    return tally


def test_kill_during_edits_keeps_every_acknowledged_edit(tmp_path):
    tally = run_edit_trials(tmp_path, CI_TRIALS, base_seed())
    assert tally.acknowledged > 0 and tally.stale_lock > 0


@pytest.mark.slow
def test_kill_during_edits_long(tmp_path):
    run_edit_trials(tmp_path, SLOW_TRIALS, base_seed())


# -- Save As and backups ---------------------------------------------------------------
def check_copy(path: Path) -> None:
    """A copy is absent, or a complete plan that opens."""
    if path.exists():
        plan_validation.inspect_plan_file(path)
        assert integrity_ok(path)


def leftovers(*folders: Path) -> list[str]:
    """Temporary files and journals in *folders*."""
    return sorted(p.name for f in folders if f.is_dir() for p in f.iterdir() if not p.name.endswith(".stratdeck"))


def run_copy_trials(tmp_path: Path, trials: int, seed: int) -> Tally:
    rng = random.Random(seed)
    folder, elsewhere, scratch = tmp_path / "plans", tmp_path / "elsewhere", tmp_path / "scratch"
    for f in (folder, elsewhere, scratch):
        f.mkdir()
    plan_path = folder / "Copied plan.stratdeck"
    with PlanFile.create(plan_path, title="Copied plan") as plan:
        for n in range(40):  # some bulk, so a copy takes long enough to be cut
            overview_service.add_objective(plan, f"Objective {n} " + "栖云" * 900)
    backup_folder = backups.backup_folder(plan_path)
    tally = Tally()
    started = time.monotonic()
    for trial in range(trials):
        case_seed = rng.getrandbits(32)
        target_folder = rng.choice((folder, elsewhere))
        try:
            kill_at_random(child_command("copies", plan_path, case_seed, target_folder), scratch / "c.log", rng, tally)
            check_copy(target_folder / "Copy.stratdeck")
            for backup in backups.list_backups(plan_path):
                check_copy(backup)
            left = leftovers(target_folder, backup_folder)
            tally.temp_files_left += len([n for n in left if n.startswith(".stratdeck-")])
            # The next open cleans the plan's folder and (writing a backup) its backups folder;
            # the next copy into the other folder cleans that one.
            with PlanFile.open(plan_path, keep_backups=3) as plan:
                plan.save_copy(elsewhere / "Copy.stratdeck")
            assert leftovers(folder, elsewhere, backup_folder) == []
        except AssertionError as exc:
            raise AssertionError(f"trial {trial} (RELIABILITY_SEED={seed}, child seed {case_seed}): {exc}") from exc
        tally.trials += 1
    record_figures(
        "kill during Save As and backups",
        trials=tally.trials,
        killed_while_opening=tally.before_ready,
        temp_files_left_by_kills=tally.temp_files_left,
        seconds=round(time.monotonic() - started, 1),
        failures=0,
    )
    return tally


def test_kill_during_save_as_and_backups_never_leaves_a_half_copy(tmp_path):
    run_copy_trials(tmp_path, CI_TRIALS // 2, base_seed() + 1)


@pytest.mark.slow
def test_kill_during_save_as_and_backups_long(tmp_path):
    run_copy_trials(tmp_path, SLOW_TRIALS // 2, base_seed() + 1)


# -- what the kills left, cleared on the next open (regressions) ------------------------------
def test_journal_left_before_its_first_sync_is_removed_on_open(new_plan, plan_path):
    """SQLite writes a journal's header only when it syncs it, so a process
    killed before that leaves a journal that is not hot: SQLite ignores it
    but never removed it, and the closed plan was no longer one file."""
    overview_service.add_objective(new_plan, "kept")
    new_plan.close()
    journal = plan_path.with_name(plan_path.name + "-journal")
    journal.write_bytes(bytes(12) + bytes.fromhex("c312bdf30000003e0000020000001000") + bytes(4096))
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        assert [o["text"] for o in overview_service.list_objectives(plan)] == ["kept"]
    assert names_in(plan_path.parent) == {plan_path.name}


def test_journal_of_another_program_writing_the_plan_is_left_alone(new_plan, plan_path):
    """A journal is removed only while Stratdeck holds the write lock, so
    the live journal of another program's transaction is never touched."""
    from file_checks import raw_sqlite

    new_plan.close()
    with raw_sqlite(plan_path) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE objective SET text = 'x'")
        other.execute("INSERT INTO objective (id, position, text, metric, target) VALUES ('a', 0, 'b', '', '')")
        journal = plan_path.with_name(plan_path.name + "-journal")
        assert journal.exists()
        with PlanFile.open(plan_path, keep_backups=0):
            assert journal.exists()
        other.execute("ROLLBACK")


def test_temporary_files_of_dead_processes_are_swept_and_others_kept(new_plan, plan_path, tmp_path):
    import os
    import subprocess
    import sys

    from app.services.exchange import temp_files

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    folder, tag = plan_path.parent, temp_files.host_tag()
    dead = [
        folder / f".stratdeck-{child.pid}-{tag}-abc.tmp",
        folder / f".stratdeck-new-{child.pid}-{tag}-x.tmp-journal",
    ]
    alive = folder / f".stratdeck-{os.getpid()}-{tag}-abc.tmp"  # a copy this process is writing
    elsewhere = folder / f".stratdeck-{child.pid}-0badf00d-abc.tmp"  # another host's: we cannot tell
    old_style = folder / ".stratdeck-k2j3h4.tmp"
    stale_old = folder / ".stratdeck-9zz9.tmp"
    for path in [*dead, alive, elsewhere, old_style, stale_old]:
        path.write_bytes(b"partial copy")
    os.utime(stale_old, (0, 0))  # a day old and more
    new_plan.close()
    with PlanFile.open(plan_path, keep_backups=0):
        pass
    assert names_in(folder) == {plan_path.name, alive.name, elsewhere.name, old_style.name}
