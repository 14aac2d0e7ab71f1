"""The Personas & segments canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.personas.problems import persona_findings

    return [persona_findings]


def _exports():
    from app.services.personas import export

    return [export]


def _deck():
    from app.services.personas import deck_section

    return [deck_section]


def _messages():
    from app.services.personas.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="personas",
    tables=("persona", "value_tier", "journey_stage"),
    summary=(
        (
            "Personas & segments",
            (("persona", "personas"), ("value_tier", "value tiers"), ("journey_stage", "journey stages")),
        ),
    ),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
