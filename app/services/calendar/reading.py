"""Reading the campaign calendar for the editor: campaigns with their
channels, personas, phases and tied milestones; milestones, channels,
personas, the plan period and key-date markers (no Qt)."""

from __future__ import annotations

from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


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
    app.services.calendar.key_dates adds and edits them)."""
    return read_rows(plan.conn, "key_date")


def key_date_markers(plan: PlanFile) -> list[dict]:
    """Visible key dates to mark on the calendar: name, kind, date, end_date."""
    return [
        {"name": r["name"], "kind": r["kind"], "date": r["date"], "end_date": r["end_date"]}
        for r in list_key_date_rows(plan)
        if r["visible"] and r["date"]
    ]


def campaign_index(plan: PlanFile, campaign_id: str) -> int:
    """Where a campaign stands in list_campaigns() order (-1 when it does not exist)."""
    found = plan.conn.execute("SELECT position FROM campaign WHERE id = ?", (campaign_id,)).fetchone()
    if found is None:
        return -1
    return plan.conn.execute(
        "SELECT COUNT(*) FROM campaign WHERE position < ? OR (position = ? AND id < ?)",
        (found[0], found[0], campaign_id),
    ).fetchone()[0]
