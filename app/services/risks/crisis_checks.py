"""Value checks shared by risk_service and playbook_service. Each raises
EditRefused naming the field (its label, a term) and why, by message key
(app/services/risks/messages.py)."""

from __future__ import annotations

from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import is_iso_date, refuse_non_characters
from app.services.plan.messages import Term
from app.services.risks.messages import MESSAGES


def text(field: str, label: str, value, limit: int) -> str:
    """*value* as text of at most *limit* characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise EditRefused(field, MESSAGES("text_expected", label=Term(label)))
    if len(value) > limit:
        raise EditRefused(field, MESSAGES("too_long", label=Term(label), limit=limit, length=len(value)))
    refuse_non_characters(field, Term(label), value)
    return value


def whole(field: str, label: str, value, low: int, high: int, optional: bool = False) -> int | None:
    """*value* as a whole number from *low* to *high* (None allowed when *optional*)."""
    if optional and value in (None, ""):
        return None
    number = value
    if isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            number = None
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int) or not low <= number <= high:
        raise EditRefused(field, MESSAGES("whole_number", label=Term(label), low=low, high=high))
    return number


def positive(field: str, label: str, value, high: float) -> float | None:
    """*value* as a number above 0 and at most *high*, or None when empty."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int beyond float range
        number = -1.0
    if isinstance(value, bool) or not 0 < number <= high:
        raise EditRefused(field, MESSAGES("positive_number", label=Term(label), high=f"{high:g}"))
    return number


def iso_date(field: str, label: str, value) -> str | None:
    """*value* as an ISO date (YYYY-MM-DD) or None when empty."""
    if value in (None, ""):
        return None
    if not is_iso_date(value):
        raise EditRefused(field, MESSAGES("bad_date", label=Term(label), value=shown(value)))
    return value


def known_field(field: str, fields: dict, what: str) -> None:
    """Refuse a field name the table does not have."""
    if field not in fields:
        raise EditRefused(field, MESSAGES(f"unknown_{what.replace(' ', '_')}_field", field=shown(field)))
