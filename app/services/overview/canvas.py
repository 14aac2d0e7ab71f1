"""The Overview canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.overview.problems import overview_findings

    return [overview_findings]


def _exports():
    from app.services.overview import export

    return [export]


def _deck():
    from app.services.overview import deck_section

    return [deck_section]


def _messages():
    from app.services.overview.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="overview",
    tables=("plan", "objective"),
    summary=(("Overview", (("objective", "objectives"),)),),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
