"""Risks and Playbooks text in the interface language: findings by rule id
and the fixed words the two editors show (categories, statuses, levels,
offsets). Refused edits are messages by key (app/services/risks/messages.py,
app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the Risks and Playbooks findings."""
    return {
        "risks.no_owner": QCoreApplication.translate("ServiceTextRisks", "Risk '{risk}' has no owner."),
        "risks.high_without_mitigation": QCoreApplication.translate(
            "ServiceTextRisks", "Risk '{risk}' scores {score} ({level}) but has no mitigation."
        ),
        "risks.review_overdue": QCoreApplication.translate(
            "ServiceTextRisks", "The review date of risk '{risk}' ({date}) has passed."
        ),
        "playbooks.no_level": QCoreApplication.translate(
            "ServiceTextRisks", "Playbook '{playbook}' has no severity level."
        ),
        "playbooks.step_no_owner": QCoreApplication.translate(
            "ServiceTextRisks", "Step {step} of playbook '{playbook}' has no owner."
        ),
        "playbooks.late_first_step": QCoreApplication.translate(
            "ServiceTextRisks",
            "The first step of playbook '{playbook}' starts at {offset}, later than its level's response target "
            "of {target} minutes.",
        ),
        "playbooks.step_out_of_order": QCoreApplication.translate(
            "ServiceTextRisks", "Step {step} of playbook '{playbook}' is earlier than the step before it."
        ),
        "playbooks.no_statement": QCoreApplication.translate(
            "ServiceTextRisks", "Playbook '{playbook}' has no holding statement."
        ),
        "playbooks.unknown_placeholder": QCoreApplication.translate(
            "ServiceTextRisks",
            "A holding statement of playbook '{playbook}' uses {placeholder}, which is not a placeholder "
            "({{brand}}, {{date}} or {{product}}).",
        ),
        "playbooks.no_product": QCoreApplication.translate(
            "ServiceTextRisks",
            "A holding statement of playbook '{playbook}' uses {{product}}, but the playbook names no product.",
        ),
    }


def category_labels() -> dict[str, str]:
    """The fixed risk categories: stored key → label in the interface language."""
    return {
        "supply_chain": QCoreApplication.translate("ServiceTextRisks", "Supply chain"),
        "data_security": QCoreApplication.translate("ServiceTextRisks", "Data security"),
        "reputation": QCoreApplication.translate("ServiceTextRisks", "Reputation / public opinion"),
        "product_quality": QCoreApplication.translate("ServiceTextRisks", "Product quality"),
        "credit": QCoreApplication.translate("ServiceTextRisks", "Credit"),
        "concentration": QCoreApplication.translate("ServiceTextRisks", "Concentration"),
        "operations": QCoreApplication.translate("ServiceTextRisks", "Operations"),
        "compliance": QCoreApplication.translate("ServiceTextRisks", "Compliance"),
    }


def status_labels() -> dict[str, str]:
    """Risk statuses → labels."""
    return {
        "open": QCoreApplication.translate("ServiceTextRisks", "Open"),
        "monitoring": QCoreApplication.translate("ServiceTextRisks", "Monitoring"),
        "mitigated": QCoreApplication.translate("ServiceTextRisks", "Mitigated"),
        "closed": QCoreApplication.translate("ServiceTextRisks", "Closed"),
    }


def level_label(level: str) -> str:
    """A score band (low, medium, high, critical) in the interface language."""
    return {
        "low": QCoreApplication.translate("ServiceTextRisks", "low"),
        "medium": QCoreApplication.translate("ServiceTextRisks", "medium"),
        "high": QCoreApplication.translate("ServiceTextRisks", "high"),
        "critical": QCoreApplication.translate("ServiceTextRisks", "critical"),
    }.get(level, level)


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
