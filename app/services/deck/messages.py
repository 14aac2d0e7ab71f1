"""Messages of the deck engine by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("deck", {
    "headline_too_long": "The headline is {length} characters long; a slide headline holds at most {limit}.",
    "notes_too_long": "The speaker notes are {length} characters long; at most {limit} are kept per section.",
    "no_slide_key": "Choose the slide whose headline you want to change.",
    "no_section": "Choose the section whose speaker notes you want to change.",
})
