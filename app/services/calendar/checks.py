"""Shared checks and constants of the campaign calendar edits: dates, text
limits, date order, whole-day moves, the campaign row a campaign edit needs.
Every check raises EditRefused (field, message by key, see messages.py) and
stores nothing. *what* is the subject message ("Campaign 'x'")."""

from __future__ import annotations

import datetime as dt

from app.models.calendar.choices import CAMPAIGN_STATUSES, KEY_DATE_KINDS, PHASE_KINDS  # noqa: F401  (re-exported)
from app.models.values import COLOR_PATTERN
from app.services.calendar.messages import MESSAGES
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import is_iso_date, refuse_non_characters
from app.services.plan.messages import Message, Term
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "calendar"
CAMPAIGN_TEXT = {"name": 300, "objective": 5_000, "owner": 200}
CAMPAIGN_FIELDS = (*CAMPAIGN_TEXT, "status", "color", "start_date", "end_date")
PHASE_FIELDS = ("name", "kind", "start_date", "end_date", "description")
MILESTONE_FIELDS = ("name", "date", "campaign_id")
MAX_SHIFT_DAYS = 3660  # ten years: a larger move is a slip of the hand


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


BAD_DATE = {"start_date": "bad_start", "end_date": "bad_end", "date": "bad_date"}


def _check_date(what: Message, field: str, value) -> str | None:
    """An ISO date (or None) for *field* of *what* ("Campaign 'x'"), else EditRefused."""
    if value in (None, ""):
        return None
    if not is_iso_date(value):
        raise EditRefused(field, MESSAGES(BAD_DATE[field], subject=what, value=shown(value)))
    return value


def _check_text(what: Message, field: str, value, limit: int) -> str:
    """Text of at most *limit* characters for *field*, else EditRefused."""
    if not isinstance(value, str):
        raise EditRefused(field, MESSAGES("not_text", subject=what, field=Term(field)))
    if len(value) > limit:
        raise EditRefused(field, MESSAGES("too_long", subject=what, field=Term(field), length=len(value), limit=limit))
    refuse_non_characters(field, what, value)
    return value


def _check_order(what: Message, field: str, start: str | None, end: str | None) -> None:
    """Refuse an end before its start."""
    if start and end and end < start:
        raise EditRefused(field, MESSAGES("end_before_start", subject=what, end=end, start=start))


def _check_dates(what: Message, start, end) -> tuple[str | None, str | None]:
    """Both dates of a span (each a date or None), end not before start."""
    start, end = _check_date(what, "start_date", start), _check_date(what, "end_date", end)
    _check_order(what, "end_date", start, end)
    return start, end


def _check_row_date(what: Message, row: dict, field: str, value) -> str | None:
    """A new start_date or end_date for *row*, checked against its other end."""
    value = _check_date(what, field, value)
    start = value if field == "start_date" else row["start_date"]
    end = value if field == "end_date" else row["end_date"]
    _check_order(what, field, start, end)
    return value


def _check_choice(what: Message, field: str, value, choices: tuple[str, ...]) -> str:
    """*value* when it is one of *choices* (a status or a phase kind), else
    EditRefused naming them."""
    if value not in choices:
        key = "bad_status" if field == "status" else "bad_kind"
        raise EditRefused(field, MESSAGES(key, subject=what, choices=", ".join(choices), value=shown(value)))
    return value


def _one_row(cursor, gone: Message) -> dict:
    """The row *cursor* found, as a dict; EditRefused ("", *gone*) when none."""
    rows = _dicts(cursor)
    if not rows:
        raise EditRefused("", gone)
    return rows[0]


def _campaign_row(plan: PlanFile, campaign_id: str) -> dict:
    found = plan.conn.execute("SELECT * FROM campaign WHERE id = ?", (campaign_id,))
    return _one_row(found, MESSAGES("campaign_gone"))


def _campaign_label(row: dict) -> Message:
    return MESSAGES("campaign_subject", name=shown(row["name"]))


def _check_campaign_value(row: dict, field: str, value):
    """Return the value to store for a campaign *field*, or raise EditRefused."""
    what = _campaign_label(row)
    if field not in CAMPAIGN_FIELDS:
        raise EditRefused(field, MESSAGES("unknown_campaign_field", field=shown(field)))
    if field in CAMPAIGN_TEXT:
        return _check_text(what, field, value, CAMPAIGN_TEXT[field])
    if field == "status":
        return _check_choice(what, field, value, CAMPAIGN_STATUSES)
    if field == "color":
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not COLOR_PATTERN.match(value):
            raise EditRefused(field, MESSAGES("bad_colour", subject=what, value=shown(value)))
        return value.upper()
    return _check_row_date(what, row, field, value)


def _shift(value: str | None, days: int) -> str | None:
    return None if value is None else (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _check_days(days) -> int:
    if not isinstance(days, int) or isinstance(days, bool) or abs(days) > MAX_SHIFT_DAYS:
        raise EditRefused("date", MESSAGES("bad_move", limit=MAX_SHIFT_DAYS, value=days))
    return days
