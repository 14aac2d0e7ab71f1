"""The review commands as a user runs them: snapshot, snapshots, diff and
merge, their output and exit codes (5: conflicts left unresolved)."""

from __future__ import annotations

import json

import pytest
from cli_support import assert_one_error_line, run
from review_support import demo_copy

from app.services.plan.storage.plan_file import PlanFile


@pytest.fixture
def demo(tmp_path):
    return demo_copy(tmp_path / "plans")


def test_snapshot_then_list(capsys, demo):
    code, out, _ = run(capsys, "snapshot", demo, "--name", "Q2 review", "--note", "before the meeting")
    assert code == 0 and "Snapshot “Q2 review” taken" in out
    code, out, _ = run(capsys, "snapshots", demo)
    assert code == 0
    assert out.splitlines()[0].startswith("1 snapshot in ")
    assert "Q2 review" in out and "[manual," in out and "before the meeting" in out


def test_snapshot_without_a_name_is_one_error_line(capsys, demo):
    code, _, err = run(capsys, "snapshot", demo, "--name", "  ")
    assert code == 1
    assert_one_error_line(err, "needs a name")


def test_diff_since_a_snapshot_as_text_and_json(capsys, demo):
    run(capsys, "snapshot", demo, "--name", "Q2 review")
    with PlanFile.open(demo, keep_backups=0) as plan, plan.transaction() as conn:
        conn.execute("UPDATE risk SET likelihood = 5 WHERE position = 0")
    code, out, _ = run(capsys, "diff", demo, "--since", "Q2 review")
    assert code == 0
    assert "Changes from snapshot “Q2 review”" in out and "likelihood: 3 → 5" in out and "Risk score:" in out
    code, out, _ = run(capsys, "diff", demo, "--since", "Q2 review", "--format", "json")
    document = json.loads(out)
    assert document["counts"]["changed"] == 1
    assert document["canvases"]["risks"][0]["fields"] == {"likelihood": {"before": 3, "after": 5}}
    assert document["figures"][0]["kind"] == "risk_score"


def test_diff_needs_b_or_since(capsys, demo):
    code, _, err = run(capsys, "diff", demo)
    assert code == 2
    assert_one_error_line(err, "--since")


def _sent_pair(capsys, demo, tmp_path):
    from app.services.review import copies

    theirs = tmp_path / "plans" / "copy.stratdeck"
    with PlanFile.open(demo, keep_backups=0) as plan:
        copies.send_copy(plan, theirs)
        with plan.transaction() as conn:
            conn.execute("UPDATE risk SET title = 'mine' WHERE position = 0")
            conn.execute("UPDATE campaign SET owner = 'Me' WHERE position = 0")
    with PlanFile.open(theirs, keep_backups=0) as plan, plan.transaction() as conn:
        conn.execute("UPDATE risk SET title = 'theirs' WHERE position = 0")
        conn.execute("UPDATE kpi SET owner = 'Li' WHERE position = 0")
    return theirs


def test_merge_with_conflicts_exits_5_with_a_readable_list_and_writes_nothing(capsys, demo, tmp_path):
    theirs = _sent_pair(capsys, demo, tmp_path)
    out_path = tmp_path / "plans" / "merged.stratdeck"
    code, out, err = run(capsys, "merge", demo, theirs, "-o", out_path)
    assert code == 5
    assert out.splitlines()[0].startswith("Conflicts (1), against snapshot")
    assert "risk “mine” title: base" in out and "mine “mine” | theirs “theirs”" in out
    assert_one_error_line(err, "Conflicts left unresolved: 1")
    assert not out_path.exists()


def test_merge_prefer_theirs_to_a_new_file(capsys, demo, tmp_path):
    theirs = _sent_pair(capsys, demo, tmp_path)
    out_path = tmp_path / "plans" / "merged.stratdeck"
    code, out, _ = run(capsys, "merge", demo, theirs, "-o", out_path, "--prefer", "theirs")
    assert code == 0 and "1 conflicts resolved as theirs" in out
    with PlanFile.open(out_path, read_only=True) as merged:
        conn = merged.conn
        assert conn.execute("SELECT title FROM risk ORDER BY position LIMIT 1").fetchone() == ("theirs",)
        assert conn.execute("SELECT owner FROM campaign ORDER BY position LIMIT 1").fetchone() == ("Me",)
        assert conn.execute("SELECT owner FROM kpi ORDER BY position LIMIT 1").fetchone() == ("Li",)
    code, _, err = run(capsys, "merge", demo, theirs, "-o", out_path, "--prefer", "theirs")
    assert code == 2
    assert_one_error_line(err, "merged.stratdeck already exists")


def test_merge_into_mine_itself_writes_a_backup_first(capsys, demo, tmp_path, data_dir):
    from app.services.plan.storage import backups

    theirs = _sent_pair(capsys, demo, tmp_path)
    code, _, _ = run(capsys, "merge", demo, theirs, "-o", demo, "--prefer", "mine")
    assert code == 0
    assert len(backups.list_backups(demo)) == 1
    with PlanFile.open(demo, read_only=True) as merged:
        assert merged.conn.execute("SELECT owner FROM kpi ORDER BY position LIMIT 1").fetchone() == ("Li",)


def test_merge_of_different_plans_is_refused(capsys, demo, tmp_path):
    other = tmp_path / "other.stratdeck"
    run(capsys, "new", other)
    code, _, err = run(capsys, "merge", demo, other, "-o", tmp_path / "x.stratdeck")
    assert code == 2
    assert_one_error_line(err, "not copies of the same plan")
