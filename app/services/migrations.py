"""Upgrade plan files written by older versions of Stratdeck.

``MIGRATIONS[n]`` upgrades a file from format *n* to *n + 1*. All steps run in
one transaction, after a copy of the original has been kept; a failed
migration rolls back and leaves the original file as it was. Format 1 is the
first released format, so the table is empty until format 2 exists."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.services import schema
from app.services.errors import PlanFileError

MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migration_copy_path(plan_path: Path, version: int) -> Path:
    """Where the untouched original of an upgraded plan is kept."""
    stem = plan_path.name.removesuffix(".stratdeck")
    return plan_path.with_name(f"{stem} (format {version} backup).stratdeck")


def require_path(from_version: int, name: str) -> None:
    """Raise PlanFileError unless every step to the current format exists."""
    missing = [v for v in range(from_version, schema.schema_version()) if v not in MIGRATIONS]
    if missing:
        raise PlanFileError(f"{name} uses plan format {from_version}, which this Stratdeck cannot upgrade.")


def migrate(conn: sqlite3.Connection, from_version: int, name: str) -> None:
    """Run every step from *from_version* to the current format in one
    transaction; raise PlanFileError (file unchanged) if any step fails."""
    target = schema.schema_version()
    require_path(from_version, name)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for version in range(from_version, target):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise PlanFileError(
            f"{name} could not be upgraded from format {from_version}; it was left unchanged ({exc})."
        ) from None
