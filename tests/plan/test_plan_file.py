"""Plan files on disk: a new file's identity and journal settings, upgrades
of older formats, and edits the disk refuses (full disk, file moved away)."""

from __future__ import annotations

import pytest
from file_checks import integrity_ok, names_in, raw_sqlite, sha256

from app.models import schema_snapshot
from app.services.overview import service as overview_service
from app.services.plan.errors import PlanFileError, PlanReadOnlyError, PlanWriteError, UsageError
from app.services.plan.storage import migrations
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for

STDK = 0x5354444B


# -- a new plan ----------------------------------------------------------------
def test_new_plan_is_stamped_and_uses_a_rollback_journal(new_plan):
    conn = new_plan.conn
    assert conn.execute("PRAGMA application_id").fetchone() == (STDK,)
    assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert conn.execute('SELECT title, language, currency FROM "plan"').fetchall() == [("Launch plan", "zh", "CNY")]


def test_open_plan_has_a_lock_and_a_closed_plan_is_a_single_file(new_plan, plan_path):
    assert lock_path_for(plan_path).exists()
    overview_service.set_field(new_plan, "brand", "Qiyun")
    new_plan.close()
    assert names_in(plan_path.parent) == {plan_path.name}
    with raw_sqlite(plan_path, read_only=True) as conn:
        assert conn.execute("PRAGMA application_id").fetchone() == (STDK,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute('SELECT brand FROM "plan"').fetchone() == ("Qiyun",)


def test_create_refuses_an_existing_file(plan_path):
    plan_path.write_bytes(b"my notes")
    with pytest.raises(UsageError, match="already exists"):
        PlanFile.create(plan_path)
    assert plan_path.read_bytes() == b"my notes"


def test_create_in_a_missing_folder_leaves_nothing(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        PlanFile.create(tmp_path / "nowhere" / "plan.stratdeck")
    assert not (tmp_path / "nowhere").exists()


def test_every_edit_is_committed_at_once(new_plan, plan_path):
    overview_service.set_field(new_plan, "owner", "Lin Wei")
    with raw_sqlite(plan_path, read_only=True) as other:  # a second reader sees it immediately
        assert other.execute('SELECT owner FROM "plan"').fetchone() == ("Lin Wei",)


def test_read_only_plan_refuses_edits_and_leaves_the_file_alone(new_plan, plan_path):
    overview_service.set_field(new_plan, "title", "Original")
    new_plan.close()
    digest = sha256(plan_path)
    with PlanFile.open(plan_path, read_only=True) as plan:
        assert plan.read_only
        with pytest.raises(PlanReadOnlyError, match="read-only"):
            overview_service.set_field(plan, "title", "Changed")
        with pytest.raises(PlanReadOnlyError, match="Save As"):
            with plan.transaction():
                pass
        assert overview_service.get_overview(plan)["title"] == "Original"
        assert not lock_path_for(plan_path).exists()
    assert sha256(plan_path) == digest


# -- older formats -------------------------------------------------------------
@pytest.fixture
def older_plan(new_plan, plan_path, monkeypatch):
    """A closed current-format (3) plan, with Stratdeck pretending to write format 4."""
    overview_service.add_objective(new_plan, "Keep me")
    new_plan.close()
    monkeypatch.setattr(schema_snapshot, "SCHEMA_VERSION", 4)
    return plan_path


def _retitle(conn):
    conn.execute("UPDATE plan SET title = 'Migrated to format 4'")


def test_older_plan_is_kept_then_migrated(older_plan, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {3: _retitle})
    original = older_plan.read_bytes()
    with PlanFile.open(older_plan, keep_backups=0) as plan:
        assert plan.conn.execute("PRAGMA user_version").fetchone() == (4,)
        assert overview_service.get_overview(plan)["title"] == "Migrated to format 4"
        assert [o["text"] for o in overview_service.list_objectives(plan)] == ["Keep me"]
    kept = older_plan.with_name("Launch plan (format 3 backup).stratdeck")
    assert kept.read_bytes() == original
    assert integrity_ok(older_plan)
    with raw_sqlite(older_plan, read_only=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (4,)
    assert names_in(older_plan.parent) == {older_plan.name, kept.name}


def test_failed_migration_leaves_the_original_untouched(older_plan, monkeypatch):
    def half_then_fail(conn):
        _retitle(conn)
        raise RuntimeError("step 1 exploded")

    monkeypatch.setattr(migrations, "MIGRATIONS", {3: half_then_fail})
    digest = sha256(older_plan)
    with pytest.raises(PlanFileError) as caught:
        PlanFile.open(older_plan)
    message = str(caught.value)
    assert "could not be upgraded from format 3" in message
    assert "left unchanged" in message
    assert "step 1 exploded" in message
    assert sha256(older_plan) == digest
    assert not lock_path_for(older_plan).exists()
    assert not older_plan.with_name(older_plan.name + "-journal").exists()


def test_missing_migration_step_is_refused_cleanly(older_plan, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    digest = sha256(older_plan)
    with pytest.raises(PlanFileError, match="cannot upgrade"):
        PlanFile.open(older_plan)
    assert sha256(older_plan) == digest


def test_read_only_open_migrates_a_private_copy_only(older_plan, monkeypatch):
    monkeypatch.setattr(migrations, "MIGRATIONS", {3: _retitle})
    digest = sha256(older_plan)
    with PlanFile.open(older_plan, read_only=True) as plan:
        assert overview_service.get_overview(plan)["title"] == "Migrated to format 4"
    assert sha256(older_plan) == digest
    assert names_in(older_plan.parent) == {older_plan.name}


# -- the disk refuses a write ---------------------------------------------------
def test_full_disk_keeps_earlier_edits_and_says_what_to_do(new_plan, plan_path):
    overview_service.set_field(new_plan, "owner", "Lin Wei")
    pages = new_plan.conn.execute("PRAGMA page_count").fetchone()[0]
    new_plan.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(PlanWriteError) as caught:
        overview_service.set_field(new_plan, "market_context", "Tea market " * 9000)
    message = str(caught.value)
    assert "the disk is full" in message
    assert "Save As" in message
    assert overview_service.get_overview(new_plan)["market_context"] == ""
    overview_service.set_field(new_plan, "brand", "Qiyun")  # a small edit still fits: the app keeps going
    new_plan.close()
    with PlanFile.open(plan_path, read_only=True) as plan:
        row = overview_service.get_overview(plan)
    assert (row["owner"], row["brand"], row["market_context"]) == ("Lin Wei", "Qiyun", "")
    assert integrity_ok(plan_path)


@pytest.mark.parametrize("how", ["renamed", "deleted"])
def test_plan_moved_away_while_open_can_be_rescued(new_plan, plan_path, tmp_path, how):
    overview_service.add_objective(new_plan, "Launch the oolong line")
    if how == "renamed":
        plan_path.rename(plan_path.with_name("Renamed.stratdeck"))
    else:
        plan_path.unlink()
    with pytest.raises(PlanWriteError) as caught:
        overview_service.set_field(new_plan, "owner", "Lin Wei")
    assert "was moved or deleted while open" in str(caught.value)
    assert "Save As" in str(caught.value)

    rescued = tmp_path / "rescued.stratdeck"
    assert new_plan.save_copy(rescued) == rescued
    new_plan.close()
    assert integrity_ok(rescued)
    with PlanFile.open(rescued, keep_backups=0) as plan:
        assert [o["text"] for o in overview_service.list_objectives(plan)] == ["Launch the oolong line"]
        assert overview_service.get_overview(plan)["title"] == "Launch plan"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


# -- nested transactions -------------------------------------------------------
def test_nested_transactions_commit_once_or_not_at_all(new_plan, plan_path):
    from tests.gui_support import stored

    with new_plan.transaction() as conn:
        conn.execute("UPDATE plan SET title = 'outer'")
        with new_plan.transaction() as inner:
            inner.execute("UPDATE plan SET brand = 'inner'")
        assert stored(plan_path, 'SELECT brand FROM "plan"') == ""  # not committed yet: the outer commits
    assert stored(plan_path, 'SELECT title || brand FROM "plan"') == "outerinner"
    with pytest.raises(RuntimeError):
        with new_plan.transaction() as conn:
            with new_plan.transaction() as inner:
                inner.execute("UPDATE plan SET brand = 'lost'")
            conn.execute("UPDATE plan SET title = 'lost too'")
            raise RuntimeError("the second half failed")
    assert stored(plan_path, 'SELECT title || brand FROM "plan"') == "outerinner"
    assert not new_plan.conn.in_transaction
    with new_plan.transaction() as conn:  # the nesting count is back to zero
        conn.execute("UPDATE plan SET title = 'after'")
    assert stored(plan_path, 'SELECT title FROM "plan"') == "after"
