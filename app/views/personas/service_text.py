"""Persona, value-tier and journey messages of the services in the interface
language: findings by rule id, refused edits by their English shape (see
app/views/common/service_text.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of app.models.personas.rules."""
    return {
        "personas.tier_total": QCoreApplication.translate(
            "ServiceTextPersonas", "The value tiers' shares of customers add up to {total} %, not 100 %."
        ),
        "personas.tier_revenue_total": QCoreApplication.translate(
            "ServiceTextPersonas", "The value tiers' shares of revenue add up to {total} %, not 100 %."
        ),
        "personas.tier_no_name": QCoreApplication.translate("ServiceTextPersonas", "Value tier {index} has no name."),
        "personas.tier_duplicate": QCoreApplication.translate(
            "ServiceTextPersonas", "Two value tiers are named '{name}'."
        ),
        "personas.tier_no_service": QCoreApplication.translate(
            "ServiceTextPersonas", "Value tier '{name}' has no service level."
        ),
        "personas.share_over": QCoreApplication.translate(
            "ServiceTextPersonas", "The personas' shares of customers add up to {total} %, more than 100 %."
        ),
        "personas.no_name": QCoreApplication.translate("ServiceTextPersonas", "Persona {index} has no name."),
        "personas.no_journey": QCoreApplication.translate(
            "ServiceTextPersonas", "Persona '{name}' has no customer journey."
        ),
        "personas.journey_gaps": QCoreApplication.translate(
            "ServiceTextPersonas", "The journey of '{name}' leaves {missing} of 6 stages empty."
        ),
    }


def field_labels() -> dict[str, str]:
    """Field labels of the persona, tier and journey services, translated."""
    return {
        "Name": QCoreApplication.translate("ServiceTextPersonas", "Name"),
        "Role": QCoreApplication.translate("ServiceTextPersonas", "Role"),
        "Age band": QCoreApplication.translate("ServiceTextPersonas", "Age band"),
        "City tier": QCoreApplication.translate("ServiceTextPersonas", "City tier"),
        "Income band": QCoreApplication.translate("ServiceTextPersonas", "Income band"),
        "Share of customers": QCoreApplication.translate("ServiceTextPersonas", "Share of customers"),
        "Share of revenue": QCoreApplication.translate("ServiceTextPersonas", "Share of revenue"),
        "Goals": QCoreApplication.translate("ServiceTextPersonas", "Goals"),
        "Pain points": QCoreApplication.translate("ServiceTextPersonas", "Pain points"),
        "Profile": QCoreApplication.translate("ServiceTextPersonas", "Profile"),
        "Behaviours": QCoreApplication.translate("ServiceTextPersonas", "Behaviours"),
        "Preferred channels": QCoreApplication.translate("ServiceTextPersonas", "Preferred channels"),
        "Buying triggers": QCoreApplication.translate("ServiceTextPersonas", "Buying triggers"),
        "Quote": QCoreApplication.translate("ServiceTextPersonas", "Quote"),
        "Tier name": QCoreApplication.translate("ServiceTextPersonas", "Tier name"),
        "Service level": QCoreApplication.translate("ServiceTextPersonas", "Service level"),
        "Response time": QCoreApplication.translate("ServiceTextPersonas", "Response time"),
        "Touchpoints": QCoreApplication.translate("ServiceTextPersonas", "Touchpoints"),
        "Channels": QCoreApplication.translate("ServiceTextPersonas", "Channels"),
        "Tactic": QCoreApplication.translate("ServiceTextPersonas", "Tactic"),
        "Awareness": QCoreApplication.translate("ServiceTextPersonas", "Awareness"),
        "Consideration": QCoreApplication.translate("ServiceTextPersonas", "Consideration"),
        "Purchase": QCoreApplication.translate("ServiceTextPersonas", "Purchase"),
        "Use": QCoreApplication.translate("ServiceTextPersonas", "Use"),
        "Loyalty": QCoreApplication.translate("ServiceTextPersonas", "Loyalty"),
        "Advocacy": QCoreApplication.translate("ServiceTextPersonas", "Advocacy"),
    }


def label_text(english: str) -> str:
    """A service label ('Share of customers (tier 2)', 'Tactic (Use)') in the
    interface language."""
    labels = field_labels()
    match = re.fullmatch(r"(?P<label>.+) \(tier (?P<n>\d+)\)", english)
    if match:
        return QCoreApplication.translate("ServiceTextPersonas", "{label} (tier {n})").format(
            label=labels.get(match["label"], match["label"]), n=match["n"]
        )
    match = re.fullmatch(r"(?P<label>.+) \((?P<stage>[A-Z][a-z]+)\)", english)
    if match:
        return QCoreApplication.translate("ServiceTextPersonas", "{label} ({stage})").format(
            label=labels.get(match["label"], match["label"]), stage=labels.get(match["stage"], match["stage"])
        )
    return labels.get(english, english)


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of the refusals of persona_service,
    tier_service and journey_service; {label} is translated by label_text."""
    return [
        (
            r"(?P<label>.+) must be a number from 0 to 100, not '(?P<value>.*)'\.",
            QCoreApplication.translate("ServiceTextPersonas", "{label} must be a number from 0 to 100, not '{value}'."),
        ),
        (
            r"(?P<label>.+) must be a number from 0 to 100\.",
            QCoreApplication.translate("ServiceTextPersonas", "{label} must be a number from 0 to 100."),
        ),
        (
            r"Unknown persona field '(?P<field>.+)'\.",
            QCoreApplication.translate("ServiceTextPersonas", "Unknown persona field '{field}'."),
        ),
        (
            r"Unknown value tier field '(?P<field>.+)'\.",
            QCoreApplication.translate("ServiceTextPersonas", "Unknown value tier field '{field}'."),
        ),
        (
            r"Unknown journey stage '(?P<stage>.+)'\.",
            QCoreApplication.translate("ServiceTextPersonas", "Unknown journey stage '{stage}'."),
        ),
        (
            r"Unknown journey field '(?P<field>.+)'\.",
            QCoreApplication.translate("ServiceTextPersonas", "Unknown journey field '{field}'."),
        ),
        (
            r"That persona no longer exists\.",
            QCoreApplication.translate("ServiceTextPersonas", "That persona no longer exists."),
        ),
        (
            r"The personas changed; the cards were not reordered\.",
            QCoreApplication.translate("ServiceTextPersonas", "The personas changed; the cards were not reordered."),
        ),
        (
            r"That value tier no longer exists\.",
            QCoreApplication.translate("ServiceTextPersonas", "That value tier no longer exists."),
        ),
        (
            r"A photo needs PNG or JPEG image data and its type\.",
            QCoreApplication.translate("ServiceTextPersonas", "A photo needs PNG or JPEG image data and its type."),
        ),
        (r"(?P<label>.+) must be text\.", QCoreApplication.translate("ServiceTextPersonas", "{label} must be text.")),
        (
            r"(?P<label>.+) is too long \((?P<length>\d+) characters; at most (?P<limit>\d+)\)\.",
            QCoreApplication.translate(
                "ServiceTextPersonas", "{label} is too long ({length} characters; at most {limit})."
            ),
        ),
    ]


def persona_refusal_text(message: str) -> str:
    """A refused persona, tier or journey edit in the interface language;
    other messages (images, the plan file) go to the shared translator."""
    from app.views.common.service_text import refusal_text

    labels = field_labels()
    for pattern, template in refusal_shapes():
        match = re.fullmatch(pattern, message, re.S)
        if match:
            values = match.groupdict()
            if "label" in values:
                base = re.sub(r" \(.*\)$", "", values["label"])
                if base not in labels:
                    continue
                values["label"] = label_text(values["label"])
            return template.format(**values)
    return refusal_text(message)
