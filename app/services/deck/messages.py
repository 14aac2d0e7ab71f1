"""Deck warnings by key (see app/services/plan/messages.py): what the deck
could not show as written. The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "deck",
    {
        "missing_character": "{char} in {where}{more} is not in the deck font; shown as {placeholder}.",
        "more_place": " (and {count} more place)",
        "more_places": " (and {count} more places)",
        "logo_unreadable": "The plan's logo could not be read; the deck is drawn without it.",
        "target_is_folder": "{target} is a folder; choose a file name for the deck.",
        "target_is_plan": "{name} is the plan itself; choose another file name for the deck.",
        "no_folder": "The folder {folder} does not exist; the deck was not written.",
        "folder_unwritable": "Cannot write the deck into {folder}: {reason}.",
        "not_written": "Could not write {name}: {reason}. Nothing was changed.",
        "reason_folder_read_only": "the folder is read-only",
        "reason_file_read_only": "it is read-only or open in another program",
        "reason_disk_full": "the disk is full",
        "reason_is_folder": "that name is a folder",
        "card_shortened": "The card “{title}” was too long for its slide; its last lines are shortened.",
        "section_failed": "The section “{title}” could not be laid out ({reason}); the deck was made without it.",
        "headline_too_long": "The headline is {length} characters long; a slide headline holds at most {limit}.",
        "notes_too_long": "The speaker notes are {length} characters long; at most {limit} are kept per section.",
        "no_slide_key": "Choose the slide whose headline you want to change.",
        "no_section": "Choose the section whose speaker notes you want to change.",
        "text_cut": (
            "{where} is longer than a slide can show; the deck shows its first {limit} characters"
            " (the plan keeps all of it)."
        ),
        "left_out_objectives": "Left out of the deck: the objectives slide (no objectives).",
        "left_out_map": "Left out of the deck: the positioning map (no competitor has both a {x} and a {y} score).",
        "left_out_actuals": "Left out of the deck: the planned-vs-actual chart (no actual spend booked yet).",
        "left_out_forecast": "Left out of the deck: the forecast slides (no channel has a forecast input).",
        "left_out_calendar": "Left out of the deck: the campaign calendar (no campaign has dates).",
    },
    terms=("the deck",),
)
