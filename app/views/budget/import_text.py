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
            r"'(?P<value>.*)' is not a channel of this plan \(add it in Budget › Summary › Channels first\)\.",
            QCoreApplication.translate(
                "BudgetImportText",
                "'{value}' is not a channel of this plan (add it in Budget › Summary › Channels first).",
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


def _file_messages() -> list[tuple[re.Pattern, str]]:
    """Problems with the whole file (no sheet and row): size, encoding, a
    damaged or hostile archive, too many rows or columns."""
    shapes = [
        (r"(?P<name>.+) does not exist\.", QCoreApplication.translate("BudgetImportText", "{name} does not exist.")),
        (
            r"(?P<name>.+) cannot be read \((?P<why>[^()]*)\)\.",
            QCoreApplication.translate("BudgetImportText", "{name} cannot be read ({why})."),
        ),
        (
            r"(?P<name>.+) is too large \((?P<size>[\d.]+) MB\); the limit is 20 MB\.",
            QCoreApplication.translate("BudgetImportText", "{name} is too large ({size} MB); the limit is 20 MB."),
        ),
        (r"(?P<name>.+) is empty\.", QCoreApplication.translate("BudgetImportText", "{name} is empty.")),
        (r"(?P<name>.+) has no rows\.", QCoreApplication.translate("BudgetImportText", "{name} has no rows.")),
        (r"(?P<name>.+) has no sheets\.", QCoreApplication.translate("BudgetImportText", "{name} has no sheets.")),
        (
            r"(?P<name>.+) is not an XLSX workbook \(it is not a zip archive\)\.",
            QCoreApplication.translate("BudgetImportText", "{name} is not an XLSX workbook (it is not a zip archive)."),
        ),
        (
            r"(?P<name>.+) is not an XLSX workbook \(the zip archive is damaged\)\.",
            QCoreApplication.translate(
                "BudgetImportText", "{name} is not an XLSX workbook (the zip archive is damaged)."
            ),
        ),
        (
            r"(?P<name>.+) has (?P<count>\d+) parts; an XLSX workbook has far fewer\.",
            QCoreApplication.translate("BudgetImportText", "{name} has {count} parts; an XLSX workbook has far fewer."),
        ),
        (
            r"(?P<name>.+) unpacks to (?P<size>\d+) MB \(ratio (?P<ratio>\d+):1\); "
            r"it looks like a zip bomb; not opened\.",
            QCoreApplication.translate(
                "BudgetImportText",
                "{name} unpacks to {size} MB (ratio {ratio}:1); it looks like a zip bomb; not opened.",
            ),
        ),
        (
            r"(?P<name>.+) contains XML entity declarations, which spreadsheets never need; it was not read\.",
            QCoreApplication.translate(
                "BudgetImportText",
                "{name} contains XML entity declarations, which spreadsheets never need; it was not read.",
            ),
        ),
        (
            r"(?P<name>.+) cannot be read as an XLSX workbook \((?P<why>\w+)\)\.",
            QCoreApplication.translate("BudgetImportText", "{name} cannot be read as an XLSX workbook ({why})."),
        ),
        (
            r"Sheet '(?P<sheet>.*)' of (?P<name>.+) has more than (?P<limit>\d+) columns\.",
            QCoreApplication.translate("BudgetImportText", "Sheet '{sheet}' of {name} has more than {limit} columns."),
        ),
        (
            r"Sheet '(?P<sheet>.*)' of (?P<name>.+) has more than (?P<limit>\d+) rows\.",
            QCoreApplication.translate("BudgetImportText", "Sheet '{sheet}' of {name} has more than {limit} rows."),
        ),
        (
            r"(?P<name>.+) is neither UTF-8 nor GB18030 text; save it as CSV UTF-8\.",
            QCoreApplication.translate(
                "BudgetImportText", "{name} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8."
            ),
        ),
        (
            r"(?P<name>.+) is not a CSV text file \(it holds binary data\)\.",
            QCoreApplication.translate("BudgetImportText", "{name} is not a CSV text file (it holds binary data)."),
        ),
        (
            r"(?P<name>.+) has more than (?P<limit>\d+) rows\.",
            QCoreApplication.translate("BudgetImportText", "{name} has more than {limit} rows."),
        ),
        (
            r"(?P<name>.+) has more than (?P<limit>\d+) columns \(row (?P<row>\d+)\)\.",
            QCoreApplication.translate("BudgetImportText", "{name} has more than {limit} columns (row {row})."),
        ),
        (
            r"(?P<name>.+) is not valid CSV \(row (?P<row>\d+): (?P<why>.*)\)\.",
            QCoreApplication.translate("BudgetImportText", "{name} is not valid CSV (row {row}: {why})."),
        ),
        (
            r"'(?P<key>.*)' is not a budget field or a month column\.",
            QCoreApplication.translate("BudgetImportText", "'{key}' is not a budget field or a month column."),
        ),
    ]
    return [(re.compile(pattern, re.S), template) for pattern, template in shapes]


def _file_problem_text(line: str) -> str:
    """*line* translated when it has a file-level shape, else as it is."""
    for pattern, template in _file_messages():
        match = pattern.fullmatch(line)
        if match:
            return template.format(**match.groupdict())
    return line


def problem_text(line: str) -> str:
    """One import problem in the interface language (place and reason)."""
    where = WHERE.match(line)
    if not where:
        return _file_problem_text(line)
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
