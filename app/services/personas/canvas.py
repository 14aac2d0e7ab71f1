"""The Personas & segments canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import personas as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(
        (
            "Personas & segments",
            (("persona", "personas"), ("value_tier", "value tiers"), ("journey_stage", "journey stages")),
        ),
    ),
    tables=("persona", "value_tier", "journey_stage"),
    key="personas",
    package=package,
    rule_providers=lambda code: [code.problems.persona_findings],
    parts=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
)
