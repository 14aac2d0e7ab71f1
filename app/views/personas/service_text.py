"""Persona, value-tier and journey findings (app.models.personas.rules) in the
interface language, by rule id. Refused edits are messages by key
(app/services/personas/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

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
