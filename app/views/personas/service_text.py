"""Persona, value-tier and journey findings (app.models.personas.rules) in the
interface language, by rule id. Refused edits are messages by key
(app/services/personas/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.label_table import LabelTable

# {rule id: translated template} of app.models.personas.rules.
FINDINGS = LabelTable("ServiceTextPersonas", {
    "personas.tier_total": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "The value tiers' shares of customers add up to {total} %, not 100 %."
    ),
    "personas.tier_revenue_total": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "The value tiers' shares of revenue add up to {total} %, not 100 %."
    ),
    "personas.tier_no_name": QT_TRANSLATE_NOOP("ServiceTextPersonas", "Value tier {index} has no name."),
    "personas.tier_duplicate": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "Two value tiers are named '{name}'."
    ),
    "personas.tier_no_service": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "Value tier '{name}' has no service level."
    ),
    "personas.share_over": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "The personas' shares of customers add up to {total} %, more than 100 %."
    ),
    "personas.no_name": QT_TRANSLATE_NOOP("ServiceTextPersonas", "Persona {index} has no name."),
    "personas.no_journey": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "Persona '{name}' has no customer journey."
    ),
    "personas.journey_gaps": QT_TRANSLATE_NOOP(
        "ServiceTextPersonas", "The journey of '{name}' leaves {missing} of 6 stages empty."
    ),
})
