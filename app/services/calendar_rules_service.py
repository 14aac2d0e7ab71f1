"""The Calendar canvas's rule provider for the Problems panel and
``stratdeck check``: reads campaigns, phases, milestones and channels and
runs app.models.calendar_rules on them."""

from __future__ import annotations

from app.models.calendar_rules import check_calendar
from app.models.findings import Finding
from app.services.plan_file import PlanFile
from app.services.problems import rule_provider


def _dicts(plan: PlanFile, sql: str) -> list[dict]:
    cursor = plan.conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@rule_provider
def calendar_findings(plan: PlanFile) -> list[Finding]:
    """Findings of the Calendar canvas (campaign, phase and milestone dates,
    channel overlaps beyond the plan's limit)."""
    overview = _dicts(plan, 'SELECT id, period_start, period_end, channel_overlap_days FROM "plan"')[0]
    campaigns = _dicts(plan, "SELECT id, name, status, start_date, end_date FROM campaign ORDER BY position, id")
    phases = _dicts(plan, "SELECT id, campaign_id, kind, name, start_date, end_date FROM campaign_phase "
                          "ORDER BY campaign_id, position, id")
    milestones = _dicts(plan, "SELECT id, name, date FROM milestone ORDER BY position, id")
    links = plan.conn.execute("SELECT campaign_id, channel_id FROM campaign_channel").fetchall()
    channels = _dicts(plan, "SELECT id, name FROM channel ORDER BY position, id")
    return check_calendar(overview, campaigns, phases, milestones, links, channels)
