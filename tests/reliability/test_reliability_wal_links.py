"""Open = validate exactly what SQLite will read (issue 20): a plan's
``-journal`` and ``-wal`` are checked with it in a private copy; a stale or
foreign one is set aside, never applied; a plan another tool switched to WAL
mode shows the same state read-only and for editing, and is converted to the
rollback journal with its original kept beside it. Identity by file: a
symlink, a hard link or another spelling of the path is the same plan (one
lock, one journal)."""

from __future__ import annotations

import os

import pytest
from file_checks import integrity_ok, names_in, raw_sqlite, sha256
from sidecar_support import header_mode, leave_hot_journal, wal_snapshot

from app.main import main
from app.services.overview import service as overview_service
from app.services.plan.errors import PlanLockedError
from app.services.plan.storage.plan_file import PlanFile


def title_of(path, read_only: bool) -> str:
    with PlanFile.open(path, read_only=read_only, keep_backups=0) as plan:
        return overview_service.get_overview(plan)["title"]


@pytest.fixture
def closed_plan(new_plan):
    overview_service.add_objective(new_plan, "Win Double 11")
    new_plan.close()
    return new_plan.path


def set_aside_names(folder) -> list[str]:
    return sorted(n for n in names_in(folder) if "(set aside" in n)


def test_stale_wal_from_an_older_copy_is_set_aside_not_applied(closed_plan, tmp_path):
    older = tmp_path / "older.stratdeck"
    wal_snapshot(closed_plan, older, "UPDATE \"plan\" SET title = 'stale copy'")
    with PlanFile.open(closed_plan, keep_backups=0) as plan:  # newer saved edits
        overview_service.set_field(plan, "title", "newer saved edits")
    os.replace(f"{older}-wal", f"{closed_plan}-wal")  # a sync tool restores the old WAL beside it
    before = sha256(closed_plan)
    assert title_of(closed_plan, read_only=True) == "newer saved edits"
    assert sha256(closed_plan) == before and os.path.exists(f"{closed_plan}-wal")  # read-only changes nothing
    assert title_of(closed_plan, read_only=False) == "newer saved edits"
    assert not os.path.exists(f"{closed_plan}-wal")
    assert [n.split(" (set aside")[0] for n in set_aside_names(closed_plan.parent)] == [closed_plan.name + "-wal"]
    assert integrity_ok(closed_plan)
    assert title_of(closed_plan, read_only=False) == "newer saved edits"  # and it stays so


def test_wal_mode_plan_reads_the_same_everywhere_and_is_converted_with_the_original_kept(closed_plan):
    plan_path = closed_plan.with_name("Switched.stratdeck")
    wal_snapshot(closed_plan, plan_path, "UPDATE \"plan\" SET title = 'written in WAL mode'")
    assert header_mode(plan_path) == (2, 2)
    out_json = plan_path.with_name("export.json")
    assert main(["export", str(plan_path), "--format", "json", "-o", str(out_json)]) == 0
    assert "written in WAL mode" in out_json.read_text(encoding="utf-8")
    assert title_of(plan_path, read_only=True) == "written in WAL mode"
    assert title_of(plan_path, read_only=False) == "written in WAL mode"
    assert header_mode(plan_path) == (1, 1)
    assert not os.path.exists(f"{plan_path}-wal") and not os.path.exists(f"{plan_path}-shm")
    kept = plan_path.with_name("Switched (WAL mode original).stratdeck")
    assert kept.exists() and header_mode(kept) == (2, 2) and os.path.exists(f"{kept}-wal")
    with raw_sqlite(kept, read_only=True) as conn:  # the original, as found, with its WAL
        assert conn.execute('SELECT title FROM "plan"').fetchone()[0] == "written in WAL mode"
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        overview_service.set_field(plan, "title", "edited after conversion")
    assert title_of(plan_path, read_only=True) == "edited after conversion"


def test_wal_adding_a_trigger_is_never_applied(closed_plan):
    plan_path = closed_plan.with_name("Trigger.stratdeck")
    wal_snapshot(
        closed_plan,
        plan_path,
        'CREATE TRIGGER sneaky AFTER UPDATE ON "plan" BEGIN DELETE FROM objective; END',
    )
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        overview_service.set_field(plan, "title", "edits still work")  # not "not authorized"
        assert [o["text"] for o in overview_service.list_objectives(plan)] == ["Win Double 11"]
    with raw_sqlite(plan_path, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 0
    assert set_aside_names(plan_path.parent)


def test_foreign_hot_journal_is_set_aside(closed_plan, tmp_path):
    other = tmp_path / "other.stratdeck"
    PlanFile.create(other, title="Another plan").close()
    with PlanFile.open(other, keep_backups=0) as plan:
        for number in range(30):
            overview_service.add_objective(plan, f"objective {number} " + "x" * 300)
    journal = leave_hot_journal(other)
    os.replace(journal, f"{closed_plan}-journal")
    assert title_of(closed_plan, read_only=True) == "Launch plan"
    assert os.path.exists(f"{closed_plan}-journal")
    assert title_of(closed_plan, read_only=False) == "Launch plan"
    assert not os.path.exists(f"{closed_plan}-journal") and set_aside_names(closed_plan.parent)
    assert integrity_ok(closed_plan)


def test_own_hot_journal_is_rolled_back_also_through_a_symlink_elsewhere(closed_plan, tmp_path):
    leave_hot_journal(closed_plan, "never committed")
    elsewhere = tmp_path / "shortcuts"
    elsewhere.mkdir()
    link = elsewhere / "Link to plan.stratdeck"
    link.symlink_to(closed_plan)
    assert title_of(link, read_only=True) == "Launch plan"
    assert main(["check", str(link)]) == 0
    assert title_of(link, read_only=False) == "Launch plan"
    assert not os.path.exists(f"{closed_plan}-journal") and integrity_ok(closed_plan)
    assert not set_aside_names(closed_plan.parent)
    assert names_in(elsewhere) == {"Link to plan.stratdeck"}


def test_symlinks_hard_links_and_spellings_share_one_lock(closed_plan, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    symlink = elsewhere / "symlink.stratdeck"
    symlink.symlink_to(closed_plan)
    hard = elsewhere / "hard link.stratdeck"
    os.link(closed_plan, hard)
    spelled = closed_plan.parent / ".." / closed_plan.parent.name / closed_plan.name
    for first in (closed_plan, symlink, hard):
        with PlanFile.open(first, keep_backups=0):
            for second in (closed_plan, symlink, hard, spelled):
                with pytest.raises(PlanLockedError) as caught:
                    PlanFile.open(second, keep_backups=0)
                assert "already open by" in str(caught.value)
        with PlanFile.open(hard, keep_backups=0) as plan:  # released: opens again
            overview_service.set_field(plan, "title", "one plan")
    assert title_of(symlink, read_only=True) == "one plan"


def test_export_never_overwrites_the_plan_through_a_link(closed_plan, tmp_path, capsys):
    hard = tmp_path / "hard.json"
    os.link(closed_plan, hard)
    symlink = tmp_path / "sym.csv"
    symlink.symlink_to(closed_plan)
    before = sha256(closed_plan)
    for output, fmt in ((hard, "json"), (symlink, "json")):
        assert main(["export", str(closed_plan), "--format", fmt, "-o", str(output)]) == 2
        assert "is the plan itself" in capsys.readouterr().err
    assert sha256(closed_plan) == before


def test_a_symlink_shares_the_plans_backups(closed_plan, tmp_path):
    from app.services.plan.storage import backups

    link = tmp_path / "Shortcut.stratdeck"
    link.symlink_to(closed_plan)
    assert backups.backup_folder(link) == backups.backup_folder(closed_plan)
    PlanFile.open(link, keep_backups=3).close()
    PlanFile.open(closed_plan, keep_backups=3).close()
    assert len(list(backups.backup_folder(closed_plan).iterdir())) == 2


def test_export_never_writes_where_the_plan_keeps_its_journal_or_lock(closed_plan, capsys):
    for suffix in ("-journal", "-wal", "-shm"):
        out = f"{closed_plan}{suffix}"
        assert main(["export", str(closed_plan), "--format", "json", "-o", out]) == 2
        assert "a file the plan keeps beside it" in capsys.readouterr().err
        assert not os.path.exists(out)
