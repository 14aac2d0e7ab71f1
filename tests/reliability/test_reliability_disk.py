"""Disk full, read-only and vanished plans, through the services (reliability
cases 2-4). Random edit sequences run on the plan and on a reference copy
that never fails; a failing edit must raise PlanWriteError that names the
cause and Save As, change nothing, and leave the plan usable and rescuable.

SQLite's own SQLITE_FULL (PRAGMA max_page_count) runs everywhere; a real
size-limited or read-only file system (tmpfs) runs where we may mount, and
is skipped with the reason elsewhere."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from edit_ops import apply_op, current_ids, random_op, track
from file_checks import integrity_ok, names_in, sha256
from full_plan import every_table_rows
from hypothesis import strategies as st
from plan_builders import write_rows
from reliability_support import base_seed, fill_disk, plan_state, remount_read_only, run_examples, tmpfs

from app.main import main
from app.services.exchange import json_exchange
from app.services.overview import service as svc
from app.services.plan import rows, schema
from app.services.plan.errors import EditRefused, PlanReadOnlyError, PlanWriteError
from app.services.plan.storage import plan_lock
from app.services.plan.storage.plan_file import PlanFile

CI_EXAMPLES, SLOW_EXAMPLES = 30, 600
BIG_OBJECTIVE = "满" * 2000  # ~6 KB: a page or two


class Pair:
    """An open plan and a reference copy that receives only the edits the
    plan accepted, so the two must always hold the same content."""

    def __init__(self, folder: Path, scratch: Path | None = None):
        scratch = scratch or folder
        for name in ("reference", "rescue"):
            (scratch / name).mkdir(exist_ok=True)
        self.scratch = scratch
        self.path = folder / "Plan.stratdeck"
        PlanFile.create(self.path, title="Disk trouble").close()
        shutil.copyfile(self.path, scratch / "reference" / "Plan.stratdeck")
        self.plan = PlanFile.open(self.path, keep_backups=0)
        self.reference = PlanFile.open(scratch / "reference" / "Plan.stratdeck", keep_backups=0)
        self.reference.conn.execute("PRAGMA synchronous = OFF")
        self.ids = current_ids(self.plan)
        self.failures: list[str] = []

    def step(self, op: dict) -> str:
        """Apply *op*; return "ok", "same" (accepted, nothing to write: SQLite
        skips a page whose bytes do not change), "refused" or "failed" (a
        PlanWriteError)."""
        before = plan_state(self.plan.conn)
        try:
            apply_op(self.plan, op)
        except EditRefused:
            assert plan_state(self.plan.conn) == before
            return "refused"
        except PlanWriteError as exc:
            self.failures.append(str(exc))
            assert plan_state(self.plan.conn) == before, "a failed edit changed the plan"
            return "failed"
        apply_op(self.reference, op)
        track(op, self.ids)
        return "same" if plan_state(self.plan.conn) == before else "ok"

    def random_steps(self, rng: random.Random, count: int) -> list[str]:
        return [self.step(random_op(rng, self.ids)) for _ in range(count)]

    def same(self) -> bool:
        return plan_state(self.plan.conn) == plan_state(self.reference.conn)

    def rescue(self) -> Path:
        """Save As into another folder; the copy must hold the saved work."""
        target = self.plan.save_copy(self.scratch / "rescue" / "Rescued.stratdeck")
        assert integrity_ok(target)
        with PlanFile.open(target, keep_backups=0) as copy:
            assert plan_state(copy.conn) == plan_state(self.reference.conn)
        return target

    def close(self) -> None:
        """Close both plans (also after a failed check, so no file stays open)."""
        self.plan.close()
        self.reference.close()

    def close_and_reopen(self) -> None:
        self.plan.close()
        with PlanFile.open(self.path, keep_backups=0) as again:
            assert plan_state(again.conn) == plan_state(self.reference.conn)
            assert again.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        self.reference.close()


def big_objective(rng: random.Random) -> dict:
    # uuid4, not new_id(rng): a shrunk Hypothesis random repeats its draws, and a repeated id is refused.
    return {"op": "add_objective", "id": str(uuid.uuid4()), "text": BIG_OBJECTIVE, "index": None}


def assert_says_how_to_keep_the_work(messages: list[str], cause: str) -> None:
    assert messages, "no edit failed"
    for message in messages:
        assert cause in message and "Save As" in message and "\n" not in message, message


# -- SQLITE_FULL at a random point -------------------------------------------------------
def full_disk_case(rng: random.Random, before: int, after: int, slack: int) -> None:
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as cleanup:
        (Path(folder) / "plans").mkdir()
        pair = Pair(Path(folder) / "plans", Path(folder))
        cleanup.callback(pair.close)
        pair.random_steps(rng, before)
        pages = pair.plan.conn.execute("PRAGMA page_count").fetchone()[0]
        pair.plan.conn.execute(f"PRAGMA max_page_count = {pages + slack}")
        outcomes = pair.random_steps(rng, after)
        for _ in range(400):  # then grow until the "disk" is full
            if "failed" in outcomes:
                break
            outcomes.append(pair.step(big_objective(rng)))
        assert_says_how_to_keep_the_work(pair.failures, "the disk is full")
        assert pair.same()
        # The app keeps going: an edit that needs no new page still works...
        assert pair.step({"op": "field", "field": "owner", "value": ""}) in ("ok", "same")
        assert pair.same()
        pair.rescue()  # ...and Save As into another folder keeps everything saved
        pair.close_and_reopen()


FULL_DISK = {
    "rng": st.randoms(use_true_random=False),
    "before": st.integers(0, 15),
    "after": st.integers(0, 15),
    "slack": st.integers(0, 4),
}


def test_full_disk_at_a_random_point_keeps_saved_work():
    run_examples("disk full at a random point", full_disk_case, FULL_DISK, CI_EXAMPLES)


@pytest.mark.slow
def test_full_disk_at_a_random_point_long():
    run_examples("disk full at a random point", full_disk_case, FULL_DISK, SLOW_EXAMPLES)


# -- the plan vanishes while open ----------------------------------------------------------
VANISH = ("deleted", "renamed", "folder renamed", "replaced by a copy", "replaced by another file")


def vanish(path: Path, how: str) -> None:
    """Make the open plan's file disappear from under it, as *how* says."""
    if how == "deleted":
        path.unlink()
    elif how == "renamed":
        path.rename(path.with_name("Renamed.stratdeck"))
    elif how == "folder renamed":
        path.parent.rename(path.parent.with_name("moved away"))
    else:  # what a sync tool does: a new file renamed over the plan
        other = path.with_name("incoming.tmp")
        if how == "replaced by a copy":
            shutil.copyfile(path, other)
        else:
            other.write_bytes(b"someone else's notes")
        os.replace(other, path)


def vanished_case(rng: random.Random, before: int, how: str, after: int) -> None:
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as cleanup:
        (Path(folder) / "plans").mkdir()
        pair = Pair(Path(folder) / "plans", Path(folder))
        cleanup.callback(pair.close)
        pair.random_steps(rng, before)
        vanish(pair.path, how)
        outcomes = pair.random_steps(rng, after) + [pair.step(big_objective(rng))]
        assert "ok" not in outcomes, f"an edit was acknowledged after the plan was {how}"
        assert_says_how_to_keep_the_work(pair.failures, "was moved or deleted while open")
        pair.rescue()


VANISHED = {
    "rng": st.randoms(use_true_random=False),
    "before": st.integers(0, 12),
    "how": st.sampled_from(VANISH),
    "after": st.integers(0, 6),
}


def test_plan_vanishing_while_open_fails_every_later_edit_and_save_as_rescues():
    run_examples("plan deleted or moved while open", vanished_case, VANISHED, CI_EXAMPLES)


@pytest.mark.slow
def test_plan_vanishing_while_open_long():
    run_examples("plan deleted or moved while open", vanished_case, VANISHED, SLOW_EXAMPLES)


# -- read-only -----------------------------------------------------------------------------
def test_read_only_plan_refuses_every_edit_and_never_changes_the_file(plan_path, tmp_path):
    with PlanFile.create(plan_path, title="Shared") as plan:
        write_rows(plan, every_table_rows())
    digest, listing = sha256(plan_path), names_in(plan_path.parent)
    rng = random.Random(base_seed())
    with PlanFile.open(plan_path, read_only=True) as plan:
        before = plan_state(plan.conn)
        ids = current_ids(plan)
        fields = [{"op": "field", "field": f, "value": v} for f, v in svc.get_overview(plan).items() if f in svc.FIELDS]
        refused = 0
        for op in fields + [random_op(rng, ids) for _ in range(150)]:
            try:
                apply_op(plan, op)
            except PlanReadOnlyError as exc:
                assert "read-only" in str(exc) and "Save As" in str(exc)
                refused += 1
            except EditRefused:
                pass  # an invalid value is refused before the file is even considered
        assert refused > 100
        for table in schema.tables():
            if "position" not in table.column_names or "id" not in table.column_names:
                continue
            row = rows.read_rows(plan.conn, table.name)[0]
            for edit, args in (
                (rows.insert_row, ({},)),
                (rows.delete_row, (row["id"],)),
                (rows.move_row, (row["id"], 0)),
                (rows.restore_row, (row, 0)),
            ):
                with pytest.raises(PlanReadOnlyError):
                    edit(plan, table.name, *args)
        assert plan_state(plan.conn) == before
        (tmp_path / "elsewhere").mkdir()
        copy = plan.save_copy(tmp_path / "elsewhere" / "Editable copy.stratdeck")  # Save As works read-only
    with PlanFile.open(copy, keep_backups=0) as editable:
        assert plan_state(editable.conn) == before
        svc.set_field(editable, "owner", "Me")
    assert sha256(plan_path) == digest and names_in(plan_path.parent) == listing


def test_plan_on_a_read_only_file_system_opens_read_only(tmp_path, capsys):
    with tmpfs(tmp_path / "mounted", 1024) as disk:
        path = disk / "Plan.stratdeck"
        with PlanFile.create(path, title="On a read-only disk") as plan:
            write_rows(plan, every_table_rows())
        remount_read_only(disk)
        digest = sha256(path)
        with pytest.raises(PlanReadOnlyError, match="can only be opened read-only"):
            PlanFile.open(path)
        with PlanFile.open(path, read_only=True) as plan:
            with pytest.raises(PlanReadOnlyError):
                svc.set_field(plan, "title", "Changed")
            plan.save_copy(tmp_path / "Copy.stratdeck")
        assert main(["check", str(path)]) == 0
        assert "Plan: Spring tea launch" in capsys.readouterr().out
        assert sha256(path) == digest and names_in(disk) == {"Plan.stratdeck"}
    with PlanFile.open(tmp_path / "Copy.stratdeck", keep_backups=0) as copy:
        svc.set_field(copy, "title", "Edited in the copy")


# -- a real, size-limited file system ----------------------------------------------------------
@pytest.mark.parametrize("seed", range(3))
def test_real_full_disk_keeps_saved_work_and_save_as_rescues(tmp_path, seed):
    rng = random.Random(base_seed() + seed)
    with tmpfs(tmp_path / "small disk", 768) as disk:
        pair = Pair(disk, tmp_path)
        pair.random_steps(rng, 10)
        filler = fill_disk(disk, leave_bytes=rng.randint(0, 48) * 1024)
        outcomes = pair.random_steps(rng, 20)
        for _ in range(400):
            if "failed" in outcomes:
                break
            outcomes.append(pair.step(big_objective(rng)))
        assert_says_how_to_keep_the_work(pair.failures, "disk")
        assert pair.same()
        pair.rescue()
        filler.unlink()  # space freed: the same plan goes on saving
        assert pair.step(big_objective(rng)) == "ok"
        pair.close_and_reopen()


def test_opening_creating_and_importing_on_a_full_disk_say_so(tmp_path, capsys):
    with tmpfs(tmp_path / "full disk", 512) as disk:
        path = disk / "Plan.stratdeck"
        with PlanFile.create(path, title="Full") as plan:
            json_exchange.export_json_file(plan.conn, tmp_path / "plan.json")
        fill_disk(disk, 0)
        digest, listing = sha256(path), names_in(disk)
        with pytest.raises(PlanReadOnlyError, match="lock file could not be written.*open it read-only"):
            PlanFile.open(path)
        with PlanFile.open(path, read_only=True) as plan:
            assert svc.get_overview(plan)["title"] == "Full"
        with pytest.raises(PlanWriteError, match="Could not create New.stratdeck: the disk is full"):
            PlanFile.create(disk / "New.stratdeck")
        assert main(["import", str(tmp_path / "plan.json"), "-o", str(disk / "Imported.stratdeck")]) == 3
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "the disk is full" in err and "Traceback" not in err
        assert sha256(path) == digest and names_in(disk) == listing


def test_backup_on_a_full_disk_offers_read_only(tmp_path, plan_path, monkeypatch):
    PlanFile.create(plan_path, title="Backed up").close()
    with tmpfs(tmp_path / "data disk", 256) as data:
        monkeypatch.setenv("STRATDECK_DATA_DIR", str(data))
        fill_disk(data, 0)
        with pytest.raises(PlanReadOnlyError, match="backup could not be written.*open it read-only"):
            PlanFile.open(plan_path)
    assert names_in(plan_path.parent) == {plan_path.name}


# The same refusals without a mount, so they are checked on every machine.
def test_backups_folder_that_cannot_be_made_offers_read_only(tmp_path, plan_path, monkeypatch):
    PlanFile.create(plan_path, title="Backed up").close()
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("STRATDECK_DATA_DIR", str(blocker / "data"))
    with pytest.raises(PlanReadOnlyError, match="backup could not be written"):
        PlanFile.open(plan_path)
    assert names_in(plan_path.parent) == {plan_path.name}


def test_lock_file_that_cannot_be_written_offers_read_only(plan_path, monkeypatch):
    PlanFile.create(plan_path, title="Locked out").close()

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(plan_lock.temp_files, "make_temp", no_space)
        with pytest.raises(PlanReadOnlyError, match="lock file could not be written"):
            PlanFile.open(plan_path)
    assert names_in(plan_path.parent) == {plan_path.name}
