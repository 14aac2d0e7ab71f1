"""The Strategy & actions canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.initiatives.problems import initiative_findings

    return [initiative_findings]


def _exports():
    from app.services.initiatives import export

    return [export]


def _deck():
    from app.services.initiatives import deck_section

    return [deck_section]


def _messages():
    from app.services.initiatives.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="initiatives",
    tables=(
        "pillar", "initiative", "initiative_tows_strategy", "initiative_objective", "initiative_campaign",
        "initiative_budget_line", "initiative_kpi", "initiative_risk", "raci_party", "raci_cell", "checkpoint",
        "checkpoint_kpi",
    ),  # fmt: skip
    summary=(
        (
            "Strategy & actions",
            (
                ("pillar", "pillars"),
                ("initiative", "initiatives"),
                ("raci_party", "teams and partners"),
                ("checkpoint", "checkpoints"),
            ),
        ),
    ),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
