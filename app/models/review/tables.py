"""The snapshot table (plan format 3): frozen copies of the plan's rows.

A snapshot holds the plan's rows as the canonical JSON of the exchange
format (every table except the snapshots themselves), compressed with zlib.
Its id is shared between copies of a plan: File › Send a Copy records the
same snapshot in both files, so a later merge finds a common base."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.models.base import choice_check, new_id

SNAPSHOT_KINDS = ("manual", "review", "shared-copy")


class PlanSnapshot(SQLModel, table=True):
    """One snapshot: name, note, when and why it was taken, and the rows."""

    __tablename__ = "plan_snapshot"
    __table_args__ = (
        choice_check("kind", SNAPSHOT_KINDS, "plan_snapshot_kind"),
        CheckConstraint("length(name) BETWEEN 1 AND 200", name="plan_snapshot_name"),
        CheckConstraint("content_format >= 1", name="plan_snapshot_format"),
    )

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    note: str = Field(default="")
    kind: str = Field(default="manual")
    taken_at: str = Field(default="")
    content_format: int = Field(default=3)  # plan format of the rows inside
    content_sha256: str = Field(default="")  # of the uncompressed canonical JSON
    content: bytes  # zlib-compressed canonical JSON of the plan's rows
