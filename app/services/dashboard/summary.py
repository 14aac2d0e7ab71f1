"""The plan dashboard's figures, read from the canvases' services: the
objectives with the status of their KPI, the budget against its envelope,
the next campaigns, the top risks and the findings per canvas. No Qt.

An objective is linked to the KPI whose name best matches its metric
(shared words, or shared character pairs for Chinese); objectives and KPIs
carry no explicit link in the plan format."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import field

from app.models.frozen import frozen_model
from app.services.plan.storage.plan_file import PlanFile

MATCH_AT = 0.5  # share of the shorter name's tokens the other must contain
CLOSED_RISK = ("closed",)
ENDED_CAMPAIGN = ("done", "cancelled")


@frozen_model
class ObjectiveLine:
    """One objective and, when one matches, its KPI and status."""

    objective_id: str
    text: str
    metric: str
    target: str
    kpi_id: str = ""
    kpi_name: str = ""
    status: str = ""  # green / amber / red / no_data / no_target; "" = no KPI linked
    progress: float | None = None


@frozen_model
class BudgetLine:
    """Envelope, reserve, allocated, actual and unallocated, in the plan's currency."""

    currency: str
    envelope: float
    reserve: float
    allocated: float
    actual: float
    unallocated: float
    language: str = "zh"  # amounts in 万/亿 (zh) or K/M (en), the plan's way

    @property
    def allocated_share(self) -> float | None:
        """Allocated (with the reserve) as a share of the envelope, 0..1+."""
        return (self.allocated + self.reserve) / self.envelope if self.envelope else None


@frozen_model
class Dashboard:
    """Everything the dashboard shows."""

    title: str
    period: tuple[str, str]
    objectives: list[ObjectiveLine]
    kpi_counts: dict[str, int]
    budget: BudgetLine
    next_campaigns: list[dict]
    top_risks: list[dict]
    findings: dict[str, int] = field(default_factory=dict)


def tokens(text: str) -> set[str]:
    """Lower-case words of three or more letters, plus pairs of adjacent CJK characters."""
    text = (text or "").lower()
    words = {w for w in re.findall(r"[a-z0-9][a-z0-9'\-]{2,}", text)}
    cjk = re.sub(r"[^\u4e00-\u9fff]", " ", text).split()
    pairs = {run[i : i + 2] for run in cjk for i in range(len(run) - 1)}
    return words | pairs


def match_score(metric: str, kpi_name: str) -> float:
    """How well a KPI name matches an objective's metric (0..1)."""
    a, b = tokens(metric), tokens(kpi_name)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def objective_lines(objectives: list[dict], scorecard: list[tuple[dict, object]]) -> list[ObjectiveLine]:
    """Each objective with the best-matching KPI (if any matches well enough)."""
    lines = []
    for objective in objectives:
        metric = objective.get("metric") or ""
        best, best_score = None, 0.0
        for kpi, status in scorecard:
            score = match_score(metric or objective.get("text") or "", kpi.get("name") or "")
            if score > best_score:
                best, best_score = (kpi, status), score
        base = dict(
            objective_id=objective["id"],
            text=objective.get("text") or "",
            metric=metric,
            target=objective.get("target") or "",
        )
        if best is not None and best_score >= MATCH_AT:
            kpi, status = best
            lines.append(
                ObjectiveLine(
                    **base,
                    kpi_id=kpi["id"],
                    kpi_name=kpi.get("name") or "",
                    status=status.status,
                    progress=status.progress,
                )
            )
        else:
            lines.append(ObjectiveLine(**base))
    return lines


def next_campaigns(campaigns: list[dict], today: dt.date, count: int = 4) -> list[dict]:
    """Campaigns not yet over (by end date, or undated), soonest first."""
    upcoming = [
        c
        for c in campaigns
        if c.get("status") not in ENDED_CAMPAIGN and (c.get("end_date") or "9999") >= today.isoformat()
    ]
    upcoming.sort(key=lambda c: (c.get("start_date") or "9999", c.get("name") or ""))
    return upcoming[:count]


def top_risks(risks: list[dict], count: int = 5) -> list[dict]:
    """Risks that are not closed, highest likelihood × impact first."""
    live = [
        dict(r, score=(r.get("likelihood") or 0) * (r.get("impact") or 0))
        for r in risks
        if r.get("status") not in CLOSED_RISK
    ]
    live.sort(key=lambda r: (-r["score"], r.get("position", 0)))
    return live[:count]


def build_dashboard(plan: PlanFile, today: dt.date | None = None, findings: list | None = None) -> Dashboard:
    """The dashboard of *plan*; *findings* are the Problems panel's (run here when not given)."""
    # rows through the kernel and the budget's grid cache, not the canvases'
    # editing services: the dashboard is the first page a plan opens on
    from app.services.budget.cache import cached
    from app.services.calendar.reading import list_campaigns
    from app.services.forecast import kpis
    from app.services.plan.rows import plan_language, query_rows, read_rows

    overview = query_rows(plan.conn, 'SELECT * FROM "plan"')[0]
    scorecard = kpis.scorecard(plan)
    counts: dict[str, int] = {}
    for _kpi, status in scorecard:
        counts[status.status] = counts.get(status.status, 0) + 1
    envelope = cached(plan)[1].envelope()
    money = BudgetLine(
        overview.get("currency") or "",
        envelope.envelope,
        envelope.reserve,
        envelope.allocated,
        envelope.actual,
        envelope.unallocated,
        plan_language(plan),
    )
    if findings is None:
        from app.services.plan import problems

        findings = problems.collect_findings(plan)
    per_canvas: dict[str, int] = {}
    for finding in findings:
        per_canvas[finding.canvas] = per_canvas.get(finding.canvas, 0) + 1
    return Dashboard(
        title=overview.get("title") or "",
        period=(overview.get("period_start") or "", overview.get("period_end") or ""),
        objectives=objective_lines(read_rows(plan.conn, "objective"), scorecard),
        kpi_counts=counts,
        budget=money,
        next_campaigns=next_campaigns(list_campaigns(plan), today or dt.date.today()),
        top_risks=top_risks(read_rows(plan.conn, "risk")),
        findings=per_canvas,
    )
