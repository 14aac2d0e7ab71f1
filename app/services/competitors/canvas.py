"""The Competitors canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.competitors.service import competitor_findings

    return [competitor_findings]


def _exports():
    from app.services.competitors import export

    return [export]


def _deck():
    from app.services.competitors import deck_section

    return [deck_section]


def _messages():
    from app.services.competitors.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="competitors",
    tables=("competitor",),
    summary=(("Competitors", (("competitor", "competitors"),)),),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
