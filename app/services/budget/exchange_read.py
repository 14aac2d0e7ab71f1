"""Read a spreadsheet someone sent you, safely: an XLSX sheet or a CSV file
as a header and rows of plain values, within size, row and column caps.

XLSX: the file must be a zip whose members add up to at most
MAX_UNPACKED bytes (checked from the zip directory before anything is
unpacked, and each member's compression ratio is capped), then openpyxl
reads it read-only with cached values (``data_only``: a formula is never
evaluated, its last computed value is read) and defusedxml guarding the
XML. CSV: UTF-8 with or without a byte-order mark, else GB18030 (what
Chinese Excel writes); comma, semicolon or tab separated."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.services.budget.messages import MESSAGES
from app.services.plan.errors import ImportDataError, shown

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024  # all zip members together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed of one member; real sheets stay far below
MAX_MEMBERS = 2_000
MAX_ROWS = 10_000  # data rows (a budget of 300 lines is large)
MAX_COLUMNS = 400  # 5 text columns + 2 × 120 months, with room for extra columns
BUDGET_SHEET = "Budget"


@dataclass
class SourceTable:
    """A sheet as read: its name (CSV: the file name), the header row and
    the data rows as (row number in the file, values) — blank rows skipped."""

    sheet: str
    header: list[str]
    rows: list[tuple[int, list]] = field(default_factory=list)
    header_row: int = 1


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based column index (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: Path) -> SourceTable:
    """The budget sheet of an XLSX file (the sheet named 'Budget', else the
    first) or a CSV file. Raises ImportDataError for anything unreadable."""
    path = Path(path)
    name = shown(path.name)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except FileNotFoundError:
        raise ImportDataError(MESSAGES("file_missing", name=name), "") from None
    except OSError as exc:
        raise ImportDataError(MESSAGES("file_unreadable", name=name, why=exc.strerror), "") from None
    if size > MAX_FILE_BYTES:
        raise ImportDataError(MESSAGES("file_too_large", name=name, size=f"{size / 1e6:.1f}"), "")
    if size == 0:
        raise ImportDataError(MESSAGES("file_empty", name=name), "")
    if magic == b"PK\x03\x04":
        return _read_xlsx(path, name)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportDataError(MESSAGES("not_zip", name=name), "")
    return _read_csv(path.read_bytes(), name)


def _check_zip(path: Path, name: str) -> None:
    """Refuse zip bombs from the zip directory, before unpacking anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportDataError(MESSAGES("zip_damaged", name=name), "") from None
    if len(members) > MAX_MEMBERS:
        raise ImportDataError(MESSAGES("zip_parts", name=name, count=len(members)), "")
    total = sum(m.file_size for m in members)
    ratio = max((m.file_size / max(m.compress_size, 1) for m in members), default=0)
    if total > MAX_UNPACKED or ratio > MAX_RATIO:
        raise ImportDataError(MESSAGES("zip_bomb", name=name, size=f"{total / 1e6:.0f}", ratio=f"{ratio:.0f}"), "")


def _read_xlsx(path: Path, name: str) -> SourceTable:
    _check_zip(path, name)
    import defusedxml  # noqa: F401  (openpyxl parses with defusedxml when it is installed)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files; none may reach the user
        raise _unreadable(name, exc) from None
    try:
        if not book.sheetnames:
            raise ImportDataError(MESSAGES("file_no_sheets", name=name), "")
        sheet_name = BUDGET_SHEET if BUDGET_SHEET in book.sheetnames else book.sheetnames[0]
        sheet = book[sheet_name]
        rows = _sheet_rows(sheet, name, shown(sheet_name))
    except ImportDataError:
        raise
    except Exception as exc:
        raise _unreadable(name, exc) from None
    finally:
        book.close()
    return _table(shown(sheet_name), rows, name)


def _unreadable(name: str, exc: BaseException) -> ImportDataError:
    """The error for a workbook openpyxl cannot read; XML entity tricks
    (billion laughs, external entities) that defusedxml stopped are named."""
    from defusedxml import DefusedXmlException

    cause = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return ImportDataError(MESSAGES("xml_entities", name=name), "")
        cause = cause.__cause__ or cause.__context__
    return ImportDataError(MESSAGES("xlsx_unreadable", name=name, why=type(exc).__name__), "")


def _sheet_rows(sheet, name: str, sheet_name: str) -> list[tuple[int, list]]:
    """(row number, values) of every row, refusing more than the caps."""
    rows = []
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True), 1):
        values = list(values)
        if len(values) > MAX_COLUMNS and values[MAX_COLUMNS] not in (None, ""):
            raise ImportDataError(MESSAGES("sheet_too_wide", sheet=sheet_name, name=name, limit=MAX_COLUMNS), "")
        if number > MAX_ROWS + 1:
            raise ImportDataError(MESSAGES("sheet_too_long", sheet=sheet_name, name=name, limit=MAX_ROWS), "")
        rows.append((number, values[:MAX_COLUMNS]))
    return rows


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportDataError(MESSAGES("not_utf8", name=name), "")


def _read_csv(data: bytes, name: str) -> SourceTable:
    text = _decode(data, name)
    if "\x00" in text:
        raise ImportDataError(MESSAGES("csv_binary", name=name), "")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for number, values in enumerate(reader, 1):
            if number > MAX_ROWS + 1:
                raise ImportDataError(MESSAGES("csv_too_long", name=name, limit=MAX_ROWS), "")
            if len(values) > MAX_COLUMNS:
                raise ImportDataError(MESSAGES("csv_too_wide", name=name, limit=MAX_COLUMNS, row=number), "")
            rows.append((number, values))
    except csv.Error as exc:
        raise ImportDataError(MESSAGES("csv_invalid", name=name, row=reader.line_num, why=exc), "") from None
    return _table(name, rows, name)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _table(sheet: str, rows: list[tuple[int, list]], name: str) -> SourceTable:
    """Header = the first non-blank row; data = the non-blank rows after it."""
    filled = [(n, v) for n, v in rows if not all(_blank(x) for x in v)]
    if not filled:
        raise ImportDataError(MESSAGES("file_no_rows", name=name), "")
    header_row, header = filled[0]
    while header and _blank(header[-1]):
        header = header[:-1]
    titles = ["" if h is None else str(h).strip() for h in header]
    return SourceTable(sheet, titles, filled[1:], header_row)
