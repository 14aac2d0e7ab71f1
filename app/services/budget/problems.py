"""The Budget canvas's rule provider (see app.models.budget.rules), over
the cached grid: it imports only the rules and the grid cache, so opening a
plan does not load the budget's editing code to check it."""

from __future__ import annotations

from app.models.budget.rules import check_budget
from app.models.findings import Finding
from app.services.budget.cache import cached
from app.services.plan.problems import rule_provider
from app.services.plan.storage.plan_file import PlanFile


@rule_provider
def budget_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Budget canvas."""
    entry = cached(plan)
    if entry[2] is None:
        entry[2] = check_budget(entry[1])
    return list(entry[2])
