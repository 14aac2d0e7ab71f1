"""The budget grid kept between reads, one per open plan.

Reading 300 lines × 36 months costs tens of milliseconds and the rules run
after every edit, so the grid read from a plan is kept with the connection's
write counters: a read finds it current when nothing was written since, and
``budget_service.set_cells`` updates it in place. Any other write (a line,
a channel, the period, an import, a restore) makes the next read load the
file again."""

from __future__ import annotations

import threading
import weakref

from app.models.budget.grid import BudgetGrid, month_range
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile

SETTINGS = (
    "id",
    "currency",
    "period_start",
    "period_end",
    "total_budget",
    "reserve_pct",
    "reserve_min_pct",
    "reserve_max_pct",
    "variance_threshold_pct",
    "language",  # amounts are shown in 万/亿 or K/M by it
)
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # PlanFile -> [version, grid, findings]
_LOCK = threading.Lock()  # the deck worker reads its own PlanFile in another thread


def plan_settings(plan: PlanFile) -> dict:
    """The plan-level budget settings (period, currency, envelope, reserve, limits)."""
    row = plan.conn.execute(f'SELECT {", ".join(SETTINGS)} FROM "plan"').fetchone()
    return dict(zip(SETTINGS, row, strict=True))


def _read_grid(plan: PlanFile) -> BudgetGrid:
    settings = plan_settings(plan)
    cells = plan.conn.execute("SELECT budget_line_id, month, planned, actual FROM budget_cell").fetchall()
    return BudgetGrid(
        month_range(settings["period_start"], settings["period_end"]),
        read_rows(plan.conn, "budget_line"),
        cells,
        read_rows(plan.conn, "channel"),
        read_rows(plan.conn, "campaign"),
        settings,
    )


def version(plan: PlanFile) -> tuple:
    """Changes whenever the file's content may have changed: any row written
    through this connection (total_changes), a restore from a backup (the
    backup API bumps schema_version) or a write by another connection."""
    conn = plan.conn
    return (
        conn,
        conn.total_changes,
        conn.execute("PRAGMA schema_version").fetchone()[0],
        conn.execute("PRAGMA data_version").fetchone()[0],
    )


def cached(plan: PlanFile) -> list:
    """[version, grid, findings or None] of *plan*, read again when the file changed."""
    current = version(plan)
    with _LOCK:
        entry = _CACHE.get(plan)
        if entry is None or entry[0] != current:
            entry = _CACHE[plan] = [current, _read_grid(plan), None]
        return entry


def follow_cells(plan: PlanFile, before: tuple, cells: list) -> None:
    """After set_cells: bring the kept grid up to date when it was current
    before the write; a cell outside the plan period (its month may leave the
    grid) makes the next read load the grid again."""
    with _LOCK:
        entry = _CACHE.get(plan)
        if entry is None:
            return
        grid = entry[1]
        if entry[0] != before or not all(cell[1] in grid.period_months for cell in cells):
            _CACHE.pop(plan, None)
            return
        grid.apply_cells(cells)
        entry[0], entry[2] = version(plan), None
