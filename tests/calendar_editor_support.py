"""Helpers for the calendar editor and calendar_service tests: a plan with
campaigns, phases, channels, personas and milestones, built through
calendar_service (tests/calendar_support.py belongs to the key-date and
rules side)."""

from __future__ import annotations

import datetime as dt
import uuid

from app.services.calendar import service as svc
from app.services.plan.rows import insert_row


def add_channel(plan, name: str, color: str = "#336699") -> str:
    """Insert a channel row (channels are edited on the budget canvas)."""
    return insert_row(plan, "channel", {"name": name, "color": color})


def add_persona(plan, name: str) -> str:
    """Insert a persona row (personas are edited on the strategy canvas)."""
    return insert_row(plan, "persona", {"name": name})


def add_campaign(plan, name: str, start: str, end: str, **values) -> str:
    """Add a campaign and return its id."""
    return svc.add_campaign(plan, {"name": name, "start_date": start, "end_date": end, **values}).ids[0]


def add_phase(plan, campaign_id: str, kind: str, start: str, end: str, name: str = "") -> str:
    """Add a phase and return its id."""
    values = {"kind": kind, "name": name or kind, "start_date": start, "end_date": end}
    return svc.add_phase(plan, campaign_id, values).ids[-1]


def build_calendar(plan) -> dict:
    """Two campaigns (one with three phases and a tied milestone), a loose
    milestone, two channels and two personas; returns their ids by short name."""
    with plan.transaction() as conn:
        conn.execute("UPDATE plan SET period_start = '2027-01-01', period_end = '2027-12-31'")
    ids = {
        "social": add_channel(plan, "Social"),
        "ecommerce": add_channel(plan, "E-commerce"),
        "office": add_persona(plan, "Office worker"),
        "family": add_persona(plan, "Family buyer"),
    }
    ids["d11"] = add_campaign(
        plan, "双11 大促", "2027-10-20", "2027-11-15", owner="Zhou", status="planned", color="#8F2D56"
    )
    ids["warm"] = add_phase(plan, ids["d11"], "warm_up", "2027-10-20", "2027-10-31")
    ids["launch"] = add_phase(plan, ids["d11"], "launch", "2027-11-01", "2027-11-11")
    ids["tail"] = add_phase(plan, ids["d11"], "long_tail", "2027-11-12", "2027-11-15")
    ids["stock"] = svc.add_milestone(plan, {"name": "Stock-in", "date": "2027-10-25", "campaign_id": ids["d11"]}).ids[0]
    ids["review"] = svc.add_milestone(plan, {"name": "Year review", "date": "2027-12-20"}).ids[0]
    ids["spring"] = add_campaign(plan, "Spring launch", "2027-03-01", "2027-03-31", owner="Chen", status="idea")
    svc.set_campaign_channels(plan, ids["d11"], [ids["ecommerce"], ids["social"]])
    svc.set_campaign_channels(plan, ids["spring"], [ids["social"]])
    svc.set_campaign_personas(plan, ids["d11"], [ids["family"]])
    svc.set_campaign_personas(plan, ids["spring"], [ids["office"]])
    return ids


def bulk_campaigns(plan, count: int, start: str = "2027-01-01") -> None:
    """Insert *count* campaigns with three phases each in one transaction
    (for speed tests; the service would take one transaction each)."""
    first = dt.date.fromisoformat(start)
    campaigns, phases = [], []
    for i in range(count):
        cid = str(uuid.uuid4())
        begin = first + dt.timedelta(days=(i * 3) % 330)
        days = [begin + dt.timedelta(days=d) for d in (0, 9, 10, 24, 25, 34)]
        color = f"#{(i * 2654435761) % 0xFFFFFF:06X}"
        campaigns.append((cid, i, f"Campaign {i:04d}", "planned", color, days[0].isoformat(), days[5].isoformat()))
        for pos, kind in enumerate(("warm_up", "launch", "long_tail")):
            phases.append(
                (str(uuid.uuid4()), pos, cid, kind, kind, days[pos * 2].isoformat(), days[pos * 2 + 1].isoformat())
            )
    with plan.transaction() as conn:
        conn.executemany(
            "INSERT INTO campaign (id, position, name, objective, owner, status, color, start_date, end_date) "
            "VALUES (?, ?, ?, '', '', ?, ?, ?, ?)",
            campaigns,
        )
        conn.executemany(
            "INSERT INTO campaign_phase (id, position, campaign_id, kind, name, start_date, end_date, description) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '')",
            phases,
        )
