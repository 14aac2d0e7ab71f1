"""Two processes, one plan (reliability cases 5 and 6): a child holds a plan;
the parent is told who (host and process); when the child is SIGKILLed its
lock is stale and cleared; a lock naming another host is never cleared,
whatever it says; processes racing to open one plan get it exactly once."""

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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import child_command, child_env, record_figures

from app.main import main
from app.services.plan.errors import PlanLockedError
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for

HOST = socket.gethostname()


def start_child(*args) -> subprocess.Popen:
    return subprocess.Popen(
        child_command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env()
    )


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.communicate()


@pytest.fixture
def closed_plan(new_plan):
    new_plan.close()
    return new_plan.path


@pytest.fixture(scope="module")
def live_pid():
    """The id of a process that stays alive during the module."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield child.pid
    kill(child)


@pytest.fixture(scope="module")
def dead_pid():
    """The id of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_killed_holder_is_named_then_its_lock_is_cleared(closed_plan, capsys):
    child = start_child("hold", closed_plan)
    try:
        assert child.stdout.readline() == "ready\n", child.stderr.read()
        with pytest.raises(PlanLockedError) as caught:
            PlanFile.open(closed_plan)
        message = str(caught.value)
        assert f"on {HOST} (process {child.pid}," in message and "read-only" in message
        assert caught.value.holder["pid"] == child.pid
        with PlanFile.open(closed_plan, read_only=True) as viewer:  # reading is allowed meanwhile
            assert viewer.read_only
        assert main(["check", str(closed_plan)]) == 0
        assert f'"pid": {child.pid}' in lock_path_for(closed_plan).read_text(encoding="utf-8")
    finally:
        kill(child)
    with PlanFile.open(closed_plan, keep_backups=0) as plan:  # stale: the holder is gone
        assert json.loads(lock_path_for(closed_plan).read_text(encoding="utf-8"))["pid"] != child.pid
        plan.conn.execute("PRAGMA integrity_check")
    assert names_in(closed_plan.parent) == {closed_plan.name}


@pytest.mark.parametrize("whose", ["a live child", "this process", "a dead process"])
def test_holder_on_another_host_is_never_cleared(closed_plan, live_pid, dead_pid, whose):
    pid = {"a live child": live_pid, "this process": None, "a dead process": dead_pid}[whose]
    lock = lock_path_for(closed_plan)
    content = json.dumps({"app": "stratdeck", "host": "mei-laptop", "pid": pid, "user": "mei", "since": "09:00"})
    lock.write_text(content, encoding="utf-8")
    for _ in range(3):
        with pytest.raises(PlanLockedError, match="mei on mei-laptop"):
            PlanFile.open(closed_plan)
    assert lock.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("pid", [2**31, 2**70, True, -1, "1234", 1.5])
def test_lock_of_this_host_with_an_impossible_pid_is_stale(closed_plan, pid):
    """A pid beyond a C int made os.kill raise OverflowError out of
    PlanFile.open; true counted as process 1, which is always alive."""
    lock_path_for(closed_plan).write_text(json.dumps({"host": HOST, "pid": pid}), encoding="utf-8")
    with PlanFile.open(closed_plan, keep_backups=0):
        pass
    assert names_in(closed_plan.parent) == {closed_plan.name}


def test_holder_named_with_control_characters_is_quoted_on_one_line(closed_plan):
    lock_path_for(closed_plan).write_text(
        json.dumps({"host": "evil\nhost\x1b[2J", "pid": 1, "user": "\u202eadmin"}), encoding="utf-8"
    )
    with pytest.raises(PlanLockedError) as caught:
        PlanFile.open(closed_plan)
    assert str(caught.value).isprintable() and "evil\\nhost\\x1b[2J" in str(caught.value)


# -- whatever a lock file says ------------------------------------------------------------
PIDS = ("live", "own", "dead", 0, -1, 2**31, 2**70, True, "123", 1.5, None, "missing")
HOSTS = ("this host", "another", "", None, ["list"], "evil\nhost\x1b[2J", "missing")


def holder_strategy():
    value = st.one_of(st.text(max_size=20), st.integers(), st.none(), st.booleans())
    return st.fixed_dictionaries(
        {"host": st.sampled_from(HOSTS), "pid": st.sampled_from(PIDS)},
        optional={"user": value, "since": value, "app": value},
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    holder=holder_strategy(),
    garbage=st.one_of(st.none(), st.binary(max_size=40), st.sampled_from([b"[]", b"null", b"42", b'"x"', b""])),
)
def test_any_lock_file_is_cleared_only_when_stale(closed_plan, live_pid, dead_pid, holder, garbage):
    lock = lock_path_for(closed_plan)
    data = {k: v for k, v in holder.items() if v != "missing"}
    if data.get("host") == "this host":
        data["host"] = HOST
    if "pid" in data and data["pid"] in ("live", "own", "dead"):
        data["pid"] = {"live": live_pid, "own": os.getpid(), "dead": dead_pid}[data["pid"]]
    raw = garbage if garbage is not None else json.dumps(data).encode("utf-8")
    lock.write_bytes(raw)
    try:
        parsed = json.loads(raw.decode("utf-8"))
    except ValueError:
        parsed = None
    pid = data.get("pid")
    alive = type(pid) is int and pid in (live_pid, os.getpid())
    stale = not isinstance(parsed, dict) or (data.get("host") == HOST and not alive)
    try:
        if stale:
            with PlanFile.open(closed_plan, keep_backups=0):
                pass
            assert not lock.exists()
        else:
            with pytest.raises(PlanLockedError) as caught:
                PlanFile.open(closed_plan)
            message = str(caught.value)
            assert message.isprintable(), message  # one clean line whatever the file says
            assert lock.read_bytes() == raw
    finally:
        lock.unlink(missing_ok=True)


# -- racing openers -----------------------------------------------------------------------
def race(plan_path, runners: int) -> list[str]:
    start = time.time() + 0.6
    children = [start_child("race", plan_path, start) for _ in range(runners)]
    try:
        return sorted(child.stdout.readline().strip() for child in children)
    finally:
        for child in children:
            kill(child)


def racing_rounds(plan_path, dead_pid, stale_lock: bool, rounds: int) -> None:
    doubles = 0
    for _ in range(rounds):
        if stale_lock:
            lock_path_for(plan_path).write_text(json.dumps({"host": HOST, "pid": dead_pid}), encoding="utf-8")
        outcome = race(plan_path, 4)
        assert outcome.count("opened") >= 1 and set(outcome) <= {"opened", "refused PlanLockedError"}, outcome
        doubles += outcome.count("opened") > 1
        lock_path_for(plan_path).unlink(missing_ok=True)
    record_figures("racing openers", stale_lock=stale_lock, rounds=rounds, rounds_with_two_holders=doubles, failures=0)
    assert doubles == 0


@pytest.mark.parametrize("stale_lock", [False, True])
def test_racing_openers_get_the_plan_exactly_once(closed_plan, dead_pid, stale_lock):
    racing_rounds(closed_plan, dead_pid, stale_lock, 4)


@pytest.mark.slow
@pytest.mark.parametrize("stale_lock", [False, True])
def test_racing_openers_long(closed_plan, dead_pid, stale_lock):
    racing_rounds(closed_plan, dead_pid, stale_lock, 150)
