"""Plans for the forecast and KPI tests: channels with budget lines and
monthly cells, forecast inputs and KPIs, written with the services' row
helpers (no GUI)."""

from __future__ import annotations

from app.services.plan.rows import insert_row
from app.services.plan.storage.plan_file import PlanFile


def add_channel(plan: PlanFile, name: str, planned: list[float] | None = None, **inputs) -> str:
    """A channel with one budget line whose months plan *planned* (Jan…),
    and, when *inputs* are given, its forecast assumption row."""
    channel_id = insert_row(plan, "channel", {"name": name})
    if planned is not None:
        line_id = insert_row(plan, "budget_line", {"channel_id": channel_id, "sub_channel": name})
        with plan.transaction() as conn:
            for month, amount in enumerate(planned, start=1):
                conn.execute(
                    "INSERT INTO budget_cell (budget_line_id, month, planned) VALUES (?, ?, ?)",
                    (line_id, f"2027-{month:02d}", amount),
                )
    if inputs:
        insert_row(plan, "forecast_assumption", {"channel_id": channel_id, **inputs})
    return channel_id


def add_campaign(plan: PlanFile, name: str) -> str:
    """A campaign (for the KPI campaign picker)."""
    return insert_row(plan, "campaign", {"name": name})


def add_kpi(plan: PlanFile, name: str, **fields) -> str:
    """A KPI row with *fields*."""
    return insert_row(plan, "kpi", {"name": name, **fields})
