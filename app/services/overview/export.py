"""CSV / XLSX table part of the Overview canvas: ``objectives``
(``stratdeck export PLAN --format csv --part objectives``)."""

from __future__ import annotations

from app.services.exchange.exports import ExportTable, table_part
from app.services.overview.service import list_objectives
from app.services.plan.storage.plan_file import PlanFile


@table_part("objectives")
def objectives_table(plan: PlanFile) -> ExportTable:
    """One row per objective, in plan order: objective, metric, target."""
    table = ExportTable("Objectives", ["Objective", "Metric", "Target"])
    for objective in list_objectives(plan):
        table.rows.append([objective["text"], objective["metric"], objective["target"]])
    return table
