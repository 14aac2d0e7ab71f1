"""Texts of the review views: canvas, table and figure names, change kinds
and values, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan import schema


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewText", text)


def canvas_name(key: str) -> str:
    """The navigator's name of a canvas ("Other" for tables it does not show)."""
    from app.views.shell.canvases import canvas_entries

    names = {entry_key: label for entry_key, label, _factory in canvas_entries()}
    return names.get(key) or (_tr("Risks & crisis playbooks") if key == "risks" else _tr("Other"))


def table_name(table: str) -> str:
    """What a row of *table* is, e.g. "campaign", "budget line"."""
    names = {
        "plan": _tr("plan"),
        "objective": _tr("objective"),
        "swot_item": _tr("SWOT item"),
        "tows_strategy": _tr("TOWS strategy"),
        "tows_citation": _tr("cited SWOT item"),
        "persona": _tr("persona"),
        "value_tier": _tr("value tier"),
        "journey_stage": _tr("journey stage"),
        "competitor": _tr("competitor"),
        "channel": _tr("channel"),
        "campaign": _tr("campaign"),
        "campaign_channel": _tr("campaign channel"),
        "campaign_persona": _tr("campaign persona"),
        "campaign_phase": _tr("campaign phase"),
        "milestone": _tr("milestone"),
        "key_date": _tr("key date"),
        "budget_line": _tr("budget line"),
        "budget_cell": _tr("budget month"),
        "forecast_assumption": _tr("forecast assumption"),
        "kpi": _tr("KPI"),
        "risk": _tr("risk"),
        "severity_level": _tr("severity level"),
        "playbook": _tr("crisis playbook"),
        "escalation_contact": _tr("escalation contact"),
        "playbook_step": _tr("playbook step"),
        "holding_statement": _tr("holding statement"),
    }
    return names.get(table, table)


def change_kind(kind: str) -> str:
    """ "Added", "Removed" or "Changed"."""
    return {"added": _tr("Added"), "removed": _tr("Removed"), "changed": _tr("Changed")}.get(kind, kind)


def figure_kind(kind: str) -> str:
    """The name of a derived figure."""
    return {
        "budget_envelope": _tr("Budget envelope"),
        "channel_mix": _tr("Channel mix"),
        "kpi_status": _tr("KPI status"),
        "risk_score": _tr("Risk score"),
        "campaign_dates": _tr("Campaign dates"),
    }.get(kind, kind)


def figure_part(kind: str, key: str, label: str) -> str:
    """What moved: the envelope's part, or the channel, KPI, risk or campaign."""
    if kind != "budget_envelope":
        return label
    return {
        "envelope": _tr("envelope"),
        "reserve": _tr("reserve"),
        "allocated": _tr("allocated"),
        "actual": _tr("actual spend"),
        "unallocated": _tr("unallocated"),
    }.get(key, key)


def figure_value(kind: str, value) -> str:
    """A derived figure's value as text."""
    from app.views.common.locale_format import format_number

    if value is None:
        return "—"
    if kind == "channel_mix":
        return f"{format_number(value, 1)} %"
    if kind == "risk_score":
        return f"{value[0]} ({_tr(value[1])})"
    if kind == "kpi_status":
        statuses = {
            "green": _tr("on track"),
            "amber": _tr("at risk"),
            "red": _tr("off track"),
            "no_data": _tr("no data"),
            "no_target": _tr("no target"),
        }
        return statuses.get(value, value)
    if kind == "campaign_dates":
        start, end, status = value
        return f"{start or '?'} – {end or '?'} ({status})"
    return format_number(value, 2)


def field_value(table: str, name: str, value) -> str:
    """A field's value as one line ("—" for empty)."""
    if value is None or value == "":
        return "—"
    try:
        column = next(c for c in schema.table(table).columns if c.name == name)
    except (KeyError, StopIteration):
        column = None
    if column is not None and column.type == "bytes":
        return _tr("(image)")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"
