"""Pillars and initiatives of the Strategy & actions canvas, with the
initiatives' links to TOWS strategies, objectives, campaigns, budget lines,
KPIs and risks. Each edit validates first (EditRefused, nothing stored),
then commits in one transaction and returns a Change."""

from __future__ import annotations

from app.models.initiatives import rules
from app.services.initiatives import checks
from app.services.initiatives import snapshots as snap
from app.services.initiatives.messages import MESSAGES
from app.services.initiatives.problems import all_links, initiatives_in_order  # noqa: F401 - read by the canvas's views, deck and export too
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.row_edits import RowEdits
from app.services.plan.row_refs import could_be_id, row_exists
from app.services.plan.rows import insert_row, move_row, read_rows, update_field
from app.services.plan.storage.plan_file import PlanFile

CANVAS = rules.CANVAS
PILLAR_LABELS = {"name": "Pillar name", "intent": "Intent"}
PILLAR_LIMITS = {"name": 200, "intent": 2_000}
INITIATIVE_LABELS = {
    "name": "Initiative name",
    "description": "Description",
    "owner": "Owner",
    "department": "Department",
    "start_date": "Start date",
    "end_date": "End date",
    "quarter": "Quarter",
    "status": "Status",
    "priority": "Priority",
    "pillar_id": "Pillar",
}
INITIATIVE_LIMITS = {"name": 300, "description": 10_000, "owner": 200, "department": 200}
# A kind of link is the table of the rows it points at; the column that names
# those rows in link_choices (budget lines and TOWS strategies are named by a
# query of their own there).
NAME_COLUMNS = {"objective": "text", "campaign": "name", "kpi": "name", "risk": "title"}
LINK_NAMES = {
    "tows_strategy": "TOWS strategies",
    "objective": "objectives",
    "campaign": "campaigns",
    "budget_line": "budget lines",
    "kpi": "KPIs",
    "risk": "risks",
}


# -- pillars ---------------------------------------------------------------------
def list_pillars(plan: PlanFile) -> list[dict]:
    """Pillars in order."""
    return read_rows(plan.conn, "pillar")


def validate_pillar(field: str, value):
    """The value to store for *field* of a pillar, or EditRefused."""
    checks.known(field, PILLAR_LABELS, "a pillar")
    return checks.text(field, PILLAR_LABELS[field], value, PILLAR_LIMITS[field])


PILLARS = RowEdits(CANVAS, "pillar", validate_pillar, MESSAGES("pillar_gone"))
add_pillar, update_pillar, move_pillar = PILLARS.add, PILLARS.update, PILLARS.move


def pillar_contents(plan: PlanFile, pillar_id: str) -> dict[str, int]:
    """What deleting a pillar takes with it: {"initiatives": n, "links": n}
    (links counts every linked row and RACI cell), for the confirmation."""
    ids = [r[0] for r in plan.conn.execute("SELECT id FROM initiative WHERE pillar_id = ?", (pillar_id,))]
    links = 0
    for table, _column in snap.INITIATIVE_CHILDREN:
        for initiative_id in ids:
            query = f'SELECT count(*) FROM "{table}" WHERE initiative_id = ?'
            links += plan.conn.execute(query, (initiative_id,)).fetchone()[0]
    return {"initiatives": len(ids), "links": links}


def delete_pillar(plan: PlanFile, pillar_id: str) -> tuple[Change, snap.Snapshot]:
    """Delete a pillar with its initiatives, their links and RACI cells;
    return the change and a snapshot that restores all of it."""
    children = [("initiative", "pillar_id")] + [(t, c, "initiative") for t, c in snap.INITIATIVE_CHILDREN]
    return snap.delete(plan, CANVAS, "pillar", pillar_id, children, MESSAGES("pillar_gone"))


def restore(plan: PlanFile, snapshot: snap.Snapshot) -> Change:
    """Put back whatever a delete of this canvas removed (undo)."""
    with plan.transaction() as conn:
        snap.put_back(conn, snapshot)
    return Change(CANVAS, snapshot.table, (snapshot.row["id"],), structure=True)


# -- initiatives -----------------------------------------------------------------
def list_initiatives(plan: PlanFile, pillar_id: str | None = None) -> list[dict]:
    """Initiatives in pillar order, then their own order (one pillar's when given)."""
    if pillar_id is not None:
        return read_rows(plan.conn, "initiative", {"pillar_id": pillar_id})
    return initiatives_in_order(plan)


def validate_initiative(plan: PlanFile, field: str, value, row: dict | None = None):
    """The value to store for *field* of an initiative (*row*: its stored
    values, for the date order), or EditRefused."""
    checks.known(field, INITIATIVE_LABELS, "an initiative")
    label = INITIATIVE_LABELS[field]
    if field in INITIATIVE_LIMITS:
        return checks.text(field, label, value, INITIATIVE_LIMITS[field])
    if field == "status":
        return checks.choice(field, label, value, rules.INITIATIVE_STATUSES)
    if field == "priority":
        return checks.choice(field, label, value, rules.INITIATIVE_PRIORITIES)
    if field == "quarter":
        return checks.quarter(value)
    if field == "pillar_id":
        if not row_exists(plan.conn, "pillar", value):
            raise EditRefused(field, MESSAGES("no_such_pillar"))
        return value
    stored = checks.iso_date(field, label, value)
    row = row or {}
    if field == "start_date":
        checks.date_order(stored, row.get("end_date"), field)
    else:
        checks.date_order(row.get("start_date"), stored, field)
    return stored


def _initiative(plan: PlanFile, initiative_id: str) -> dict:
    """The stored row of an initiative, or EditRefused when it is gone."""
    rows = read_rows(plan.conn, "initiative", {"id": initiative_id}) if could_be_id(initiative_id) else []
    if not rows:
        raise EditRefused("", MESSAGES("initiative_gone"))
    return rows[0]


def get_initiative(plan: PlanFile, initiative_id: str) -> dict | None:
    """One initiative's stored row, or None when it is gone."""
    rows = read_rows(plan.conn, "initiative", {"id": initiative_id}) if could_be_id(initiative_id) else []
    return rows[0] if rows else None


def add_initiative(
    plan: PlanFile, pillar_id: str, values: dict | None = None, index: int | None = None, initiative_id=None
) -> Change:
    """Insert an initiative under *pillar_id* at *index* (end by default)."""
    if not row_exists(plan.conn, "pillar", pillar_id):
        raise EditRefused("pillar_id", MESSAGES("no_such_pillar"))
    values = dict(values or {})
    stored: dict = {}
    for field in [f for f in INITIATIVE_LABELS if f in values and f != "pillar_id"]:
        stored[field] = validate_initiative(plan, field, values[field], stored)
    new_id = insert_row(plan, "initiative", stored, index, initiative_id, {"pillar_id": pillar_id})
    return Change(CANVAS, "initiative", (new_id,), structure=True)


def update_initiative(plan: PlanFile, initiative_id: str, field: str, value) -> Change:
    """Change one field of an initiative (pillar_id moves it to the end of another pillar)."""
    row = _initiative(plan, initiative_id)
    stored = validate_initiative(plan, field, value, row)
    if field == "pillar_id":
        if stored == row["pillar_id"]:
            return Change(CANVAS, "initiative", (initiative_id,), (field,), structure=True)
        return move_initiative_to_pillar(plan, initiative_id, stored)
    update_field(plan, "initiative", initiative_id, field, stored, MESSAGES("initiative_gone"))
    return Change(CANVAS, "initiative", (initiative_id,), (field,))


def delete_initiative(plan: PlanFile, initiative_id: str) -> tuple[Change, snap.Snapshot]:
    """Delete an initiative with its links and RACI cells; return the change and an undo snapshot."""
    _initiative(plan, initiative_id)
    snapshot = snap.take(plan.conn, "initiative", initiative_id, ("pillar_id",), snap.INITIATIVE_CHILDREN)
    with plan.transaction() as conn:
        snap.remove(conn, snapshot)
    return Change(CANVAS, "initiative", (initiative_id,), structure=True), snapshot


def move_initiative(plan: PlanFile, initiative_id: str, index: int) -> Change:
    """Move an initiative to *index* within its pillar."""
    row = _initiative(plan, initiative_id)
    move_row(plan, "initiative", initiative_id, index, {"pillar_id": row["pillar_id"]})
    return Change(CANVAS, "initiative", (initiative_id,), structure=True)


def move_initiative_to_pillar(plan: PlanFile, initiative_id: str, pillar_id: str, index: int | None = None) -> Change:
    """Move an initiative into *pillar_id* at *index* (its end by default;
    within its own pillar: a plain move). The Change's extra holds what an
    exact undo needs: ``old_pillar_id`` and ``old_position`` (its index in
    the old pillar), and where it went: ``pillar_id`` and ``position``."""
    row = _initiative(plan, initiative_id)
    stored = validate_initiative(plan, "pillar_id", pillar_id, row)
    with plan.transaction() as conn:
        old_ids = snap.ordered_ids(conn, "initiative", row, ("pillar_id",))
        old_position = old_ids.index(initiative_id)
        old_ids.remove(initiative_id)
        new_ids = old_ids
        if stored != row["pillar_id"]:
            new_ids = snap.ordered_ids(conn, "initiative", {"pillar_id": stored}, ("pillar_id",))
        position = len(new_ids) if index is None else max(0, min(index, len(new_ids)))
        new_ids.insert(position, initiative_id)
        conn.execute("UPDATE initiative SET pillar_id = ? WHERE id = ?", (stored, initiative_id))
        conn.executemany("UPDATE initiative SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(old_ids)])
        conn.executemany("UPDATE initiative SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(new_ids)])
    moved = {"old_pillar_id": row["pillar_id"], "old_position": old_position, "pillar_id": stored, "position": position}
    return Change(CANVAS, "initiative", (initiative_id,), ("pillar_id",), structure=True, extra=moved)


# -- links -----------------------------------------------------------------------
def _kind(kind: str) -> str:
    if kind not in rules.LINK_KINDS:
        raise EditRefused(kind if isinstance(kind, str) else "", MESSAGES("unknown_link_kind", kind=str(kind)[:40]))
    return kind


def links(plan: PlanFile, initiative_id: str, kind: str) -> list[str]:
    """Ids of the rows of *kind* linked to one initiative, in order."""
    table, column = rules.link_table(_kind(kind)), rules.link_column(kind)
    query = f'SELECT "{column}" FROM "{table}" WHERE initiative_id = ? ORDER BY position'
    return [r[0] for r in plan.conn.execute(query, (initiative_id,))]


def set_links(plan: PlanFile, initiative_id: str, kind: str, ids: list[str]) -> Change:
    """Make *ids* (in this order) the rows of *kind* linked to an initiative."""
    table, column = rules.link_table(_kind(kind)), rules.link_column(kind)
    _initiative(plan, initiative_id)
    ids = list(dict.fromkeys(ids))
    if not all(row_exists(plan.conn, kind, i) for i in ids):
        raise EditRefused(kind, MESSAGES("link_gone", what=LINK_NAMES[kind]))
    with plan.transaction() as conn:
        conn.execute(f'DELETE FROM "{table}" WHERE initiative_id = ?', (initiative_id,))
        conn.executemany(
            f'INSERT INTO "{table}" (initiative_id, "{column}", position) VALUES (?, ?, ?)',
            [(initiative_id, other, n) for n, other in enumerate(ids)],
        )
    return Change(CANVAS, table, (initiative_id,), (kind,), extra={"kind": kind})


def link_choices(plan: PlanFile, kind: str) -> list[tuple[str, str]]:
    """(id, label) of every row an initiative can link to as *kind*."""
    if _kind(kind) == "budget_line":
        query = (
            "SELECT b.id, c.name, b.sub_channel FROM budget_line b JOIN channel c ON c.id = b.channel_id"
            " ORDER BY c.position, b.position"
        )
        return [(i, f"{c} · {s}" if s else c) for i, c, s in plan.conn.execute(query)]
    if kind == "tows_strategy":
        query = "SELECT id, kind, text FROM tows_strategy ORDER BY kind, position"
        return [(i, f"{k} · {t}") for i, k, t in plan.conn.execute(query)]
    return [(r["id"], r[NAME_COLUMNS[kind]] or "") for r in read_rows(plan.conn, kind)]


def initiatives_linked_to(plan: PlanFile, kind: str, row_id: str) -> list[dict]:
    """The initiatives (id, name, pillar name) linked to one row of *kind*:
    what a campaign's detail or the KPI editor shows."""
    table, column = rules.link_table(_kind(kind)), rules.link_column(kind)
    query = (
        f'SELECT i.id, i.name, p.name FROM "{table}" l JOIN initiative i ON i.id = l.initiative_id'
        f' JOIN pillar p ON p.id = i.pillar_id WHERE l."{column}" = ? ORDER BY p.position, i.position'
    )
    return [{"id": i, "name": n, "pillar": p} for i, n, p in plan.conn.execute(query, (row_id,))]


# -- costs -----------------------------------------------------------------------
def costs(plan: PlanFile) -> dict[str, dict[str, float]]:
    """{initiative id: {"planned": sum, "actual": sum}} of the budget lines
    linked to each initiative (a line linked twice counts once per initiative)."""
    query = (
        "SELECT l.initiative_id, coalesce(sum(c.planned), 0), coalesce(sum(c.actual), 0)"
        " FROM initiative_budget_line l LEFT JOIN budget_cell c ON c.budget_line_id = l.budget_line_id"
        " GROUP BY l.initiative_id"
    )
    return {i: {"planned": p, "actual": a} for i, p, a in plan.conn.execute(query)}


def cost_of(plan: PlanFile, initiative_id: str) -> float:
    """The planned cost of one initiative: the sum of its linked budget lines."""
    query = (
        "SELECT coalesce(sum(c.planned), 0) FROM initiative_budget_line l"
        " JOIN budget_cell c ON c.budget_line_id = l.budget_line_id WHERE l.initiative_id = ?"
    )
    return plan.conn.execute(query, (initiative_id,)).fetchone()[0]


def currency(plan: PlanFile) -> str:
    """The plan's currency code (costs are shown in it)."""
    return plan.conn.execute('SELECT currency FROM "plan"').fetchone()[0]


def linked_names(plan: PlanFile, kind: str) -> dict[str, list[str]]:
    """{row id of *kind*: names of the initiatives linked to it, in canvas
    order}: what the KPI scorecard and the calendar show beside each row."""
    table, column = rules.link_table(_kind(kind)), rules.link_column(kind)
    query = (
        f'SELECT l."{column}", i.name FROM "{table}" l JOIN initiative i ON i.id = l.initiative_id'
        " JOIN pillar p ON p.id = i.pillar_id ORDER BY p.position, i.position"
    )
    found: dict[str, list[str]] = {}
    for row_id, name in plan.conn.execute(query):
        found.setdefault(row_id, []).append(name)
    return found
