"""Stale locks and temporary files (issue 20): a lock of this host whose pid
is alive but belongs to another process (the pid was reused, e.g. after a
reboot) is stale — the lock records its process's start time; an older lock
without one is stale when that process started after the lock was written.
Every writer, the deck's too, names its temporary file by one scheme, swept
at once when its process is gone."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from file_checks import names_in

from app.services.deck import build_deck
from app.services.exchange import temp_files
from app.services.plan.errors import PlanLockedError
from app.services.plan.storage import file_identity
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for
from app.services.plan.storage.processes import process_started

HOST = socket.gethostname()
needs_proc = pytest.mark.skipif(process_started(os.getpid()) is None, reason="process start times need /proc")


@pytest.fixture
def closed_plan(new_plan):
    new_plan.close()
    return new_plan.path


@pytest.fixture
def unrelated_process():
    """A live process that is not Stratdeck (its pid stands for a reused one)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield child.pid
    child.send_signal(signal.SIGKILL)
    child.wait()


def write_lock(plan, **holder) -> None:
    lock_path_for(plan).write_text(json.dumps({"app": "stratdeck", "host": HOST, "user": "someone", **holder}))


@needs_proc
def test_lock_whose_pid_now_belongs_to_another_process_is_stale(closed_plan, unrelated_process):
    write_lock(closed_plan, pid=unrelated_process, started="another-boot:12345")
    with PlanFile.open(closed_plan, keep_backups=0):
        assert json.loads(lock_path_for(closed_plan).read_text())["pid"] == os.getpid()


@needs_proc
def test_lock_of_the_recorded_live_process_is_kept(closed_plan, unrelated_process):
    write_lock(closed_plan, pid=unrelated_process, started=process_started(unrelated_process))
    before = lock_path_for(closed_plan).read_bytes()
    with pytest.raises(PlanLockedError):
        PlanFile.open(closed_plan, keep_backups=0)
    assert lock_path_for(closed_plan).read_bytes() == before


@needs_proc
def test_lock_without_start_time_is_stale_once_its_pid_started_after_it(closed_plan, unrelated_process):
    write_lock(closed_plan, pid=unrelated_process)  # as older builds wrote it
    with pytest.raises(PlanLockedError):  # written after that process started: it may hold it
        PlanFile.open(closed_plan, keep_backups=0)
    day_ago = time.time() - 86_400
    os.utime(lock_path_for(closed_plan), (day_ago, day_ago))  # written before the process existed
    PlanFile.open(closed_plan, keep_backups=0).close()


@needs_proc
def test_identity_lock_of_a_file_that_is_gone_is_stale(closed_plan, unrelated_process):
    identity = file_identity.identity_lock_path(closed_plan)
    assert identity is not None
    record = {"host": HOST, "pid": unrelated_process, "started": process_started(unrelated_process)}
    identity.write_text(json.dumps({**record, "plan": str(closed_plan.with_name("deleted long ago.stratdeck"))}))
    try:
        PlanFile.open(closed_plan, keep_backups=0).close()  # that inode was another file's; it is ours now
    finally:
        identity.unlink(missing_ok=True)


def test_the_deck_writes_through_the_shared_temporary_file_scheme(new_plan, tmp_path, monkeypatch):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    out = tmp_path / "decks"
    out.mkdir()
    killed = out / f".stratdeck-deck-{child.pid}-{temp_files.host_tag()}-x1.tmp"  # a killed export's
    killed.write_bytes(b"%PDF-1.4 half")
    opened = []
    real_open_temp = temp_files.open_temp

    def spy(folder, kind=""):
        fd, path = real_open_temp(folder, kind)
        opened.append(path.name)
        return fd, path

    monkeypatch.setattr(temp_files, "open_temp", spy)
    build_deck(new_plan, out / "deck.pdf", sections=["overview"])
    assert len(opened) == 1 and temp_files._OURS.match(opened[0]) and opened[0].startswith(".stratdeck-deck-")
    assert names_in(out) == {"deck.pdf"}  # the killed export's file swept at once, ours renamed into place
