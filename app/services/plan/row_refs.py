"""Looking up the row an id field points at (a budget line's channel, a
KPI's campaign, a playbook's severity level…), safely for any value an
edit may carry: a value that cannot be a row id — not text, too long,
control characters, a lone surrogate, a huge number — is simply not found,
so the caller refuses it with its own message naming the field instead of
SQLite raising OverflowError or UnicodeEncodeError."""

from __future__ import annotations

import sqlite3

MAX_ID_LENGTH = 64  # ids are UUIDs (36 characters); imported files may use shorter ones


def could_be_id(value) -> bool:
    """Whether *value* is text that a row id could be."""
    if not isinstance(value, str) or not value or len(value) > MAX_ID_LENGTH or not value.isprintable():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def row_exists(conn: sqlite3.Connection, table: str, value) -> bool:
    """Whether *table* has a row whose id is *value* (False for any value
    that cannot be an id)."""
    if not could_be_id(value):
        return False
    return conn.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (value,)).fetchone() is not None
