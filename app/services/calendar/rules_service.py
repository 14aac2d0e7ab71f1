"""The Calendar canvas's rule provider for the Problems panel and
``stratdeck check``: reads campaigns, phases, milestones and channels and
runs app.models.calendar.rules on them.

Rules run after every edit, so the read is kept small: of the phases only
those that can break a rule are read — dated and outside their campaign's
dates or the plan period. The schema's CHECK constraints keep every stored
date a real ``YYYY-MM-DD`` with the end on or after the start, so comparing
the text in SQL is comparing the dates (tests/test_calendar_rules_speed.py
checks the result against reading every phase)."""

from __future__ import annotations

from app.models.calendar.rules import _span, check_calendar
from app.models.findings import Finding
from app.services.plan.problems import rule_provider
from app.services.plan.storage.plan_file import PlanFile

SUSPECT_PHASES = """
SELECT p.id, p.campaign_id, p.kind, p.name, p.start_date, p.end_date
FROM campaign_phase p JOIN campaign c ON c.id = p.campaign_id
WHERE p.start_date IS NOT NULL AND p.end_date IS NOT NULL AND (
    (c.start_date IS NOT NULL AND c.end_date IS NOT NULL AND c.start_date <= c.end_date
     AND (p.start_date < c.start_date OR p.end_date > c.end_date))
    OR (:period AND (p.start_date < :first OR p.end_date > :last)))
ORDER BY p.campaign_id, p.position, p.id
"""


def _dicts(plan: PlanFile, sql: str, params=()) -> list[dict]:
    cursor = plan.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def read_calendar(plan: PlanFile, every_phase: bool = False) -> tuple:
    """The arguments of check_calendar as stored: plan row, campaigns, phases
    (only those that can break a rule unless *every_phase*), milestones,
    campaign-channel links and channels."""
    overview = _dicts(plan, 'SELECT id, period_start, period_end, channel_overlap_days FROM "plan"')[0]
    campaigns = _dicts(plan, "SELECT id, name, status, start_date, end_date FROM campaign ORDER BY position, id")
    links = plan.conn.execute("SELECT campaign_id, channel_id FROM campaign_channel").fetchall()
    if every_phase:
        phases = _dicts(
            plan,
            "SELECT id, campaign_id, kind, name, start_date, end_date FROM campaign_phase "
            "ORDER BY campaign_id, position, id",
        )
    else:
        period = _span(overview, "period_start", "period_end")
        bounds = {"period": period is not None, "first": overview["period_start"], "last": overview["period_end"]}
        phases = _dicts(plan, SUSPECT_PHASES, bounds)
    milestones = _dicts(plan, "SELECT id, name, date FROM milestone ORDER BY position, id")
    channels = _dicts(plan, "SELECT id, name FROM channel ORDER BY position, id")
    return overview, campaigns, phases, milestones, links, channels


@rule_provider
def calendar_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Calendar canvas (campaign, phase and milestone dates,
    channel overlaps beyond the plan's limit)."""
    return check_calendar(*read_calendar(plan))
