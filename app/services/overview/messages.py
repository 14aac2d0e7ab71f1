"""The Overview canvas's messages by key (see app/services/plan/messages.py):
refused edits of the plan's overview fields and objectives. The field
labels (LABELS in service.py) are terms. The Chinese is in
build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

# field → its label in messages (a term: the GUI shows it translated)
LABELS = {
    "title": "Title",
    "brand": "Brand",
    "owner": "Owner",
    "market_context": "Market context",
    "confidentiality": "Confidentiality label",
    "currency": "Currency",
    "language": "Plan language",
    "period_start": "Period start",
    "period_end": "Period end",
    "brand_color": "Brand colour",
}

MESSAGES = catalogue(
    "overview",
    {
        "bad_date": "{label}: '{value}' is not a date (YYYY-MM-DD).",
        "unknown_field": "Unknown overview field '{field}'.",
        "bad_currency": "{label} must be a three-letter code such as CNY, USD or EUR.",
        "bad_language": "{label} must be zh (中文) or en (English).",
        "bad_colour": "{label} must be a colour like #C8102E.",
        "period_end_before_start": "The period ends on {end}, before it starts on {start}.",
        "logo_incomplete": "A logo needs both image data and its type.",
        "unknown_objective_field": "Unknown objective field '{field}'.",
        "objective_not_text": "Objectives are text.",
        "objective_too_long": "The objective is too long ({length} characters; at most {limit}).",
        "objective_gone": "That objective no longer exists.",
    },
    terms=tuple(LABELS.values()),
)
