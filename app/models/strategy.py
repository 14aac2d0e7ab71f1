"""Strategy tables: SWOT items, TOWS strategies and their citations,
personas, value tiers, journey stages and competitors."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field

from app.models.base import Ordered, choice_check, link_table, range_check

QUADRANTS = ("S", "W", "O", "T")
TOWS_KINDS = ("SO", "ST", "WO", "WT")
JOURNEY_STAGES = ("awareness", "consideration", "purchase", "use", "loyalty", "advocacy")


class SwotItem(Ordered, table=True):
    """A weighted SWOT item with its evidence."""

    __tablename__ = "swot_item"
    __table_args__ = (
        choice_check("quadrant", QUADRANTS, "swot_quadrant"),
        range_check("weight", 1, 5, "swot_weight"),
    )

    quadrant: str
    text: str = Field(default="")
    weight: int = Field(default=3)
    evidence: str = Field(default="")


class TowsStrategy(Ordered, table=True):
    """A TOWS strategy of kind SO, ST, WO or WT."""

    __tablename__ = "tows_strategy"
    __table_args__ = (choice_check("kind", TOWS_KINDS, "tows_kind"),)

    kind: str
    text: str = Field(default="")
    rationale: str = Field(default="")


TowsCitation = link_table("tows_citation", strategy_id="tows_strategy", swot_item_id="swot_item")  # the items it cites


class Persona(Ordered, table=True):
    """A persona card."""

    __tablename__ = "persona"
    __table_args__ = (
        range_check("customer_share_pct", 0, 100, "persona_share"),
        CheckConstraint("photo IS NULL OR photo_mime IN ('image/png', 'image/jpeg')", name="persona_photo_mime"),
    )

    name: str = Field(default="")
    role: str = Field(default="")
    age_band: str = Field(default="")
    city_tier: str = Field(default="")
    income_band: str = Field(default="")
    customer_share_pct: float | None = None
    goals: str = Field(default="")
    pain_points: str = Field(default="")
    behaviours: str = Field(default="")
    preferred_channels: str = Field(default="")
    buying_triggers: str = Field(default="")
    quote: str = Field(default="")
    photo: bytes | None = None
    photo_mime: str | None = None
    # format 3: a free-text profile (who they are, in the planner's words)
    profile: str = Field(default="")


class ValueTier(Ordered, table=True):
    """A customer value tier (diamond / core / potential / basic)."""

    __tablename__ = "value_tier"
    __table_args__ = (
        range_check("customer_share_pct", 0, 100, "tier_customer_share"),
        range_check("revenue_share_pct", 0, 100, "tier_revenue_share"),
    )

    name: str = Field(default="")
    customer_share_pct: float = Field(default=0.0)
    revenue_share_pct: float | None = None
    service_level: str = Field(default="")
    response_time: str = Field(default="")


class JourneyStage(Ordered, table=True):
    """One stage of a persona's customer journey."""

    __tablename__ = "journey_stage"
    __table_args__ = (
        choice_check("stage", JOURNEY_STAGES, "journey_stage_kind"),
        UniqueConstraint("persona_id", "stage", name="journey_stage_once"),
    )

    persona_id: str = Field(foreign_key="persona.id", ondelete="CASCADE")
    stage: str
    touchpoints: str = Field(default="")
    channels: str = Field(default="")
    tactic: str = Field(default="")


class Competitor(Ordered, table=True):
    """A competitor (or our own brand, for the positioning map)."""

    __tablename__ = "competitor"
    __table_args__ = (
        range_check("market_share_pct", 0, 100, "competitor_share"),
        range_check("price_score", 0, 10, "competitor_price"),
        range_check("quality_score", 0, 10, "competitor_quality"),
        range_check("innovation_score", 0, 10, "competitor_innovation"),
        range_check("reach_score", 0, 10, "competitor_reach"),
        range_check("custom_x_score", 0, 10, "competitor_custom_x"),
        range_check("custom_y_score", 0, 10, "competitor_custom_y"),
    )

    name: str = Field(default="")
    is_own_brand: bool = Field(default=False)
    positioning: str = Field(default="")
    price_level: str = Field(default="")
    main_channels: str = Field(default="")
    strengths: str = Field(default="")
    weaknesses: str = Field(default="")
    market_share_pct: float | None = None
    price_score: float | None = None
    quality_score: float | None = None
    innovation_score: float | None = None
    reach_score: float | None = None
    # format 2: scores on the plan's custom map axes (plan.custom_axis_*_label)
    custom_x_score: float | None = None
    custom_y_score: float | None = None
    # format 3: what they are doing (their strategy) and what they did lately
    strategy: str = Field(default="")
    recent_moves: str = Field(default="")
