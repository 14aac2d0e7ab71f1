"""Strategy & actions text in the interface language: findings by rule id,
messages by key (see app/services/initiatives/messages.py) and the fixed
words the editor shows (statuses, priorities, results, party kinds)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.services.initiatives.messages import MESSAGES
from app.services.plan.messages import CATALOGUE


def _t(text: str) -> str:
    return QCoreApplication.translate("ServiceTextInitiatives", text)


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the canvas's findings."""
    return {
        "initiatives.pillar_empty": _t("Pillar '{pillar}' has no initiative."),
        "initiatives.no_owner": _t("Initiative '{initiative}' has no owner."),
        "initiatives.no_kpi": _t("Initiative '{initiative}' has no KPI that measures it."),
        "initiatives.no_accountable": _t("Initiative '{initiative}' has no accountable (A) party."),
        "initiatives.many_accountable": _t(
            "Initiative '{initiative}' has {count} accountable (A) parties; it should have one."
        ),
        "initiatives.strategy_uncarried": _t("No initiative carries the {kind} strategy '{strategy}'."),
        "initiatives.checkpoint_overdue": _t("Checkpoint '{checkpoint}' was due on {date} and is still pending."),
        "initiatives.campaign_outside": _t(
            "Campaign '{campaign}' runs outside the dates of initiative '{initiative}' ({start} – {end})."
        ),
    }


def message_templates() -> dict[str, str]:
    """{message key: translated template} of the canvas's refusals."""
    return {
        "initiatives.not_text": _t("{label} must be text."),
        "initiatives.too_long": _t("{label} is too long ({length} characters; at most {limit})."),
        "initiatives.not_a_character": _t("{label}: the text holds a character a plan cannot store."),
        "initiatives.bad_date": _t("{label}: '{value}' is not a date (YYYY-MM-DD)."),
        "initiatives.end_before_start": _t("The end date {end} is before the start date {start}."),
        "initiatives.bad_quarter": _t("Quarter: '{value}' is not a quarter such as 2027-Q2."),
        "initiatives.bad_choice": _t("{label} must be one of {choices}."),
        "initiatives.unknown_field": _t("There is no field '{field}' on {what}."),
        "initiatives.pillar_gone": _t("That pillar no longer exists."),
        "initiatives.initiative_gone": _t("That initiative no longer exists."),
        "initiatives.party_gone": _t("That team or partner no longer exists."),
        "initiatives.checkpoint_gone": _t("That checkpoint no longer exists."),
        "initiatives.no_such_pillar": _t("Pick an existing pillar for the initiative."),
        "initiatives.unknown_link_kind": _t("There is no link of kind '{kind}'."),
        "initiatives.link_gone": _t("One of the picked {what} no longer exists."),
        "initiatives.bad_role": _t("A role must be R, A, C or I (or empty)."),
        "initiatives.bad_threshold": _t("The threshold of '{kpi}' must be a number."),
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
        "Pillar name": _t("Pillar name"),
        "Intent": _t("Intent"),
        "Initiative name": _t("Initiative name"),
        "Department": _t("Department"),
        "Start date": _t("Start date"),
        "End date": _t("End date"),
        "Quarter": _t("Quarter"),
        "Priority": _t("Priority"),
        "Team or partner": _t("Team or partner"),
        "What is checked": _t("What is checked"),
        "Result": _t("Result"),
        "Decision": _t("Decision"),
    }


def status_labels() -> dict[str, str]:
    """Initiative statuses: stored value → label."""
    return {
        "planned": _t("Planned"),
        "in_progress": _t("In progress"),
        "done": _t("Done"),
        "on_hold": _t("On hold"),
        "cancelled": _t("Cancelled"),
    }


def priority_labels() -> dict[str, str]:
    """Initiative priorities: stored value → label."""
    return {"high": _t("High"), "medium": _t("Medium"), "low": _t("Low")}


def result_labels() -> dict[str, str]:
    """Checkpoint results: stored value → label."""
    return {"pending": _t("Pending"), "on_track": _t("On track"), "off_track": _t("Off track")}


def party_kind_labels() -> dict[str, str]:
    """Party kinds: stored value → label."""
    return {"internal": _t("Department or team"), "partner": _t("Outside partner")}


def link_labels() -> dict[str, str]:
    """Link kinds: kind → the picker's title."""
    return {
        "tows_strategy": _t("TOWS strategies it carries"),
        "objective": _t("Objectives it serves"),
        "campaign": _t("Campaigns that execute it"),
        "budget_line": _t("Budget lines that fund it"),
        "kpi": _t("KPIs that measure it"),
        "risk": _t("Risks that threaten it"),
    }
