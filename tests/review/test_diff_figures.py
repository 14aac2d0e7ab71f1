"""What changed between two versions: rows per canvas with before → after,
and the derived figures that moved (budget envelope, channel mix, KPI
status, risk scores, campaign dates)."""

from __future__ import annotations

import pytest
from review_support import demo_copy

from app.services.plan.storage.plan_file import PlanFile
from app.services.review import snapshots
from app.services.review.diff import diff_documents
from app.services.review.documents import live_document
from app.services.review.figures import figure_changes
from app.services.review.report import diff_json, diff_lines


@pytest.fixture
def demo(tmp_path):
    return demo_copy(tmp_path / "plans")


def _edit_and_diff(demo, *statements):
    with PlanFile.open(demo, keep_backups=0) as plan:
        info = snapshots.take_snapshot(plan, "Q2 review")[1]
        with plan.transaction() as conn:
            for sql in statements:
                conn.execute(sql)
        old, new = snapshots.read_snapshot(plan, info.id), live_document(plan.conn)
    result = diff_documents(old, new)
    result.figures = figure_changes(old, new)
    return result


def test_a_changed_field_shows_before_and_after_under_its_canvas(demo):
    result = _edit_and_diff(demo, "UPDATE risk SET impact = 5, owner = '王芳' WHERE position = 0")
    (change,) = result.rows
    assert (change.canvas, change.table, change.kind) == ("risks", "risk", "changed")
    assert {f.field: (f.before, f.after) for f in change.fields} == {
        "impact": (4, 5),
        "owner": (change.before["owner"], "王芳"),
    }
    text = "\n".join(diff_lines(result, "snapshot “Q2 review”", "the plan"))
    assert "Risks & crisis:" in text and "impact: 4 → 5" in text and "owner:" in text
    assert "Risk score:" in text and "12 (high) → 15 (high)" in text


def test_added_and_removed_rows_and_campaign_dates(demo):
    result = _edit_and_diff(
        demo,
        "DELETE FROM key_date WHERE position = 0",
        "INSERT INTO objective (id, position, text, metric, target) VALUES "
        "('11111111-1111-4111-8111-111111111111', 9, '复购率 40%', '', '')",
        "UPDATE campaign SET end_date = date(end_date, '+7 days') WHERE position = 0",
    )
    kinds = {(c.table, c.kind) for c in result.rows}
    assert {("key_date", "removed"), ("objective", "added"), ("campaign", "changed")} <= kinds
    assert [f.kind for f in result.figures] == ["campaign_dates"]
    document = diff_json(result, "a", "b")
    assert document["counts"] == {"added": 1, "removed": 1, "changed": 1}
    assert document["canvases"]["overview"][0]["row"]["text"] == "复购率 40%"


def test_budget_envelope_channel_mix_and_kpi_status_move(demo):
    result = _edit_and_diff(
        demo,
        "UPDATE budget_cell SET planned = planned * 3 "
        "WHERE budget_line_id = (SELECT id FROM budget_line ORDER BY position LIMIT 1)",
        "UPDATE kpi SET actual = target WHERE position = 0",
    )
    kinds = {f.kind for f in result.figures}
    assert {"budget_envelope", "channel_mix"} <= kinds
    months = [c for c in result.rows if c.table == "budget_cell"]
    assert months and all(c.label.startswith("20") and c.label.endswith(")") for c in months)  # month (line)
    allocated = next(f for f in result.figures if f.kind == "budget_envelope" and f.key == "allocated")
    assert allocated.after > allocated.before
    assert sum(1 for f in result.figures if f.kind == "channel_mix") >= 2  # one channel gained, others lost share
    kpi = [f for f in result.figures if f.kind == "kpi_status"]
    assert all(f.after == "green" for f in kpi)


def test_no_change_but_a_snapshot_is_no_difference(demo):
    result = _edit_and_diff(demo)
    assert result.is_empty and result.figures == []
    assert diff_lines(result, "a", "b")[-1] == "No differences."
