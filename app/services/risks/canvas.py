"""The Risks & crisis playbooks canvas, as every registry below the views sees it
(see app/services/plan/canvas.py)."""

from __future__ import annotations

from app.services.plan.canvas import Canvas


def _rules():
    from app.services.risks.playbooks import playbook_findings
    from app.services.risks.service import risk_findings

    return [risk_findings, playbook_findings]


def _exports():
    from app.services.risks import playbook_pdf, service

    return [service, playbook_pdf]


def _deck():
    from app.services.risks import deck_section

    return [deck_section]


def _messages():
    from app.services.risks.messages import MESSAGES

    return [MESSAGES]


CANVAS = Canvas(
    key="risks",
    tables=("risk", "severity_level", "playbook", "escalation_contact", "playbook_step", "holding_statement"),
    summary=(
        ("Risks & crisis", (("risk", "risks"), ("severity_level", "severity levels"), ("playbook", "playbooks"))),
    ),
    rules=_rules,
    exports=_exports,
    deck=_deck,
    messages=_messages,
)
