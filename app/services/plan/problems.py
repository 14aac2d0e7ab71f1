"""The Problems panel's source: every canvas declares its rule providers
(functions that read the plan and return findings) in its canvas
declaration; ``stratdeck check`` prints the same list."""

from __future__ import annotations

from collections.abc import Callable

from app.models.findings import Finding
from app.services.plan.storage.plan_file import PlanFile

RuleProvider = Callable[[PlanFile], list[Finding]]


def rule_provider(func: RuleProvider) -> RuleProvider:
    """Mark *func* as a source of findings (decorator). It is found through
    its canvas declaration's ``rules()`` (app/services/<canvas>/canvas.py),
    not by being imported."""
    return func


def providers() -> list[RuleProvider]:
    """Every canvas's rule providers, in canvas order, then the kernel's
    (limits of the plan file as a whole: text too long for the deck, images
    too large; template prompt text left in any canvas)."""
    from app.services.canvas_list import CANVASES
    from app.services.plan import limits, prompt_findings

    kernel = [limits.fields_too_long_for_the_deck, limits.images_too_large, prompt_findings.prompt_findings]
    return [provider for canvas in CANVASES for provider in canvas.rules()] + kernel


def collect_findings(plan: PlanFile) -> list[Finding]:
    """All findings of every canvas, in canvas order."""
    found: list[Finding] = []
    for provider in providers():
        found.extend(provider(plan))
    return found
