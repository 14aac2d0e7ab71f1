"""The Competitors canvas's messages by key (see app/services/plan/messages.py):
refused competitor and map-axis edits. The field labels
(app.models.competitors.rules.LABELS) are terms. The Chinese is in
build/translations/messages.json."""

from __future__ import annotations

from app.models.competitors.rules import LABELS
from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "competitors",
    {
        "field_of": "{label} of {name}",
        "unknown_field": "Unknown competitor field '{field}'.",
        "text_only": "{label} of {name}: only text can be stored.",
        "too_long": "{label} of {name}: too long ({length} characters; at most {limit}).",
        "yes_or_no": "{label} of {name}: must be yes or no.",
        "not_a_number": "{label} of {name}: '{value}' is not a number.",
        "out_of_range": "{label} of {name}: {value} is outside 0–{high}.",
        "competitor_gone": "That competitor no longer exists.",
        "bad_axis": "'{axis}' is not a map axis (use price, quality, innovation, reach, custom_x or custom_y).",
        "same_axes": "The map needs two different axes.",
        "axis_name_not_text": "Axis names are text.",
        "axis_name_too_long": "An axis name can have at most {limit} characters (this one has {length}).",
    },
    terms=(*LABELS.values(), "competitor", "the new competitor"),
)
