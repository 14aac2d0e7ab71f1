"""The budget in and out of Excel: the "budget" table part (CSV), the XLSX
export (budget, forecast and KPI sheets) and the budget import (XLSX or CSV,
all or nothing). See docs/budget-exchange.md for the layouts.

Import: every bad cell is reported with sheet, row and column; nothing is
stored unless the whole file is valid; a valid file replaces every budget
line and cell of the plan in one transaction, and the old budget is kept in
the Change (``extra["snapshot"]``) so ``restore_budget`` can undo it."""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.models.budget.grid import month_range
from app.services.budget.budget_import import FIELD_TITLES, ParsedBudget, read_budget
from app.services.budget.messages import MESSAGES
from app.services.exchange import exports
from app.services.exchange.atomic_write import write_bytes_atomic
from app.services.exchange.exports import ExportTable, file_format, sheet_cell, table_part
from app.services.plan import kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, UsageError, shown
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "budget"
SHEET_PARTS = ("budget", "forecast", "kpis", "initiatives")  # initiatives: their costs


@dataclass
class BudgetSnapshot:
    """Every budget line and cell of a plan, to put back (undo and redo)."""

    lines: list[dict]
    cells: list[tuple]


# -- export ------------------------------------------------------------------------
def export_months(plan: PlanFile) -> list[str]:
    """The month columns: the plan period's months and any other month that
    holds a cell (so nothing is lost in a round trip), in order."""
    start, end = plan.conn.execute('SELECT period_start, period_end FROM "plan"').fetchone()
    months = set(month_range(start, end))
    months.update(m for (m,) in plan.conn.execute("SELECT DISTINCT month FROM budget_cell"))
    return sorted(months)


@table_part("budget")
def budget_part(plan: PlanFile) -> ExportTable:
    """One row per budget line: channel, sub-channel, campaign, owner, note,
    then '<month> planned' and '<month> actual' for every month."""
    months = export_months(plan)
    channels = {r["id"]: r["name"] for r in read_rows(plan.conn, "channel")}
    campaigns = {r["id"]: r["name"] for r in read_rows(plan.conn, "campaign")}
    cells = {(c[0], c[1]): (c[2], c[3]) for c in
             plan.conn.execute("SELECT budget_line_id, month, planned, actual FROM budget_cell")}  # fmt: skip
    amounts = [f"{m} {layer}" for m in months for layer in ("planned", "actual")]
    rows = []
    for line in read_rows(plan.conn, "budget_line"):
        row = [channels.get(line["channel_id"], ""), line["sub_channel"], campaigns.get(line["campaign_id"], ""),
               line["owner"], line["note"]]  # fmt: skip
        for month in months:
            row.extend(cells.get((line["id"], month), (None, None)))
        rows.append(row)
    return ExportTable("Budget", [*FIELD_TITLES.values(), *amounts], rows, set(amounts))


@file_format("xlsx")
def export_xlsx(plan: PlanFile, output: Path, part: str | None = None) -> list[str]:
    """The budget, forecast and KPI sheets (those registered; or only *part*)
    as one workbook, written atomically."""
    parts = [part] if part else [p for p in SHEET_PARTS if p in exports.TABLE_PARTS]
    if part and part not in exports.TABLE_PARTS:
        raise UsageError(
            f"--part '{shown(part)}' is not a table (available: {', '.join(sorted(exports.TABLE_PARTS))})."
        )
    from app.services.exchange.header_words import localised, plan_language

    language = plan_language(plan)  # headers and sheet names in the plan's language
    tables = [localised(exports.TABLE_PARTS[p](plan), language) for p in parts]
    write_bytes_atomic(Path(output), workbook_bytes(tables))
    return [f"Exported {output} (sheets: {', '.join(t.title for t in tables)})"]


def workbook_bytes(tables: list[ExportTable]) -> bytes:
    """*tables* as an XLSX workbook: bold header, numbers as numbers, text as
    text (never a formula), panes frozen below the header and after the text
    columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title))
        numeric = [c in table.numeric for c in table.columns]
        sheet.append([sheet_cell(c) for c in table.columns])
        for cell in sheet[1]:
            cell.font = bold
        for values in table.rows:
            sheet.append([_sheet_value(v, num) for v, num in zip(values, numeric, strict=True)])
        for row in sheet.iter_rows(min_row=1):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl writes any str starting with "=" as a formula otherwise
        text_columns = next((i for i, n in enumerate(numeric) if n), len(numeric))
        sheet.freeze_panes = f"{get_column_letter(max(text_columns, 1) + 1)}2" if text_columns else "A2"
        for index, title in enumerate(table.columns, 1):
            width = 12 if numeric[index - 1] else min(40, max(10, len(str(title)) + 2))
            sheet.column_dimensions[get_column_letter(index)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_value(value, numeric: bool):
    """A cell value: a blank stays empty, a number in a numeric column stays a
    number, everything else is text through sheet_cell (never a formula)."""
    if value is None or value == "":
        return None
    if numeric and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return sheet_cell(value)


def _sheet_title(title: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Sheet"


# -- import: storing ---------------------------------------------------------------------
def take_snapshot(plan: PlanFile) -> BudgetSnapshot:
    """Every budget line and cell of the plan, as they are now."""
    cells = plan.conn.execute("SELECT budget_line_id, month, planned, actual FROM budget_cell").fetchall()
    return BudgetSnapshot(read_rows(plan.conn, "budget_line"), [tuple(c) for c in cells])


def _replace(plan: PlanFile, snapshot: BudgetSnapshot) -> None:
    columns = ("id", "position", "channel_id", "sub_channel", "campaign_id", "owner", "note")
    kept_links.keep(plan, "budget_line", [r[0] for r in plan.conn.execute("SELECT id FROM budget_line")])
    with plan.transaction() as conn:
        conn.execute("DELETE FROM budget_cell")
        conn.execute("DELETE FROM budget_line")
        conn.executemany(
            f"INSERT INTO budget_line ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [tuple(line[c] for c in columns) for line in snapshot.lines],
        )
        conn.executemany(
            "INSERT INTO budget_cell (budget_line_id, month, planned, actual) VALUES (?, ?, ?, ?)", snapshot.cells
        )
        kept_links.put_back(conn, plan, "budget_line", [line["id"] for line in snapshot.lines])


def apply_budget(plan: PlanFile, parsed: ParsedBudget) -> Change:
    """Replace the plan's budget lines and cells with *parsed*, in one
    transaction. ``extra['snapshot']`` holds the old budget (for undo) and
    ``extra['imported']`` the new one (for redo)."""
    old = take_snapshot(plan)
    ids = [str(uuid.uuid4()) for _ in parsed.lines]
    lines = [{"id": ids[i], "position": i, **line} for i, line in enumerate(parsed.lines)]
    cells = [(ids[index], month, planned, actual) for index, month, planned, actual in parsed.cells]
    new = BudgetSnapshot(lines, cells)
    _replace(plan, new)
    return Change(
        CANVAS,
        "budget_line",
        tuple(ids),
        structure=True,
        extra={"snapshot": old, "imported": new, "cell_count": len(cells), "encoding": parsed.encoding},
    )


def restore_budget(plan: PlanFile, snapshot: BudgetSnapshot) -> Change:
    """Put back a budget taken with take_snapshot (undo and redo of an import)."""
    try:
        _replace(plan, snapshot)
    except EditRefused:
        raise EditRefused("", MESSAGES("cannot_put_back")) from None
    return Change(CANVAS, "budget_line", tuple(line["id"] for line in snapshot.lines), structure=True)


def import_budget(plan: PlanFile, path: Path, mapping: dict[str, int] | None = None) -> Change:
    """Read, check and store a budget file (all or nothing); see read_budget and apply_budget."""
    return apply_budget(plan, read_budget(plan, path, mapping))
