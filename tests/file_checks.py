"""Small facts about files that tests assert on: hashes, folder contents,
raw SQLite access that bypasses Stratdeck's own code."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def names_in(folder: Path) -> set[str]:
    """Names of every entry in *folder*, hidden ones included."""
    return {p.name for p in Path(folder).iterdir()}


@contextlib.contextmanager
def raw_sqlite(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection (no Stratdeck guard), committed and closed
    on exit. Used to forge damaged or hostile files and to read results."""
    uri = f"file:{Path(path)}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def integrity_ok(path: Path) -> bool:
    """True when SQLite's full integrity check passes on *path*."""
    with raw_sqlite(path, read_only=True) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
