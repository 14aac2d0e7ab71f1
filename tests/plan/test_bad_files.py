"""Files that are not plans, damaged plans and hostile plans: each is
refused with a clear message, its bytes unchanged, and no lock left behind.
A plan with damaged text still opens (reliability notes, cases 7-11)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct

import pytest
from file_checks import names_in, raw_sqlite, sha256

from app.services.overview import service as overview_service
from app.services.plan.errors import PlanFileError
from app.services.plan.storage import plan_validation, sqlite_guard
from app.services.plan.storage.plan_file import PlanFile
from app.services.plan.storage.plan_lock import lock_path_for

OBJECTIVE_ID = "00000000-0000-4000-8000-00000000beef"


def assert_refused(path, *fragments: str) -> str:
    """Opening *path* (read-write and read-only) fails with a one-line
    message holding *fragments*; the file and its folder are unchanged."""
    folder_before = names_in(path.parent)
    digest = sha256(path) if path.is_file() else None
    for read_only in (False, True):
        with pytest.raises(PlanFileError) as caught:
            PlanFile.open(path, read_only=read_only)
        message = str(caught.value)
        for fragment in fragments:
            assert fragment in message
        assert "\n" not in message
    if digest is not None:
        assert sha256(path) == digest
    assert not lock_path_for(path).exists()
    assert names_in(path.parent) == folder_before
    return message


@pytest.fixture
def closed_plan(new_plan):
    """Path of a valid, closed plan with one objective."""
    overview_service.add_objective(new_plan, "Win Double 11")
    new_plan.close()
    return new_plan.path


def test_random_bytes(plan_path):
    plan_path.write_bytes(os.urandom(8192))
    assert_refused(plan_path, "is not a Stratdeck plan", "not a database file")


def test_empty_file(plan_path):
    plan_path.write_bytes(b"")
    assert_refused(plan_path, "is empty")


def test_foreign_sqlite_database(plan_path):
    conn = sqlite3.connect(plan_path, isolation_level=None)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
    conn.execute("INSERT INTO customers (email) VALUES ('a@example.com')")
    conn.close()
    assert_refused(plan_path, "database of another program")


def test_newer_format(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute("PRAGMA user_version = 7")
    message = assert_refused(closed_plan, "made by a newer Stratdeck", "plan format 7")
    assert "update Stratdeck" in message


def test_truncated_plan(closed_plan):
    data = closed_plan.read_bytes()
    closed_plan.write_bytes(data[: len(data) // 2])
    assert_refused(closed_plan, "damaged", "cut short")


def test_plan_cut_inside_its_header(closed_plan):
    closed_plan.write_bytes(closed_plan.read_bytes()[:60])
    assert_refused(closed_plan, "damaged", "cut short")


def test_trigger_is_refused_and_never_runs(closed_plan, tmp_path):
    """The trigger adds an objective whenever the plan row changes, which
    every edit does; it must never fire, neither on open nor through the
    defensive connection."""
    with raw_sqlite(closed_plan) as conn:
        conn.execute(
            "CREATE TRIGGER plant AFTER UPDATE ON plan BEGIN "
            f"INSERT INTO objective (id, position, text, metric, target) VALUES ('{OBJECTIVE_ID}', 9, 'pwned', '', '');"
            " END"
        )
    # The trigger is live: in an unguarded copy an edit plants the row.
    witness = shutil.copyfile(closed_plan, tmp_path / "witness.stratdeck")
    with raw_sqlite(witness) as conn:
        conn.execute("UPDATE plan SET title = 'edited'")
        assert conn.execute("SELECT text FROM objective WHERE id = ?", (OBJECTIVE_ID,)).fetchall() == [("pwned",)]

    assert_refused(closed_plan, "contains a trigger named 'plant'", "nothing in it was run")
    with raw_sqlite(closed_plan, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM objective WHERE id = ?", (OBJECTIVE_ID,)).fetchone() == (0,)

    # Even past validation, the guarded connection refuses to run it.
    guarded_copy = shutil.copyfile(closed_plan, tmp_path / "guarded.stratdeck")
    conn = sqlite_guard.connect(sqlite_guard.file_uri(guarded_copy), writable=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            conn.execute("UPDATE plan SET title = 'edited'")
        assert conn.execute("SELECT count(*) FROM objective WHERE id = ?", (OBJECTIVE_ID,)).fetchone() == (0,)
    finally:
        conn.close()


def test_view(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute("CREATE VIEW everything AS SELECT * FROM objective")
    assert_refused(closed_plan, "contains a view named 'everything'")


def test_extra_table(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute("CREATE TABLE stash (secret TEXT)")
    assert_refused(closed_plan, "table 'stash'", "not opened")


def test_extra_index(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute("CREATE INDEX objective_text ON objective (text)")
    assert_refused(closed_plan, "unexpected index 'objective_text'")


def test_hostile_object_name_is_quoted_on_one_line(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute('CREATE TABLE "stash\n\x1b[2JAll good" (secret TEXT)')
    message = assert_refused(closed_plan, "table 'stash\\n\\x1b[2JAll good'")
    assert "\x1b" not in message


def test_virtual_table(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        try:
            conn.execute("CREATE VIRTUAL TABLE notes USING fts5(body)")
        except sqlite3.OperationalError:
            pytest.skip("this SQLite build has no fts5")
    assert_refused(closed_plan, "virtual table 'notes'")


def test_altered_table(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute("ALTER TABLE objective ADD COLUMN extra TEXT")
    assert_refused(closed_plan, "damaged", "'objective' has been altered")


def test_flipped_btree_bytes_fail_quick_check(new_plan):
    """The objectives' root page points its last child at the plan table's
    root page, which another tree owns: quick_check reports it and the plan
    is refused."""
    for n in range(40):
        overview_service.add_objective(new_plan, f"Objective {n} " + "x" * 400)
    root = new_plan.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'objective'").fetchone()[0]
    # the root page of another table (which page that is depends on how many tables the schema has)
    other = new_plan.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'plan'").fetchone()[0]
    page_size = new_plan.conn.execute("PRAGMA page_size").fetchone()[0]
    path = new_plan.path
    new_plan.close()
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    assert data[offset] == 0x05  # an interior table page: its right-most child pointer follows
    data[offset + 8 : offset + 12] = struct.pack(">I", other)
    path.write_bytes(data)
    message = assert_refused(path, "damaged", "integrity check failed")
    # which problem quick_check names first depends on the page layout (the number of tables)
    assert f"2nd reference to page {other}" in message or "out of order" in message


def test_rows_breaking_the_files_own_checks_fail_quick_check(closed_plan):
    """A file written with CHECKs switched off, holding 2027-02-30, is
    refused before anything reads it."""
    with raw_sqlite(closed_plan) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE plan SET period_start = '2027-02-30'")
    assert_refused(closed_plan, "damaged", "CHECK constraint failed in plan")


def test_invalid_utf8_text_opens_with_replacement_characters(closed_plan):
    with raw_sqlite(closed_plan) as conn:
        conn.execute("UPDATE plan SET title = CAST(X'54656166FF20C3' AS TEXT)")
    assert plan_validation.inspect_plan_file(closed_plan).title == "Teaf\ufffd \ufffd"
    with PlanFile.open(closed_plan, keep_backups=0) as plan:
        assert overview_service.get_overview(plan)["title"] == "Teaf\ufffd \ufffd"
        overview_service.set_field(plan, "owner", "Lin")  # still editable
    with PlanFile.open(closed_plan, read_only=True) as plan:
        assert overview_service.get_overview(plan)["owner"] == "Lin"


def test_folder_instead_of_file(tmp_path):
    folder = tmp_path / "Not a plan.stratdeck"
    folder.mkdir()
    assert_refused(folder, "is a folder")


def test_missing_file(plan_path):
    assert_refused(plan_path, "does not exist")
    assert not plan_path.exists()
