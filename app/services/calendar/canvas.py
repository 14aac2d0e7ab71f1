"""The Campaign calendar canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.calendar.rules_service import calendar_findings

    return [calendar_findings]


def _exports():
    from app.services.calendar import export

    return [export]


def _deck():
    from app.services.calendar import deck_section

    return [deck_section]


def _messages():
    from app.services.calendar.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="calendar",
    tables=("channel", "campaign", "campaign_channel", "campaign_persona", "campaign_phase", "milestone", "key_date"),
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
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
