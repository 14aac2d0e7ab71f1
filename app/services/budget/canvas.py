"""The Budget canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import budget as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(
        (
            "Budget & forecast",
            (("channel", "channels"), ("budget_line", "budget lines"), ("forecast_assumption", "forecasts")),
        ),
    ),
    tables=("budget_line", "budget_cell"),
    key="budget",
    package=package,
    rule_providers=lambda code: [code.problems.budget_findings],
    parts=lambda code: CanvasCode([code.exchange], [code.deck_section], [code.messages.MESSAGES]),
)
