"""The kernel pieces behind issue 20: reading only regular files within a
cap, telling which file a path names, consistent private copies, process
start times."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from file_checks import raw_sqlite
from sidecar_support import leave_hot_journal

from app.services.overview import service as overview_service
from app.services.plan.storage import file_identity, safe_files, snapshot
from app.services.plan.storage.processes import process_started


def test_read_regular_caps_while_reading(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(b"x" * 5000)
    assert safe_files.read_regular(path, 5000) == b"x" * 5000
    with pytest.raises(safe_files.FileTooLarge):
        safe_files.read_regular(path, 4999)
    assert safe_files.read_regular(path, 100, head=True) == b"x" * 100


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_special_files_are_refused_before_any_read(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a named pipe"), (tmp_path, "a folder"), ("/dev/zero", "a device")):
        with pytest.raises(safe_files.NotRegularFile) as caught:
            safe_files.read_regular(path, 10)
        assert caught.value.kind == kind
        assert not safe_files.is_regular(path)


def test_links_and_spellings_name_one_file_and_one_identity_lock(tmp_path):
    real = tmp_path / "a" / "plan.stratdeck"
    real.parent.mkdir()
    real.write_bytes(b"plan")
    (tmp_path / "b").mkdir()
    symlink, hard = tmp_path / "b" / "s.stratdeck", tmp_path / "b" / "h.stratdeck"
    symlink.symlink_to(real)
    os.link(real, hard)
    spelled = tmp_path / "b" / ".." / "a" / "plan.stratdeck"
    assert file_identity.real_path(symlink) == file_identity.real_path(spelled) == real.resolve()
    assert all(file_identity.same_file(real, other) for other in (symlink, hard, spelled))
    assert len({file_identity.identity_lock_path(p) for p in (real, symlink, hard, spelled)}) == 1
    other = tmp_path / "other.stratdeck"
    other.write_bytes(b"plan")
    assert not file_identity.same_file(real, other)


def test_snapshot_copies_the_committed_state_and_a_hot_journal(new_plan, tmp_path):
    overview_service.add_objective(new_plan, "kept")
    new_plan.close()
    copy = tmp_path / "copy.stratdeck"
    snapshot.take(new_plan.path, copy)
    with raw_sqlite(copy, read_only=True) as conn:
        assert conn.execute("SELECT text FROM objective").fetchall() == [("kept",)]
    leave_hot_journal(new_plan.path, "half written")
    snapshot.take(new_plan.path, copy)
    assert os.path.exists(f"{copy}-journal")  # rolled back by SQLite in the copy, never in the original
    with raw_sqlite(copy) as conn:
        assert conn.execute('SELECT title FROM "plan"').fetchone()[0] == "Launch plan"
    assert os.path.exists(f"{new_plan.path}-journal")


def test_process_start_times_tell_processes_apart():
    mine = process_started(os.getpid())
    if mine is None:
        pytest.skip("no /proc here")
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert process_started(child.pid) not in (None, mine)
        assert process_started(os.getpid()) == mine  # stable for one process
    finally:
        child.kill()
        child.wait()
    assert process_started(child.pid) is None
