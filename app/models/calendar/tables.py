"""Calendar tables: channels, campaigns with phases, channels and target
personas, milestones and key dates."""

from __future__ import annotations

from sqlmodel import Field

from app.models.base import (
    Ordered,
    choice_check,
    color_check,
    date_span_checks,
    iso_date_check,
    link_table,
    order_check,
    range_check,
)
from app.models.calendar.choices import CAMPAIGN_STATUSES, KEY_DATE_KINDS, PHASE_KINDS


class Channel(Ordered, table=True):
    """A marketing channel (social, e-commerce, search, offline…) with its
    target share of the budget."""

    __tablename__ = "channel"
    __table_args__ = (
        range_check("target_share_pct", 0, 100, "channel_share"),
        color_check("color", "channel_color"),
    )

    name: str = Field(default="")
    target_share_pct: float | None = None
    color: str | None = None
    note: str = Field(default="")


class Campaign(Ordered, table=True):
    """A campaign with its dates, owner and status."""

    __tablename__ = "campaign"
    __table_args__ = (
        choice_check("status", CAMPAIGN_STATUSES, "campaign_status"),
        *date_span_checks("campaign"),
        color_check("color", "campaign_color"),
    )

    name: str = Field(default="")
    objective: str = Field(default="")
    owner: str = Field(default="")
    status: str = Field(default="idea")
    color: str | None = None
    start_date: str | None = None
    end_date: str | None = None


CampaignChannel = link_table("campaign_channel", campaign_id="campaign", channel_id="channel")  # where it runs
CampaignPersona = link_table("campaign_persona", campaign_id="campaign", persona_id="persona")  # whom it targets


class CampaignPhase(Ordered, table=True):
    """A dated phase of a campaign (warm-up, launch, long tail or custom)."""

    __tablename__ = "campaign_phase"
    __table_args__ = (
        choice_check("kind", PHASE_KINDS, "phase_kind"),
        *date_span_checks("phase"),
    )

    campaign_id: str = Field(foreign_key="campaign.id", ondelete="CASCADE")
    kind: str = Field(default="custom")
    name: str = Field(default="")
    start_date: str | None = None
    end_date: str | None = None
    # format 3: what the phase does (e.g. 预热期话题引爆)
    description: str = Field(default="")


class Milestone(Ordered, table=True):
    """A single dated milestone, optionally tied to a campaign."""

    __tablename__ = "milestone"
    __table_args__ = (iso_date_check("date", "milestone_date"),)

    name: str = Field(default="")
    date: str | None = None
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", ondelete="SET NULL")


class KeyDate(Ordered, table=True):
    """A key date the plan shows: a festival preset or a brand day.

    Public holidays come from the holidays package at run time; rows of kind
    holiday/workday only record the user's choice to show or hide them."""

    __tablename__ = "key_date"
    __table_args__ = (
        choice_check("kind", KEY_DATE_KINDS, "key_date_kind"),
        iso_date_check("date", "key_date_date"),
        iso_date_check("end_date", "key_date_end_date"),
        order_check("date", "end_date", "key_date_order"),
    )

    name: str = Field(default="")
    kind: str = Field(default="brand_day")
    date: str
    end_date: str | None = None
    visible: bool = Field(default=True)
