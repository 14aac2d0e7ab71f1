"""The Competitors canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import competitors as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(("Competitors", (("competitor", "competitors"),)),),
    tables=("competitor",),
    key="competitors",
    package=package,
    rule_providers=lambda code: [code.problems.competitor_findings],
    parts=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
)
