"""Shared column helpers for the plan schema.

Every plan table has a stable UUID text id; ordered tables carry an explicit
``position``. Dates are ISO ``YYYY-MM-DD`` text guarded by CHECK constraints so
a file edited by hand cannot smuggle in ``2026-13-40``.
"""

from __future__ import annotations

import sys
import uuid

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel


def new_id() -> str:
    """Return a fresh UUID4 string for a new row."""
    return str(uuid.uuid4())


class Ordered(SQLModel):
    """Columns shared by every ordered table: UUID id and position."""

    id: str = Field(default_factory=new_id, primary_key=True)
    position: int = Field(default=0)


def link_table(table: str, **keys: str) -> type[SQLModel]:
    """Declare the pair table *table* (``campaign_channel`` → class
    ``CampaignChannel``): each keyword is a key column naming the table it
    points at (``channel_id="channel"``), both sides cascade, and ``position``
    orders the links. A table that carries more than a position is declared
    as a class."""
    columns = {
        column: Field(foreign_key=f"{target}.id", primary_key=True, ondelete="CASCADE")
        for column, target in keys.items()
    }
    namespace = {
        "__module__": sys._getframe(1).f_globals["__name__"],  # the declaring module, as namedtuple does
        "__doc__": f"Links rows of {' to rows of '.join(keys.values())}.",
        "__tablename__": table,
        "__annotations__": {**dict.fromkeys(keys, str), "position": int},
        **columns,
        "position": Field(default=0),
    }
    class_name = "".join(word.title() for word in table.split("_"))
    return type(SQLModel)(class_name, (SQLModel,), namespace, table=True)


def iso_date_check(column: str, name: str) -> CheckConstraint:
    """CHECK that *column* is NULL or a valid ISO date (YYYY-MM-DD).

    ``date(x) = x`` would let anything through: date() of garbage is NULL,
    and a NULL CHECK passes; nor does date() alone reject 2026-02-30. The
    '+0 days' modifier normalises the date and IS compares NULL as false."""
    return CheckConstraint(f"{column} IS NULL OR date({column}, '+0 days') IS {column}", name=name)


def range_check(column: str, low: float, high: float, name: str) -> CheckConstraint:
    """CHECK that *column* is NULL or within [low, high]."""
    return CheckConstraint(f"{column} IS NULL OR ({column} >= {low} AND {column} <= {high})", name=name)


def choice_check(column: str, choices: tuple[str, ...], name: str) -> CheckConstraint:
    """CHECK that *column* is one of *choices* (NULL is refused)."""
    listed = ", ".join(f"'{c}'" for c in choices)
    return CheckConstraint(f"{column} IN ({listed})", name=name)


def order_check(first: str, second: str, name: str) -> CheckConstraint:
    """CHECK that date *second* is not before date *first* when both are set."""
    return CheckConstraint(f"{first} IS NULL OR {second} IS NULL OR {second} >= {first}", name=name)


def date_span_checks(prefix: str) -> tuple[CheckConstraint, CheckConstraint, CheckConstraint]:
    """CHECKs of a ``start_date``/``end_date`` pair: both ISO dates, the end
    not before the start (constraints ``<prefix>_start_date``,
    ``<prefix>_end_date`` and ``<prefix>_date_order``)."""
    return (
        iso_date_check("start_date", f"{prefix}_start_date"),
        iso_date_check("end_date", f"{prefix}_end_date"),
        order_check("start_date", "end_date", f"{prefix}_date_order"),
    )


COLOR_CHECK = "GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'"


def color_check(column: str, name: str) -> CheckConstraint:
    """CHECK that *column* is NULL or a #RRGGBB colour."""
    return CheckConstraint(f"{column} IS NULL OR (length({column}) = 7 AND {column} {COLOR_CHECK})", name=name)
