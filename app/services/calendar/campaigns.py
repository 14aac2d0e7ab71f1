"""Campaign edits: add, change a field or both dates, move (with phases and
tied milestones), delete and restore (with every row that points at it),
channel and persona links. Each validates first, then commits one
transaction and returns a Change for the "calendar" canvas."""

from __future__ import annotations

from app.services.calendar.checks import (
    CANVAS,
    _campaign_label,
    _campaign_row,
    _check_campaign_value,
    _check_dates,
    _check_days,
    _shift,
)
from app.services.calendar.messages import MESSAGES
from app.services.calendar.positions import delete_campaign_row, insert_campaign_row, place_campaign
from app.services.plan import schema
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


def add_campaign(
    plan: PlanFile, values: dict | None = None, index: int | None = None, campaign_id: str | None = None
) -> Change:
    """Insert a campaign (name, dates, status…) at *index*; Change.ids holds its id."""
    values = dict(values or {})
    row = {"name": values.get("name", ""), "start_date": None, "end_date": None}
    stored = {}
    for field in ("name", "objective", "owner", "status", "color", "start_date", "end_date"):
        if field in values:
            stored[field] = _check_campaign_value(row, field, values[field])
            row[field] = stored[field]
    new_id = insert_campaign_row(plan, stored, index, campaign_id)
    return Change(CANVAS, "campaign", (new_id,), tuple(stored), structure=True)


def update_campaign(plan: PlanFile, campaign_id: str, field: str, value) -> Change:
    """Change one field of a campaign (dates refused when the end is before the start)."""
    stored = _check_campaign_value(_campaign_row(plan, campaign_id), field, value)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE campaign SET "{field}" = ? WHERE id = ?', (stored, campaign_id))
    return Change(CANVAS, "campaign", (campaign_id,), (field,))


def set_campaign_dates(plan: PlanFile, campaign_id: str, start: str | None, end: str | None) -> Change:
    """Set both dates of a campaign at once (its phases stay where they are)."""
    what = _campaign_label(_campaign_row(plan, campaign_id))
    start, end = _check_dates(what, start, end)
    with plan.transaction() as conn:
        conn.execute("UPDATE campaign SET start_date = ?, end_date = ? WHERE id = ?", (start, end, campaign_id))
    return Change(CANVAS, "campaign", (campaign_id,), ("start_date", "end_date"))


def move_campaign(plan: PlanFile, campaign_id: str, days: int) -> Change:
    """Move a campaign by *days* (negative = earlier) with its phases and tied
    milestones, in one transaction."""
    days = _check_days(days)
    row = _campaign_row(plan, campaign_id)
    if not row["start_date"] and not row["end_date"]:
        raise EditRefused("start_date", MESSAGES("no_dates_to_move", subject=_campaign_label(row)))
    phases = read_rows(plan.conn, "campaign_phase", {"campaign_id": campaign_id})
    milestones = read_rows(plan.conn, "milestone", {"campaign_id": campaign_id})
    with plan.transaction() as conn:
        conn.execute(
            "UPDATE campaign SET start_date = ?, end_date = ? WHERE id = ?",
            (_shift(row["start_date"], days), _shift(row["end_date"], days), campaign_id),
        )
        conn.executemany(
            "UPDATE campaign_phase SET start_date = ?, end_date = ? WHERE id = ?",
            [(_shift(p["start_date"], days), _shift(p["end_date"], days), p["id"]) for p in phases],
        )
        conn.executemany(
            "UPDATE milestone SET date = ? WHERE id = ?", [(_shift(m["date"], days), m["id"]) for m in milestones]
        )
    extra = {"phases": tuple(p["id"] for p in phases), "milestones": tuple(m["id"] for m in milestones)}
    return Change(CANVAS, "campaign", (campaign_id,), ("start_date", "end_date"), extra=extra)


def _referencing_tables() -> list[schema.Table]:
    """Tables with a column that points at campaign.id (phases, channels, budget lines, KPIs…)."""
    return [t for t in schema.tables() if any(c.references == "campaign" for c in t.columns)]


def delete_campaign(plan: PlanFile, campaign_id: str) -> tuple[Change, dict]:
    """Delete a campaign with its phases, channel and persona links; milestones,
    budget lines and KPIs tied to it are untied. Returns the change and a
    snapshot for restore_campaign."""
    links = {}
    for table in _referencing_tables():
        column = next(c.name for c in table.columns if c.references == "campaign")
        links[table.name] = (column, read_rows(plan.conn, table.name, {column: campaign_id}))
    row, index = delete_campaign_row(plan, campaign_id)
    return Change(CANVAS, "campaign", (campaign_id,), structure=True), {"row": row, "index": index, "links": links}


def _insert(conn, table_name: str, row: dict) -> None:
    names = list(row)
    conn.execute(
        f'INSERT INTO "{table_name}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
        f"VALUES ({', '.join('?' for _ in names)})",
        [row[n] for n in names],
    )


def restore_campaign(plan: PlanFile, snapshot: dict) -> Change:
    """Put a deleted campaign back (same id, place, phases and links) in one transaction."""
    row, index = snapshot["row"], snapshot["index"]
    with plan.transaction() as conn:
        place_campaign(conn, row, index)
        for table_name, (column, linked) in snapshot["links"].items():
            keys = schema.table(table_name).primary_key
            for link in linked:
                where = " AND ".join(f'"{k}" = ?' for k in keys)
                params = [link[k] for k in keys]
                if conn.execute(f'SELECT 1 FROM "{table_name}" WHERE {where}', params).fetchone():
                    conn.execute(f'UPDATE "{table_name}" SET "{column}" = ? WHERE {where}', [row["id"], *params])
                else:
                    _insert(conn, table_name, link)
    return Change(CANVAS, "campaign", (row["id"],), structure=True)


def _set_links(plan: PlanFile, campaign_id: str, table_name: str, column: str, ids: list[str], what: str) -> Change:
    _campaign_row(plan, campaign_id)
    target = "channel" if column == "channel_id" else "persona"
    ids = list(dict.fromkeys(ids))
    known = {r[0] for r in plan.conn.execute(f'SELECT id FROM "{target}"')}
    if any(i not in known for i in ids):
        raise EditRefused(what, MESSAGES(f"{target}_gone"))
    with plan.transaction() as conn:
        conn.execute(f'DELETE FROM "{table_name}" WHERE campaign_id = ?', (campaign_id,))
        conn.executemany(
            f'INSERT INTO "{table_name}" (campaign_id, "{column}", position) VALUES (?, ?, ?)',
            [(campaign_id, i, pos) for pos, i in enumerate(ids)],
        )
    return Change(CANVAS, "campaign", (campaign_id,), (what,))


def set_campaign_channels(plan: PlanFile, campaign_id: str, channel_ids: list[str]) -> Change:
    """Replace the channels a campaign runs on (in the given order)."""
    return _set_links(plan, campaign_id, "campaign_channel", "channel_id", channel_ids, "channels")


def set_campaign_personas(plan: PlanFile, campaign_id: str, persona_ids: list[str]) -> Change:
    """Replace the personas a campaign targets (in the given order)."""
    return _set_links(plan, campaign_id, "campaign_persona", "persona_id", persona_ids, "personas")
