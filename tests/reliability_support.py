"""Shared pieces of the reliability suites (tests/test_reliability_*.py):
seeds that are printed on failure, the plan state compared through the JSON
export, child processes, figures for docs/reliability.md, and small
size-limited or read-only mounts (skipped where mounting is not allowed)."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.exchange import json_exchange

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
DEFAULT_SEED = 20270101


def base_seed() -> int:
    """The seed of this run: RELIABILITY_SEED, or a fixed default so CI is
    reproducible. Failure messages print it with the case number."""
    return int(os.environ.get("RELIABILITY_SEED", DEFAULT_SEED))


def plan_state(conn) -> dict:
    """The whole plan as its JSON export, without the modified_at stamp."""
    document = json_exchange.export_plan(conn)
    document["plan"].pop("modified_at", None)
    return document


def record_figures(suite: str, **figures) -> None:
    """Print a suite's figures; append them to $RELIABILITY_FIGURES (a JSON
    lines file) when set, to fill the table in docs/reliability.md."""
    line = json.dumps({"suite": suite, **figures}, ensure_ascii=False)
    print(line)
    target = os.environ.get("RELIABILITY_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def run_examples(suite: str, case, strategies: dict, examples: int) -> None:
    """Run *case* under Hypothesis with *strategies* (keyword → strategy)
    for up to *examples* examples, then record how many ran and how long."""
    from hypothesis import HealthCheck, given, settings

    calls = 0

    @functools.wraps(case)
    def counted(**kwargs):
        nonlocal calls
        calls += 1
        case(**kwargs)

    started = time.monotonic()
    checks = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    settings(max_examples=examples, deadline=None, suppress_health_check=checks)(given(**strategies)(counted))()
    record_figures(suite, examples=calls, seconds=round(time.monotonic() - started, 1), failures=0)


def child_command(*args: str) -> list[str]:
    """Command line running tests/kill_child.py with this interpreter."""
    return [sys.executable, str(TESTS / "kill_child.py"), *map(str, args)]


def child_env() -> dict:
    """Environment of a child: the repo and tests on sys.path; the data
    folder (STRATDECK_DATA_DIR) is inherited from the test's fixture."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(TESTS), env.get("PYTHONPATH", "")])
    return env


def wait_for_line(path: Path, text: str, timeout: float = 20.0) -> None:
    """Wait until the file *path* holds a line equal to *text*."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text + "\n" in path.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.002)
    raise AssertionError(f"no line {text!r} in {path} after {timeout} s: {path.read_text(errors='replace')[:500]}")


def complete_lines(path: Path) -> list[str]:
    """Lines of a child's log that were written in full (a kill may cut the last)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return text.split("\n")[:-1]


# -- mounts -------------------------------------------------------------------
def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int) -> Iterator[Path]:
    """Mount a tmpfs of *size_kb* on *folder* for the block; skip the test
    with the reason when this machine does not let us mount (no root, no
    mount command, a container without CAP_SYS_ADMIN, not Linux)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("size-limited and read-only mounts are tested on Linux only")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder))
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield folder
    finally:
        if _run("umount", str(folder)).returncode != 0:
            _run("umount", "-l", str(folder))


def remount_read_only(folder: Path) -> None:
    """Make the tmpfs mounted on *folder* read-only."""
    done = _run("mount", "-o", "remount,ro", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {done.stderr.strip()}")


def free_bytes(folder: Path) -> int:
    """Bytes free for us on the file system of *folder*."""
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


def fill_disk(folder: Path, leave_bytes: int) -> Path:
    """Fill the file system of *folder* until at most *leave_bytes* are free
    (0: until it refuses a single byte)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for chunk in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while free_bytes(folder) > leave_bytes:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)
    return filler
