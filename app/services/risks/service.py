"""Read and edit the risk register (table ``risk``), its findings and its
CSV part. Each edit validates first (EditRefused, nothing stored), then
commits in one transaction and returns a Change."""

from __future__ import annotations

from app.models.risks import rules as risk_rules
from app.services.plan import kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.row_edits import RowEdits
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import crisis_checks as check
from app.services.risks import crisis_rows
from app.services.risks.messages import MESSAGES, RISK_LABELS

CANVAS = risk_rules.RISK_CANVAS
TEXT_LIMITS = {
    "category": 100,
    "title": 300,
    "description": 10_000,
    "owner": 200,
    "mitigation": 10_000,
    "contingency": 10_000,
}
LABELS = RISK_LABELS


def list_risks(plan: PlanFile) -> list[dict]:
    """Risks in register order."""
    return read_rows(plan.conn, "risk")


def validate(field: str, value):
    """The value to store for *field* of a risk, or raise EditRefused."""
    check.known_field(field, LABELS, "risk")
    label = LABELS[field]
    if field in ("likelihood", "impact"):
        return check.whole(field, label, value, 1, 5)
    if field == "status":
        if value not in risk_rules.STATUSES:
            raise EditRefused(field, MESSAGES("bad_status"))
        return value
    if field == "review_date":
        return check.iso_date(field, label, value)
    stored = check.text(field, label, value, TEXT_LIMITS[field])
    return risk_rules.category_key(stored) if field == "category" else stored


RISKS = RowEdits(CANVAS, "risk", validate, MESSAGES("risk_gone"))
add_risk, update_risk, move_risk = RISKS.add, RISKS.update, RISKS.move


def delete_risk(plan: PlanFile, risk_id: str) -> tuple[Change, crisis_rows.Snapshot]:
    """Delete a risk (playbooks it triggered lose the link); return the
    change and a snapshot for undo."""
    kept_links.keep(plan, "risk", [risk_id])
    snapshot = crisis_rows.take_out(
        plan, "risk", risk_id, MESSAGES("risk_gone"), links=(("playbook", "trigger_risk_id"),)
    )
    return Change(CANVAS, "risk", (risk_id,), structure=True), snapshot


def restore_risk(plan: PlanFile, snapshot: crisis_rows.Snapshot) -> Change:
    """Put a deleted risk back where it was, with its playbook links (undo)."""
    with plan.transaction() as conn:
        crisis_rows.put_back(conn, snapshot)
        kept_links.put_back(conn, plan, "risk", [snapshot.row["id"]])
    return Change(CANVAS, "risk", (snapshot.row["id"],), structure=True)
