"""Helpers for the budget exchange tests: a small plan with channels,
campaigns and budget lines, reading the stored budget back, and writing
spreadsheets by hand (openpyxl) the way a user's Excel would."""

from __future__ import annotations

import uuid
from pathlib import Path

from app.services.plan.storage.plan_file import PlanFile

CHANNELS = ("社交媒体", "E-commerce", "Search")
CAMPAIGNS = ("双11 大促", "Spring launch")


def small_plan(path: Path) -> Path:
    """A plan for 2027 with three channels, two campaigns and two budget lines."""
    plan = PlanFile.create(path, title="Budget exchange", language="en")
    try:
        with plan.transaction() as conn:
            conn.execute('UPDATE "plan" SET period_start = ?, period_end = ?', ("2027-01-01", "2027-12-31"))
            for i, name in enumerate(CHANNELS):
                conn.execute("INSERT INTO channel (id, position, name, note) VALUES (?, ?, ?, '')", (f"ch{i}", i, name))
            for i, name in enumerate(CAMPAIGNS):
                conn.execute(
                    "INSERT INTO campaign (id, position, name, objective, owner, status) "
                    "VALUES (?, ?, ?, '', '', 'idea')",
                    (f"cp{i}", i, name),
                )
            conn.execute(
                "INSERT INTO budget_line (id, position, channel_id, sub_channel, campaign_id, owner, note) "
                "VALUES ('l0', 0, 'ch0', '小红书', 'cp0', '陈思远', '=HYPERLINK(\"http://x\")'), "
                "('l1', 1, 'ch1', 'Tmall', NULL, '@ops', '-5% rebate')"
            )
            conn.executemany(
                "INSERT INTO budget_cell (budget_line_id, month, planned, actual) VALUES (?, ?, ?, ?)",
                [
                    ("l0", "2027-01", 1000.0, 1200.5),
                    ("l0", "2027-02", 500.0, None),
                    ("l1", "2027-03", None, 80.0),
                    ("l1", "2026-12", 300.0, None),
                ],  # fmt: skip
            )
    finally:
        plan.close()
    return path


def stored_budget(plan: PlanFile) -> tuple[list[tuple], list[tuple]]:
    """The budget as a user sees it: lines by channel/campaign name in order,
    cells as (line number, month, planned, actual)."""
    lines = plan.conn.execute(
        "SELECT l.id, ch.name, l.sub_channel, cp.name, l.owner, l.note FROM budget_line l "
        "JOIN channel ch ON ch.id = l.channel_id LEFT JOIN campaign cp ON cp.id = l.campaign_id ORDER BY l.position"
    ).fetchall()
    number = {row[0]: i for i, row in enumerate(lines)}
    cells = plan.conn.execute(  # a month with neither amount is the same as no cell
        "SELECT budget_line_id, month, planned, actual FROM budget_cell WHERE planned IS NOT NULL OR actual IS NOT NULL"
    ).fetchall()
    return [tuple(row[1:]) for row in lines], sorted((number[c[0]], c[1], c[2], c[3]) for c in cells)


def write_xlsx(path: Path, rows: list[list], title: str = "Budget") -> Path:
    """A workbook with one sheet holding *rows* exactly as given."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def new_id() -> str:
    """A fresh id for rows written straight into a test plan."""
    return str(uuid.uuid4())
