"""The Overview canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import overview as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(("Overview", (("objective", "objectives"),)),),
    tables=("plan", "objective"),
    key="overview",
    package=package,
    rule_providers=lambda code: [code.problems.overview_findings],
    parts=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
)
