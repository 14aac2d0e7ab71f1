"""Rules of the Strategy & actions canvas, as pure functions of plain values
(rows as dicts): choices, quarters and an initiative's span, its cost, and
the canvas's findings.

No ORM here: the services import this module at run time."""

from __future__ import annotations

import datetime as dt
import re

from app.models.dates import parse_date
from app.models.findings import INFO, WARNING, Finding

CANVAS = "initiatives"
INITIATIVE_STATUSES = ("planned", "in_progress", "done", "on_hold", "cancelled")
INITIATIVE_PRIORITIES = ("high", "medium", "low")
PARTY_KINDS = ("internal", "partner")
RACI_ROLES = ("R", "A", "C", "I")
CHECKPOINT_RESULTS = ("pending", "on_track", "off_track")
QUARTER_PATTERN = re.compile(r"^(\d{4})-?Q([1-4])$")
LINK_KINDS = ("tows_strategy", "objective", "campaign", "budget_line", "kpi", "risk")


def link_table(kind: str) -> str:
    """The table that links initiatives to rows of *kind* (see LINK_KINDS)."""
    return f"initiative_{kind}"


def link_column(kind: str) -> str:
    """The column of the link table that names the linked row."""
    return f"{kind}_id"


def parse_quarter(text: str) -> tuple[int, int] | None:
    """(year, quarter) of "2027-Q2" (case and spaces forgiven), else None."""
    found = QUARTER_PATTERN.match((text or "").strip().upper().replace(" ", ""))
    return (int(found.group(1)), int(found.group(2))) if found else None


def quarter_bounds(text: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of quarter *text* ("2027-Q2"), else None."""
    parsed = parse_quarter(text)
    if parsed is None:
        return None
    year, number = parsed
    start = dt.date(year, 3 * number - 2, 1)
    end = dt.date(year + 1, 1, 1) if number == 4 else dt.date(year, 3 * number + 1, 1)
    return start, end - dt.timedelta(days=1)


def quarter_of(day: dt.date) -> str:
    """The quarter a date falls in, as "2027-Q2"."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def span(initiative: dict) -> tuple[dt.date | None, dt.date | None]:
    """When an initiative runs: its dates, else its quarter, else (None, None).
    A missing start or end is taken from the quarter when there is one."""
    start, end = parse_date(initiative.get("start_date")), parse_date(initiative.get("end_date"))
    bounds = quarter_bounds(initiative.get("quarter") or "")
    if bounds is not None:
        start, end = start or bounds[0], end or bounds[1]
    return start, end


def quarters(initiative: dict) -> list[str]:
    """Every quarter the initiative runs in (for the roadmap), in order."""
    start, end = span(initiative)
    if start is None and end is None:
        return []
    start, end = start or end, end or start
    found, day = [], start.replace(day=1)
    while day <= end:
        if quarter_of(day) not in found:
            found.append(quarter_of(day))
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return found


def accountable(cells: list[dict], initiative_id: str) -> list[str]:
    """Party ids holding role A for one initiative."""
    return [c["party_id"] for c in cells if c["initiative_id"] == initiative_id and c["role"] == "A"]


def _name(row: dict, fallback: str) -> str:
    return (row.get("name") or row.get("text") or "").strip() or fallback


def check_initiatives(plan_rows: dict, today: dt.date) -> list[Finding]:
    """Findings of the canvas. *plan_rows* holds lists of rows under the keys
    pillars, initiatives, cells, tows_strategies, campaigns, checkpoints and
    links ({kind: {initiative id: [linked ids]}})."""
    found: list[Finding] = []
    initiatives = plan_rows["initiatives"]
    links = plan_rows["links"]
    for number, pillar in enumerate(plan_rows["pillars"], start=1):
        if not any(i["pillar_id"] == pillar["id"] for i in initiatives):
            name = _name(pillar, f"#{number}")
            found.append(Finding(
                "initiatives.pillar_empty", WARNING, CANVAS, f"Pillar '{name}' has no initiative.",
                "pillar", pillar["id"], "name", (("pillar", name),),
            ))  # fmt: skip
    campaigns = {c["id"]: c for c in plan_rows["campaigns"]}
    for number, initiative in enumerate(initiatives, start=1):
        found.extend(_initiative_findings(initiative, number, links, plan_rows["cells"], campaigns))
    carried = {sid for ids in links.get("tows_strategy", {}).values() for sid in ids}
    for number, strategy in enumerate(plan_rows["tows_strategies"], start=1):
        if strategy["id"] not in carried and (strategy.get("text") or "").strip():
            name = _name(strategy, f"#{number}")
            found.append(Finding(
                "initiatives.strategy_uncarried", INFO, CANVAS,
                f"No initiative carries the {strategy['kind']} strategy '{name}'.",
                "tows_strategy", strategy["id"], "", (("strategy", name), ("kind", strategy["kind"])),
            ))  # fmt: skip
    for number, checkpoint in enumerate(plan_rows["checkpoints"], start=1):
        day = parse_date(checkpoint.get("date"))
        if day is not None and day < today and checkpoint.get("result") == "pending":
            name = _name(checkpoint, f"#{number}")
            found.append(Finding(
                "initiatives.checkpoint_overdue", WARNING, CANVAS,
                f"Checkpoint '{name}' was due on {day.isoformat()} and is still pending.",
                "checkpoint", checkpoint["id"], "result", (("checkpoint", name), ("date", day.isoformat())),
            ))  # fmt: skip
    return found


def _initiative_findings(initiative: dict, number: int, links: dict, cells: list[dict], campaigns: dict) -> list:
    """The findings about one initiative."""
    name = _name(initiative, f"#{number}")
    found: list[Finding] = []

    def add(rule: str, message: str, field: str, *extra) -> None:
        found.append(Finding(rule, WARNING, CANVAS, message, "initiative", initiative["id"], field,
                             (("initiative", name), *extra)))  # fmt: skip

    if not (initiative.get("owner") or "").strip():
        add("initiatives.no_owner", f"Initiative '{name}' has no owner.", "owner")
    if not links.get("kpi", {}).get(initiative["id"]):
        add("initiatives.no_kpi", f"Initiative '{name}' has no KPI that measures it.", "kpi")
    count = len(accountable(cells, initiative["id"]))
    if count == 0:
        add("initiatives.no_accountable", f"Initiative '{name}' has no accountable (A) party.", "raci")
    elif count > 1:
        add(
            "initiatives.many_accountable",
            f"Initiative '{name}' has {count} accountable (A) parties; it should have one.",
            "raci",
            ("count", count),
        )
    start, end = span(initiative)
    if start is None or end is None:
        return found
    for campaign_id in links.get("campaign", {}).get(initiative["id"], []):
        campaign = campaigns.get(campaign_id)
        if campaign is None:
            continue
        first, last = parse_date(campaign.get("start_date")), parse_date(campaign.get("end_date"))
        if (first is not None and first < start) or (last is not None and last > end):
            title = _name(campaign, "?")
            add(
                "initiatives.campaign_outside",
                f"Campaign '{title}' runs outside the dates of initiative '{name}' "
                f"({start.isoformat()} – {end.isoformat()}).",
                "campaign",
                ("campaign", title),
                ("start", start.isoformat()),
                ("end", end.isoformat()),
            )
    return found
