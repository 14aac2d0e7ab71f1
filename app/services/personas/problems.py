"""Problems-panel findings of the Personas & segments canvas: value-tier
shares not totalling 100 %, persona shares over 100 %, personas without a
journey (see app.models.personas.rules)."""

from __future__ import annotations

from app.models.findings import Finding
from app.models.personas.rules import check_personas, check_tiers
from app.services.personas.journeys import stage_counts
from app.services.personas.service import list_personas
from app.services.plan.problems import rule_provider
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


@rule_provider
def persona_findings(plan: PlanFile) -> list[Finding]:
    """Findings about value tiers, personas and their journeys."""
    personas = list_personas(plan, columns=("id", "name", "customer_share_pct"))
    return check_tiers(read_rows(plan.conn, "value_tier")) + check_personas(personas, stage_counts(plan))
