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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.services.budget.messages import MESSAGES as BUDGET
from app.services.exchange.messages import MESSAGES
from app.services.plan.errors import ImportDataError, shown
from app.services.plan.storage import safe_files

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
    encoding: str = ""  # CSV: the encoding the text was read in (UTF-8 or GB18030)


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
        # one read of a regular file, capped while reading: a FIFO or a device is refused, not waited on
        data = safe_files.read_regular(path, MAX_FILE_BYTES)
    except safe_files.FileTooLarge:
        size = _size(path)
        raise ImportDataError(BUDGET("file_too_large", name=name, size=f"{size / 1e6:.1f}"), "") from None
    except safe_files.NotRegularFile as exc:
        raise ImportDataError(safe_files.not_regular_message(name, exc.kind), "") from None
    except FileNotFoundError:
        raise ImportDataError(BUDGET("file_missing", name=name), "") from None
    except OSError as exc:
        raise ImportDataError(BUDGET("file_unreadable", name=name, why=exc.strerror), "") from None
    if not data:
        raise ImportDataError(BUDGET("file_empty", name=name), "")
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, name)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportDataError(BUDGET("not_zip", name=name), "")
    return _read_csv(data, name)


def _size(path: Path) -> int:
    """The size of a file found too large while reading (it may have grown)."""
    try:
        return max(path.stat().st_size, MAX_FILE_BYTES + 1)
    except OSError:
        return MAX_FILE_BYTES + 1


def _check_zip(data: bytes, name: str) -> None:
    """Refuse zip bombs from the zip directory, before unpacking anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportDataError(BUDGET("zip_damaged", name=name), "") from None
    if len(members) > MAX_MEMBERS:
        raise ImportDataError(BUDGET("zip_parts", name=name, count=len(members)), "")
    total = sum(m.file_size for m in members)
    ratio = max((m.file_size / max(m.compress_size, 1) for m in members), default=0)
    if total > MAX_UNPACKED or ratio > MAX_RATIO:
        raise ImportDataError(BUDGET("zip_bomb", name=name, size=f"{total / 1e6:.0f}", ratio=f"{ratio:.0f}"), "")


def _read_xlsx(data: bytes, name: str) -> SourceTable:
    _check_zip(data, name)
    with _workbook(data, name, saved_values=True) as book:
        if not book.sheetnames:
            raise ImportDataError(BUDGET("file_no_sheets", name=name), "")
        sheet_name = BUDGET_SHEET if BUDGET_SHEET in book.sheetnames else book.sheetnames[0]
        rows = _sheet_rows(book[sheet_name], name, shown(sheet_name))
    if any(value is None for _number, values in rows for value in values):
        _refuse_formulas_without_values(data, name, sheet_name, rows)
    return _table(shown(sheet_name), rows, name)


def _refuse_formulas_without_values(data: bytes, name: str, sheet_name: str, rows: list) -> None:
    """A formula cell read as blank (``data_only`` reads the saved value,
    and scripts write formulas without one) would silently blank an amount:
    read the formulas and refuse the first such cell, naming it."""
    with _workbook(data, name, saved_values=False) as book:
        formulas = book[sheet_name].iter_rows(max_col=MAX_COLUMNS, max_row=len(rows), values_only=True)
        for (number, values), written in zip(rows, formulas, strict=False):
            for column, (value, formula) in enumerate(zip(values, written, strict=False)):
                if value is None and isinstance(formula, str) and formula.startswith("="):
                    raise ImportDataError(
                        MESSAGES(
                            "sheet_formula_without_value",
                            sheet=shown(sheet_name),
                            file=name,
                            cell=f"{column_letter(column)}{number}",
                            formula=shown(formula, 40),
                        ),
                        "",
                    )


@contextmanager
def _workbook(data: bytes, name: str, *, saved_values: bool) -> Iterator:
    """The workbook in *data*, read-only: the values saved with each formula
    when *saved_values*, else the formulas. A file openpyxl cannot read, at
    opening or while it is read inside the block, is refused as unreadable;
    the book is closed after the block."""
    import defusedxml  # noqa: F401  (openpyxl parses with defusedxml when it is installed)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=saved_values)
    except Exception as exc:  # openpyxl raises many types for damaged files; none may reach the user
        raise _unreadable(name, exc) from None
    try:
        yield book
    except ImportDataError:
        raise
    except Exception as exc:
        raise _unreadable(name, exc) from None
    finally:
        book.close()


def _unreadable(name: str, exc: BaseException) -> ImportDataError:
    """The error for a workbook openpyxl cannot read; XML entity tricks
    (billion laughs, external entities) that defusedxml stopped are named."""
    from defusedxml import DefusedXmlException

    cause = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return ImportDataError(BUDGET("xml_entities", name=name), "")
        cause = cause.__cause__ or cause.__context__
    return ImportDataError(BUDGET("xlsx_unreadable", name=name, why=type(exc).__name__), "")


def _sheet_rows(sheet, name: str, sheet_name: str) -> list[tuple[int, list]]:
    """(row number, values) of every row, refusing more than the caps."""
    rows = []
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True), 1):
        values = list(values)
        if len(values) > MAX_COLUMNS and values[MAX_COLUMNS] not in (None, ""):
            raise ImportDataError(BUDGET("sheet_too_wide", sheet=sheet_name, name=name, limit=MAX_COLUMNS), "")
        if number > MAX_ROWS + 1:
            raise ImportDataError(BUDGET("sheet_too_long", sheet=sheet_name, name=name, limit=MAX_ROWS), "")
        rows.append((number, values[:MAX_COLUMNS]))
    return rows


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a CSV file: UTF-8 (with or without a byte-order
    mark), else GB18030. A file mixing both (a UTF-8 file pasted into from a
    GBK one) is refused naming a line of each: read as either encoding, part
    of it would be mojibake (张三 → 寮犱笁)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    utf8_line = other_line = None
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
        except UnicodeDecodeError:
            other_line = other_line or number
        if utf8_line and other_line:
            raise ImportDataError(
                MESSAGES("csv_mixed_encodings", file=name, utf8_line=utf8_line, other_line=other_line), ""
            )
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        raise ImportDataError(BUDGET("not_utf8", name=name), "") from None


def _read_csv(data: bytes, name: str) -> SourceTable:
    text, encoding = _decode(data, name)
    if "\x00" in text:
        raise ImportDataError(BUDGET("csv_binary", name=name), "")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for number, values in enumerate(reader, 1):
            if number > MAX_ROWS + 1:
                raise ImportDataError(BUDGET("csv_too_long", name=name, limit=MAX_ROWS), "")
            if len(values) > MAX_COLUMNS:
                raise ImportDataError(BUDGET("csv_too_wide", name=name, limit=MAX_COLUMNS, row=number), "")
            rows.append((number, values))
    except csv.Error as exc:
        raise ImportDataError(BUDGET("csv_invalid", name=name, row=reader.line_num, why=exc), "") from None
    table = _table(name, rows, name)
    table.encoding = encoding
    return table


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _table(sheet: str, rows: list[tuple[int, list]], name: str) -> SourceTable:
    """Header = the first non-blank row; data = the non-blank rows after it."""
    filled = [(n, v) for n, v in rows if not all(_blank(x) for x in v)]
    if not filled:
        raise ImportDataError(BUDGET("file_no_rows", name=name), "")
    header_row, header = filled[0]
    while header and _blank(header[-1]):
        header = header[:-1]
    titles = ["" if h is None else str(h).strip() for h in header]
    return SourceTable(sheet, titles, filled[1:], header_row)
