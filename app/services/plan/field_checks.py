"""Value checks that several canvases' services share: plain text with a
length limit, strict ISO dates, typed-in numbers.

Only logic lives here; each service keeps its own refusal wording where the
wording differs. *label* is the field's name as the user sees it: a Term
(or plain English, taken as a term) or a subject message."""

from __future__ import annotations

import datetime as dt
import math

from app.services.plan.errors import EditRefused
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.messages import Message, Term


def text_value(field: str, label: str, value, limit: int) -> str:
    """*value* as text of at most *limit* characters, else EditRefused
    ("<label> must be text." / "<label> is too long (n characters; at most m).")."""
    if not isinstance(value, str):
        raise EditRefused(field, MESSAGES("not_text", label=_term(label)))
    if len(value) > limit:
        raise EditRefused(field, MESSAGES("too_long", label=_term(label), length=len(value), limit=limit))
    refuse_non_characters(field, label, value)
    return value


def refuse_non_characters(field: str, label: str, value: str) -> None:
    """EditRefused naming the field when *value* holds a lone surrogate
    (pasted from a damaged document), which a plan file cannot store."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = f"\\u{ord(exc.object[exc.start]):04x}"
        raise EditRefused(field, MESSAGES("not_character", label=_term(label), char=char)) from None


def _term(label):
    """*label* as a message argument the GUI translates (a Term or a Message)."""
    return label if isinstance(label, (Message, Term)) else Term(label)


def is_iso_date(value) -> bool:
    """Whether *value* is a str spelling a real date exactly as YYYY-MM-DD."""
    if not isinstance(value, str):
        return False
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def finite_number(value) -> float | None:
    """*value* as a finite float, or None for blanks, booleans and anything unusable."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int beyond float range
        return None
    return number if math.isfinite(number) else None


def is_blank(value) -> bool:
    """Whether a typed-in value is empty (None or only white space)."""
    return value is None or (isinstance(value, str) and not value.strip())


def typed_number(value) -> float | None:
    """A typed-in number (thousands commas and outer spaces allowed in text)
    as a finite float, or None when it is not one."""
    return finite_number(value.replace(",", "").strip() if isinstance(value, str) else value)
