"""Shared helpers of the budget tests: a small plan with channels, a
campaign and budget lines, and a large one for speed checks."""

from __future__ import annotations

from app.services.budget import service as svc
from app.services.overview import service as overview_service
from app.services.plan.rows import insert_row
from app.services.plan.storage.plan_file import PlanFile


def budget_plan(plan: PlanFile, *, period=("2027-01-01", "2027-12-31"), envelope=None, reserve=None) -> dict:
    """Give *plan* a period, four channels (40/30/15/15 %), a campaign
    (March–April) and three lines; return their ids by name."""
    overview_service.set_period(plan, *period)
    ids = {}
    for name, share, color in (
        ("社交媒体", 40.0, "#C8553D"),
        ("电商平台", 30.0, "#F28F3B"),
        ("Search", 15.0, "#588B8B"),
        ("Offline", 15.0, None),
    ):
        ids[name] = insert_row(plan, "channel", {"name": name, "target_share_pct": share, "color": color})
    ids["launch"] = insert_row(
        plan, "campaign", {"name": "Launch", "start_date": "2027-03-10", "end_date": "2027-04-20"}
    )
    ids["tmall"] = svc.add_line(plan, {"channel_id": ids["电商平台"], "sub_channel": "直通车", "owner": "Zhou"}).ids[0]
    ids["xhs"] = svc.add_line(plan, {"channel_id": ids["社交媒体"], "sub_channel": "小红书", "owner": "Chen"}).ids[0]
    ids["buzz"] = svc.add_line(
        plan,
        {"channel_id": ids["社交媒体"], "sub_channel": "Launch buzz", "campaign_id": ids["launch"], "owner": "Chen"},
    ).ids[0]
    if envelope is not None:
        svc.set_total_budget(plan, envelope)
    if reserve is not None:
        svc.set_reserve_pct(plan, reserve)
    return ids


def large_budget(plan: PlanFile, lines: int = 300, months: int = 36) -> None:
    """*lines* budget lines over a *months*-month period, every cell planned
    and the first half with actuals (for the benchmark and speed tests)."""
    end_year = 2027 + (months - 1) // 12
    end_month = (months - 1) % 12 + 1
    overview_service.set_period(plan, "2027-01-01", f"{end_year}-{end_month:02d}-28")
    channels = [insert_row(plan, "channel", {"name": f"Channel {n}", "target_share_pct": 25.0}) for n in range(4)]
    month_keys = [f"{2027 + m // 12}-{m % 12 + 1:02d}" for m in range(months)]
    with plan.transaction() as conn:
        for n in range(lines):
            line_id = f"line-{n:04d}"
            conn.execute(
                "INSERT INTO budget_line (id, position, channel_id, sub_channel, owner, note) "
                "VALUES (?, ?, ?, ?, ?, '')",
                (line_id, n, channels[n % 4], f"Sub {n}", f"Owner {n % 7}"),
            )
            conn.executemany(
                "INSERT INTO budget_cell (budget_line_id, month, planned, actual) VALUES (?, ?, ?, ?)",
                [
                    (line_id, m, 1000.0 + n + i, (1000.0 + n + i) * 1.05 if i < months // 2 else None)
                    for i, m in enumerate(month_keys)
                ],
            )
