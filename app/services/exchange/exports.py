"""Tabular and file exports that ``stratdeck export`` and the GUI share.

Two registries, filled by the canvases' export modules (named by each
canvas declaration's ``exports()`` and imported on first use, so nothing
heavy loads at start-up):

- **table parts**: ``@table_part("calendar")`` registers a function
  ``(plan) -> ExportTable``. ``--format csv --part calendar`` writes it as
  CSV; the XLSX export writes several parts as sheets.
- **file formats**: ``@file_format("ics")`` registers a function
  ``(plan, output_path, part) -> list[str]`` that writes a whole file
  (ICS, XLSX, the one-page playbooks) and returns the lines to print.

Every cell goes through :func:`safe_cell`, so no exported cell can be read
as a formula by a spreadsheet."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.services.exchange.atomic_write import write_bytes_atomic

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass
class ExportTable:
    """One exported table: a title (sheet name), column headers and rows of
    plain values (str, int, float, None). ``numeric`` names the columns a
    spreadsheet should keep as numbers (they are never formula-escaped,
    because a number cannot be read as a formula)."""

    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    numeric: set[str] = field(default_factory=set)


TABLE_PARTS: dict[str, Callable[..., ExportTable]] = {}
FILE_FORMATS: dict[str, Callable[..., list[str]]] = {}


def table_part(name: str):
    """Register ``func(plan) -> ExportTable`` as the table part *name*."""

    def register(func):
        TABLE_PARTS[name] = func
        return func

    return register


def file_format(name: str):
    """Register ``func(plan, output: Path, part: str | None) -> list[str]``
    as the export format *name*."""

    def register(func):
        FILE_FORMATS[name] = func
        return func

    return register


# Export modules that belong to no canvas: the deck as an editable PPTX.
KERNEL_EXPORT_MODULES: tuple[str, ...] = ("app.services.deck.pptx.export",)


def load() -> None:
    """Import every canvas's export modules (registers their parts and
    formats); each canvas names them in its declaration's ``exports()``;
    then the kernel's (KERNEL_EXPORT_MODULES)."""
    import importlib

    from app.services.canvas_list import CANVASES

    for canvas in CANVASES:
        canvas.exports()
    for module in KERNEL_EXPORT_MODULES:
        importlib.import_module(module)


def safe_cell(value):
    """*value* as an exported cell: numbers stay numbers; text that a
    spreadsheet would read as a formula (starting with = + - @ or a tab or
    line break) gets a leading apostrophe, which Excel and LibreOffice show
    as plain text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


# Characters XML 1.0 cannot hold (so no XLSX cell can): C0 controls other
# than tab and line breaks, and the noncharacters U+FFFE / U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """*text* as an XLSX cell can hold it: a vertical tab (Word's soft line
    break) or form feed becomes a line break, other control characters
    (NUL, ESC…) are dropped; everything else is kept as it is."""
    return _NOT_IN_XML.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


def sheet_cell(value):
    """*value* as an XLSX cell: like safe_cell, after removing what XML
    cannot hold (so a cell that starts with = once cleaned is still escaped)."""
    return safe_cell(xml_text(value) if isinstance(value, str) else value)


def csv_bytes(table: ExportTable) -> bytes:
    """The table as CSV: UTF-8 with a byte-order mark (Excel then reads
    Chinese correctly), CRLF line ends, every field quoted when needed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in table.columns])
    for row in table.rows:
        writer.writerow([safe_cell(v) for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def write_csv(table: ExportTable, output: Path) -> None:
    """Write *table* to *output* as CSV, atomically."""
    write_bytes_atomic(Path(output), csv_bytes(table))
