"""Budget import messages in the interface language: the field names of the
mapping form and the problems budget_import reports (matched by their
English shape; a shape not listed is shown in English)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

WHERE = re.compile(
    r"^Sheet '(?P<sheet>.*?)', row (?P<row>\d+)(?:, column (?P<column>[A-Z]+)(?: \((?P<title>.*?)\))?)?: "
)


def field_title(key: str) -> str:
    """'Channel', 'Sub-channel'… or '2027-03 planned' / '2027-03 actual', translated."""
    fields = {
        "channel": QCoreApplication.translate("BudgetImportText", "Channel"),
        "sub_channel": QCoreApplication.translate("BudgetImportText", "Sub-channel"),
        "campaign": QCoreApplication.translate("BudgetImportText", "Campaign"),
        "owner": QCoreApplication.translate("BudgetImportText", "Owner"),
        "note": QCoreApplication.translate("BudgetImportText", "Note"),
    }
    if key in fields:
        return fields[key]
    month, _, layer = key.partition(" ")
    if layer == "actual":
        return QCoreApplication.translate("BudgetImportText", "%s actual") % month
    return QCoreApplication.translate("BudgetImportText", "%s planned") % month


def _messages() -> list[tuple[re.Pattern, str]]:
    shapes = [
        (
            r"'(?P<value>.*)' is not a number\.",
            QCoreApplication.translate("BudgetImportText", "'{value}' is not a number."),
        ),
        (
            r"'(?P<value>.*)' is negative; amounts are 0 or more\.",
            QCoreApplication.translate("BudgetImportText", "'{value}' is negative; amounts are 0 or more."),
        ),
        (
            r"'(?P<value>.*)' is too large \(at most 10,000,000,000,000\)\.",
            QCoreApplication.translate("BudgetImportText", "'{value}' is too large (at most 10,000,000,000,000)."),
        ),
        (
            r"'(?P<value>.*)' is not a channel of this plan \(add it in the Campaign calendar first\)\.",
            QCoreApplication.translate(
                "BudgetImportText", "'{value}' is not a channel of this plan (add it in the Campaign calendar first)."
            ),
        ),
        (
            r"'(?P<value>.*)' is not a campaign of this plan\.",
            QCoreApplication.translate("BudgetImportText", "'{value}' is not a campaign of this plan."),
        ),
        (r"the channel is empty\.", QCoreApplication.translate("BudgetImportText", "the channel is empty.")),
        (
            r"too long \((?P<length>\d+) characters; at most (?P<limit>\d+)\)\.",
            QCoreApplication.translate("BudgetImportText", "too long ({length} characters; at most {limit})."),
        ),
        (
            r"this is not a month column \(write YYYY-MM planned or YYYY-MM actual, e\.g\. 2027-03 planned\)\.",
            QCoreApplication.translate(
                "BudgetImportText",
                "this is not a month column (write YYYY-MM planned or YYYY-MM actual, e.g. 2027-03 planned).",
            ),
        ),
        (
            r"the row has (?P<count>\d+) cells but the header names (?P<width>\d+) columns\.",
            QCoreApplication.translate(
                "BudgetImportText", "the row has {count} cells but the header names {width} columns."
            ),
        ),
        (
            r"no Channel column; .*",
            QCoreApplication.translate(
                "BudgetImportText",
                "no Channel column; the first row must name the columns (Channel, Sub-channel, Campaign, Owner, "
                "Note, 2027-01 planned, 2027-01 actual, …).",
            ),
        ),
        (
            r"no month columns such as .*",
            QCoreApplication.translate(
                "BudgetImportText", "no month columns such as '2027-01 planned' or '2027-01 actual'."
            ),
        ),
    ]
    return [(re.compile(pattern, re.S), template) for pattern, template in shapes]


def problem_text(line: str) -> str:
    """One import problem in the interface language (place and reason)."""
    where = WHERE.match(line)
    if not where:
        return line
    rest = line[where.end() :]
    parts = where.groupdict()
    if parts["column"]:
        place = QCoreApplication.translate("BudgetImportText", "Sheet '{sheet}', row {row}, column {column}").format(
            **parts
        )
        if parts["title"]:
            place += f" ({parts['title']})"
    else:
        place = QCoreApplication.translate("BudgetImportText", "Sheet '{sheet}', row {row}").format(**parts)
    for pattern, template in _messages():
        match = pattern.fullmatch(rest)
        if match:
            rest = template.format(**match.groupdict())
            break
    return QCoreApplication.translate("BudgetImportText", "{place}: {problem}").format(place=place, problem=rest)
