"""Two openers of one plan, locks left by dead processes, and the copies
Stratdeck makes: rotating backups and Save As (reliability cases 1, 5, 6, 13)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap

import pytest
from file_checks import integrity_ok, names_in

from app.services.overview import service as overview_service
from app.services.plan.errors import PlanLockedError, PlanReadOnlyError
from app.services.plan.storage import backups
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for


def dead_pid() -> int:
    """The id of a process that has just exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- locks ---------------------------------------------------------------------
def test_second_open_is_told_who_holds_the_plan(new_plan, plan_path):
    with pytest.raises(PlanLockedError) as caught:
        PlanFile.open(plan_path)
    message = str(caught.value)
    assert socket.gethostname() in message
    assert f"process {os.getpid()}" in message
    assert "open it read-only" in message
    assert caught.value.holder["pid"] == os.getpid()
    # The first opener is unaffected and keeps its lock.
    overview_service.set_field(new_plan, "owner", "Lin Wei")
    assert lock_path_for(plan_path).exists()


def test_read_only_open_works_while_locked_and_cannot_write(new_plan, plan_path):
    overview_service.set_field(new_plan, "title", "Shared plan")
    with PlanFile.open(plan_path, read_only=True) as viewer:
        assert overview_service.get_overview(viewer)["title"] == "Shared plan"
        with pytest.raises(PlanReadOnlyError):
            with viewer.transaction() as conn:
                conn.execute("UPDATE plan SET title = 'hijacked'")
    overview_service.set_field(new_plan, "brand", "Qiyun")  # the holder still writes
    assert overview_service.get_overview(new_plan)["title"] == "Shared plan"


def test_stale_lock_of_a_dead_process_is_cleared(new_plan, plan_path):
    new_plan.close()
    lock = lock_path_for(plan_path)
    lock.write_text(
        json.dumps(
            {
                "app": "stratdeck",
                "host": socket.gethostname(),
                "pid": dead_pid(),
                "user": "someone",
                "since": "2027-01-01T09:00:00",
            }
        ),
        encoding="utf-8",
    )
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
        overview_service.set_field(plan, "owner", "Lin Wei")
    assert not lock.exists()


def test_garbled_lock_is_cleared(new_plan, plan_path):
    new_plan.close()
    lock_path_for(plan_path).write_bytes(b"\x00\x01 not json")
    with PlanFile.open(plan_path, keep_backups=0):
        pass
    assert names_in(plan_path.parent) == {plan_path.name}


def test_lock_of_another_host_is_respected(new_plan, plan_path):
    """We cannot see processes on another machine, so its lock stands."""
    new_plan.close()
    lock = lock_path_for(plan_path)
    lock.write_text(json.dumps({"host": "laptop-of-mei", "pid": dead_pid(), "user": "mei"}), encoding="utf-8")
    with pytest.raises(PlanLockedError, match="mei on laptop-of-mei"):
        PlanFile.open(plan_path)
    assert lock.exists()


CHILD_EDITS = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.services.overview import service as overview_service
    from app.services.plan.storage.plan_file import PlanFile

    plan = PlanFile.open(Path(sys.argv[1]), keep_backups=0)
    overview_service.add_objective(plan, "acknowledged")
    plan.conn.execute("PRAGMA cache_size = 2")  # spill uncommitted pages into the file
    plan.conn.execute("BEGIN IMMEDIATE")
    for n in range(200):
        plan.conn.execute(
            "INSERT INTO objective (id, position, text, metric, target) VALUES (?, 9, ?, '', '')",
            (f"00000000-0000-4000-8000-{n:012d}", "half-written " * 100),
        )
    print("editing", flush=True)
    time.sleep(60)
    """
)


def test_killed_holder_mid_edit_leaves_a_plan_that_reopens(new_plan, plan_path):
    """SIGKILL while a transaction has already written into the file: the
    lock is stale, the hot journal is rolled back, and only acknowledged
    edits remain."""
    new_plan.close()
    size_before = plan_path.stat().st_size
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_EDITS, str(plan_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline() == "editing\n", child.stderr.read()
        assert lock_path_for(plan_path).exists()
        assert plan_path.with_name(plan_path.name + "-journal").exists()
        assert plan_path.stat().st_size > size_before + 100_000  # uncommitted pages are in the file
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        assert [o["text"] for o in overview_service.list_objectives(plan)] == ["acknowledged"]
        assert plan.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        overview_service.add_objective(plan, "after the crash")
    assert names_in(plan_path.parent) == {plan_path.name}


# -- backups and Save As -----------------------------------------------------------
BACKUP_NAME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{6}-\d{6}\.stratdeck$")


def test_opening_writes_a_dated_backup_in_the_data_folder(new_plan, plan_path, data_dir):
    overview_service.set_field(new_plan, "title", "Backed up")
    new_plan.close()
    assert backups.list_backups(plan_path) == []  # creating a plan makes no backup
    with PlanFile.open(plan_path):
        pass
    [backup] = backups.list_backups(plan_path)
    assert backup.is_relative_to(data_dir / "backups")
    assert BACKUP_NAME.match(backup.name)
    assert integrity_ok(backup)
    with PlanFile.open(backup, read_only=True) as copy:
        assert overview_service.get_overview(copy)["title"] == "Backed up"


def test_backups_rotate_keeping_the_newest(new_plan, plan_path):
    new_plan.close()
    made = []
    for n in range(12):
        with PlanFile.open(plan_path, keep_backups=10) as plan:
            overview_service.set_field(plan, "owner", f"owner {n}")
        made.append(backups.list_backups(plan_path)[0])
    kept = backups.list_backups(plan_path)
    assert len(kept) == 10
    assert sorted(kept) == sorted(made[2:])
    for backup in kept:
        assert integrity_ok(backup)
    assert not [p for p in kept[0].parent.iterdir() if p.suffix != ".stratdeck"]


def test_save_copy_writes_a_plan_that_opens(new_plan, tmp_path):
    overview_service.add_objective(new_plan, "Grow repeat buyers")
    target_folder = tmp_path / "elsewhere"
    target_folder.mkdir()
    copy_path = new_plan.save_copy(target_folder / "Copy.stratdeck")
    overview_service.set_field(new_plan, "title", "Only in the original")
    assert names_in(target_folder) == {"Copy.stratdeck"}
    assert integrity_ok(copy_path)
    with PlanFile.open(copy_path, keep_backups=0) as copy:
        assert overview_service.get_overview(copy)["title"] == "Launch plan"
        assert [o["text"] for o in overview_service.list_objectives(copy)] == ["Grow repeat buyers"]
        assert copy.conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
