"""CSV / XLSX table parts of the SWOT & TOWS canvas: ``swot`` (one row per
item) and ``tows`` (one row per strategy with the labels and texts of the
items it cites), e.g. ``stratdeck export PLAN --format csv --part swot``."""

from __future__ import annotations

from app.models.swot.rules import item_labels
from app.services.exchange.exports import ExportTable, table_part
from app.services.plan.storage.plan_file import PlanFile
from app.services.swot.service import list_items
from app.services.swot.strategies import list_strategies


@table_part("swot")
def swot_table(plan: PlanFile) -> ExportTable:
    """One row per SWOT item in board order: label, quadrant, text, weight, evidence."""
    items = list_items(plan)
    labels = item_labels(items)
    table = ExportTable("SWOT", ["label", "quadrant", "text", "weight", "evidence"], numeric={"weight"})
    for item in items:
        table.rows.append([labels[item["id"]], item["quadrant"], item["text"], item["weight"], item["evidence"]])
    return table


@table_part("tows")
def tows_table(plan: PlanFile) -> ExportTable:
    """One row per TOWS strategy: label, kind, text, rationale, cited labels and texts."""
    items = list_items(plan)
    labels = item_labels(items)
    texts = {item["id"]: item["text"] for item in items}
    table = ExportTable("TOWS", ["label", "kind", "text", "rationale", "cites", "cited_items"])
    for strategy in list_strategies(plan):
        cites = [i for i in strategy["cites"] if i in labels]
        table.rows.append(
            [
                strategy["label"],
                strategy["kind"],
                strategy["text"],
                strategy["rationale"],
                ", ".join(labels[i] for i in cites),
                "\n".join(f"{labels[i]} {texts[i]}" for i in cites),
            ]
        )
    return table
