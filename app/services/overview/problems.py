"""The Overview canvas's findings (Problems panel, ``stratdeck check``)."""

from __future__ import annotations

from app.models.findings import Finding
from app.models.overview.rules import check_overview
from app.services.overview.service import get_overview
from app.services.plan.plan_file import PlanFile
from app.services.plan.rows import read_rows


def overview_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Overview canvas."""
    return check_overview(get_overview(plan), read_rows(plan.conn, "objective"))
