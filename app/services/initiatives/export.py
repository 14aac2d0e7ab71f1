"""CSV / XLSX table parts of the Strategy & actions canvas: ``pillars``,
``initiatives`` (with their links by name and their cost), ``raci`` and
``checkpoints`` (``stratdeck export PLAN --format csv --part initiatives``).
The XLSX export writes the initiatives sheet, so it carries their costs."""

from __future__ import annotations

from app.services.exchange.exports import ExportTable, table_part
from app.services.initiatives import checkpoints, matrix, service
from app.services.plan.storage.plan_file import PlanFile

LINK_COLUMNS = {
    "tows_strategy": "tows_strategies",
    "objective": "objectives",
    "campaign": "campaigns",
    "budget_line": "budget_lines",
    "kpi": "kpis",
    "risk": "risks",
}


def _names(plan: PlanFile, kind: str) -> dict[str, str]:
    return dict(service.link_choices(plan, kind))


@table_part("pillars")
def pillars_table(plan: PlanFile) -> ExportTable:
    """One row per pillar: name, intent, number of initiatives, total planned cost."""
    table = ExportTable(
        "Pillars", ["name", "intent", "initiatives", "planned_cost"], numeric={"initiatives", "planned_cost"}
    )
    costs = service.costs(plan)
    initiatives = service.list_initiatives(plan)
    for pillar in service.list_pillars(plan):
        mine = [i for i in initiatives if i["pillar_id"] == pillar["id"]]
        cost = sum(costs.get(i["id"], {}).get("planned", 0) for i in mine)
        table.rows.append([pillar["name"], pillar["intent"], len(mine), cost])
    return table


@table_part("initiatives")
def initiatives_table(plan: PlanFile) -> ExportTable:
    """One row per initiative: every field, the pillar by name, its links by
    name (joined with " | ") and its planned and actual cost."""
    fields = ["name", "description", "owner", "department", "start_date", "end_date", "quarter", "status", "priority"]
    columns = ["pillar", *fields, *LINK_COLUMNS.values(), "planned_cost", "actual_cost"]
    table = ExportTable("Initiatives", columns, numeric={"planned_cost", "actual_cost"})
    pillars = {p["id"]: p["name"] for p in service.list_pillars(plan)}
    names = {kind: _names(plan, kind) for kind in LINK_COLUMNS}
    links = service.all_links(plan)
    costs = service.costs(plan)
    for initiative in service.list_initiatives(plan):
        linked = [
            " | ".join(names[kind].get(i, "") for i in links[kind].get(initiative["id"], [])) for kind in LINK_COLUMNS
        ]
        cost = costs.get(initiative["id"], {"planned": 0, "actual": 0})
        table.rows.append(
            [pillars.get(initiative["pillar_id"], ""), *(initiative[f] for f in fields), *linked, cost["planned"],
             cost["actual"]]
        )  # fmt: skip
    return table


@table_part("raci")
def raci_table(plan: PlanFile) -> ExportTable:
    """The responsibility matrix: one row per initiative, one column per party."""
    parties = matrix.list_parties(plan)
    roles = matrix.roles(plan)
    table = ExportTable("RACI", ["initiative", *(p["name"] for p in parties)])
    for initiative in service.list_initiatives(plan):
        table.rows.append([initiative["name"], *(roles.get((initiative["id"], p["id"]), "") for p in parties)])
    return table


@table_part("checkpoints")
def checkpoints_table(plan: PlanFile) -> ExportTable:
    """One row per checkpoint: date, what is checked, thresholds as "KPI ≥ value", result, decision."""
    table = ExportTable("Checkpoints", ["date", "name", "kpi_thresholds", "result", "decision"])
    kpis = _names(plan, "kpi")
    pairs = checkpoints.all_thresholds(plan)
    for row in checkpoints.list_checkpoints(plan):
        shown = " | ".join(
            kpis.get(k, "") if t is None else f"{kpis.get(k, '')}: {t:g}" for k, t in pairs.get(row["id"], [])
        )
        table.rows.append([row["date"], row["name"], shown, row["result"], row["decision"]])
    return table
