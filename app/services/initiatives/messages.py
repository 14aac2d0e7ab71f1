"""The messages of the Strategy & actions canvas (keys ``initiatives.*``)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "initiatives",
    {
        "not_text": "{label} must be text.",
        "too_long": "{label} is too long ({length} characters; at most {limit}).",
        "not_a_character": "{label}: the text holds a character a plan cannot store.",
        "bad_date": "{label}: '{value}' is not a date (YYYY-MM-DD).",
        "end_before_start": "The end date {end} is before the start date {start}.",
        "bad_quarter": "Quarter: '{value}' is not a quarter such as 2027-Q2.",
        "bad_choice": "{label} must be one of {choices}.",
        "unknown_field": "There is no field '{field}' on {what}.",
        "pillar_gone": "That pillar no longer exists.",
        "initiative_gone": "That initiative no longer exists.",
        "party_gone": "That team or partner no longer exists.",
        "checkpoint_gone": "That checkpoint no longer exists.",
        "no_such_pillar": "Pick an existing pillar for the initiative.",
        "unknown_link_kind": "There is no link of kind '{kind}'.",
        "link_gone": "One of the picked {what} no longer exists.",
        "bad_role": "A role must be R, A, C or I (or empty).",
        "bad_threshold": "The threshold of '{kpi}' must be a number.",
    },
)
