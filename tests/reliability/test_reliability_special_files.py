"""Special files where a plan, a lock, a JSON export, a budget sheet or an
image is expected (issue 20): a FIFO, /dev/zero, a folder. Each is refused
with one line, at once (opened with O_NONBLOCK and checked with fstat before
any read), never waited on and never read to the end. The commands run in a
child with a time limit, so a hang fails the test instead of stalling it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from file_checks import names_in
from reliability_support import REPO, child_env

from app.services.overview import service as overview_service
from app.services.plan.errors import EditRefused, PlanFileError
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
LIMIT_SECONDS = 30


def stratdeck(*args) -> tuple[int, str, float]:
    """Run ``python -m app ARGS`` in a child; (exit code, stderr, seconds)."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=LIMIT_SECONDS,
        stdin=subprocess.DEVNULL,
    )
    return done.returncode, done.stderr, time.monotonic() - started


def assert_one_line(err: str, *fragments: str) -> None:
    assert err.startswith("stratdeck: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in err, err


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.stratdeck"
    os.mkfifo(path)
    return path


@pytest.fixture
def closed_plan(new_plan):
    overview_service.add_objective(new_plan, "Win Double 11")
    new_plan.close()
    return new_plan.path


def test_fifo_as_the_plan_is_refused_at_once(fifo):
    for read_only in (True, False):
        with pytest.raises(PlanFileError) as caught:
            PlanFile.open(fifo, read_only=read_only)
        assert "is not a regular file (it is a named pipe)" in str(caught.value)
    code, err, _ = stratdeck("check", fifo)
    assert code == 3
    assert_one_line(err, "named pipe")


def test_device_as_the_plan_is_refused(tmp_path):
    with pytest.raises(PlanFileError) as caught:
        PlanFile.open("/dev/zero", read_only=True)
    assert "it is a device" in str(caught.value)


def test_fifo_as_the_lock_file_does_not_hang_the_open(closed_plan):
    os.mkfifo(lock_path_for(closed_plan))  # not a lock any process could have written
    with PlanFile.open(closed_plan, keep_backups=0) as plan:
        overview_service.set_field(plan, "title", "opened")
    assert not lock_path_for(closed_plan).exists()


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_import_of_a_special_file_gives_one_line(tmp_path, kind):
    source = {"fifo": tmp_path / "in.json", "dev-zero": "/dev/zero", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(source)
    out = tmp_path / "out" / "plan.stratdeck"
    out.parent.mkdir()
    code, err, seconds = stratdeck("import", source, "-o", out)
    assert code == 4, err
    assert_one_line(err, "is not a regular file")
    assert names_in(out.parent) == set() and seconds < LIMIT_SECONDS


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_import_budget_of_a_special_file_gives_one_line_and_releases_the_plan(closed_plan, tmp_path, kind):
    source = tmp_path / "budget.csv" if kind == "fifo" else "/dev/zero"
    if kind == "fifo":
        os.mkfifo(source)
    code, err, _ = stratdeck("import-budget", closed_plan, source)
    assert code == 4, err
    assert_one_line(err, "is not a regular file")
    assert not lock_path_for(closed_plan).exists()
    PlanFile.open(closed_plan, keep_backups=0).close()


def test_fifo_as_a_logo_is_refused(new_plan, tmp_path):
    logo = tmp_path / "logo.png"
    os.mkfifo(logo)
    with pytest.raises(EditRefused) as caught:
        overview_service.set_logo_from_file(new_plan, logo)
    assert "is not a regular file (it is a named pipe)" in str(caught.value)


def test_json_larger_than_the_cap_is_refused_while_reading(tmp_path, monkeypatch):
    from app.services.exchange import json_exchange
    from app.services.plan.errors import ImportDataError

    monkeypatch.setattr(json_exchange, "MAX_JSON_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text('{"format": "' + "x" * 5000 + '"}', encoding="utf-8")
    with pytest.raises(ImportDataError) as caught:
        json_exchange.read_json_file(big)
    assert "larger than" in str(caught.value)


EDIT_IN_CHILD = """
import sys
from app.services.plan.storage.plan_file import PlanFile
from app.services.overview import service
with PlanFile.open(sys.argv[1], keep_backups=0) as plan:
    service.set_field(plan, "title", "edited")
print("edited")
"""


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_special_file_named_like_a_sidecar_is_never_read(closed_plan, suffix, kind):
    sidecar = closed_plan.with_name(closed_plan.name + suffix)
    os.mkfifo(sidecar) if kind == "fifo" else sidecar.mkdir()
    code, err, _ = stratdeck("check", closed_plan)  # read-only: ignored, nothing changes
    assert code == 0 and err == "", err
    assert os.path.lexists(sidecar)
    done = subprocess.run(
        [sys.executable, "-c", EDIT_IN_CHILD, str(closed_plan)],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=LIMIT_SECONDS,
    )
    assert done.stdout.strip() == "edited", done.stderr
    assert not os.path.lexists(sidecar)  # set aside for editing
    assert any(n.startswith(closed_plan.name + suffix + " (set aside") for n in names_in(closed_plan.parent))
