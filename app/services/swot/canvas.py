"""The SWOT & TOWS canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.swot.service import swot_findings

    return [swot_findings]


def _exports():
    from app.services.swot import export

    return [export]


def _deck():
    from app.services.swot import deck_section

    return [deck_section]


def _messages():
    from app.services.swot.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="swot",
    tables=("swot_item", "tows_strategy", "tows_citation"),
    summary=(("SWOT & TOWS", (("swot_item", "SWOT items"), ("tows_strategy", "TOWS strategies"))),),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
