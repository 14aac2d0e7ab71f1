"""A plan with one row in every table (tests/full_plan.py), for the
Strategy & actions tests: ids of the rows its initiative links to."""

from __future__ import annotations

from full_plan import ROW_NAMES, every_table_rows
from plan_builders import write_rows

from app.services.plan.storage.plan_file import PlanFile

IDS = {name: f"00000000-0000-4000-8000-{n:012d}" for n, name in enumerate(ROW_NAMES, start=1)}


def strategy_plan(path) -> PlanFile:
    """Create a plan at *path* holding every table's row; return it open."""
    plan = PlanFile.create(path, title="Strategy")
    write_rows(plan, every_table_rows())
    return plan


def table_dump(plan: PlanFile) -> dict[str, list[tuple]]:
    """Every row of every Strategy & actions table, for exact comparisons."""
    tables = (
        "pillar initiative initiative_tows_strategy initiative_objective initiative_campaign initiative_budget_line"
        " initiative_kpi initiative_risk raci_party raci_cell checkpoint checkpoint_kpi"
    ).split()
    return {t: plan.conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall() for t in tables}
