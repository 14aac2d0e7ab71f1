"""Messages of the deck engine by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("deck", {
    "headline_too_long": "The headline is {length} characters long; a slide headline holds at most {limit}.",
    "notes_too_long": "The speaker notes are {length} characters long; at most {limit} are kept per section.",
    "no_slide_key": "Choose the slide whose headline you want to change.",
    "no_section": "Choose the section whose speaker notes you want to change.",
    "left_out_objectives": "Left out of the deck: the objectives slide (no objectives).",
    "left_out_map": "Left out of the deck: the positioning map (no competitor has both a {x} and a {y} score).",
    "left_out_actuals": "Left out of the deck: the planned-vs-actual chart (no actual spend booked yet).",
    "left_out_forecast": "Left out of the deck: the forecast slides (no channel has a forecast input).",
    "left_out_calendar": "Left out of the deck: the campaign calendar (no campaign has dates).",
})
