"""Problems-panel findings of the Personas & segments canvas (imports only
the rules and the kernel's row reading): value-tier
shares not totalling 100 %, persona shares over 100 %, personas without a
journey (see app.models.personas.rules)."""

from __future__ import annotations

from app.models.findings import Finding
from app.models.personas.rules import check_personas, check_tiers
from app.services.plan.problems import rule_provider
from app.services.plan.rows import query_rows, read_rows
from app.services.plan.storage.plan_file import PlanFile


@rule_provider
def persona_findings(plan: PlanFile) -> list[Finding]:
    """Findings about value tiers, personas and their journeys."""
    # read here, not through the persona service: the panel runs this when a plan opens
    personas = query_rows(plan.conn, "SELECT id, name, customer_share_pct FROM persona ORDER BY position, id")
    return check_tiers(read_rows(plan.conn, "value_tier")) + check_personas(personas, stage_counts(plan))


def stage_counts(plan: PlanFile) -> dict[str, int]:
    """How many stages each persona has filled in (persona id → count)."""
    return dict(plan.conn.execute("SELECT persona_id, COUNT(*) FROM journey_stage GROUP BY persona_id").fetchall())
