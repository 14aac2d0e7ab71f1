"""The Risks & crisis playbooks canvas's messages by key (see
app/services/plan/messages.py): refused risk, severity-level, playbook,
contact, step and statement edits, and the one-page playbook warnings. The
field labels are terms. The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

RISK_LABELS = {
    "category": "Category",
    "title": "Risk title",
    "description": "Description",
    "likelihood": "Likelihood",
    "impact": "Impact",
    "owner": "Risk owner",
    "mitigation": "Mitigation",
    "contingency": "Contingency",
    "status": "Status",
    "review_date": "Review date",
}
LEVEL_FIELDS = {
    "level": "Level",
    "name": "Level name",
    "response_minutes": "Response target (minutes)",
    "update_interval_hours": "Update interval (hours)",
    "escalate_to": "Escalate to",
    "description": "Level description",
}
PLAYBOOK_FIELDS = {
    "name": "Playbook name",
    "scenario": "Scenario",
    "severity_level_id": "Severity level",
    "trigger_text": "Trigger",
    "trigger_kpi_id": "Trigger KPI",
    "trigger_risk_id": "Trigger risk",
    "spokesperson": "Spokesperson",
    "product": "Product",
}
CHILD_FIELDS = {
    "escalation_contact": {"role": "Role", "name": "Name", "contact": "Contact"},
    "playbook_step": {"action": "Action", "owner": "Step owner", "offset_minutes": "Time offset (minutes)"},
    "holding_statement": {"title": "Statement title", "body": "Statement text"},
}

MESSAGES = catalogue(
    "risks",
    {
        "text_expected": "{label}: text expected.",
        "too_long": "{label}: at most {limit} characters ({length} given).",
        "whole_number": "{label} must be a whole number from {low} to {high}.",
        "positive_number": "{label} must be a number above 0 and at most {high}.",
        "bad_date": "{label} must be a date (YYYY-MM-DD), not '{value}'.",
        "unknown_risk_field": "Unknown risk field '{field}'.",
        "unknown_severity_level_field": "Unknown severity level field '{field}'.",
        "unknown_playbook_field": "Unknown playbook field '{field}'.",
        "unknown_contact_field": "Unknown contact field '{field}'.",
        "unknown_step_field": "Unknown step field '{field}'.",
        "unknown_statement_field": "Unknown statement field '{field}'.",
        "bad_status": "Status must be one of open, monitoring, mitigated, closed.",
        "risk_gone": "That risk no longer exists.",
        "severity_level_gone": "That severity level no longer exists.",
        "playbook_gone": "That playbook no longer exists.",
        "contact_gone": "That contact no longer exists.",
        "step_gone": "That step no longer exists.",
        "statement_gone": "That statement no longer exists.",
        "chosen_severity_level_gone": "The chosen severity level no longer exists.",
        "chosen_kpi_gone": "The chosen KPI no longer exists.",
        "chosen_risk_gone": "The chosen risk no longer exists.",
        "level_exists": "Severity level {level} already exists.",
        "all_levels_exist": "All nine severity levels exist already.",
        "levels_exist": "The plan already has severity levels; the standard ones are only added to a plan without any.",
        "playbook_overflows": "Playbook '{name}' does not fit one page at {points} pt; "
        "it continues over {pages} pages.",
    },
    terms=tuple(
        dict.fromkeys(
            [
                *RISK_LABELS.values(),
                *LEVEL_FIELDS.values(),
                *PLAYBOOK_FIELDS.values(),
                *(label for fields in CHILD_FIELDS.values() for label in fields.values()),
            ]
        )
    ),
)
