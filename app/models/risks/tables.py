"""Risk register and crisis playbook tables."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field

from app.models.base import Ordered, choice_check, iso_date_check, range_check

RISK_STATUSES = ("open", "monitoring", "mitigated", "closed")


class Risk(Ordered, table=True):
    """A risk in the register; score = likelihood × impact."""

    __tablename__ = "risk"
    __table_args__ = (
        range_check("likelihood", 1, 5, "risk_likelihood"),
        range_check("impact", 1, 5, "risk_impact"),
        choice_check("status", RISK_STATUSES, "risk_status"),
        iso_date_check("review_date", "risk_review_date"),
    )

    category: str = Field(default="")
    title: str = Field(default="")
    description: str = Field(default="")
    likelihood: int = Field(default=3)
    impact: int = Field(default=3)
    owner: str = Field(default="")
    mitigation: str = Field(default="")
    contingency: str = Field(default="")
    status: str = Field(default="open")
    review_date: str | None = None


class SeverityLevel(Ordered, table=True):
    """A crisis severity level with its response-time targets."""

    __tablename__ = "severity_level"
    __table_args__ = (
        range_check("level", 1, 9, "severity_level_range"),
        CheckConstraint("response_minutes IS NULL OR response_minutes > 0", name="severity_response"),
        CheckConstraint("update_interval_hours IS NULL OR update_interval_hours > 0", name="severity_updates"),
    )

    level: int = Field(unique=True)
    name: str = Field(default="")
    response_minutes: int | None = None
    update_interval_hours: float | None = None
    escalate_to: str = Field(default="")
    description: str = Field(default="")


class Playbook(Ordered, table=True):
    """A crisis playbook for one scenario."""

    __tablename__ = "playbook"

    name: str = Field(default="")
    scenario: str = Field(default="")
    severity_level_id: str | None = Field(default=None, foreign_key="severity_level.id", ondelete="SET NULL")
    trigger_text: str = Field(default="")
    trigger_kpi_id: str | None = Field(default=None, foreign_key="kpi.id", ondelete="SET NULL")
    trigger_risk_id: str | None = Field(default=None, foreign_key="risk.id", ondelete="SET NULL")
    spokesperson: str = Field(default="")
    # format 2: the product the {product} placeholder of holding statements names
    product: str = Field(default="")


class EscalationContact(Ordered, table=True):
    """One link of a playbook's escalation chain."""

    __tablename__ = "escalation_contact"

    playbook_id: str = Field(foreign_key="playbook.id", ondelete="CASCADE")
    role: str = Field(default="")
    name: str = Field(default="")
    contact: str = Field(default="")


class PlaybookStep(Ordered, table=True):
    """An ordered response step with owner and time offset in minutes."""

    __tablename__ = "playbook_step"
    __table_args__ = (CheckConstraint("offset_minutes IS NULL OR offset_minutes >= 0", name="step_offset"),)

    playbook_id: str = Field(foreign_key="playbook.id", ondelete="CASCADE")
    action: str = Field(default="")
    owner: str = Field(default="")
    offset_minutes: int | None = None


class HoldingStatement(Ordered, table=True):
    """A holding statement with {brand}/{date}/{product} placeholders."""

    __tablename__ = "holding_statement"

    playbook_id: str = Field(foreign_key="playbook.id", ondelete="CASCADE")
    title: str = Field(default="")
    body: str = Field(default="")
