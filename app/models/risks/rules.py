"""Rules of the Risks and Crisis-playbook canvases, as pure functions of
plain values (rows as dicts): scores and levels, categories, time offsets,
holding-statement placeholders and the findings of both canvases."""

from __future__ import annotations

import datetime as dt
import re

from app.models.dates import parse_date as _parse_date
from app.models.findings import INFO, WARNING, Finding

RISK_CANVAS = "risks"
PLAYBOOK_CANVAS = "playbooks"

# Stable keys stored in risk.category; anything else is a custom category
# kept as typed. English labels here, translations in the views and the deck.
CATEGORIES = {
    "supply_chain": "Supply chain",
    "data_security": "Data security",
    "reputation": "Reputation / public opinion",
    "product_quality": "Product quality",
    "credit": "Credit",
    "concentration": "Concentration",
    "operations": "Operations",
    "compliance": "Compliance",
}
STATUSES = ("open", "monitoring", "mitigated", "closed")

# Score = likelihood × impact (1…25). Bands: 1–4 low, 5–9 medium,
# 10–16 high, 20–25 critical (no product falls between 16 and 20).
LEVELS = ("low", "medium", "high", "critical")
LEVEL_FLOORS = (("critical", 20), ("high", 10), ("medium", 5), ("low", 1))
LEVEL_COLOURS = {"low": "#7CB342", "medium": "#F2C230", "high": "#F08A24", "critical": "#D93B30"}

PLACEHOLDERS = ("brand", "date", "product")
PLACEHOLDER_PATTERN = re.compile(r"\{([^{}\n]*)\}")


def score(likelihood: int | None, impact: int | None) -> int:
    """Risk score = likelihood × impact (0 when either is missing)."""
    return (likelihood or 0) * (impact or 0)


def level(value: int) -> str:
    """The level band of a score: low, medium, high or critical."""
    for name, floor in LEVEL_FLOORS:
        if value >= floor:
            return name
    return "low"


def level_colour(value: int) -> str:
    """The heat-map colour (#RRGGBB) of a score."""
    return LEVEL_COLOURS[level(value)]


def is_high(risk: dict) -> bool:
    """True for a risk whose score is in the high or critical band."""
    return level(score(risk.get("likelihood"), risk.get("impact"))) in ("high", "critical")


def category_key(text: str) -> str:
    """The stored value for a category typed or picked by the user: a fixed
    key when *text* is a key or its English label, else the text itself."""
    text = (text or "").strip()
    if text in CATEGORIES:
        return text
    for key, label in CATEGORIES.items():
        if text.casefold() == label.casefold():
            return key
    return text


def heat_counts(risks: list[dict]) -> dict[tuple[int, int], int]:
    """Number of risks per (likelihood, impact) cell of the 5×5 map."""
    counts: dict[tuple[int, int], int] = {}
    for risk in risks:
        cell = (risk.get("likelihood"), risk.get("impact"))
        if cell[0] and cell[1]:
            counts[cell] = counts.get(cell, 0) + 1
    return counts


def top_risks(risks: list[dict], limit: int = 10) -> list[dict]:
    """Risks that are not closed, highest score first (register order on ties)."""
    live = [r for r in risks if r.get("status") != "closed"]
    return sorted(live, key=lambda r: -score(r.get("likelihood"), r.get("impact")))[:limit]


def offset_parts(minutes: int | None) -> tuple[int, int] | None:
    """(hours, minutes) of a step offset, or None when it is not set."""
    if minutes is None:
        return None
    return divmod(int(minutes), 60)


def offset_text(minutes: int | None) -> str:
    """A step offset in English war-room form: T+0, T+15 min, T+1 h,
    T+1 h 30 min, T+24 h; 'T+?' when not set."""
    parts = offset_parts(minutes)
    if parts is None:
        return "T+?"
    hours, rest = parts
    if hours and rest:
        return f"T+{hours} h {rest} min"
    if hours:
        return f"T+{hours} h"
    return f"T+{rest} min" if rest else "T+0"


def fill_placeholders(text: str, values: dict[str, str]) -> tuple[str, list[str]]:
    """*text* with {brand}/{date}/{product} replaced by *values*; return it
    and the placeholders left as written: unknown names, and known ones whose
    value is empty. Text without braces comes back unchanged."""
    left: list[str] = []

    def replace(match: re.Match) -> str:
        name = match.group(1)
        value = values.get(name, "") if name in PLACEHOLDERS else ""
        if value:
            return value
        if match.group(0) not in left:
            left.append(match.group(0))
        return match.group(0)

    return PLACEHOLDER_PATTERN.sub(replace, text or ""), left


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders in *text* that Stratdeck does not know (e.g. {prodcut})."""
    found = []
    for match in PLACEHOLDER_PATTERN.finditer(text or ""):
        if match.group(1) not in PLACEHOLDERS and match.group(0) not in found:
            found.append(match.group(0))
    return found


def check_risks(risks: list[dict], today: dt.date) -> list[Finding]:
    """Findings of the risk register: no owner, high risk without
    mitigation, review date passed (closed risks are not reviewed)."""
    found: list[Finding] = []
    for index, risk in enumerate(risks, start=1):
        found.extend(_risk_findings(risk, index, today))
    return found


def _risk_findings(risk: dict, index: int, today: dt.date) -> list[Finding]:
    name = (risk.get("title") or "").strip() or f"#{index}"
    found: list[Finding] = []

    def add(rule: str, message: str, field: str, severity: str = WARNING, extra: tuple = ()) -> None:
        found.append(Finding(rule, severity, RISK_CANVAS, message, "risk", risk["id"], field, (("risk", name), *extra)))

    if not (risk.get("owner") or "").strip():
        add("risks.no_owner", f"Risk '{name}' has no owner.", "owner")
    value = score(risk.get("likelihood"), risk.get("impact"))
    if is_high(risk) and not (risk.get("mitigation") or "").strip() and risk.get("status") != "closed":
        add(
            "risks.high_without_mitigation",
            f"Risk '{name}' scores {value} ({level(value)}) but has no mitigation.",
            "mitigation",
            extra=(("score", value), ("level", level(value))),
        )
    review = _parse_date(risk.get("review_date"))
    if review and review < today and risk.get("status") != "closed":
        add(
            "risks.review_overdue",
            f"The review date of risk '{name}' ({review.isoformat()}) has passed.",
            "review_date",
            INFO,
            (("date", review.isoformat()),),
        )
    return found


def check_playbooks(
    playbooks: list[dict],
    levels: dict[str, dict],
    steps: dict[str, list[dict]],
    statements: dict[str, list[dict]],
) -> list[Finding]:
    """Findings of the crisis playbooks. *levels* maps severity-level id to
    its row; *steps* and *statements* map playbook id to its ordered rows."""
    found: list[Finding] = []
    for index, playbook in enumerate(playbooks, start=1):
        pid = playbook["id"]
        found.extend(_playbook_findings(playbook, index, levels, steps.get(pid, []), statements.get(pid, [])))
    return found


def _playbook_findings(playbook: dict, index: int, levels: dict, rows: list[dict], texts: list[dict]) -> list[Finding]:
    name = (playbook.get("name") or "").strip() or f"#{index}"
    found: list[Finding] = []

    def add(rule, message, field, table="playbook", item=playbook["id"], severity=WARNING, extra=()) -> None:
        found.append(
            Finding(rule, severity, PLAYBOOK_CANVAS, message, table, item, field, (("playbook", name), *extra))
        )

    severity = levels.get(playbook.get("severity_level_id") or "")
    if severity is None:
        add("playbooks.no_level", f"Playbook '{name}' has no severity level.", "severity_level_id")
    for number, step in enumerate(rows, start=1):
        if not (step.get("owner") or "").strip():
            add(
                "playbooks.step_no_owner",
                f"Step {number} of playbook '{name}' has no owner.",
                "owner",
                "playbook_step",
                step["id"],
                extra=(("step", number),),
            )
    timed = [(n, s) for n, s in enumerate(rows, start=1) if s.get("offset_minutes") is not None]
    target = severity.get("response_minutes") if severity else None
    if timed and target and timed[0][1]["offset_minutes"] > target:
        step = timed[0][1]
        add(
            "playbooks.late_first_step",
            f"The first step of playbook '{name}' starts at {offset_text(step['offset_minutes'])}, "
            f"later than its level's response target of {target} minutes.",
            "offset_minutes",
            "playbook_step",
            step["id"],
            extra=(("offset", offset_text(step["offset_minutes"])), ("target", target)),
        )
    for (_, before), (number, step) in zip(timed, timed[1:], strict=False):
        if step["offset_minutes"] < before["offset_minutes"]:
            add(
                "playbooks.step_out_of_order",
                f"Step {number} of playbook '{name}' is earlier than the step before it.",
                "offset_minutes",
                "playbook_step",
                step["id"],
                INFO,
                (("step", number),),
            )
    if not texts:
        add("playbooks.no_statement", f"Playbook '{name}' has no holding statement.", "statements")
    for statement in texts:
        for placeholder in unknown_placeholders(f"{statement.get('title') or ''}\n{statement.get('body') or ''}"):
            add(
                "playbooks.unknown_placeholder",
                f"A holding statement of playbook '{name}' uses {placeholder}, which is not a placeholder "
                "({brand}, {date} or {product}).",
                "body",
                "holding_statement",
                statement["id"],
                extra=(("placeholder", placeholder),),
            )
    uses_product = any("{product}" in (s.get("title") or "") + (s.get("body") or "") for s in texts)
    if uses_product and not (playbook.get("product") or "").strip():
        add(
            "playbooks.no_product",
            f"A holding statement of playbook '{name}' uses {{product}}, but the playbook names no product.",
            "product",
            severity=INFO,
        )
    return found
