"""Checkpoints (里程碑监测点) of the Strategy & actions canvas: when, what is
checked, the KPI thresholds that decide it, the result and the decision."""

from __future__ import annotations

from app.models.initiatives import rules
from app.services.initiatives import checks
from app.services.initiatives import snapshots as snap
from app.services.initiatives.messages import MESSAGES
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.row_edits import RowEdits
from app.services.plan.row_refs import row_exists
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile

CANVAS = rules.CANVAS
LABELS = {"date": "Date", "name": "What is checked", "result": "Result", "decision": "Decision"}
LIMITS = {"name": 500, "decision": 5_000}


def list_checkpoints(plan: PlanFile) -> list[dict]:
    """Checkpoints in order."""
    return read_rows(plan.conn, "checkpoint")


def validate(field: str, value):
    """The value to store for *field* of a checkpoint, or EditRefused."""
    checks.known(field, LABELS, "a checkpoint")
    if field == "date":
        return checks.iso_date(field, LABELS[field], value)
    if field == "result":
        return checks.choice(field, LABELS[field], value, rules.CHECKPOINT_RESULTS)
    return checks.text(field, LABELS[field], value, LIMITS[field])


CHECKPOINTS = RowEdits(CANVAS, "checkpoint", validate, MESSAGES("checkpoint_gone"))
add_checkpoint, update_checkpoint, move_checkpoint = CHECKPOINTS.add, CHECKPOINTS.update, CHECKPOINTS.move


def delete_checkpoint(plan: PlanFile, checkpoint_id: str) -> tuple[Change, snap.Snapshot]:
    """Delete a checkpoint and its thresholds; return the change and an undo snapshot."""
    children = [("checkpoint_kpi", "checkpoint_id")]
    return snap.delete(plan, CANVAS, "checkpoint", checkpoint_id, children, MESSAGES("checkpoint_gone"))


def thresholds(plan: PlanFile, checkpoint_id: str) -> list[tuple[str, float | None]]:
    """(KPI id, threshold) pairs that decide one checkpoint, in order."""
    query = "SELECT kpi_id, threshold FROM checkpoint_kpi WHERE checkpoint_id = ? ORDER BY position"
    return [(k, t) for k, t in plan.conn.execute(query, (checkpoint_id,))]


def all_thresholds(plan: PlanFile) -> dict[str, list[tuple[str, float | None]]]:
    """{checkpoint id: [(KPI id, threshold)]} for every checkpoint."""
    found: dict[str, list] = {}
    for row in read_rows(plan.conn, "checkpoint_kpi"):
        found.setdefault(row["checkpoint_id"], []).append((row["kpi_id"], row["threshold"]))
    return found


def set_thresholds(plan: PlanFile, checkpoint_id: str, pairs: list[tuple[str, object]]) -> Change:
    """Make *pairs* of (KPI id, threshold) the ones that decide a checkpoint."""
    if not row_exists(plan.conn, "checkpoint", checkpoint_id):
        raise EditRefused("thresholds", MESSAGES("checkpoint_gone"))
    names = dict(plan.conn.execute("SELECT id, name FROM kpi"))
    stored, seen = [], set()
    for kpi_id, value in pairs:
        if not row_exists(plan.conn, "kpi", kpi_id):
            raise EditRefused("thresholds", MESSAGES("link_gone", what="KPIs"))
        if kpi_id not in seen:
            seen.add(kpi_id)
            stored.append((kpi_id, checks.threshold(value, names.get(kpi_id, ""))))
    with plan.transaction() as conn:
        conn.execute("DELETE FROM checkpoint_kpi WHERE checkpoint_id = ?", (checkpoint_id,))
        conn.executemany(
            "INSERT INTO checkpoint_kpi (checkpoint_id, kpi_id, threshold, position) VALUES (?, ?, ?, ?)",
            [(checkpoint_id, k, t, n) for n, (k, t) in enumerate(stored)],
        )
    return Change(CANVAS, "checkpoint_kpi", (checkpoint_id,), ("thresholds",))
