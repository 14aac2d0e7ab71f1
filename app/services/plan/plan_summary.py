"""Counts per canvas, for ``stratdeck check`` and the start page."""

from __future__ import annotations

from app.services.plan import schema
from app.services.plan.storage.plan_file import PlanFile


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
    from app.services.canvas_list import CANVASES

    for label, pairs in (line for canvas in CANVASES for line in canvas.summary):
        lines.append(f"{label}: " + ", ".join(f"{counts[t]} {noun}" for t, noun in pairs))
    return lines
