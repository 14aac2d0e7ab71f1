"""A commit killed while it grew the plan: the file's header already counts
the new pages, the pages are not there yet, and the hot journal holds the old
first page. The next open rolls the journal back (in its private copy, then
for real) instead of calling a good plan truncated."""

from __future__ import annotations

import shutil
import sqlite3

from app.services.overview import service as overview_service
from app.services.plan.storage.plan_file import PlanFile


def test_a_plan_killed_while_growing_opens_with_its_last_commit(new_plan, plan_path):
    overview_service.add_objective(new_plan, "Kept")
    new_plan.close()
    original_size = plan_path.stat().st_size
    scratch = plan_path.with_name("writer.stratdeck")
    shutil.copyfile(plan_path, scratch)
    conn = sqlite3.connect(scratch, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill pages to the file before the commit
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE objective SET text = ?", ("grown " * 20000,))
    grown = scratch.read_bytes()
    journal = scratch.with_name(scratch.name + "-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    scratch.unlink()
    assert len(grown) > original_size
    # killed before the appended pages reached the disk: the header already
    # counts the new pages (written first), the file has its old length
    page_size = int.from_bytes(grown[16:18], "big")
    data = bytearray(grown[:original_size])
    data[28:32] = (len(grown) // page_size).to_bytes(4, "big")
    assert int.from_bytes(data[28:32], "big") * page_size > len(data)
    plan_path.write_bytes(bytes(data))
    plan_path.with_name(plan_path.name + "-journal").write_bytes(journal)
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        assert [o["text"] for o in overview_service.list_objectives(plan)] == ["Kept"]
    assert not plan_path.with_name(plan_path.name + "-journal").exists()
