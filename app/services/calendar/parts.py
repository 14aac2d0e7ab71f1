"""Phase and milestone edits of the campaign calendar: add, change a field
or the dates, move by whole days, delete and restore. Each validates first
(EditRefused, nothing stored) and returns a Change for the "calendar" canvas."""

from __future__ import annotations

from app.services.calendar.checks import (
    CANVAS,
    MILESTONE_FIELDS,
    PHASE_FIELDS,
    PHASE_KINDS,
    _campaign_row,
    _check_choice,
    _check_date,
    _check_dates,
    _check_days,
    _check_row_date,
    _check_text,
    _one_row,
    _shift,
)
from app.services.calendar.messages import MESSAGES
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.messages import Message
from app.services.plan.row_refs import row_exists
from app.services.plan.rows import delete_row, insert_row, restore_row
from app.services.plan.storage.plan_file import PlanFile


def _phase_row(plan: PlanFile, phase_id: str) -> dict:
    found = plan.conn.execute(
        "SELECT p.*, c.name AS campaign_name FROM campaign_phase p JOIN campaign c ON c.id = p.campaign_id "
        "WHERE p.id = ?",
        (phase_id,),
    )
    return _one_row(found, MESSAGES("phase_gone"))


def _phase_label(row: dict) -> Message:
    return MESSAGES("phase_subject", name=shown(row["name"]), campaign=shown(row["campaign_name"]))


def _check_phase_value(row: dict, field: str, value):
    what = _phase_label(row)
    if field not in PHASE_FIELDS:
        raise EditRefused(field, MESSAGES("unknown_phase_field", field=shown(field)))
    if field == "name":
        return _check_text(what, field, value, 300)
    if field == "description":
        return _check_text(what, field, value, 2_000)
    if field == "kind":
        return _check_choice(what, field, value, PHASE_KINDS)
    return _check_row_date(what, row, field, value)


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
    start, end = _check_dates(what, start, end)
    with plan.transaction() as conn:
        conn.execute("UPDATE campaign_phase SET start_date = ?, end_date = ? WHERE id = ?", (start, end, phase_id))
    return Change(CANVAS, "campaign_phase", (row["campaign_id"], phase_id), ("start_date", "end_date"))


def move_phase(plan: PlanFile, phase_id: str, days: int) -> Change:
    """Move a phase by *days* within its campaign's row."""
    days = _check_days(days)
    row = _phase_row(plan, phase_id)
    if not row["start_date"] and not row["end_date"]:
        raise EditRefused("start_date", MESSAGES("no_dates_to_move", subject=_phase_label(row)))
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


def _milestone_row(plan: PlanFile, milestone_id: str) -> dict:
    found = plan.conn.execute("SELECT * FROM milestone WHERE id = ?", (milestone_id,))
    return _one_row(found, MESSAGES("milestone_gone"))


def _check_milestone_value(plan: PlanFile, row: dict, field: str, value):
    what = MESSAGES("milestone_subject", name=shown(row.get("name", "")))
    if field not in MILESTONE_FIELDS:
        raise EditRefused(field, MESSAGES("unknown_milestone_field", field=shown(field)))
    if field == "name":
        return _check_text(what, field, value, 300)
    if field == "date":
        return _check_date(what, field, value)
    if value in (None, ""):
        return None
    if not row_exists(plan.conn, "campaign", value):
        raise EditRefused(field, MESSAGES("campaign_gone"))
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
        raise EditRefused(
            "date", MESSAGES("no_date_to_move", subject=MESSAGES("milestone_subject", name=shown(row["name"])))
        )
    return update_milestone(plan, milestone_id, "date", _shift(row["date"], days))


def delete_milestone(plan: PlanFile, milestone_id: str) -> tuple[Change, dict]:
    """Delete a milestone; return the change and a snapshot for restore_milestone."""
    row, index = delete_row(plan, "milestone", milestone_id)
    return Change(CANVAS, "milestone", (milestone_id,), structure=True), {"row": row, "index": index}


def restore_milestone(plan: PlanFile, snapshot: dict) -> Change:
    """Put a deleted milestone back where it was."""
    restore_row(plan, "milestone", snapshot["row"], snapshot["index"])
    return Change(CANVAS, "milestone", (snapshot["row"]["id"],), structure=True)
