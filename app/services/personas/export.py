"""CSV / XLSX table parts of the Personas & segments canvas: ``personas``,
``value_tiers`` and ``journeys`` (``stratdeck export PLAN --format csv
--part personas``). Photos are not exported (they stay in the plan and the
JSON export)."""

from __future__ import annotations

from app.models.personas.rules import JOURNEY_STAGES
from app.services.exchange.exports import ExportTable, table_part
from app.services.personas.service import FIELDS, list_personas
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


@table_part("personas")
def personas_table(plan: PlanFile) -> ExportTable:
    """One row per persona: every text field, the share, whether it has a photo."""
    columns = [*FIELDS, "has_photo"]
    table = ExportTable("Personas", columns, numeric={"customer_share_pct"})
    for persona in list_personas(plan):
        table.rows.append([persona[f] for f in FIELDS] + ["yes" if persona["photo_mime"] else "no"])
    return table


@table_part("value_tiers")
def value_tiers_table(plan: PlanFile) -> ExportTable:
    """One row per value tier, in order."""
    columns = ["name", "customer_share_pct", "revenue_share_pct", "service_level", "response_time"]
    table = ExportTable("Value tiers", columns, numeric={"customer_share_pct", "revenue_share_pct"})
    for tier in read_rows(plan.conn, "value_tier"):
        table.rows.append([tier[c] for c in columns])
    return table


@table_part("journeys")
def journeys_table(plan: PlanFile) -> ExportTable:
    """One row per filled journey stage: persona, stage, touchpoints, channels, tactic."""
    table = ExportTable("Journeys", ["persona", "stage", "touchpoints", "channels", "tactic"])
    names = {p["id"]: p["name"] for p in list_personas(plan, columns=("id", "name"))}
    order = {p: n for n, p in enumerate(names)}
    stages = read_rows(plan.conn, "journey_stage")
    stages.sort(key=lambda s: (order.get(s["persona_id"], len(order)), JOURNEY_STAGES.index(s["stage"])))
    for stage in stages:
        table.rows.append(
            [
                names.get(stage["persona_id"], ""),
                stage["stage"],
                stage["touchpoints"],
                stage["channels"],
                stage["tactic"],
            ]
        )
    return table
