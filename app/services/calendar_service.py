"""Read and edit the campaign calendar: campaigns with their channels,
personas and phases, and milestones.

Each edit validates first (refusing with EditRefused, nothing stored), then
commits in one transaction and returns a Change for the "calendar" canvas.
Moving a campaign moves its phases and tied milestones in the same
transaction. Key dates belong to app.services.key_dates."""

from __future__ import annotations

import datetime as dt

from app.models.overview_rules import COLOR_PATTERN
from app.services import schema
from app.services.changes import Change
from app.services.errors import EditRefused, shown
from app.services.plan_file import PlanFile
from app.services.rows import delete_row, insert_row, read_rows, restore_row

CANVAS = "calendar"
# The choices of app.models.calendar, repeated so the editor does not load the
# ORM at start-up (tests/test_calendar_service.py checks they are equal).
CAMPAIGN_STATUSES = ("idea", "planned", "live", "done", "cancelled")
PHASE_KINDS = ("warm_up", "launch", "long_tail", "custom")
KEY_DATE_KINDS = ("holiday", "workday", "festival", "brand_day")
CAMPAIGN_TEXT = {"name": 300, "objective": 5_000, "owner": 200}
CAMPAIGN_FIELDS = (*CAMPAIGN_TEXT, "status", "color", "start_date", "end_date")
PHASE_FIELDS = ("name", "kind", "start_date", "end_date")
MILESTONE_FIELDS = ("name", "date", "campaign_id")
MAX_SHIFT_DAYS = 3660  # ten years: a larger move is a slip of the hand


# -- reading -------------------------------------------------------------------
def _grouped(conn, sql: str) -> dict[str, list]:
    """{campaign_id: [second column…]} from a two-column query."""
    grouped: dict[str, list] = {}
    for campaign_id, value in conn.execute(sql):
        grouped.setdefault(campaign_id, []).append(value)
    return grouped


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def list_campaigns(plan: PlanFile) -> list[dict]:
    """Campaigns in order, each with ``channels`` and ``personas`` (id lists),
    ``phases`` (dicts in order) and ``milestones`` (tied ones), read in five
    queries whatever the number of campaigns."""
    conn = plan.conn
    channels = _grouped(conn, "SELECT campaign_id, channel_id FROM campaign_channel ORDER BY campaign_id, position")
    personas = _grouped(conn, "SELECT campaign_id, persona_id FROM campaign_persona ORDER BY campaign_id, position")
    phases: dict[str, list] = {}
    for phase in _dicts(conn.execute("SELECT * FROM campaign_phase ORDER BY campaign_id, position, id")):
        phases.setdefault(phase["campaign_id"], []).append(phase)
    milestones: dict[str, list] = {}
    for milestone in read_rows(conn, "milestone"):
        milestones.setdefault(milestone["campaign_id"], []).append(milestone)
    campaigns = read_rows(conn, "campaign")
    for campaign in campaigns:
        cid = campaign["id"]
        campaign.update(
            channels=channels.get(cid, []),
            personas=personas.get(cid, []),
            phases=phases.get(cid, []),
            milestones=milestones.get(cid, []),
        )
    return campaigns


def get_campaign(plan: PlanFile, campaign_id: str) -> dict | None:
    """One campaign shaped like a list_campaigns() entry, or None."""
    conn = plan.conn
    rows = _dicts(conn.execute("SELECT * FROM campaign WHERE id = ?", (campaign_id,)))
    if not rows:
        return None
    campaign = rows[0]
    campaign["channels"] = [
        r[0]
        for r in conn.execute(
            "SELECT channel_id FROM campaign_channel WHERE campaign_id = ? ORDER BY position", (campaign_id,)
        )
    ]
    campaign["personas"] = [
        r[0]
        for r in conn.execute(
            "SELECT persona_id FROM campaign_persona WHERE campaign_id = ? ORDER BY position", (campaign_id,)
        )
    ]
    campaign["phases"] = read_rows(conn, "campaign_phase", {"campaign_id": campaign_id})
    campaign["milestones"] = read_rows(conn, "milestone", {"campaign_id": campaign_id})
    return campaign


def list_milestones(plan: PlanFile) -> list[dict]:
    """Every milestone in order (tied or not)."""
    return read_rows(plan.conn, "milestone")


def list_channels(plan: PlanFile) -> list[dict]:
    """Channels in order: id, name, color."""
    return _dicts(plan.conn.execute("SELECT id, name, color FROM channel ORDER BY position, id"))


def list_personas(plan: PlanFile) -> list[dict]:
    """Personas in order: id and name."""
    return _dicts(plan.conn.execute("SELECT id, name FROM persona ORDER BY position, id"))


def plan_period(plan: PlanFile) -> tuple[str | None, str | None]:
    """The plan's (period_start, period_end)."""
    return tuple(plan.conn.execute('SELECT period_start, period_end FROM "plan"').fetchone())


def list_key_date_rows(plan: PlanFile) -> list[dict]:
    """Every key date row in order (holidays and festivals are stored rows;
    app.services.key_dates adds and edits them)."""
    return read_rows(plan.conn, "key_date")


def key_date_markers(plan: PlanFile) -> list[dict]:
    """Visible key dates to mark on the calendar: name, kind, date, end_date."""
    return [
        {"name": r["name"], "kind": r["kind"], "date": r["date"], "end_date": r["end_date"]}
        for r in list_key_date_rows(plan)
        if r["visible"] and r["date"]
    ]


# -- validation ----------------------------------------------------------------
DATE_WORDS = {"start_date": "start", "end_date": "end", "date": "date"}


def _check_date(what: str, field: str, value) -> str | None:
    """An ISO date (or None) for *field* of *what* ("Campaign 'x'"), else EditRefused."""
    if value in (None, ""):
        return None
    try:
        if not isinstance(value, str) or dt.date.fromisoformat(value).isoformat() != value:
            raise ValueError
    except ValueError:
        raise EditRefused(
            field, f"{what}: the {DATE_WORDS[field]} '{shown(value)}' is not a date (YYYY-MM-DD)."
        ) from None
    return value


def _check_text(what: str, field: str, value, limit: int) -> str:
    """Text of at most *limit* characters for *field*, else EditRefused."""
    if not isinstance(value, str):
        raise EditRefused(field, f"{what}: the {field} is not text.")
    if len(value) > limit:
        raise EditRefused(field, f"{what}: the {field} has {len(value)} characters; at most {limit}.")
    return value


def _check_order(what: str, field: str, start: str | None, end: str | None) -> None:
    """Refuse an end before its start."""
    if start and end and end < start:
        raise EditRefused(field, f"{what}: the end {end} is before the start {start}.")


def _campaign_row(plan: PlanFile, campaign_id: str) -> dict:
    rows = _dicts(plan.conn.execute("SELECT * FROM campaign WHERE id = ?", (campaign_id,)))
    if not rows:
        raise EditRefused("", "That campaign no longer exists.")
    return rows[0]


def _campaign_label(row: dict) -> str:
    return f"Campaign '{shown(row['name'])}'"


def _check_campaign_value(row: dict, field: str, value):
    """Return the value to store for a campaign *field*, or raise EditRefused."""
    what = _campaign_label(row)
    if field not in CAMPAIGN_FIELDS:
        raise EditRefused(field, f"Unknown campaign field '{shown(field)}'.")
    if field in CAMPAIGN_TEXT:
        return _check_text(what, field, value, CAMPAIGN_TEXT[field])
    if field == "status":
        if value not in CAMPAIGN_STATUSES:
            raise EditRefused(
                field, f"{what}: the status must be one of {', '.join(CAMPAIGN_STATUSES)} (not '{shown(value)}')."
            )
        return value
    if field == "color":
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not COLOR_PATTERN.match(value):
            raise EditRefused(field, f"{what}: the colour must look like #C8102E (not '{shown(value)}').")
        return value.upper()
    value = _check_date(what, field, value)
    start = value if field == "start_date" else row["start_date"]
    end = value if field == "end_date" else row["end_date"]
    _check_order(what, field, start, end)
    return value


def _shift(value: str | None, days: int) -> str | None:
    return None if value is None else (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _check_days(days) -> int:
    if not isinstance(days, int) or isinstance(days, bool) or abs(days) > MAX_SHIFT_DAYS:
        raise EditRefused("date", f"A move must be a whole number of days up to {MAX_SHIFT_DAYS} (not '{days}').")
    return days


# -- campaigns -----------------------------------------------------------------
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
    new_id = insert_row(plan, "campaign", stored, index, campaign_id)
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
    start, end = _check_date(what, "start_date", start), _check_date(what, "end_date", end)
    _check_order(what, "end_date", start, end)
    with plan.transaction() as conn:
        conn.execute("UPDATE campaign SET start_date = ?, end_date = ? WHERE id = ?", (start, end, campaign_id))
    return Change(CANVAS, "campaign", (campaign_id,), ("start_date", "end_date"))


def move_campaign(plan: PlanFile, campaign_id: str, days: int) -> Change:
    """Move a campaign by *days* (negative = earlier) with its phases and tied
    milestones, in one transaction."""
    days = _check_days(days)
    row = _campaign_row(plan, campaign_id)
    if not row["start_date"] and not row["end_date"]:
        raise EditRefused("start_date", f"{_campaign_label(row)} has no dates to move.")
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
    row, index = delete_row(plan, "campaign", campaign_id)
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
        ids = [r[0] for r in conn.execute("SELECT id FROM campaign ORDER BY position, id")]
        ids.insert(max(0, min(index, len(ids))), row["id"])
        _insert(conn, "campaign", row)
        conn.executemany("UPDATE campaign SET position = ? WHERE id = ?", list((i, x) for i, x in enumerate(ids)))
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
        raise EditRefused(what, f"That {target} no longer exists.")
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


# -- phases --------------------------------------------------------------------
def _phase_row(plan: PlanFile, phase_id: str) -> dict:
    rows = _dicts(
        plan.conn.execute(
            "SELECT p.*, c.name AS campaign_name FROM campaign_phase p JOIN campaign c ON c.id = p.campaign_id "
            "WHERE p.id = ?",
            (phase_id,),
        )
    )
    if not rows:
        raise EditRefused("", "That phase no longer exists.")
    return rows[0]


def _phase_label(row: dict) -> str:
    return f"Phase '{shown(row['name'])}' of campaign '{shown(row['campaign_name'])}'"


def _check_phase_value(row: dict, field: str, value):
    what = _phase_label(row)
    if field not in PHASE_FIELDS:
        raise EditRefused(field, f"Unknown phase field '{shown(field)}'.")
    if field == "name":
        return _check_text(what, field, value, 300)
    if field == "kind":
        if value not in PHASE_KINDS:
            raise EditRefused(
                field, f"{what}: the kind must be one of {', '.join(PHASE_KINDS)} (not '{shown(value)}')."
            )
        return value
    value = _check_date(what, field, value)
    start = value if field == "start_date" else row["start_date"]
    end = value if field == "end_date" else row["end_date"]
    _check_order(what, field, start, end)
    return value


def add_phase(
    plan: PlanFile, campaign_id: str, values: dict | None = None, index: int | None = None, phase_id: str | None = None
) -> Change:
    """Add a phase (kind, name, dates) to a campaign; Change.ids holds the campaign and the phase."""
    campaign = _campaign_row(plan, campaign_id)
    row = {"name": "", "campaign_name": campaign["name"], "start_date": None, "end_date": None}
    row.update({k: v for k, v in (values or {}).items() if k == "name"})
    stored = {}
    for field in PHASE_FIELDS:
        if field in (values or {}):
            stored[field] = row[field] = _check_phase_value(row, field, values[field])
    new_id = insert_row(plan, "campaign_phase", stored, index, phase_id, {"campaign_id": campaign_id})
    return Change(CANVAS, "campaign_phase", (campaign_id, new_id), tuple(stored), structure=True)


def update_phase(plan: PlanFile, phase_id: str, field: str, value) -> Change:
    """Change one field of a phase (name, kind, start_date, end_date)."""
    row = _phase_row(plan, phase_id)
    stored = _check_phase_value(row, field, value)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE campaign_phase SET "{field}" = ? WHERE id = ?', (stored, phase_id))
    return Change(CANVAS, "campaign_phase", (row["campaign_id"], phase_id), (field,))


def set_phase_dates(plan: PlanFile, phase_id: str, start: str | None, end: str | None) -> Change:
    """Set both dates of a phase at once."""
    row = _phase_row(plan, phase_id)
    what = _phase_label(row)
    start, end = _check_date(what, "start_date", start), _check_date(what, "end_date", end)
    _check_order(what, "end_date", start, end)
    with plan.transaction() as conn:
        conn.execute("UPDATE campaign_phase SET start_date = ?, end_date = ? WHERE id = ?", (start, end, phase_id))
    return Change(CANVAS, "campaign_phase", (row["campaign_id"], phase_id), ("start_date", "end_date"))


def move_phase(plan: PlanFile, phase_id: str, days: int) -> Change:
    """Move a phase by *days* within its campaign's row."""
    days = _check_days(days)
    row = _phase_row(plan, phase_id)
    if not row["start_date"] and not row["end_date"]:
        raise EditRefused("start_date", f"{_phase_label(row)} has no dates to move.")
    return set_phase_dates(plan, phase_id, _shift(row["start_date"], days), _shift(row["end_date"], days))


def delete_phase(plan: PlanFile, phase_id: str) -> tuple[Change, dict]:
    """Delete a phase; return the change and a snapshot for restore_phase."""
    campaign_id = _phase_row(plan, phase_id)["campaign_id"]
    row, index = delete_row(plan, "campaign_phase", phase_id, ("campaign_id",))
    return Change(CANVAS, "campaign_phase", (campaign_id, phase_id), structure=True), {"row": row, "index": index}


def restore_phase(plan: PlanFile, snapshot: dict) -> Change:
    """Put a deleted phase back where it was."""
    row = snapshot["row"]
    restore_row(plan, "campaign_phase", row, snapshot["index"], ("campaign_id",))
    return Change(CANVAS, "campaign_phase", (row["campaign_id"], row["id"]), structure=True)


# -- milestones ----------------------------------------------------------------
def _milestone_row(plan: PlanFile, milestone_id: str) -> dict:
    rows = _dicts(plan.conn.execute("SELECT * FROM milestone WHERE id = ?", (milestone_id,)))
    if not rows:
        raise EditRefused("", "That milestone no longer exists.")
    return rows[0]


def _check_milestone_value(plan: PlanFile, row: dict, field: str, value):
    what = f"Milestone '{shown(row.get('name', ''))}'"
    if field not in MILESTONE_FIELDS:
        raise EditRefused(field, f"Unknown milestone field '{shown(field)}'.")
    if field == "name":
        return _check_text(what, field, value, 300)
    if field == "date":
        return _check_date(what, field, value)
    if value in (None, ""):
        return None
    _campaign_row(plan, value)
    return value


def add_milestone(
    plan: PlanFile, values: dict | None = None, index: int | None = None, milestone_id: str | None = None
) -> Change:
    """Add a milestone (name, date, campaign_id); Change.ids holds its id."""
    values = dict(values or {})
    row = {"name": values.get("name", "")}
    stored = {f: _check_milestone_value(plan, row, f, values[f]) for f in MILESTONE_FIELDS if f in values}
    new_id = insert_row(plan, "milestone", stored, index, milestone_id)
    return Change(CANVAS, "milestone", (new_id,), tuple(stored), structure=True)


def update_milestone(plan: PlanFile, milestone_id: str, field: str, value) -> Change:
    """Change one field of a milestone (name, date, campaign_id)."""
    stored = _check_milestone_value(plan, _milestone_row(plan, milestone_id), field, value)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE milestone SET "{field}" = ? WHERE id = ?', (stored, milestone_id))
    return Change(CANVAS, "milestone", (milestone_id,), (field,))


def move_milestone(plan: PlanFile, milestone_id: str, days: int) -> Change:
    """Move a milestone by *days*."""
    days = _check_days(days)
    row = _milestone_row(plan, milestone_id)
    if not row["date"]:
        raise EditRefused("date", f"Milestone '{shown(row['name'])}' has no date to move.")
    return update_milestone(plan, milestone_id, "date", _shift(row["date"], days))


def delete_milestone(plan: PlanFile, milestone_id: str) -> tuple[Change, dict]:
    """Delete a milestone; return the change and a snapshot for restore_milestone."""
    row, index = delete_row(plan, "milestone", milestone_id)
    return Change(CANVAS, "milestone", (milestone_id,), structure=True), {"row": row, "index": index}


def restore_milestone(plan: PlanFile, snapshot: dict) -> Change:
    """Put a deleted milestone back where it was."""
    restore_row(plan, "milestone", snapshot["row"], snapshot["index"])
    return Change(CANVAS, "milestone", (snapshot["row"]["id"],), structure=True)
