"""The Campaign calendar canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import calendar as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(
        (
            "Campaign calendar",
            (
                ("campaign", "campaigns"),
                ("campaign_phase", "phases"),
                ("milestone", "milestones"),
                ("key_date", "key dates"),
            ),
        ),
    ),
    tables=("channel", "campaign", "campaign_channel", "campaign_persona", "campaign_phase", "milestone", "key_date"),
    key="calendar",
    package=package,
    rule_providers=lambda code: [code.rules_service.calendar_findings],
    parts=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
)
