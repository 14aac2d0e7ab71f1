"""The responsibility matrix of the Strategy & actions canvas: parties
(departments, teams, outside partners) × initiatives, cells R / A / C / I."""

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
PARTY_LABELS = {"name": "Team or partner", "kind": "Kind", "note": "Note"}
PARTY_LIMITS = {"name": 200, "note": 2_000}


def list_parties(plan: PlanFile) -> list[dict]:
    """Parties (the matrix's rows) in order."""
    return read_rows(plan.conn, "raci_party")


def validate_party(field: str, value):
    """The value to store for *field* of a party, or EditRefused."""
    checks.known(field, PARTY_LABELS, "a team or partner")
    if field == "kind":
        return checks.choice(field, PARTY_LABELS[field], value, rules.PARTY_KINDS)
    return checks.text(field, PARTY_LABELS[field], value, PARTY_LIMITS[field])


PARTIES = RowEdits(CANVAS, "raci_party", validate_party, MESSAGES("party_gone"))
add_party, update_party, move_party = PARTIES.add, PARTIES.update, PARTIES.move


def delete_party(plan: PlanFile, party_id: str) -> tuple[Change, snap.Snapshot]:
    """Delete a party and its cells; return the change and an undo snapshot."""
    children = [("raci_cell", "party_id")]
    return snap.delete(plan, CANVAS, "raci_party", party_id, children, MESSAGES("party_gone"))


def list_cells(plan: PlanFile) -> list[dict]:
    """Every filled cell: initiative_id, party_id, role."""
    return read_rows(plan.conn, "raci_cell")


def roles(plan: PlanFile) -> dict[tuple[str, str], str]:
    """{(initiative id, party id): role} of every filled cell."""
    return {(c["initiative_id"], c["party_id"]): c["role"] for c in list_cells(plan)}


def role(plan: PlanFile, initiative_id: str, party_id: str) -> str:
    """The role of a party in an initiative ("" when the cell is empty)."""
    query = "SELECT role FROM raci_cell WHERE initiative_id = ? AND party_id = ?"
    found = plan.conn.execute(query, (initiative_id, party_id)).fetchone()
    return found[0] if found else ""


def set_role(plan: PlanFile, initiative_id: str, party_id: str, value: str | None) -> Change:
    """Set one cell to R, A, C or I; an empty value clears it."""
    value = (value or "").strip().upper() if isinstance(value, str) or value is None else value
    if value not in ("", *rules.RACI_ROLES):
        raise EditRefused("role", MESSAGES("bad_role"))
    if not row_exists(plan.conn, "initiative", initiative_id):
        raise EditRefused("role", MESSAGES("initiative_gone"))
    if not row_exists(plan.conn, "raci_party", party_id):
        raise EditRefused("role", MESSAGES("party_gone"))
    with plan.transaction() as conn:
        conn.execute("DELETE FROM raci_cell WHERE initiative_id = ? AND party_id = ?", (initiative_id, party_id))
        if value:
            conn.execute(
                "INSERT INTO raci_cell (initiative_id, party_id, role) VALUES (?, ?, ?)",
                (initiative_id, party_id, value),
            )
    return Change(CANVAS, "raci_cell", (initiative_id, party_id), ("role",))
