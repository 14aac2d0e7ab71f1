"""Reading the ISO dates stored in a plan, for the rule modules."""

from __future__ import annotations

import datetime as dt


def parse_date(value) -> dt.date | None:
    """The date *value* names, or None (missing or not a real date).

    SQLite's date() accepts year 0000, which Python's date cannot hold, so
    a hand-made file may pass every check and still not parse here."""
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None
