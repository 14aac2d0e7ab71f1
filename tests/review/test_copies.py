"""Send a Copy and merging the copy back: the shared snapshot, conflicts,
different plans refused, and the backup a merge writes first."""

from __future__ import annotations

import pytest
from review_support import demo_copy

from app.services.plan.errors import UsageError
from app.services.plan.storage import backups
from app.services.plan.storage.plan_file import PlanFile
from app.services.review import copies, snapshots
from app.services.review.documents import comparable, live_document


@pytest.fixture
def pair(tmp_path):
    """A demo plan and a copy sent from it, each edited on its own."""
    mine = demo_copy(tmp_path / "plans")
    theirs = tmp_path / "plans" / "For Li.stratdeck"
    with PlanFile.open(mine, keep_backups=0) as plan:
        _change, path, shared = copies.send_copy(plan, theirs, "Sent to Li")
        assert path == theirs
        with plan.transaction() as conn:
            conn.execute("UPDATE campaign SET owner = '周' WHERE position = 0")
            conn.execute("UPDATE risk SET title = 'mine' WHERE position = 1")
    with PlanFile.open(theirs, keep_backups=0) as plan:
        assert snapshots.list_snapshots(plan)[0].id == shared
        with plan.transaction() as conn:
            conn.execute("UPDATE campaign SET name = '李的名字' WHERE position = 0")
            conn.execute("UPDATE risk SET title = 'theirs' WHERE position = 1")
            conn.execute("DELETE FROM key_date WHERE position = 0")
    return mine, theirs, shared


def test_send_a_copy_records_one_snapshot_in_both_files(pair):
    mine, theirs, shared = pair
    with PlanFile.open(mine, read_only=True) as a, PlanFile.open(theirs, read_only=True) as b:
        assert copies.common_snapshot(a, b).id == shared
        assert snapshots.list_snapshots(a)[0].kind == "shared-copy"


def test_merge_keeps_both_sides_and_reports_the_same_field_as_a_conflict(pair):
    mine, theirs, _ = pair
    with PlanFile.open(mine, keep_backups=0) as plan:
        inputs, result = copies.merge_files(plan, theirs)
        assert [(c.table, c.field, c.mine, c.theirs) for c in result.unresolved] == [
            ("risk", "title", "mine", "theirs")
        ]
        inputs, result = copies.merge_files(plan, theirs, {result.unresolved[0].id: ("edit", "both")})
        assert result.ok
        _change, before, backup = copies.merge_into_plan(plan, inputs, result)
        rows = plan.conn.execute("SELECT name, owner FROM campaign ORDER BY position LIMIT 1").fetchone()
        assert rows == ("李的名字", "周")
        assert plan.conn.execute("SELECT title FROM risk ORDER BY position LIMIT 1 OFFSET 1").fetchone() == ("both",)
        assert plan.conn.execute("SELECT count(*) FROM key_date").fetchone()[0] == 14
    with PlanFile.open(backup, read_only=True) as kept:  # the backup holds the plan as it was before the merge
        assert comparable(live_document(kept.conn)) == comparable(before)
    assert backup in backups.list_backups(mine)


def test_merge_with_unresolved_conflicts_writes_nothing(pair):
    mine, theirs, _ = pair
    with PlanFile.open(mine, keep_backups=0) as plan:
        before = live_document(plan.conn)
        inputs, result = copies.merge_files(plan, theirs)
        with pytest.raises(UsageError, match="Conflicts left unresolved: 1"):
            copies.merge_into_plan(plan, inputs, result)
        assert comparable(live_document(plan.conn)) == comparable(before)


def test_edited_on_one_side_and_deleted_on_the_other_is_a_conflict(tmp_path):
    mine = demo_copy(tmp_path / "plans")
    theirs = tmp_path / "plans" / "copy.stratdeck"
    with PlanFile.open(mine, keep_backups=0) as plan:
        copies.send_copy(plan, theirs)
        with plan.transaction() as conn:
            conn.execute("UPDATE key_date SET name = 'edited' WHERE position = 0")
    with PlanFile.open(theirs, keep_backups=0) as plan, plan.transaction() as conn:
        conn.execute("DELETE FROM key_date WHERE position = 0")
    with PlanFile.open(mine, keep_backups=0) as plan:
        _inputs, result = copies.merge_files(plan, theirs)
        (conflict,) = result.unresolved
        assert (conflict.table, conflict.field, conflict.label, conflict.theirs) == ("key_date", "*", "edited", None)
        assert copies.merge_files(plan, theirs, prefer="theirs")[1].document["key_date"][0]["name"] != "edited"


def test_a_campaign_deleted_on_one_side_while_the_other_added_a_phase_is_a_conflict(tmp_path):
    mine = demo_copy(tmp_path / "plans")
    theirs = tmp_path / "plans" / "copy.stratdeck"
    with PlanFile.open(mine, keep_backups=0) as plan:
        copies.send_copy(plan, theirs)
        campaign = plan.conn.execute("SELECT id, name FROM campaign ORDER BY position LIMIT 1").fetchone()
        with plan.transaction() as conn:
            conn.execute("DELETE FROM campaign WHERE id = ?", (campaign[0],))
    with PlanFile.open(theirs, keep_backups=0) as plan, plan.transaction() as conn:
        conn.execute(
            "INSERT INTO campaign_phase (id, position, campaign_id, kind, name, description) "
            "VALUES ('22222222-2222-4222-8222-222222222222', 9, ?, 'custom', 'Extra', '')",
            (campaign[0],),
        )
    with PlanFile.open(mine, keep_backups=0) as plan:
        _inputs, result = copies.merge_files(plan, theirs)
        assert [(c.table, c.label, c.mine) for c in result.unresolved] == [("campaign", campaign[1], None)]
        kept = copies.merge_files(plan, theirs, prefer="theirs")[1].document
        dropped = copies.merge_files(plan, theirs, prefer="mine")[1].document
    assert campaign[0] in {c["id"] for c in kept["campaign"]}
    assert "Extra" in {p["name"] for p in kept["campaign_phase"]}
    assert campaign[0] not in {c["id"] for c in dropped["campaign"]}
    assert "Extra" not in {p["name"] for p in dropped["campaign_phase"]}


def test_copies_of_different_plans_are_refused(tmp_path):
    mine, other = demo_copy(tmp_path / "a"), tmp_path / "b.stratdeck"
    PlanFile.create(other, title="Another plan").close()
    with PlanFile.open(mine, keep_backups=0) as plan:
        with pytest.raises(UsageError, match="not copies of the same plan"):
            copies.merge_files(plan, other)


def test_copies_without_a_shared_snapshot_are_refused(tmp_path):
    mine = demo_copy(tmp_path / "plans")
    theirs = tmp_path / "plans" / "plain copy.stratdeck"
    with PlanFile.open(mine, keep_backups=0) as plan:
        plan.save_copy(theirs)
        with pytest.raises(UsageError, match="share no snapshot"):
            copies.merge_files(plan, theirs)


def test_two_valid_edits_that_break_a_rule_together_refuse_the_merge(tmp_path):
    from app.services.plan.errors import ImportDataError

    mine = demo_copy(tmp_path / "plans")
    theirs = tmp_path / "plans" / "copy.stratdeck"
    with PlanFile.open(mine, keep_backups=0) as plan:
        copies.send_copy(plan, theirs)
        start, end = plan.conn.execute("SELECT start_date, end_date FROM campaign ORDER BY position LIMIT 1").fetchone()
        with plan.transaction() as conn:  # mine: starts later, still before the old end
            conn.execute("UPDATE campaign SET start_date = date(?, '-1 days') WHERE position = 0", (end,))
    with PlanFile.open(theirs, keep_backups=0) as plan, plan.transaction() as conn:  # theirs: ends earlier
        conn.execute("UPDATE campaign SET end_date = date(?, '+1 days') WHERE position = 0", (start,))
    with PlanFile.open(mine, keep_backups=0) as plan:
        before = live_document(plan.conn)
        inputs, result = copies.merge_files(plan, theirs)
        assert result.ok  # different fields: no conflict, but together end < start
        with pytest.raises(ImportDataError, match="The merged plan is not valid .*campaign.*nothing was written"):
            copies.merge_into_plan(plan, inputs, result)
        assert comparable(live_document(plan.conn)) == comparable(before)
