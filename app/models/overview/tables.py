"""Overview tables: the plan itself (a single row) and its objectives."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.models.base import Ordered, choice_check, color_check, iso_date_check, order_check, range_check

LANGUAGES = ("zh", "en")
# Axes the competitor positioning map can use; custom_x/custom_y are the
# plan's own pair, named by custom_axis_x_label/custom_axis_y_label.
MAP_AXES = ("price", "quality", "innovation", "reach", "custom_x", "custom_y")


class Plan(SQLModel, table=True):
    """The plan's overview; exactly one row per file."""

    __tablename__ = "plan"
    __table_args__ = (
        iso_date_check("period_start", "plan_start_date"),
        iso_date_check("period_end", "plan_end_date"),
        order_check("period_start", "period_end", "plan_period_order"),
        choice_check("language", LANGUAGES, "plan_language"),
        color_check("brand_color", "plan_brand_color"),
        CheckConstraint("length(currency) = 3", name="plan_currency"),
        CheckConstraint("logo IS NULL OR logo_mime IN ('image/png', 'image/jpeg')", name="plan_logo_mime"),
        range_check("reserve_min_pct", 0, 100, "plan_reserve_min"),
        range_check("reserve_max_pct", 0, 100, "plan_reserve_max"),
        range_check("variance_threshold_pct", 0, 1000, "plan_variance_threshold"),
        range_check("total_budget", 0, 1e15, "plan_total_budget"),
        range_check("reserve_pct", 0, 100, "plan_reserve_pct"),
        range_check("channel_overlap_days", 0, 3660, "plan_channel_overlap"),
        choice_check("competitor_x_axis", MAP_AXES, "plan_map_x_axis"),
        choice_check("competitor_y_axis", MAP_AXES, "plan_map_y_axis"),
    )

    id: str = Field(primary_key=True)
    title: str = Field(default="")
    brand: str = Field(default="")
    period_start: str | None = None
    period_end: str | None = None
    currency: str = Field(default="CNY")
    owner: str = Field(default="")
    language: str = Field(default="zh")
    market_context: str = Field(default="")
    brand_color: str | None = None
    logo: bytes | None = None
    logo_mime: str | None = None
    confidentiality: str = Field(default="")
    reserve_min_pct: float = Field(default=10.0)
    reserve_max_pct: float = Field(default=15.0)
    variance_threshold_pct: float = Field(default=15.0)
    # format 2: the budget envelope and its reserve pool (share of the total)
    total_budget: float | None = None
    reserve_pct: float | None = None
    # format 2: days two campaigns on one channel may overlap before it is flagged
    channel_overlap_days: int = Field(default=7)
    # format 2: the competitor positioning map's axes
    competitor_x_axis: str = Field(default="price")
    competitor_y_axis: str = Field(default="quality")
    custom_axis_x_label: str = Field(default="")
    custom_axis_y_label: str = Field(default="")
    created_at: str = Field(default="")
    modified_at: str = Field(default="")


class Objective(Ordered, table=True):
    """One plan objective, e.g. "双11 GMV 1.2 亿"."""

    __tablename__ = "objective"

    text: str = Field(default="")
    metric: str = Field(default="")
    target: str = Field(default="")
