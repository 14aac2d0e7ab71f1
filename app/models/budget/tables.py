"""Budget and forecast tables: budget lines with monthly cells, forecast
assumptions per channel, and KPIs."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.models.base import Ordered, choice_check, range_check

KPI_DIRECTIONS = ("higher", "lower")
KPI_CADENCES = ("daily", "weekly", "monthly", "quarterly", "campaign")


class BudgetLine(Ordered, table=True):
    """A budget line: channel × sub-channel, optionally for a campaign."""

    __tablename__ = "budget_line"

    channel_id: str = Field(foreign_key="channel.id", ondelete="RESTRICT")
    sub_channel: str = Field(default="")
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", ondelete="SET NULL")
    owner: str = Field(default="")
    note: str = Field(default="")


class BudgetCell(SQLModel, table=True):
    """Planned and actual spend of one budget line in one month (YYYY-MM)."""

    __tablename__ = "budget_cell"
    __table_args__ = (
        CheckConstraint(
            "month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'",
            name="cell_month",
        ),
        CheckConstraint("planned IS NULL OR planned >= 0", name="cell_planned"),
        CheckConstraint("actual IS NULL OR actual >= 0", name="cell_actual"),
    )

    budget_line_id: str = Field(foreign_key="budget_line.id", primary_key=True, ondelete="CASCADE")
    month: str = Field(primary_key=True)
    planned: float | None = None
    actual: float | None = None


class ForecastAssumption(Ordered, table=True):
    """Forecast inputs for one channel (spend comes from the budget unless
    overridden here)."""

    __tablename__ = "forecast_assumption"
    __table_args__ = (
        CheckConstraint("spend_override IS NULL OR spend_override >= 0", name="forecast_spend"),
        CheckConstraint("cac IS NULL OR cac > 0", name="forecast_cac"),
        range_check("conversion_rate_pct", 0, 100, "forecast_conversion"),
        CheckConstraint("avg_order_value IS NULL OR avg_order_value >= 0", name="forecast_aov"),
        range_check("gross_margin_pct", -100, 100, "forecast_margin"),
        CheckConstraint("repeat_purchases IS NULL OR repeat_purchases >= 0", name="forecast_repeat"),
    )

    channel_id: str = Field(foreign_key="channel.id", unique=True, ondelete="CASCADE")
    spend_override: float | None = None
    cac: float | None = None
    conversion_rate_pct: float | None = None
    avg_order_value: float | None = None
    gross_margin_pct: float | None = None
    repeat_purchases: float | None = None


class Kpi(Ordered, table=True):
    """A KPI with baseline, target, actual and alert threshold."""

    __tablename__ = "kpi"
    __table_args__ = (
        choice_check("direction", KPI_DIRECTIONS, "kpi_direction"),
        choice_check("cadence", KPI_CADENCES, "kpi_cadence"),
        range_check("alert_threshold_pct", 0, 1000, "kpi_threshold"),
    )

    name: str = Field(default="")
    unit: str = Field(default="")
    baseline: float | None = None
    target: float | None = None
    actual: float | None = None
    direction: str = Field(default="higher")
    alert_threshold_pct: float | None = None
    owner: str = Field(default="")
    cadence: str = Field(default="monthly")
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", ondelete="SET NULL")
    # format 3: how the KPI is computed and where its figures come from
    definition: str = Field(default="")
    data_source: str = Field(default="")
