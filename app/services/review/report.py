"""A diff as text lines (the CLI) or as a JSON-ready dict (``--format json``)."""

from __future__ import annotations

from app.services.plan import schema
from app.services.review.diff import ADDED, CHANGED, REMOVED, PlanDiff, RowChange
from app.services.review.figures import BUDGET, CAMPAIGN_DATES, CHANNEL_MIX, KPI_STATUS, RISK_SCORE, FigureChange

CANVAS_NAMES = {
    "overview": "Overview",
    "swot": "SWOT & TOWS",
    "personas": "Personas",
    "competitors": "Competitors",
    "calendar": "Campaign calendar",
    "budget": "Budget",
    "forecast": "Forecast",
    "kpis": "KPIs",
    "risks": "Risks & crisis",
    "deck": "Deck",
    "other": "Other",
}
FIGURE_NAMES = {
    BUDGET: "Budget envelope",
    CHANNEL_MIX: "Channel mix",
    KPI_STATUS: "KPI status",
    RISK_SCORE: "Risk score",
    CAMPAIGN_DATES: "Campaign dates",
}
SIGNS = {ADDED: "+", REMOVED: "-", CHANGED: "~"}


def shown_value(table: str, name: str, value) -> str:
    """A field value as one short line of text."""
    if value is None:
        return "(empty)"
    try:
        column = next(c for c in schema.table(table).columns if c.name == name)
    except (KeyError, StopIteration):
        column = None
    if column is not None and column.type == "bytes":
        return f"(image, {len(value) * 3 // 4} bytes)"
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"“{text if len(text) <= 60 else text[:59] + '…'}”"
    return str(value)


def figure_value(change: FigureChange, value) -> str:
    """A derived figure's value as text."""
    if value is None:
        return "(none)"
    if change.kind == CHANNEL_MIX:
        return f"{value:.1f}%"
    if change.kind == RISK_SCORE:
        return f"{value[0]} ({value[1]})"
    if change.kind == CAMPAIGN_DATES:
        start, end, status = value
        return f"{start or '?'}–{end or '?'} ({status})"
    if change.kind == BUDGET:
        return f"{value:,.2f}"
    return str(value)


def row_lines(change: RowChange) -> list[str]:
    """A row change: one line, then one line per changed field."""
    head = f"  {SIGNS[change.kind]} {change.table} “{change.label}” {change.kind}"
    table = change.table
    return [head] + [
        f"      {f.field}: {shown_value(table, f.field, f.before)} → {shown_value(table, f.field, f.after)}"
        for f in change.fields
    ]


def diff_lines(diff: PlanDiff, old_label: str, new_label: str) -> list[str]:
    """The whole diff as readable lines."""
    counts = diff.counts()
    lines = [
        f"Changes from {old_label} to {new_label}: {counts[ADDED]} added, {counts[REMOVED]} removed, "
        f"{counts[CHANGED]} changed"
    ]
    if diff.is_empty:
        return lines + ["No differences."]
    for canvas, changes in diff.by_canvas().items():
        lines.append(f"{CANVAS_NAMES.get(canvas, canvas)}:")
        for change in changes:
            lines.extend(row_lines(change))
    if diff.figures:
        lines.append("Figures that moved:")
        for figure in diff.figures:
            before, after = figure_value(figure, figure.before), figure_value(figure, figure.after)
            lines.append(f"  {FIGURE_NAMES[figure.kind]}: {figure.label}: {before} → {after}")
    return lines


def diff_json(diff: PlanDiff, old_label: str, new_label: str) -> dict:
    """The whole diff as a JSON-ready dict (documented in docs/reviews.md)."""
    canvases = {}
    for canvas, changes in diff.by_canvas().items():
        canvases[canvas] = [
            {
                "table": c.table,
                "key": list(c.key),
                "change": c.kind,
                "label": c.label,
                "fields": {f.field: {"before": f.before, "after": f.after} for f in c.fields},
                **({"row": c.after} if c.kind == ADDED else {"row": c.before} if c.kind == REMOVED else {}),
            }
            for c in changes
        ]
    return {
        "from": old_label,
        "to": new_label,
        "counts": diff.counts(),
        "canvases": canvases,
        "figures": [
            {"kind": f.kind, "key": f.key, "label": f.label, "before": _plain(f.before), "after": _plain(f.after)}
            for f in diff.figures
        ],
    }


def _plain(value):
    return list(value) if isinstance(value, tuple) else value
