"""Helpers for the calendar service tests: plans with campaigns, phases,
channels, milestones and key dates written straight into a plan file."""

from __future__ import annotations

import uuid
from pathlib import Path

from app.services.overview import service as overview_service
from app.services.plan.rows import insert_row
from app.services.plan.storage.plan_file import PlanFile


def calendar_plan(folder: Path, *, language: str = "zh", period=("2027-01-01", "2027-12-31"),
                  overlap_days: int = 7, name: str = "calendar") -> PlanFile:
    """A new, open plan with the given period and channel-overlap limit."""
    plan = PlanFile.create(Path(folder) / f"{name}.stratdeck", title="日历测试", language=language)
    overview_service.set_period(plan, *period)
    with plan.transaction() as conn:
        conn.execute('UPDATE "plan" SET channel_overlap_days = ?', (overlap_days,))
    return plan


def add_channel(plan: PlanFile, name: str, color: str | None = None) -> str:
    """Insert a channel; return its id."""
    channel_id = str(uuid.uuid4())
    with plan.transaction() as conn:
        position = conn.execute("SELECT count(*) FROM channel").fetchone()[0]
        conn.execute("INSERT INTO channel (id, position, name, color, note) VALUES (?, ?, ?, ?, '')",
                     (channel_id, position, name, color))
    return channel_id


def add_campaign(plan: PlanFile, name: str, start: str | None, end: str | None, *, channels=(), status="planned",
                 owner: str = "", objective: str = "", color: str | None = None, phases=(), personas=()) -> str:
    """Insert a campaign with channel links, persona links and phases
    (``(kind, name, start, end)``); return its id."""
    campaign_id = str(uuid.uuid4())
    persona_ids = [insert_row(plan, "persona", {"name": persona}) for persona in personas]
    with plan.transaction() as conn:
        position = conn.execute("SELECT count(*) FROM campaign").fetchone()[0]
        conn.execute(
            "INSERT INTO campaign (id, position, name, objective, owner, status, color, start_date, end_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (campaign_id, position, name, objective, owner, status, color, start, end),
        )
        conn.executemany("INSERT INTO campaign_channel (campaign_id, channel_id, position) VALUES (?, ?, ?)",
                         [(campaign_id, c, n) for n, c in enumerate(channels)])
        conn.executemany("INSERT INTO campaign_persona (campaign_id, persona_id, position) VALUES (?, ?, ?)",
                         [(campaign_id, p, n) for n, p in enumerate(persona_ids)])
        conn.executemany(
            "INSERT INTO campaign_phase (id, position, campaign_id, kind, name, start_date, end_date, description) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '')",
            [(str(uuid.uuid4()), n, campaign_id, *phase) for n, phase in enumerate(phases)],
        )
    return campaign_id


def add_milestone(plan: PlanFile, name: str, date: str, campaign_id: str | None = None) -> str:
    """Insert a milestone; return its id."""
    milestone_id = str(uuid.uuid4())
    with plan.transaction() as conn:
        position = conn.execute("SELECT count(*) FROM milestone").fetchone()[0]
        conn.execute("INSERT INTO milestone (id, position, name, date, campaign_id) VALUES (?, ?, ?, ?, ?)",
                     (milestone_id, position, name, date, campaign_id))
    return milestone_id
