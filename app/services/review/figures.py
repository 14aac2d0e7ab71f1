"""Derived figures that moved between two versions of a plan: the budget
envelope, the channel mix, KPI status, risk scores and campaign dates.

Each is worked out by the same rules the canvases use (the budget grid, the
KPI status rule, the risk score), from the documents themselves, so a
snapshot needs no plan file to be compared."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.budget.grid import BudgetGrid, month_range
from app.models.risks import rules as risk_rules
from app.services.budget.cache import SETTINGS
from app.services.forecast.kpis import kpi_status
from app.services.review.documents import table_rows

BUDGET, CHANNEL_MIX, KPI_STATUS, RISK_SCORE, CAMPAIGN_DATES = (
    "budget_envelope",
    "channel_mix",
    "kpi_status",
    "risk_score",
    "campaign_dates",
)
ENVELOPE_PARTS = ("envelope", "reserve", "allocated", "actual", "unallocated")


@dataclass(frozen=True)
class FigureChange:
    """A derived figure that moved: what it is, of which row, before → after.
    ``before``/``after`` are None where the row did not exist."""

    kind: str
    key: str  # the figure's part ("allocated") or the row id (channel, KPI, risk, campaign)
    label: str
    before: object
    after: object


def _grid(document: dict) -> BudgetGrid:
    plan = document.get("plan", {})
    settings = {name: plan.get(name) for name in SETTINGS}
    cells = [
        (c["budget_line_id"], c["month"], c.get("planned"), c.get("actual"))
        for c in table_rows(document, "budget_cell")
    ]
    return BudgetGrid(
        month_range(settings["period_start"], settings["period_end"]),
        table_rows(document, "budget_line"),
        cells,
        table_rows(document, "channel"),
        table_rows(document, "campaign"),
        settings,
    )


def figures(document: dict) -> dict[str, dict[str, tuple[str, object]]]:
    """``{kind: {key: (label, value)}}`` of every derived figure of *document*."""
    grid = _grid(document)
    envelope = grid.envelope()
    result: dict[str, dict[str, tuple[str, object]]] = {
        BUDGET: {part: (part, round(getattr(envelope, part), 2)) for part in ENVELOPE_PARTS},
        CHANNEL_MIX: {
            share.channel_id: (share.name, None if share.share_pct is None else round(share.share_pct, 1))
            for share in grid.shares()
        },
        KPI_STATUS: {k["id"]: (k.get("name", ""), kpi_status(k).status) for k in table_rows(document, "kpi")},
        RISK_SCORE: {},
        CAMPAIGN_DATES: {
            c["id"]: (c.get("name", ""), (c.get("start_date"), c.get("end_date"), c.get("status")))
            for c in table_rows(document, "campaign")
        },
    }
    for risk in table_rows(document, "risk"):
        value = risk_rules.score(risk.get("likelihood"), risk.get("impact"))
        result[RISK_SCORE][risk["id"]] = (risk.get("title", ""), (value, risk_rules.level(value)))
    return result


def figure_changes(old: dict, new: dict) -> list[FigureChange]:
    """Every derived figure whose value differs from *old* to *new*."""
    before, after = figures(old), figures(new)
    changes = []
    for kind in (BUDGET, CHANNEL_MIX, KPI_STATUS, RISK_SCORE, CAMPAIGN_DATES):
        old_values, new_values = before[kind], after[kind]
        for key in dict.fromkeys([*old_values, *new_values]):
            old_entry, new_entry = old_values.get(key), new_values.get(key)
            old_value = None if old_entry is None else old_entry[1]
            new_value = None if new_entry is None else new_entry[1]
            if old_value != new_value:
                label = (new_entry or old_entry)[0]
                changes.append(FigureChange(kind, key, label, old_value, new_value))
    return changes
