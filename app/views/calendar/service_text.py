"""Calendar canvas findings (app.models.calendar.rules) in the interface
language, by rule id. Refused edits are messages by key
(app/services/calendar/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the calendar rules."""
    return {
        "calendar.campaign_no_dates": QCoreApplication.translate(
            "ServiceTextCalendar", "Campaign '{name}' has no dates."),
        "calendar.campaign_no_start": QCoreApplication.translate(
            "ServiceTextCalendar", "Campaign '{name}' has no start date."),
        "calendar.campaign_no_end": QCoreApplication.translate(
            "ServiceTextCalendar", "Campaign '{name}' has no end date."),
        "calendar.campaign_outside_period": QCoreApplication.translate(
            "ServiceTextCalendar", "Campaign '{name}' ({from} – {to}) runs outside the plan period ({start} – {end})."),
        "calendar.phase_outside_campaign": QCoreApplication.translate(
            "ServiceTextCalendar",
            "Phase '{name}' of campaign '{campaign}' ({from} – {to}) is outside the campaign's dates "
            "({campaign_from} – {campaign_to})."),
        "calendar.phase_outside_period": QCoreApplication.translate(
            "ServiceTextCalendar",
            "Phase '{name}' of campaign '{campaign}' ({from} – {to}) runs outside the plan period ({start} – {end})."),
        "calendar.milestone_outside_period": QCoreApplication.translate(
            "ServiceTextCalendar", "Milestone '{name}' on {date} is outside the plan period ({start} – {end})."),
        "calendar.channel_overlap": QCoreApplication.translate(
            "ServiceTextCalendar",
            "Campaigns '{first}' and '{second}' overlap on channel '{channel}' for {days} days "
            "(more than the {limit} allowed)."),
        "calendar.more_overlaps": QCoreApplication.translate(
            "ServiceTextCalendar",
            "{count} more channel overlaps are not listed (more than the {limit} days allowed)."),
    }
