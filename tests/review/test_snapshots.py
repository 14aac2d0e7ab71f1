"""Snapshots inside the plan file: what a user sees when taking, listing,
reading, restoring and deleting them, and that the plan's content never
changes."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from review_support import demo_copy

from app.services.exchange import json_exchange
from app.services.plan.errors import EditRefused, PlanFileError, UsageError
from app.services.plan.storage.plan_file import PlanFile
from app.services.review import snapshots
from app.services.review.documents import comparable, live_document


@pytest.fixture
def demo(tmp_path):
    return demo_copy(tmp_path / "plans")


def test_a_snapshot_keeps_the_rows_and_never_changes_the_plan(demo):
    with PlanFile.open(demo, keep_backups=0) as plan:
        before = live_document(plan.conn)
        _change, info = snapshots.take_snapshot(plan, " Q2 review ", "before the board meeting")
        assert comparable(live_document(plan.conn)) == comparable(before)
        assert (info.name, info.note, info.kind) == ("Q2 review", "before the board meeting", "manual")
        with plan.transaction() as conn:
            conn.execute("UPDATE campaign SET name = 'Renamed' WHERE position = 0")
        assert comparable(snapshots.read_snapshot(plan, info.id)) == comparable(before)
        assert [s.name for s in snapshots.list_snapshots(plan)] == ["Q2 review"]


def test_a_snapshot_of_the_demo_is_at_most_a_tenth_of_the_plan(demo):
    size = demo.stat().st_size
    with PlanFile.open(demo, keep_backups=0) as plan:
        _change, info = snapshots.take_snapshot(plan, "Q2 review")
    assert info.stored_bytes <= size / 10, (info.stored_bytes, size)


def test_snapshots_are_listed_newest_first_and_found_by_name_or_id(demo):
    with PlanFile.open(demo, keep_backups=0) as plan:
        first = snapshots.take_snapshot(plan, "Kick-off")[1]
        second = snapshots.take_snapshot(plan, "Q2 review", kind="review")[1]
        third = snapshots.take_snapshot(plan, "Q2 review")[1]
        assert [s.id for s in snapshots.list_snapshots(plan)] == [third.id, second.id, first.id]
        assert snapshots.find_snapshot(plan, "Q2 review").id == third.id  # the newest of that name
        assert snapshots.find_snapshot(plan, first.id).name == "Kick-off"
        with pytest.raises(UsageError, match="has no snapshot “Q3”"):
            snapshots.find_snapshot(plan, "Q3")


@pytest.mark.parametrize(
    ("name", "note", "field"),
    [("", "", "name"), ("  ", "", "name"), ("x" * 201, "", "name"), ("ok", "n" * 5001, "note")],
)
def test_a_bad_name_or_note_is_refused_and_nothing_is_stored(demo, name, note, field):
    with PlanFile.open(demo, keep_backups=0) as plan:
        with pytest.raises(EditRefused) as refused:
            snapshots.take_snapshot(plan, name, note)
        assert refused.value.field == field
        assert refused.value.message.key.startswith("review.")
        assert snapshots.list_snapshots(plan) == []


def test_restore_as_a_new_plan_gives_the_snapshot_content_and_keeps_the_base(demo, tmp_path):
    target = tmp_path / "plans" / "Restored.stratdeck"
    with PlanFile.open(demo, keep_backups=0) as plan:
        info = snapshots.take_snapshot(plan, "Kick-off")[1]
        kept = snapshots.read_snapshot(plan, info.id)
        with plan.transaction() as conn:
            conn.execute("DELETE FROM risk")
        snapshots.restore_as_new_plan(plan, info.id, target)
        with pytest.raises(UsageError, match="already exists"):
            snapshots.restore_as_new_plan(plan, info.id, target)
    with PlanFile.open(target, read_only=True) as restored:
        assert comparable(live_document(restored.conn)) == comparable(kept)
        assert restored.conn.execute("SELECT count(*) FROM risk").fetchone()[0] == 8
        assert [s.id for s in snapshots.list_snapshots(restored)] == [info.id]


def test_open_document_reads_a_snapshot_as_a_read_only_plan(demo):
    with PlanFile.open(demo, keep_backups=0) as plan:
        info = snapshots.take_snapshot(plan, "Kick-off")[1]
        document = snapshots.read_snapshot(plan, info.id)
    with snapshots.open_document(document, "Kick-off") as frozen:
        assert frozen.read_only
        assert frozen.conn.execute("SELECT count(*) FROM campaign").fetchone()[0] == 6
        with pytest.raises(Exception, match="read-only|readonly"):
            with frozen.transaction():
                pass


def test_delete_and_undo_delete(demo):
    with PlanFile.open(demo, keep_backups=0) as plan:
        info = snapshots.take_snapshot(plan, "Kick-off")[1]
        _change, row = snapshots.delete_snapshot(plan, info.id)
        assert snapshots.list_snapshots(plan) == []
        snapshots.restore_deleted(plan, row)
        assert snapshots.list_snapshots(plan) == [info]


def test_a_damaged_snapshot_is_reported_by_name(demo):
    with PlanFile.open(demo, keep_backups=0) as plan:
        info = snapshots.take_snapshot(plan, "Kick-off")[1]
        with plan.transaction() as conn:
            conn.execute("UPDATE plan_snapshot SET content = X'00010203'")
        with pytest.raises(PlanFileError, match="“Kick-off” .* is damaged"):
            snapshots.read_snapshot(plan, info.id)


def test_snapshots_travel_in_the_json_export(demo, tmp_path):
    with PlanFile.open(demo, keep_backups=0) as plan:
        info = snapshots.take_snapshot(plan, "Kick-off")[1]
        json_exchange.export_json_file(plan.conn, tmp_path / "plan.json")
    json_exchange.import_json_file(tmp_path / "plan.json", tmp_path / "again.stratdeck")
    with PlanFile.open(tmp_path / "again.stratdeck", read_only=True) as again:
        assert snapshots.list_snapshots(again) == [info]
        assert snapshots.read_snapshot(again, info.id)["plan"]["id"] == live_document(again.conn)["plan"]["id"]


def test_a_format_2_plan_upgrades_with_an_empty_snapshot_table_and_takes_snapshots(tmp_path):
    path = tmp_path / "Qiyun.stratdeck"
    shutil.copyfile("tests/data/format-2-qiyun-zh.stratdeck", path)
    with sqlite3.connect(path) as old:
        assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'plan_snapshot'").fetchone() == (0,)
    with PlanFile.open(path, keep_backups=0) as plan:
        assert snapshots.list_snapshots(plan) == []
        info = snapshots.take_snapshot(plan, "After the upgrade")[1]
        assert snapshots.read_snapshot(plan, info.id)["format_version"] == 3


def test_a_snapshot_taken_in_an_older_format_reads_with_the_new_columns_defaulted(demo):
    from app.services.review.diff import diff_documents

    with PlanFile.open(demo, keep_backups=0) as plan:
        live = live_document(plan.conn)
        older = comparable(live)
        older["format_version"] = 2
        for row in older["persona"]:
            del row["profile"]  # a format-3 column
        for name in ("deck_headline", "deck_note"):  # format-3 tables
            older.pop(name, None)
        with plan.transaction() as conn:
            snapshot_id = snapshots.insert_snapshot(conn, older, "Format 2 review", "", "manual")
        document = snapshots.read_snapshot(plan, snapshot_id)
        assert document["format_version"] == 3
        expected = comparable(live)
        for row in expected["persona"]:
            row["profile"] = ""  # the column the older snapshot did not have reads as empty
        assert diff_documents(document, expected).is_empty
