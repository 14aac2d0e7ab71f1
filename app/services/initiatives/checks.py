"""Value checks of the Strategy & actions canvas: every refusal names the
field and says why, by message key (see messages.py)."""

from __future__ import annotations

import datetime as dt

from app.models.initiatives import rules
from app.services.initiatives.messages import MESSAGES
from app.services.plan.errors import EditRefused
from app.services.plan.field_checks import is_blank, typed_number


def text(field: str, label: str, value, limit: int) -> str:
    """*value* as text of at most *limit* characters, or EditRefused."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise EditRefused(field, MESSAGES("not_text", label=label))
    if len(value) > limit:
        raise EditRefused(field, MESSAGES("too_long", label=label, length=len(value), limit=limit))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise EditRefused(field, MESSAGES("not_a_character", label=label)) from None
    return value


def iso_date(field: str, label: str, value) -> str | None:
    """An ISO date (YYYY-MM-DD) or None for a blank, else EditRefused."""
    if is_blank(value):
        return None
    if isinstance(value, str):
        try:
            if dt.date.fromisoformat(value.strip()).isoformat() == value.strip():
                return value.strip()
        except ValueError:
            pass
    raise EditRefused(field, MESSAGES("bad_date", label=label, value=str(value)[:40]))


def quarter(value) -> str:
    """A quarter stored as "2027-Q2" ("" for a blank), else EditRefused."""
    if is_blank(value):
        return ""
    parsed = rules.parse_quarter(value) if isinstance(value, str) else None
    if parsed is None:
        raise EditRefused("quarter", MESSAGES("bad_quarter", value=str(value)[:40]))
    return f"{parsed[0]}-Q{parsed[1]}"


def choice(field: str, label: str, value, choices: tuple[str, ...]) -> str:
    """*value* when it is one of *choices*, else EditRefused."""
    if value not in choices:
        raise EditRefused(field, MESSAGES("bad_choice", label=label, choices=", ".join(choices)))
    return value


def date_order(start: str | None, end: str | None, field: str) -> None:
    """EditRefused when both dates are set and *end* is before *start*."""
    if start and end and end < start:
        raise EditRefused(field, MESSAGES("end_before_start", end=end, start=start))


def known(field: str, labels: dict, what: str) -> None:
    """EditRefused unless *field* is one of *labels*."""
    if field not in labels:
        raise EditRefused(field, MESSAGES("unknown_field", field=str(field)[:40], what=what))


def threshold(value, kpi: str) -> float | None:
    """A KPI threshold: a finite number, or None for a blank."""
    if is_blank(value):
        return None
    number = typed_number(value)
    if number is None:
        raise EditRefused("threshold", MESSAGES("bad_threshold", kpi=kpi))
    return number
