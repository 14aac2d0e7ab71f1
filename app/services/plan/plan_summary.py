"""Counts per canvas, for ``stratdeck check`` and the start page."""

from __future__ import annotations

from app.services.plan import schema
from app.services.plan.plan_file import PlanFile

# canvas label -> (table, noun) pairs counted for it
CANVAS_TABLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Overview", (("objective", "objectives"),)),
    ("SWOT & TOWS", (("swot_item", "SWOT items"), ("tows_strategy", "TOWS strategies"))),
    (
        "Personas & segments",
        (("persona", "personas"), ("value_tier", "value tiers"), ("journey_stage", "journey stages")),
    ),
    ("Competitors", (("competitor", "competitors"),)),
    (
        "Strategy & actions",
        (
            ("pillar", "pillars"),
            ("initiative", "initiatives"),
            ("raci_party", "teams and partners"),
            ("checkpoint", "checkpoints"),
        ),
    ),
    (
        "Campaign calendar",
        (
            ("campaign", "campaigns"),
            ("campaign_phase", "phases"),
            ("milestone", "milestones"),
            ("key_date", "key dates"),
        ),
    ),
    (
        "Budget & forecast",
        (("channel", "channels"), ("budget_line", "budget lines"), ("forecast_assumption", "forecasts")),
    ),
    ("KPIs", (("kpi", "KPIs"),)),
    ("Risks & crisis", (("risk", "risks"), ("severity_level", "severity levels"), ("playbook", "playbooks"))),
)


def count_rows(plan: PlanFile) -> dict[str, int]:
    """Number of rows in every plan table."""
    return {t.name: plan.conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in schema.tables()}


def summary_lines(plan: PlanFile) -> list[str]:
    """Title, format version and one line of counts per canvas."""
    counts = count_rows(plan)
    title, start, end = plan.conn.execute('SELECT title, period_start, period_end FROM "plan"').fetchone()
    version = plan.conn.execute("PRAGMA user_version").fetchone()[0]
    period = f"{start or '?'} – {end or '?'}"
    lines = [f"Plan: {title or '(untitled)'}", f"Period: {period}", f"Plan format: {version}"]
    for label, pairs in CANVAS_TABLES:
        lines.append(f"{label}: " + ", ".join(f"{counts[t]} {noun}" for t, noun in pairs))
    return lines
