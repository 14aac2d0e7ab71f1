"""Defensive settings for every connection to a plan file.

Python 3.11 has no ``Connection.setconfig``, so we combine pragmas, limits and
an authorizer (see docs/decisions.md and the reliability notes)."""

from __future__ import annotations

import sqlite3

MAX_VALUE_BYTES = 64 * 1024 * 1024  # largest string or blob a plan may hold


def _deny_untrusted(action: int, arg1, arg2, dbname, source) -> int:
    """Authorizer: refuse ATTACH and anything run from a trigger or view."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if source is not None:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def decode_text(raw: bytes) -> str:
    """Decode a TEXT value; damaged UTF-8 becomes U+FFFD, never an exception."""
    return raw.decode("utf-8", errors="replace")


def connect(uri: str, *, writable: bool) -> sqlite3.Connection:
    """Open *uri* (a ``file:`` URI) with the defensive settings applied.

    Autocommit mode: callers open transactions explicitly."""
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=2.0, check_same_thread=False)
    try:
        conn.text_factory = decode_text
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA mmap_size = 0")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA trusted_schema").fetchone()[0] != 0:
            raise sqlite3.DatabaseError("this SQLite cannot switch off trusted_schema")
        if writable:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        else:
            conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(_deny_untrusted)
    except Exception:
        conn.close()
        raise
    return conn


def file_uri(path, mode: str = "rw") -> str:
    """A ``file:`` URI for *path* with the given open mode. The path is
    quoted from its bytes: a name that is not valid UTF-8 (a folder from a
    GBK zip) reaches Python as surrogate escapes, which SQLite gets back as
    the original bytes."""
    import os
    from pathlib import Path
    from urllib.parse import quote

    return f"file:{quote(os.fsencode(Path(path).resolve()))}?mode={mode}"
