"""Calendar canvas messages in the interface language: findings of
app.models.calendar.rules by rule id, and refused key-date edits
(app.services.calendar.key_dates) by their English shape."""

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


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of refused key-date edits."""
    key = r"Key date '(?P<name>.*)'"
    return [
        (r"That key date no longer exists\.",
         QCoreApplication.translate("ServiceTextCalendar", "That key date no longer exists.")),
        (key + r": the start date is missing\.",
         QCoreApplication.translate("ServiceTextCalendar", "Key date '{name}': the start date is missing.")),
        (key + r": the start '(?P<value>.*)' is not a date \(YYYY-MM-DD\)\.",
         QCoreApplication.translate(
             "ServiceTextCalendar", "Key date '{name}': the start '{value}' is not a date (YYYY-MM-DD).")),
        (key + r": the end '(?P<value>.*)' is not a date \(YYYY-MM-DD\)\.",
         QCoreApplication.translate(
             "ServiceTextCalendar", "Key date '{name}': the end '{value}' is not a date (YYYY-MM-DD).")),
        (key + r": the end (?P<end>\S+) is before the start (?P<start>\S+)\.",
         QCoreApplication.translate(
             "ServiceTextCalendar", "Key date '{name}': the end {end} is before the start {start}.")),
        (key + r": the kind must be one of (?P<kinds>.+)\.",
         QCoreApplication.translate("ServiceTextCalendar", "Key date '{name}': the kind must be one of {kinds}.")),
        (key + r": visible must be yes or no\.",
         QCoreApplication.translate("ServiceTextCalendar", "Key date '{name}': visible must be yes or no.")),
        (r"A key date's name must be text\.",
         QCoreApplication.translate("ServiceTextCalendar", "A key date's name must be text.")),
        (r"A key date needs a name\.",
         QCoreApplication.translate("ServiceTextCalendar", "A key date needs a name.")),
        (r"A key date's name can have at most (?P<limit>\d+) characters \(this one has (?P<length>\d+)\)\.",
         QCoreApplication.translate(
             "ServiceTextCalendar", "A key date's name can have at most {limit} characters (this one has {length}).")),
        (r"Unknown key date field '(?P<field>.*)'\.",
         QCoreApplication.translate("ServiceTextCalendar", "Unknown key date field '{field}'.")),
        (r"Set the plan period first: key dates are added for its years\.",
         QCoreApplication.translate(
             "ServiceTextCalendar", "Set the plan period first: key dates are added for its years.")),
        (r"Key dates can be added for (?P<first>\d+)–(?P<last>\d+), not for (?P<year>.*)\.",
         QCoreApplication.translate(
             "ServiceTextCalendar", "Key dates can be added for {first}–{last}, not for {year}.")),
    ]
