"""Strategy & actions text in the interface language: findings by rule id
and the fixed words the editor shows (statuses, priorities, results, party
kinds). Refusals are messages by key, translated from build/translations
(context "Messages") like every canvas's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the canvas's findings."""
    return {
        "initiatives.pillar_empty": QCoreApplication.translate(
            "ServiceTextInitiatives", "Pillar '{pillar}' has no initiative."
        ),
        "initiatives.no_owner": QCoreApplication.translate(
            "ServiceTextInitiatives", "Initiative '{initiative}' has no owner."
        ),
        "initiatives.no_kpi": QCoreApplication.translate(
            "ServiceTextInitiatives", "Initiative '{initiative}' has no KPI that measures it."
        ),
        "initiatives.no_accountable": QCoreApplication.translate(
            "ServiceTextInitiatives", "Initiative '{initiative}' has no accountable (A) party."
        ),
        "initiatives.many_accountable": QCoreApplication.translate(
            "ServiceTextInitiatives",
            "Initiative '{initiative}' has {count} accountable (A) parties; it should have one.",
        ),
        "initiatives.strategy_uncarried": QCoreApplication.translate(
            "ServiceTextInitiatives", "No initiative carries the {kind} strategy '{strategy}'."
        ),
        "initiatives.checkpoint_overdue": QCoreApplication.translate(
            "ServiceTextInitiatives", "Checkpoint '{checkpoint}' was due on {date} and is still pending."
        ),
        "initiatives.campaign_outside": QCoreApplication.translate(
            "ServiceTextInitiatives",
            "Campaign '{campaign}' runs outside the dates of initiative '{initiative}' ({start} – {end}).",
        ),
    }



def status_labels() -> dict[str, str]:
    """Initiative statuses: stored value → label."""
    return {
        "planned": QCoreApplication.translate("ServiceTextInitiatives", "Planned"),
        "in_progress": QCoreApplication.translate("ServiceTextInitiatives", "In progress"),
        "done": QCoreApplication.translate("ServiceTextInitiatives", "Done"),
        "on_hold": QCoreApplication.translate("ServiceTextInitiatives", "On hold"),
        "cancelled": QCoreApplication.translate("ServiceTextInitiatives", "Cancelled"),
    }


def priority_labels() -> dict[str, str]:
    """Initiative priorities: stored value → label."""
    return {
        "high": QCoreApplication.translate("ServiceTextInitiatives", "High"),
        "medium": QCoreApplication.translate("ServiceTextInitiatives", "Medium"),
        "low": QCoreApplication.translate("ServiceTextInitiatives", "Low"),
    }


def result_labels() -> dict[str, str]:
    """Checkpoint results: stored value → label."""
    return {
        "pending": QCoreApplication.translate("ServiceTextInitiatives", "Pending"),
        "on_track": QCoreApplication.translate("ServiceTextInitiatives", "On track"),
        "off_track": QCoreApplication.translate("ServiceTextInitiatives", "Off track"),
    }


def party_kind_labels() -> dict[str, str]:
    """Party kinds: stored value → label."""
    return {
        "internal": QCoreApplication.translate("ServiceTextInitiatives", "Department or team"),
        "partner": QCoreApplication.translate("ServiceTextInitiatives", "Outside partner"),
    }


def link_labels() -> dict[str, str]:
    """Link kinds: kind → the picker's title."""
    return {
        "tows_strategy": QCoreApplication.translate("ServiceTextInitiatives", "TOWS strategies it carries"),
        "objective": QCoreApplication.translate("ServiceTextInitiatives", "Objectives it serves"),
        "campaign": QCoreApplication.translate("ServiceTextInitiatives", "Campaigns that execute it"),
        "budget_line": QCoreApplication.translate("ServiceTextInitiatives", "Budget lines that fund it"),
        "kpi": QCoreApplication.translate("ServiceTextInitiatives", "KPIs that measure it"),
        "risk": QCoreApplication.translate("ServiceTextInitiatives", "Risks that threaten it"),
    }
