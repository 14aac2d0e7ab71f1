"""The SWOT & TOWS canvas's rule provider (see app.models.swot.rules). It
imports only the rules and the kernel's row reading: the Problems panel
runs it when a plan opens, before any SWOT editing code is needed."""

from __future__ import annotations

from app.models.swot.rules import check_swot
from app.services.plan.problems import rule_provider
from app.services.plan.rows import query_rows
from app.services.plan.storage.plan_file import PlanFile


@rule_provider
def swot_findings(plan: PlanFile) -> list:
    """Findings of the SWOT & TOWS canvas (see app.models.swot.rules)."""
    items = query_rows(plan.conn, "SELECT id, quadrant, position, text, weight, evidence FROM swot_item")
    strategies = query_rows(plan.conn, "SELECT id, kind, position, text FROM tows_strategy")
    citations = plan.conn.execute("SELECT strategy_id, swot_item_id FROM tows_citation ORDER BY position").fetchall()
    return check_swot(items, strategies, citations)
