"""Checking a budget file against the plan before anything is stored: which
column is which (guessed from the header or mapped by the user), then every
cell — channel and campaign by name, text lengths, amounts (0 or more). All
problems are collected (up to MAX_ERRORS) with sheet, row and column, e.g.
"Sheet 'Budget', row 7, column H (2027-03 planned): '12,5x' is not a number."."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.models.budget.rules import AmountError, parse_amount
from app.services.budget.exchange_read import SourceTable, column_letter, read_table
from app.services.budget.messages import MESSAGES
from app.services.exchange.exports import FORMULA_PREFIXES
from app.services.plan.errors import ImportDataError, shown
from app.services.plan.messages import Message
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile

TEXT_FIELDS = ("channel", "sub_channel", "campaign", "owner", "note")
FIELD_TITLES = {"channel": "Channel", "sub_channel": "Sub-channel", "campaign": "Campaign", "owner": "Owner",
                "note": "Note"}  # fmt: skip
TEXT_LIMITS = {"channel": 200, "sub_channel": 200, "campaign": 300, "owner": 200, "note": 2_000}
FIELD_ALIASES = {
    "channel": ("channel", "渠道"),
    "sub_channel": ("sub-channel", "sub channel", "subchannel", "子渠道", "细分渠道"),
    "campaign": ("campaign", "活动", "营销活动"),
    "owner": ("owner", "负责人"),
    "note": ("note", "notes", "备注"),
}
LAYER_WORDS = {"planned": "planned", "plan": "planned", "计划": "planned", "预算": "planned", "actual": "actual",
               "实际": "actual"}  # fmt: skip
MONTH_HEADER = re.compile(r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?\s*(\S+)$")
LOOKS_LIKE_MONTH = re.compile(r"^\d{4}\s*[-/.年]")
EXPONENT = re.compile(r"\d+(\.\d+)?[eE][-+]?\d{1,3}")
REASONS = {"negative": "import_negative", "too large": "import_too_large"}
MAX_ERRORS = 200


@dataclass
class ParsedBudget:
    """A checked import: lines (channel_id, sub_channel, campaign_id, owner,
    note) and cells (line index, month, planned, actual)."""

    source: str
    lines: list[dict] = field(default_factory=list)
    cells: list[tuple[int, str, float | None, float | None]] = field(default_factory=list)
    encoding: str = ""  # a CSV's text encoding as read (UTF-8 or GB18030), named to the user when not UTF-8


def normalise(text) -> str:
    """A name or header as compared: NFKC (full-width → half-width), trimmed, case-folded."""
    return unicodedata.normalize("NFKC", "" if text is None else str(text)).strip().casefold()


def month_column(title: str) -> tuple[str, str] | str | None:
    """('2027-03', 'planned') for a month header ('2027-03 planned',
    '2027年3月 实际'…); None for a header about something else; 'bad' for
    a header that starts like a month but is not a valid one."""
    text = unicodedata.normalize("NFKC", str(title)).strip()
    match = MONTH_HEADER.match(text)
    if not match:
        return "bad" if LOOKS_LIKE_MONTH.match(text) else None
    year, month, layer = int(match.group(1)), int(match.group(2)), LAYER_WORDS.get(match.group(3).casefold())
    if layer is None or not 1 <= month <= 12 or not 1900 <= year <= 2999:
        return "bad"
    return f"{year:04d}-{month:02d}", layer


def guess_mapping(header: list[str]) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """The mapping the header suggests ({'channel': 0, '2027-03 planned': 7,
    …}; 0-based columns) and the (column, title) of headers that start like
    a month but are not one."""
    mapping: dict[str, int] = {}
    bad: list[tuple[int, str]] = []
    for index, title in enumerate(header):
        key = normalise(title)
        name = next((n for n, aliases in FIELD_ALIASES.items() if key in aliases and n not in mapping), None)
        if name:
            mapping[name] = index
            continue
        month = month_column(title)
        if month == "bad":
            bad.append((index, title))
        elif month and f"{month[0]} {month[1]}" not in mapping:
            mapping[f"{month[0]} {month[1]}"] = index
    return mapping, bad


class Problems:
    """Problems of one sheet, each naming row and column; up to MAX_ERRORS are kept."""

    def __init__(self, table: SourceTable, name: str):
        self.table, self.name, self.items, self.count = table, name, [], 0

    def add(self, row: int, column: int | None, message: Message) -> None:
        """Record a problem at *row* (and *column*, 0-based, when it is one cell)."""
        self.count += 1
        if len(self.items) < MAX_ERRORS:
            sheet = self.table.sheet
            if column is None:
                place = MESSAGES("place_row", sheet=sheet, row=row)
            else:
                title = self.table.header[column] if column < len(self.table.header) else ""
                letter = column_letter(column)
                place = (
                    MESSAGES("place_cell_titled", sheet=sheet, row=row, column=letter, title=shown(title))
                    if title
                    else MESSAGES("place_cell", sheet=sheet, row=row, column=letter)
                )
            self.items.append(MESSAGES("problem_at", place=place, problem=message))

    def raise_if_any(self) -> None:
        """Raise ImportDataError: one line (the only problem, or a count and
        the first); every problem in ``.problem_messages`` (messages by key)
        and in English in ``.problems``."""
        if not self.count:
            return
        first = self.items[0]
        if self.count == 1:
            error = ImportDataError(MESSAGES("import_failed", first=first), "")
        else:
            error = ImportDataError(MESSAGES("import_failed_many", count=self.count, name=self.name, first=first), "")
        more = [MESSAGES("more_problems", count=self.count - MAX_ERRORS)] if self.count > MAX_ERRORS else []
        error.problem_messages = self.items + more
        error.problems = [str(problem) for problem in error.problem_messages]
        raise error


def cell_text(value) -> str:
    """A text cell as stored: whole numbers without '.0', outer spaces
    trimmed, and the export's apostrophe before a formula character removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text[:1] == "'" and text[1:2] and text[1] in FORMULA_PREFIXES:
        text = text[1:]
    return text


def read_budget(plan: PlanFile, path: Path, mapping: dict[str, int] | None = None) -> ParsedBudget:
    """Read and check a budget file; raise ImportDataError (``.problems``
    lists every problem) when anything is wrong."""
    path = Path(path)
    table = read_table(path)
    parsed = parse_table(plan, table, mapping, shown(path.name))
    parsed.encoding = table.encoding
    return parsed


def _columns(table: SourceTable, mapping: dict[str, int] | None, problems: Problems) -> tuple[dict, dict]:
    """(text field → column, (month, layer) → column), checking the header."""
    if mapping is None:
        mapping, bad = guess_mapping(table.header)
        for column, _title in bad:
            problems.add(table.header_row, column, MESSAGES("import_not_month_column"))
    fields, months = {}, {}
    for key, column in mapping.items():
        if column is None:
            continue
        if key in TEXT_FIELDS:
            fields[key] = column
            continue
        month = month_column(key)
        if not isinstance(month, tuple):
            raise ImportDataError(MESSAGES("import_bad_key", key=shown(key)), "")
        months[month] = column
    if "channel" not in fields:
        problems.add(table.header_row, None, MESSAGES("import_no_channel_column"))
    elif not months:
        problems.add(table.header_row, None, MESSAGES("import_no_month_columns"))
    return fields, months


def _ids(plan: PlanFile, table: str) -> dict[str, str]:
    """{normalised name: id} of the plan's channels or campaigns (first wins)."""
    found: dict[str, str] = {}
    for row in read_rows(plan.conn, table):
        found.setdefault(normalise(row["name"]), row["id"])
    return found


def parse_table(plan: PlanFile, table: SourceTable, mapping: dict[str, int] | None, name: str) -> ParsedBudget:
    """Check *table* with *mapping* (guessed from the header when None)."""
    problems = Problems(table, name)
    fields, months = _columns(table, mapping, problems)
    problems.raise_if_any()
    known = {"channel": _ids(plan, "channel"), "campaign": _ids(plan, "campaign")}
    parsed = ParsedBudget(name)
    width = len(table.header)
    for number, values in table.rows:
        if len(values) > width and any(v not in (None, "") for v in values[width:]):
            problems.add(number, None, MESSAGES("import_row_too_wide", count=len(values), width=width))
            continue
        _parse_row(number, values, fields, months, known, problems, parsed)
    problems.raise_if_any()
    return parsed


def _parse_row(number: int, values: list, fields: dict, months: dict, known: dict, problems: Problems,
               parsed: ParsedBudget) -> None:  # fmt: skip
    """Check one data row and add it to *parsed*."""

    def value(column: int):
        return values[column] if column < len(values) else None

    text = {f: cell_text(value(fields[f])) if f in fields else "" for f in TEXT_FIELDS}
    for f, column in fields.items():
        if len(text[f]) > TEXT_LIMITS[f]:
            problems.add(number, column, MESSAGES("import_too_long", length=len(text[f]), limit=TEXT_LIMITS[f]))
    channel_id = known["channel"].get(normalise(text["channel"]))
    if not text["channel"]:
        problems.add(number, fields["channel"], MESSAGES("import_channel_empty"))
    elif channel_id is None:
        problems.add(number, fields["channel"], MESSAGES("import_unknown_channel", value=shown(text["channel"])))
    campaign_id = known["campaign"].get(normalise(text["campaign"])) if text["campaign"] else None
    if text["campaign"] and campaign_id is None:
        problems.add(number, fields["campaign"], MESSAGES("import_unknown_campaign", value=shown(text["campaign"])))
    index = len(parsed.lines)
    parsed.lines.append({"channel_id": channel_id, "sub_channel": text["sub_channel"], "campaign_id": campaign_id,
                         "owner": text["owner"], "note": text["note"]})  # fmt: skip
    amounts: dict[str, list] = {}
    for (month, layer), column in months.items():
        raw = value(column)
        if isinstance(raw, str) and EXPONENT.fullmatch(raw.strip()):
            raw = float(raw)  # CSV writers (ours too) spell 0.00001 as 1e-05
        try:
            amount = parse_amount(raw)
        except AmountError as exc:
            reason = REASONS.get(str(exc), "import_not_number")
            problems.add(number, column, MESSAGES(reason, value=shown(cell_text(raw))))
            continue
        if amount is not None:
            amounts.setdefault(month, [None, None])[0 if layer == "planned" else 1] = amount
    parsed.cells.extend((index, month, pair[0], pair[1]) for month, pair in sorted(amounts.items()))
