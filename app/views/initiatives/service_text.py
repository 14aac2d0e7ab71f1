"""Strategy & actions text in the interface language: findings by rule id,
messages by key (see app/services/initiatives/messages.py) and the fixed
words the editor shows (statuses, priorities, results, party kinds)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.services.initiatives.messages import MESSAGES
from app.services.plan.messages import CATALOGUE


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


def message_templates() -> dict[str, str]:
    """{message key: translated template} of the canvas's refusals."""
    return {
        "initiatives.not_text": QCoreApplication.translate("ServiceTextInitiatives", "{label} must be text."),
        "initiatives.too_long": QCoreApplication.translate(
            "ServiceTextInitiatives", "{label} is too long ({length} characters; at most {limit})."
        ),
        "initiatives.not_a_character": QCoreApplication.translate(
            "ServiceTextInitiatives", "{label}: the text holds a character a plan cannot store."
        ),
        "initiatives.bad_date": QCoreApplication.translate(
            "ServiceTextInitiatives", "{label}: '{value}' is not a date (YYYY-MM-DD)."
        ),
        "initiatives.end_before_start": QCoreApplication.translate(
            "ServiceTextInitiatives", "The end date {end} is before the start date {start}."
        ),
        "initiatives.bad_quarter": QCoreApplication.translate(
            "ServiceTextInitiatives", "Quarter: '{value}' is not a quarter such as 2027-Q2."
        ),
        "initiatives.bad_choice": QCoreApplication.translate(
            "ServiceTextInitiatives", "{label} must be one of {choices}."
        ),
        "initiatives.unknown_field": QCoreApplication.translate(
            "ServiceTextInitiatives", "There is no field '{field}' on {what}."
        ),
        "initiatives.pillar_gone": QCoreApplication.translate(
            "ServiceTextInitiatives", "That pillar no longer exists."
        ),
        "initiatives.initiative_gone": QCoreApplication.translate(
            "ServiceTextInitiatives", "That initiative no longer exists."
        ),
        "initiatives.party_gone": QCoreApplication.translate(
            "ServiceTextInitiatives", "That team or partner no longer exists."
        ),
        "initiatives.checkpoint_gone": QCoreApplication.translate(
            "ServiceTextInitiatives", "That checkpoint no longer exists."
        ),
        "initiatives.no_such_pillar": QCoreApplication.translate(
            "ServiceTextInitiatives", "Pick an existing pillar for the initiative."
        ),
        "initiatives.unknown_link_kind": QCoreApplication.translate(
            "ServiceTextInitiatives", "There is no link of kind '{kind}'."
        ),
        "initiatives.link_gone": QCoreApplication.translate(
            "ServiceTextInitiatives", "One of the picked {what} no longer exists."
        ),
        "initiatives.bad_role": QCoreApplication.translate(
            "ServiceTextInitiatives", "A role must be R, A, C or I (or empty)."
        ),
        "initiatives.bad_threshold": QCoreApplication.translate(
            "ServiceTextInitiatives", "The threshold of '{kpi}' must be a number."
        ),
    }


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of every message of the canvas,
    made from the catalogue, until the GUI translates messages by key."""
    translated = message_templates()
    shapes = []
    for key in MESSAGES.keys():
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^:'\n]+?)", re.escape(CATALOGUE[key]))
        shapes.append((pattern, translated.get(key, CATALOGUE[key])))
    return shapes


def field_labels() -> dict[str, str]:
    """The services' field labels in the interface language."""
    return {
        "Pillar name": QCoreApplication.translate("ServiceTextInitiatives", "Pillar name"),
        "Intent": QCoreApplication.translate("ServiceTextInitiatives", "Intent"),
        "Initiative name": QCoreApplication.translate("ServiceTextInitiatives", "Initiative name"),
        "Department": QCoreApplication.translate("ServiceTextInitiatives", "Department"),
        "Start date": QCoreApplication.translate("ServiceTextInitiatives", "Start date"),
        "End date": QCoreApplication.translate("ServiceTextInitiatives", "End date"),
        "Quarter": QCoreApplication.translate("ServiceTextInitiatives", "Quarter"),
        "Priority": QCoreApplication.translate("ServiceTextInitiatives", "Priority"),
        "Team or partner": QCoreApplication.translate("ServiceTextInitiatives", "Team or partner"),
        "What is checked": QCoreApplication.translate("ServiceTextInitiatives", "What is checked"),
        "Result": QCoreApplication.translate("ServiceTextInitiatives", "Result"),
        "Decision": QCoreApplication.translate("ServiceTextInitiatives", "Decision"),
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
