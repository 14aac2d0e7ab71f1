"""The Personas & segments canvas's messages by key (see
app/services/plan/messages.py): refused persona, value-tier and journey
edits. Field labels and stage names are terms; a label naming a tier row or
a journey stage is a message of its own. The Chinese is in
build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

PERSONA_LABELS = {
    "name": "Name",
    "role": "Role",
    "age_band": "Age band",
    "city_tier": "City tier",
    "income_band": "Income band",
    "customer_share_pct": "Share of customers",
    "goals": "Goals",
    "pain_points": "Pain points",
    "behaviours": "Behaviours",
    "preferred_channels": "Preferred channels",
    "buying_triggers": "Buying triggers",
    "quote": "Quote",
    "profile": "Profile",
}
TIER_LABELS = {
    "name": "Tier name",
    "customer_share_pct": "Share of customers",
    "revenue_share_pct": "Share of revenue",
    "service_level": "Service level",
    "response_time": "Response time",
}
JOURNEY_LABELS = {"touchpoints": "Touchpoints", "channels": "Channels", "tactic": "Tactic"}
STAGE_NAMES = {
    "awareness": "Awareness",
    "consideration": "Consideration",
    "purchase": "Purchase",
    "use": "Use",
    "loyalty": "Loyalty",
    "advocacy": "Advocacy",
}

MESSAGES = catalogue(
    "personas",
    {
        "tier_label": "{label} (tier {n})",
        "stage_label": "{label} ({stage})",
        "share_bad": "{label} must be a number from 0 to 100, not '{value}'.",
        "share_needed": "{label} must be a number from 0 to 100.",
        "unknown_persona_field": "Unknown persona field '{field}'.",
        "unknown_tier_field": "Unknown value tier field '{field}'.",
        "unknown_stage": "Unknown journey stage '{stage}'.",
        "unknown_journey_field": "Unknown journey field '{field}'.",
        "persona_gone": "That persona no longer exists.",
        "cards_changed": "The personas changed; the cards were not reordered.",
        "tier_gone": "That value tier no longer exists.",
        "photo_incomplete": "A photo needs PNG or JPEG image data and its type.",
        "photo_unreadable_in_deck": "The photo of persona '{name}' could not be read; the card is drawn without it.",
    },
    terms=(
        *PERSONA_LABELS.values(),
        *(label for label in TIER_LABELS.values() if label not in PERSONA_LABELS.values()),
        *JOURNEY_LABELS.values(),
        *STAGE_NAMES.values(),
    ),
)
