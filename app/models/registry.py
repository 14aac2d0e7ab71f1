"""The ordered list of plan tables and the file's identity constants.

Importing this module imports SQLModel; the running app does not need it and
uses the generated :mod:`app.models.schema_snapshot` instead."""

from __future__ import annotations

from sqlmodel import SQLModel

from app.models import strategy
from app.models.budget import tables as budget
from app.models.calendar import tables as calendar
from app.models.deck import tables as deck
from app.models.initiatives import tables as initiatives
from app.models.overview import tables as overview
from app.models.review import tables as review
from app.models.risks import tables as risk

# Parents before children, so inserts in this order satisfy foreign keys.
TABLE_MODELS: tuple[type[SQLModel], ...] = (
    overview.Plan,
    overview.Objective,
    strategy.SwotItem,
    strategy.TowsStrategy,
    strategy.TowsCitation,
    strategy.Persona,
    strategy.ValueTier,
    strategy.JourneyStage,
    strategy.Competitor,
    calendar.Channel,
    calendar.Campaign,
    calendar.CampaignChannel,
    calendar.CampaignPersona,
    calendar.CampaignPhase,
    calendar.Milestone,
    calendar.KeyDate,
    budget.BudgetLine,
    budget.BudgetCell,
    budget.ForecastAssumption,
    budget.Kpi,
    risk.Risk,
    risk.SeverityLevel,
    risk.Playbook,
    risk.EscalationContact,
    risk.PlaybookStep,
    risk.HoldingStatement,
    deck.DeckHeadline,
    deck.DeckNote,
    initiatives.Pillar,
    initiatives.Initiative,
    *initiatives.LINK_TABLES.values(),  # initiative_tows_strategy … initiative_risk
    initiatives.RaciParty,
    initiatives.RaciCell,
    initiatives.Checkpoint,
    initiatives.CheckpointKpi,
    review.PlanSnapshot,
)
