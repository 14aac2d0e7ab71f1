"""Strategy & actions tables: pillars, initiatives with their links to the
rest of the plan, the responsibility (RACI) matrix and checkpoints.

Links are plain pairs (both sides cascade), so deleting a campaign or a KPI
only unlinks it; deleting a pillar takes its initiatives and their links."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.models.base import Ordered, choice_check, date_span_checks, iso_date_check, link_table
from app.models.initiatives import rules
from app.models.initiatives.rules import (
    CHECKPOINT_RESULTS,
    INITIATIVE_PRIORITIES,
    INITIATIVE_STATUSES,
    PARTY_KINDS,
    RACI_ROLES,
)


class Pillar(Ordered, table=True):
    """A strategy pillar (策略支柱): a name and the intent behind it."""

    __tablename__ = "pillar"

    name: str = Field(default="")
    intent: str = Field(default="")


class Initiative(Ordered, table=True):
    """What the company will do under a pillar: owner, dates or quarter,
    status and priority."""

    __tablename__ = "initiative"
    __table_args__ = (
        choice_check("status", INITIATIVE_STATUSES, "initiative_status"),
        choice_check("priority", INITIATIVE_PRIORITIES, "initiative_priority"),
        *date_span_checks("initiative"),
        CheckConstraint(
            "quarter = '' OR (length(quarter) = 7 AND quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]')",
            name="initiative_quarter",
        ),
    )

    pillar_id: str = Field(foreign_key="pillar.id", ondelete="CASCADE")
    name: str = Field(default="")
    description: str = Field(default="")
    owner: str = Field(default="")
    department: str = Field(default="")
    start_date: str | None = None
    end_date: str | None = None
    quarter: str = Field(default="")  # "2027-Q2" when no dates are given
    status: str = Field(default="planned")
    priority: str = Field(default="medium")


# initiative_<kind> for each kind of link: the TOWS strategies an initiative
# carries, the objectives it serves, the campaigns that execute it, the budget
# lines that fund it (its cost is their sum), the KPIs that measure it and the
# risks that threaten it.
LINK_TABLES: dict[str, type[SQLModel]] = {
    kind: link_table(rules.link_table(kind), initiative_id="initiative", **{rules.link_column(kind): kind})
    for kind in rules.LINK_KINDS
}


class RaciParty(Ordered, table=True):
    """A department, team or outside partner of the responsibility matrix."""

    __tablename__ = "raci_party"
    __table_args__ = (choice_check("kind", PARTY_KINDS, "raci_party_kind"),)

    name: str = Field(default="")
    kind: str = Field(default="internal")
    note: str = Field(default="")


class RaciCell(SQLModel, table=True):
    """One cell of the matrix: a party's role (R, A, C or I) in an initiative."""

    __tablename__ = "raci_cell"
    __table_args__ = (choice_check("role", RACI_ROLES, "raci_role"),)

    initiative_id: str = Field(foreign_key="initiative.id", primary_key=True, ondelete="CASCADE")
    party_id: str = Field(foreign_key="raci_party.id", primary_key=True, ondelete="CASCADE")
    role: str


class Checkpoint(Ordered, table=True):
    """A milestone checkpoint (里程碑监测点): when, what is checked, the
    result and the decision taken."""

    __tablename__ = "checkpoint"
    __table_args__ = (
        choice_check("result", CHECKPOINT_RESULTS, "checkpoint_result"),
        iso_date_check("date", "checkpoint_date"),
    )

    date: str | None = None
    name: str = Field(default="")
    result: str = Field(default="pending")
    decision: str = Field(default="")


class CheckpointKpi(SQLModel, table=True):
    """A KPI threshold that decides a checkpoint."""

    __tablename__ = "checkpoint_kpi"

    checkpoint_id: str = Field(foreign_key="checkpoint.id", primary_key=True, ondelete="CASCADE")
    kpi_id: str = Field(foreign_key="kpi.id", primary_key=True, ondelete="CASCADE")
    threshold: float | None = None
    position: int = Field(default=0)
