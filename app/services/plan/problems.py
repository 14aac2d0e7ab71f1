"""The Problems panel's source: every canvas registers a rule provider that
reads the plan and returns findings. ``stratdeck check`` prints the same list."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from app.models.findings import Finding
from app.models.overview.rules import check_overview
from app.services.plan.plan_file import PlanFile
from app.services.plan.rows import read_rows

RuleProvider = Callable[[PlanFile], list[Finding]]
PROVIDERS: list[RuleProvider] = []
# Modules whose @rule_provider functions register on import, in canvas
# order; each canvas adds its own line.
PROVIDER_MODULES: list[str] = [
    "app.services.swot.service",
    "app.services.personas.problems",
    "app.services.competitors.service",
    "app.services.initiatives.problems",
    "app.services.calendar.rules_service",
    "app.services.budget.service",
    "app.services.forecast.service",
    "app.services.forecast.kpis",
    "app.services.risks.service",
    "app.services.risks.playbooks",
]


def rule_provider(func: RuleProvider) -> RuleProvider:
    """Register *func* as a source of findings (decorator)."""
    PROVIDERS.append(func)
    return func


@rule_provider
def overview_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Overview canvas."""
    from app.services.overview.service import get_overview

    return check_overview(get_overview(plan), read_rows(plan.conn, "objective"))


def collect_findings(plan: PlanFile) -> list[Finding]:
    """All findings of every registered canvas, in canvas order."""
    for module in PROVIDER_MODULES:
        importlib.import_module(module)
    found: list[Finding] = []
    for provider in PROVIDERS:
        found.extend(provider(plan))
    return found
