"""Refused campaign, phase and milestone edits (app.services.calendar.service)
in the interface language, matched by their English shape. A message is a
subject ("Campaign 'x'", "Phase 'x' of campaign 'y'", "Milestone 'x'") and a
reason; both halves are translated and joined."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """The calendar rules' findings are translated in service_text_calendar."""
    return {}


def _subjects() -> list[tuple[str, str]]:
    return [
        (
            r"Campaign '(?P<name>.*?)'",
            QCoreApplication.translate("ServiceTextCalendarEdit", "Campaign '{name}'"),
        ),
        (
            r"Phase '(?P<name>.*?)' of campaign '(?P<campaign>.*?)'",
            QCoreApplication.translate("ServiceTextCalendarEdit", "Phase '{name}' of campaign '{campaign}'"),
        ),
        (r"Milestone '(?P<name>.*?)'", QCoreApplication.translate("ServiceTextCalendarEdit", "Milestone '{name}'")),
    ]


def _reasons() -> list[tuple[str, str]]:
    date = r"'(?P<value>.*)' is not a date \(YYYY-MM-DD\)\."
    return [
        (
            r": the end (?P<end>\S+) is before the start (?P<start>\S+)\.",
            QCoreApplication.translate("ServiceTextCalendarEdit", ": the end {end} is before the start {start}."),
        ),
        (
            r": the start " + date,
            QCoreApplication.translate("ServiceTextCalendarEdit", ": the start '{value}' is not a date (YYYY-MM-DD)."),
        ),
        (
            r": the end " + date,
            QCoreApplication.translate("ServiceTextCalendarEdit", ": the end '{value}' is not a date (YYYY-MM-DD)."),
        ),
        (
            r": the date " + date,
            QCoreApplication.translate("ServiceTextCalendarEdit", ": the date '{value}' is not a date (YYYY-MM-DD)."),
        ),
        (
            r": the status must be one of idea, planned, live, done, cancelled \(not '(?P<value>.*)'\)\.",
            QCoreApplication.translate(
                "ServiceTextCalendarEdit",
                ": the status must be idea, planned, live, done or cancelled (not '{value}').",
            ),
        ),
        (
            r": the kind must be one of warm_up, launch, long_tail, custom \(not '(?P<value>.*)'\)\.",
            QCoreApplication.translate(
                "ServiceTextCalendarEdit", ": the kind must be warm-up, launch, long tail or custom (not '{value}')."
            ),
        ),
        (
            r": the colour must look like #C8102E \(not '(?P<value>.*)'\)\.",
            QCoreApplication.translate(
                "ServiceTextCalendarEdit", ": the colour must look like #C8102E (not '{value}')."
            ),
        ),
        (
            r": the (?P<field>name|objective|owner) has (?P<length>\d+) characters; at most (?P<limit>\d+)\.",
            QCoreApplication.translate(
                "ServiceTextCalendarEdit", ": the text has {length} characters; at most {limit}."
            ),
        ),
        (
            r": the (?P<field>name|objective|owner) is not text\.",
            QCoreApplication.translate("ServiceTextCalendarEdit", ": the value is not text."),
        ),
        (r" has no dates to move\.", QCoreApplication.translate("ServiceTextCalendarEdit", " has no dates to move.")),
        (r" has no date to move\.", QCoreApplication.translate("ServiceTextCalendarEdit", " has no date to move.")),
    ]


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of refused calendar edits."""
    shapes = [
        (subject + reason, subject_text + reason_text)
        for subject, subject_text in _subjects()
        for reason, reason_text in _reasons()
    ]
    plain = {
        "That campaign no longer exists.": QCoreApplication.translate(
            "ServiceTextCalendarEdit", "That campaign no longer exists."
        ),
        "That phase no longer exists.": QCoreApplication.translate(
            "ServiceTextCalendarEdit", "That phase no longer exists."
        ),
        "That milestone no longer exists.": QCoreApplication.translate(
            "ServiceTextCalendarEdit", "That milestone no longer exists."
        ),
        "That channel no longer exists.": QCoreApplication.translate(
            "ServiceTextCalendarEdit", "That channel no longer exists."
        ),
        "That persona no longer exists.": QCoreApplication.translate(
            "ServiceTextCalendarEdit", "That persona no longer exists."
        ),
    }
    shapes += [(english.replace(".", r"\."), text) for english, text in plain.items()]
    shapes.append(
        (
            r"A move must be a whole number of days up to (?P<limit>\d+) \(not '(?P<value>.*)'\)\.",
            QCoreApplication.translate(
                "ServiceTextCalendarEdit", "A move must be a whole number of days up to {limit} (not '{value}')."
            ),
        )
    )
    return shapes
