"""CSV / XLSX table part of the Risks canvas: ``risks`` (one row per risk,
score and level computed), e.g. ``stratdeck export PLAN --format csv --part
risks``. Kept apart from the service, so finding problems at start-up does
not load the exporters."""

from __future__ import annotations

from app.models.risks import rules as risk_rules
from app.services.exchange.exports import ExportTable, table_part
from app.services.plan.storage.plan_file import PlanFile
from app.services.risks.service import list_risks


@table_part("risks")
def risks_table(plan: PlanFile) -> ExportTable:
    """The register as a table: category key or custom text, score and level
    computed, dates ISO."""
    columns = [
        "title",
        "category",
        "description",
        "likelihood",
        "impact",
        "score",
        "level",
        "owner",
        "mitigation",
        "contingency",
        "status",
        "review_date",
    ]
    table = ExportTable("Risks", columns, numeric={"likelihood", "impact", "score"})
    for risk in list_risks(plan):
        value = risk_rules.score(risk["likelihood"], risk["impact"])
        table.rows.append(
            [
                risk["title"],
                risk["category"],
                risk["description"],
                risk["likelihood"],
                risk["impact"],
                value,
                risk_rules.level(value),
                risk["owner"],
                risk["mitigation"],
                risk["contingency"],
                risk["status"],
                risk["review_date"],
            ]
        )
    return table
