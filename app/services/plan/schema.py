"""Runtime view of the plan schema, read from the generated snapshot.

The app never imports the ORM to open a plan (see docs/decisions.md); it uses
the DDL and column descriptions that :mod:`app.models.schema_gen` wrote."""

from __future__ import annotations

import re
from functools import cache

from app.models import schema_snapshot
from app.models.frozen import frozen_model


@frozen_model
class Column:
    """One column: name, value type and constraints the importer checks."""

    name: str
    type: str  # str, date, int, float, bool or bytes
    nullable: bool
    primary_key: bool
    required: bool
    default: object
    references: str | None


@frozen_model
class Table:
    """One plan table with its DDL and columns."""

    name: str
    ddl: str
    columns: tuple[Column, ...]

    @property
    def primary_key(self) -> tuple[str, ...]:
        """Names of the primary-key columns."""
        return tuple(c.name for c in self.columns if c.primary_key)

    @property
    def column_names(self) -> tuple[str, ...]:
        """Names of all columns in declaration order."""
        return tuple(c.name for c in self.columns)

    @property
    def order_by(self) -> str:
        """ORDER BY clause giving the table's stable row order."""
        keys = (["position"] if "position" in self.column_names else []) + list(self.primary_key)
        return ", ".join(f'"{k}"' for k in dict.fromkeys(keys))


def schema_version() -> int:
    """Schema version this build of Stratdeck writes (PRAGMA user_version)."""
    return schema_snapshot.SCHEMA_VERSION


def application_id() -> int:
    """PRAGMA application_id that marks a Stratdeck plan."""
    return schema_snapshot.APPLICATION_ID


@cache
def tables() -> tuple[Table, ...]:
    """All plan tables, parents before children."""
    return tuple(Table(t["name"], t["ddl"], tuple(Column(*c) for c in t["columns"])) for t in schema_snapshot.TABLES)


def table(name: str) -> Table:
    """Return the table called *name* (KeyError if unknown)."""
    for candidate in tables():
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def normalise_sql(sql: str | None) -> str:
    """Collapse whitespace so stored DDL compares with the snapshot; the
    table name may be quoted or not (a table rebuilt by a migration is
    renamed into place, and SQLite then stores its name quoted)."""
    text = " ".join((sql or "").split())
    match = re.match(r'CREATE TABLE "([a-z_]+)" ', text)
    if match:
        text = f"CREATE TABLE {match.group(1)} " + text[match.end() :]
    return text
