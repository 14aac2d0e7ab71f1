"""The Risks & crisis playbooks canvas as the registries below the views see it (app/services/plan/canvas.py)."""

from app.services import risks as package
from app.services.plan.canvas import Canvas, CanvasCode

CANVAS = Canvas(
    summary=(
        ("Risks & crisis", (("risk", "risks"), ("severity_level", "severity levels"), ("playbook", "playbooks"))),
    ),
    tables=("risk", "severity_level", "playbook", "escalation_contact", "playbook_step", "holding_statement"),
    key="risks",
    package=package,
    rule_providers=lambda code: [code.problems.risk_findings, code.problems.playbook_findings],
    parts=lambda code: CanvasCode([code.export, code.playbook_pdf], [code.deck_section], [code.messages.MESSAGES]),
)
