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
