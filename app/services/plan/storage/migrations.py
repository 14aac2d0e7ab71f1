"""Upgrade plan files written by older versions of Stratdeck.

``MIGRATIONS[n]`` upgrades a file from format *n* to *n + 1*. All steps run in
one transaction, after a copy of the original has been kept; a failed
migration rolls back and leaves the original file as it was. Format 1 is the
first released format; format 2 (competitor map axes, budget envelope and
reserve, channel-overlap limit, playbook product) rebuilds the tables whose
columns it added, so their DDL matches what a new plan gets exactly."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.services.plan import schema
from app.services.plan.errors import PlanFileError
from app.services.plan.kernel_messages import MESSAGES


def rebuild_table(conn: sqlite3.Connection, name: str) -> None:
    """Recreate table *name* with the current DDL, keeping every row and
    every column both versions share (new columns take their defaults).
    Runs inside migrate()'s transaction, with foreign keys off."""
    table = schema.table(name)
    old_columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')}
    shared = [c for c in table.column_names if c in old_columns]
    added = [c for c in table.columns if c.name not in old_columns]  # the DDL has no DEFAULTs
    names = ", ".join(f'"{c}"' for c in shared + [c.name for c in added])
    values = ", ".join([f'"{c}"' for c in shared] + ["?"] * len(added))
    temp = f"{name}__format_upgrade"
    ddl = table.ddl.replace(f'CREATE TABLE "{name}"', f'CREATE TABLE "{temp}"', 1)
    ddl = ddl.replace(f"CREATE TABLE {name} ", f'CREATE TABLE "{temp}" ', 1)
    conn.execute(ddl)
    conn.execute(f'INSERT INTO "{temp}" ({names}) SELECT {values} FROM "{name}"', [c.default for c in added])
    conn.execute(f'DROP TABLE "{name}"')
    conn.execute(f'ALTER TABLE "{temp}" RENAME TO "{name}"')


def _format_1_to_2(conn: sqlite3.Connection) -> None:
    """Format 2 added columns to plan, competitor and playbook."""
    for name in ("plan", "competitor", "playbook"):
        rebuild_table(conn, name)


def _format_2_to_3(conn: sqlite3.Connection) -> None:
    """Format 3 (strategy & actions, deck notes and headlines, snapshots,
    and the smaller new fields) creates the tables it added and rebuilds
    the tables it added columns to."""
    for name in ADDED_TABLES.get(3, ()):
        conn.execute(schema.table(name).ddl)
    for name in ADDED_COLUMNS.get(3, {}):
        rebuild_table(conn, name)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _format_1_to_2, 2: _format_2_to_3}

# Tables each format added (created empty by its step; a file of an older
# format has none of them). Each feature adds its own names here.
ADDED_TABLES: dict[int, tuple[str, ...]] = {
    3: (
        "deck_headline", "deck_note",
        # strategy & actions (issue 17)
        "pillar", "initiative", "initiative_tows_strategy", "initiative_objective", "initiative_campaign",
        "initiative_budget_line", "initiative_kpi", "initiative_risk", "raci_party", "raci_cell", "checkpoint",
        "checkpoint_kpi",
        # review cycle (issue 18)
        "plan_snapshot",
    ),
}

# Columns each format added, by table: a file claiming an older format must
# have exactly the columns of that format, or it is not what it claims.
ADDED_COLUMNS: dict[int, dict[str, tuple[str, ...]]] = {
    2: {
        "plan": (
            "total_budget",
            "reserve_pct",
            "channel_overlap_days",
            "competitor_x_axis",
            "competitor_y_axis",
            "custom_axis_x_label",
            "custom_axis_y_label",
        ),
        "competitor": ("custom_x_score", "custom_y_score"),
        "playbook": ("product",),
    },
    3: {
        "persona": ("profile",),
        "competitor": ("strategy", "recent_moves"),
        "campaign_phase": ("description",),
        "kpi": ("definition", "data_source"),
    },
}


def check_source(conn: sqlite3.Connection, from_version: int, name: str) -> None:
    """Raise PlanFileError unless every table has the columns of format
    *from_version* (before any copy is made or step is run)."""
    newer_tables = {t for v, names in ADDED_TABLES.items() if v > from_version for t in names}
    present_tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if newer_tables & present_tables:
        raise PlanFileError(MESSAGES("newer_tables", name=name, version=from_version))
    for table in schema.tables():
        if table.name in newer_tables:
            continue
        later = {c for v, added in ADDED_COLUMNS.items() if v > from_version for c in added.get(table.name, ())}
        expected = [c for c in table.column_names if c not in later]
        present = [row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')]
        if present and present != expected:
            raise PlanFileError(MESSAGES("table_mismatch", name=name, table=table.name, version=from_version))


def migration_copy_path(plan_path: Path, version: int) -> Path:
    """Where the untouched original of an upgraded plan is kept."""
    stem = plan_path.name.removesuffix(".stratdeck")
    return plan_path.with_name(f"{stem} (format {version} backup).stratdeck")


def require_path(from_version: int, name: str) -> None:
    """Raise PlanFileError unless every step to the current format exists."""
    missing = [v for v in range(from_version, schema.schema_version()) if v not in MIGRATIONS]
    if missing:
        raise PlanFileError(MESSAGES("cannot_upgrade", name=name, version=from_version))


def migrate(conn: sqlite3.Connection, from_version: int, name: str) -> None:
    """Run every step from *from_version* to the current format in one
    transaction; raise PlanFileError (file unchanged) if any step fails."""
    target = schema.schema_version()
    require_path(from_version, name)
    check_source(conn, from_version, name)
    # Rebuilding a table drops it; with foreign keys on that would cascade.
    # They are off for the steps and checked as a whole before the commit.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        for version in range(from_version, target):
            MIGRATIONS[version](conn)
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValueError(f"{len(broken)} rows would refer to rows that do not exist")
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise PlanFileError(MESSAGES("upgrade_failed", name=name, version=from_version, reason=exc)) from None
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
