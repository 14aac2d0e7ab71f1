"""Strategy & actions text in the interface language: findings by rule id
and the fixed words the editor shows (statuses, priorities, results, party
kinds). Refusals are messages by key, translated from build/translations
(context "Messages") like every canvas's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.label_table import LabelTable

# {rule id: template} of the canvas's findings
FINDINGS = LabelTable("ServiceTextInitiatives", {
    "initiatives.pillar_empty": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives", "Pillar '{pillar}' has no initiative."
    ),
    "initiatives.no_owner": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives", "Initiative '{initiative}' has no owner."
    ),
    "initiatives.no_kpi": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives", "Initiative '{initiative}' has no KPI that measures it."
    ),
    "initiatives.no_accountable": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives", "Initiative '{initiative}' has no accountable (A) party."
    ),
    "initiatives.many_accountable": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives",
        "Initiative '{initiative}' has {count} accountable (A) parties; it should have one.",
    ),
    "initiatives.strategy_uncarried": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives", "No initiative carries the {kind} strategy '{strategy}'."
    ),
    "initiatives.checkpoint_overdue": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives", "Checkpoint '{checkpoint}' was due on {date} and is still pending."
    ),
    "initiatives.campaign_outside": QT_TRANSLATE_NOOP(
        "ServiceTextInitiatives",
        "Campaign '{campaign}' runs outside the dates of initiative '{initiative}' ({start} – {end}).",
    ),
})

# Initiative statuses: stored value → label.
STATUSES = LabelTable("ServiceTextInitiatives", {
    "planned": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "In progress"),
    "done": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Done"),
    "on_hold": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "On hold"),
    "cancelled": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Cancelled"),
})

# Initiative priorities: stored value → label.
PRIORITIES = LabelTable("ServiceTextInitiatives", {
    "high": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "High"),
    "medium": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Medium"),
    "low": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Low"),
})

# Checkpoint results: stored value → label.
RESULTS = LabelTable("ServiceTextInitiatives", {
    "pending": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Pending"),
    "on_track": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "On track"),
    "off_track": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Off track"),
})

# Party kinds: stored value → label.
PARTY_KINDS = LabelTable("ServiceTextInitiatives", {
    "internal": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Department or team"),
    "partner": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Outside partner"),
})

# Link kinds: kind → the picker's title.
LINK_TITLES = LabelTable("ServiceTextInitiatives", {
    "tows_strategy": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "TOWS strategies it carries"),
    "objective": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Objectives it serves"),
    "campaign": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Campaigns that execute it"),
    "budget_line": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Budget lines that fund it"),
    "kpi": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "KPIs that measure it"),
    "risk": QT_TRANSLATE_NOOP("ServiceTextInitiatives", "Risks that threaten it"),
})
