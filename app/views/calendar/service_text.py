"""Calendar canvas findings (app.models.calendar.rules) in the interface
language, by rule id. Refused edits are messages by key
(app/services/calendar/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.label_table import LabelTable

# {rule id: translated template} of the calendar rules.
FINDINGS = LabelTable("ServiceTextCalendar", {
    "calendar.campaign_no_dates": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar", "Campaign '{name}' has no dates."),
    "calendar.campaign_no_start": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar", "Campaign '{name}' has no start date."),
    "calendar.campaign_no_end": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar", "Campaign '{name}' has no end date."),
    "calendar.campaign_outside_period": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar", "Campaign '{name}' ({from} – {to}) runs outside the plan period ({start} – {end})."),
    "calendar.phase_outside_campaign": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar",
        "Phase '{name}' of campaign '{campaign}' ({from} – {to}) is outside the campaign's dates "
        "({campaign_from} – {campaign_to})."),
    "calendar.phase_outside_period": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar",
        "Phase '{name}' of campaign '{campaign}' ({from} – {to}) runs outside the plan period ({start} – {end})."),
    "calendar.milestone_outside_period": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar", "Milestone '{name}' on {date} is outside the plan period ({start} – {end})."),
    "calendar.channel_overlap": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar",
        "Campaigns '{first}' and '{second}' overlap on channel '{channel}' for {days} days "
        "(more than the {limit} allowed)."),
    "calendar.more_overlaps": QT_TRANSLATE_NOOP(
        "ServiceTextCalendar",
        "{count} more channel overlaps are not listed (more than the {limit} days allowed)."),
})
