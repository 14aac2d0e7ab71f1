"""The Competitors canvas's rule provider (see app.models.competitors.rules).
It imports only the rules and the kernel's row reading: the Problems panel
runs it when a plan opens, before any competitor editing code is needed."""

from __future__ import annotations

from app.models.competitors import rules
from app.models.findings import Finding
from app.services.plan.problems import rule_provider
from app.services.plan.rows import query_rows, read_rows
from app.services.plan.storage.plan_file import PlanFile

# the plan row's map settings (the axes and their custom labels)
AXIS_FIELDS = ("competitor_x_axis", "competitor_y_axis", "custom_axis_x_label", "custom_axis_y_label")


@rule_provider
def competitor_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Competitors canvas."""
    settings = query_rows(plan.conn, f'SELECT id, {", ".join(AXIS_FIELDS)} FROM "plan"')[0]
    return rules.check_competitors(settings, read_rows(plan.conn, rules.TABLE))
