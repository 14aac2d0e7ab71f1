"""The campaign calendar's messages by key (see app/services/plan/messages.py):
refused campaign, phase, milestone and key-date edits. A subject message
("Campaign 'x'") is an argument of the reason, so each language orders the
sentence its own way. The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "calendar",
    {
        # subjects
        "campaign_subject": "Campaign '{name}'",
        "phase_subject": "Phase '{name}' of campaign '{campaign}'",
        "milestone_subject": "Milestone '{name}'",
        # campaigns, phases, milestones
        "bad_start": "{subject}: the start '{value}' is not a date (YYYY-MM-DD).",
        "bad_end": "{subject}: the end '{value}' is not a date (YYYY-MM-DD).",
        "bad_date": "{subject}: the date '{value}' is not a date (YYYY-MM-DD).",
        "not_text": "{subject}: the {field} is not text.",
        "too_long": "{subject}: the {field} has {length} characters; at most {limit}.",
        "end_before_start": "{subject}: the end {end} is before the start {start}.",
        "bad_status": "{subject}: the status must be one of {choices} (not '{value}').",
        "bad_kind": "{subject}: the kind must be one of {choices} (not '{value}').",
        "bad_colour": "{subject}: the colour must look like #C8102E (not '{value}').",
        "no_dates_to_move": "{subject} has no dates to move.",
        "no_date_to_move": "{subject} has no date to move.",
        "bad_move": "A move must be a whole number of days up to {limit} (not '{value}').",
        "unknown_campaign_field": "Unknown campaign field '{field}'.",
        "unknown_phase_field": "Unknown phase field '{field}'.",
        "unknown_milestone_field": "Unknown milestone field '{field}'.",
        "campaign_gone": "That campaign no longer exists.",
        "phase_gone": "That phase no longer exists.",
        "milestone_gone": "That milestone no longer exists.",
        "channel_gone": "That channel no longer exists.",
        "persona_gone": "That persona no longer exists.",
        "item_gone": "That item no longer exists.",
        # key dates
        "key_date_subject": "Key date '{name}'",
        "key_date_gone": "That key date no longer exists.",
        "key_date_start_missing": "{subject}: the start date is missing.",
        "key_date_end_missing": "{subject}: the end date is missing.",
        "key_date_bad_kind": "{subject}: the kind must be one of {kinds}.",
        "key_date_bad_visible": "{subject}: visible must be yes or no.",
        "key_date_name_not_text": "A key date's name must be text.",
        "key_date_needs_name": "A key date needs a name.",
        "key_date_name_too_long": "A key date's name can have at most {limit} characters (this one has {length}).",
        "unknown_key_date_field": "Unknown key date field '{field}'.",
        "key_dates_need_period": "Set the plan period first: key dates are added for its years.",
        "key_dates_bad_year": "Key dates can be added for {first}–{last}, not for {year}.",
    },
    terms=("name", "objective", "owner"),
)
