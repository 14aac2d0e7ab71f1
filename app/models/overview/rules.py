"""Rules of the Overview canvas, as pure functions of plain values."""

from __future__ import annotations

import re

from app.models.dates import parse_date as _parse_date
from app.models.findings import INFO, WARNING, Finding
from app.models.values import COLOR_PATTERN  # noqa: F401  (the overview's brand colour; shared)

MAX_PERIOD_DAYS = 3 * 366
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
CANVAS = "overview"


def period_error(start: str | None, end: str | None) -> str | None:
    """Why a plan period is invalid (end before start), or None."""
    if start and end and end < start:
        return f"The period ends on {end}, before it starts on {start}."
    return None


def check_overview(plan: dict, objectives: list[dict]) -> list[Finding]:
    """Findings about the plan's overview and its objectives."""
    found: list[Finding] = []

    def add(
        rule: str,
        message: str,
        field: str = "",
        severity: str = WARNING,
        table: str = "plan",
        item: str = "",
        args: tuple = (),
    ) -> None:
        found.append(Finding(rule, severity, CANVAS, message, table, item or plan.get("id", ""), field, args))

    if not (plan.get("title") or "").strip():
        add("overview.no_title", "The plan has no title.", "title")
    if not (plan.get("owner") or "").strip():
        add("overview.no_owner", "The plan has no owner.", "owner", INFO)
    start, end = plan.get("period_start"), plan.get("period_end")
    bad = [
        (name, value)
        for name, value in (("period_start", start), ("period_end", end))
        if value and _parse_date(value) is None
    ]
    if not start or not end:
        add("overview.no_period", "The plan period is not set (start and end).", "period_start")
    for name, value in bad:
        add("overview.bad_date", f"The plan period date '{value}' is not a real date.", name, args=(("value", value),))
    if start and end and not bad:
        days = (_parse_date(end) - _parse_date(start)).days
        if days > MAX_PERIOD_DAYS:
            add(
                "overview.long_period",
                f"The plan period is longer than three years ({days + 1} days).",
                "period_end",
                args=(("days", days + 1),),
            )
    if not any((o.get("text") or "").strip() for o in objectives):
        add("overview.no_objectives", "The plan has no objectives.", "objectives")
    for index, objective in enumerate(objectives, start=1):
        if not (objective.get("text") or "").strip():
            add(
                "overview.empty_objective",
                f"Objective {index} is empty.",
                "text",
                INFO,
                "objective",
                objective["id"],
                (("index", index),),
            )
    if not (plan.get("market_context") or "").strip():
        add("overview.no_context", "The market context is empty.", "market_context", INFO)
    return found
