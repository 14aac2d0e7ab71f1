"""The Budget canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.budget.service import budget_findings

    return [budget_findings]


def _exports():
    from app.services.budget import exchange

    return [exchange]


def _deck():
    from app.services.budget import deck_section

    return [deck_section]


def _messages():
    from app.services.budget.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="budget",
    tables=("budget_line", "budget_cell"),
    summary=(
        (
            "Budget & forecast",
            (("channel", "channels"), ("budget_line", "budget lines"), ("forecast_assumption", "forecasts")),
        ),
    ),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
