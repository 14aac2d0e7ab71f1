"""The Overview canvas's findings (Problems panel, ``stratdeck check``)."""

from __future__ import annotations

from app.models.findings import Finding
from app.models.overview.rules import check_overview
from app.services.overview.service import get_overview
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


def overview_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Overview canvas."""
    return check_overview(get_overview(plan), read_rows(plan.conn, "objective"))
