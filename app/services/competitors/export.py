"""CSV / XLSX table part of the Competitors canvas: ``competitors``
(``stratdeck export PLAN --format csv --part competitors``)."""

from __future__ import annotations

from app.services.competitors.service import list_competitors
from app.services.exchange.exports import ExportTable, table_part
from app.services.plan.storage.plan_file import PlanFile

COLUMNS = (
    "name", "is_own_brand", "positioning", "price_level", "main_channels", "strengths", "weaknesses",
    "market_share_pct", "price_score", "quality_score", "innovation_score", "reach_score",
    "custom_x_score", "custom_y_score", "strategy", "recent_moves",
)  # fmt: skip
NUMERIC = {c for c in COLUMNS if c.endswith(("_pct", "_score"))}


@table_part("competitors")
def competitors_table(plan: PlanFile) -> ExportTable:
    """One row per competitor (our own brand included), every field but the map axes' names."""
    table = ExportTable("Competitors", list(COLUMNS), numeric=NUMERIC)
    for row in list_competitors(plan):
        table.rows.append([bool(row[c]) if c == "is_own_brand" else row[c] for c in COLUMNS])
    return table
