"""The SWOT & TOWS canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import swot as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(("SWOT & TOWS", (("swot_item", "SWOT items"), ("tows_strategy", "TOWS strategies"))),),
    tables=("swot_item", "tows_strategy", "tows_citation"),
    key="swot",
    package=package,
    rule_providers=lambda code: [code.problems.swot_findings],
    parts=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
)
