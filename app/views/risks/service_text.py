"""Risks and Playbooks text in the interface language: findings by rule id
and the fixed words the two editors show (categories, statuses, levels,
offsets). Refused edits are messages by key (app/services/risks/messages.py,
app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views.common.label_table import LabelTable

# {rule id: template} of the Risks and Playbooks findings
FINDINGS = LabelTable("ServiceTextRisks", {
    "risks.no_owner": QT_TRANSLATE_NOOP("ServiceTextRisks", "Risk '{risk}' has no owner."),
    "risks.high_without_mitigation": QT_TRANSLATE_NOOP(
        "ServiceTextRisks", "Risk '{risk}' scores {score} ({level}) but has no mitigation."
    ),
    "risks.review_overdue": QT_TRANSLATE_NOOP(
        "ServiceTextRisks", "The review date of risk '{risk}' ({date}) has passed."
    ),
    "playbooks.no_level": QT_TRANSLATE_NOOP(
        "ServiceTextRisks", "Playbook '{playbook}' has no severity level."
    ),
    "playbooks.step_no_owner": QT_TRANSLATE_NOOP(
        "ServiceTextRisks", "Step {step} of playbook '{playbook}' has no owner."
    ),
    "playbooks.late_first_step": QT_TRANSLATE_NOOP(
        "ServiceTextRisks",
        "The first step of playbook '{playbook}' starts at {offset}, later than its level's response target "
        "of {target} minutes.",
    ),
    "playbooks.step_out_of_order": QT_TRANSLATE_NOOP(
        "ServiceTextRisks", "Step {step} of playbook '{playbook}' is earlier than the step before it."
    ),
    "playbooks.no_statement": QT_TRANSLATE_NOOP(
        "ServiceTextRisks", "Playbook '{playbook}' has no holding statement."
    ),
    "playbooks.unknown_placeholder": QT_TRANSLATE_NOOP(
        "ServiceTextRisks",
        "A holding statement of playbook '{playbook}' uses {placeholder}, which is not a placeholder "
        "({{brand}}, {{date}} or {{product}}).",
    ),
    "playbooks.no_product": QT_TRANSLATE_NOOP(
        "ServiceTextRisks",
        "A holding statement of playbook '{playbook}' uses {{product}}, but the playbook names no product.",
    ),
})

# The fixed risk categories: stored key → label.
CATEGORIES = LabelTable("ServiceTextRisks", {
    "supply_chain": QT_TRANSLATE_NOOP("ServiceTextRisks", "Supply chain"),
    "data_security": QT_TRANSLATE_NOOP("ServiceTextRisks", "Data security"),
    "reputation": QT_TRANSLATE_NOOP("ServiceTextRisks", "Reputation / public opinion"),
    "product_quality": QT_TRANSLATE_NOOP("ServiceTextRisks", "Product quality"),
    "credit": QT_TRANSLATE_NOOP("ServiceTextRisks", "Credit"),
    "concentration": QT_TRANSLATE_NOOP("ServiceTextRisks", "Concentration"),
    "operations": QT_TRANSLATE_NOOP("ServiceTextRisks", "Operations"),
    "compliance": QT_TRANSLATE_NOOP("ServiceTextRisks", "Compliance"),
})

# Risk statuses → labels.
STATUSES = LabelTable("ServiceTextRisks", {
    "open": QT_TRANSLATE_NOOP("ServiceTextRisks", "Open"),
    "monitoring": QT_TRANSLATE_NOOP("ServiceTextRisks", "Monitoring"),
    "mitigated": QT_TRANSLATE_NOOP("ServiceTextRisks", "Mitigated"),
    "closed": QT_TRANSLATE_NOOP("ServiceTextRisks", "Closed"),
})

# The score bands (low, medium, high, critical).
LEVELS = LabelTable("ServiceTextRisks", {
    "low": QT_TRANSLATE_NOOP("ServiceTextRisks", "low"),
    "medium": QT_TRANSLATE_NOOP("ServiceTextRisks", "medium"),
    "high": QT_TRANSLATE_NOOP("ServiceTextRisks", "high"),
    "critical": QT_TRANSLATE_NOOP("ServiceTextRisks", "critical"),
})


def offset_label(minutes: int | None) -> str:
    """A step offset: T+0, T+15 min, T+1 h, T+1 h 30 min; T+? when not set."""
    if minutes is None:
        return "T+?"
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return QCoreApplication.translate("ServiceTextRisks", "T+{hours} h {minutes} min").format(
            hours=hours, minutes=rest
        )
    if hours:
        return QCoreApplication.translate("ServiceTextRisks", "T+{hours} h").format(hours=hours)
    if rest:
        return QCoreApplication.translate("ServiceTextRisks", "T+{minutes} min").format(minutes=rest)
    return "T+0"
