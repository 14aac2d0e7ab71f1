"""The Overview canvas's findings (Problems panel, ``stratdeck check``);
the plan row is read here, not through the overview service, so opening a
plan does not load the editing code to check it."""

from __future__ import annotations

from app.models.findings import Finding
from app.models.overview.rules import check_overview
from app.services.plan.rows import query_rows, read_rows
from app.services.plan.storage.plan_file import PlanFile


def overview_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Overview canvas."""
    return check_overview(query_rows(plan.conn, 'SELECT * FROM "plan"')[0], read_rows(plan.conn, "objective"))
