"""Texts of the review views: canvas, table and figure names, change kinds
and values, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan import schema


def canvas_name(key: str) -> str:
    """The navigator's name of a canvas ("Other" for tables it does not show)."""
    from app.views.shell.canvases import canvas_entries

    names = {entry_key: label for entry_key, label, _factory in canvas_entries()}
    return names.get(key) or (
        QCoreApplication.translate("ReviewText", "Risks & crisis playbooks")
        if key == "risks"
        else QCoreApplication.translate("ReviewText", "Other")
    )


def table_name(table: str) -> str:
    """What a row of *table* is, e.g. "campaign", "budget line"."""
    names = {
        "plan": QCoreApplication.translate("ReviewText", "plan"),
        "objective": QCoreApplication.translate("ReviewText", "objective"),
        "swot_item": QCoreApplication.translate("ReviewText", "SWOT item"),
        "tows_strategy": QCoreApplication.translate("ReviewText", "TOWS strategy"),
        "tows_citation": QCoreApplication.translate("ReviewText", "cited SWOT item"),
        "persona": QCoreApplication.translate("ReviewText", "persona"),
        "value_tier": QCoreApplication.translate("ReviewText", "value tier"),
        "journey_stage": QCoreApplication.translate("ReviewText", "journey stage"),
        "competitor": QCoreApplication.translate("ReviewText", "competitor"),
        "channel": QCoreApplication.translate("ReviewText", "channel"),
        "campaign": QCoreApplication.translate("ReviewText", "campaign"),
        "campaign_channel": QCoreApplication.translate("ReviewText", "campaign channel"),
        "campaign_persona": QCoreApplication.translate("ReviewText", "campaign persona"),
        "campaign_phase": QCoreApplication.translate("ReviewText", "campaign phase"),
        "milestone": QCoreApplication.translate("ReviewText", "milestone"),
        "key_date": QCoreApplication.translate("ReviewText", "key date"),
        "budget_line": QCoreApplication.translate("ReviewText", "budget line"),
        "budget_cell": QCoreApplication.translate("ReviewText", "budget month"),
        "forecast_assumption": QCoreApplication.translate("ReviewText", "forecast assumption"),
        "kpi": QCoreApplication.translate("ReviewText", "KPI"),
        "risk": QCoreApplication.translate("ReviewText", "risk"),
        "severity_level": QCoreApplication.translate("ReviewText", "severity level"),
        "playbook": QCoreApplication.translate("ReviewText", "crisis playbook"),
        "escalation_contact": QCoreApplication.translate("ReviewText", "escalation contact"),
        "playbook_step": QCoreApplication.translate("ReviewText", "playbook step"),
        "holding_statement": QCoreApplication.translate("ReviewText", "holding statement"),
        "deck_headline": QCoreApplication.translate("ReviewText", "slide headline"),
        "deck_note": QCoreApplication.translate("ReviewText", "speaker notes"),
    }
    return names.get(table, table)


def change_kind(kind: str) -> str:
    """ "Added", "Removed" or "Changed"."""
    return {
        "added": QCoreApplication.translate("ReviewText", "Added"),
        "removed": QCoreApplication.translate("ReviewText", "Removed"),
        "changed": QCoreApplication.translate("ReviewText", "Changed"),
    }.get(kind, kind)


def figure_kind(kind: str) -> str:
    """The name of a derived figure."""
    return {
        "budget_envelope": QCoreApplication.translate("ReviewText", "Budget envelope"),
        "channel_mix": QCoreApplication.translate("ReviewText", "Channel mix"),
        "kpi_status": QCoreApplication.translate("ReviewText", "KPI status"),
        "risk_score": QCoreApplication.translate("ReviewText", "Risk score"),
        "campaign_dates": QCoreApplication.translate("ReviewText", "Campaign dates"),
    }.get(kind, kind)


def figure_part(kind: str, key: str, label: str) -> str:
    """What moved: the envelope's part, or the channel, KPI, risk or campaign."""
    if kind != "budget_envelope":
        return label
    return {
        "envelope": QCoreApplication.translate("ReviewText", "envelope"),
        "reserve": QCoreApplication.translate("ReviewText", "reserve"),
        "allocated": QCoreApplication.translate("ReviewText", "allocated"),
        "actual": QCoreApplication.translate("ReviewText", "actual spend"),
        "unallocated": QCoreApplication.translate("ReviewText", "unallocated"),
    }.get(key, key)


def _risk_levels() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("ReviewText", "low"),
        "medium": QCoreApplication.translate("ReviewText", "medium"),
        "high": QCoreApplication.translate("ReviewText", "high"),
        "critical": QCoreApplication.translate("ReviewText", "critical"),
    }


def figure_value(kind: str, value) -> str:
    """A derived figure's value as text."""
    from app.views.common.locale_format import format_number

    if value is None:
        return "—"
    if kind == "channel_mix":
        return f"{format_number(value, 1)} %"
    if kind == "risk_score":
        return f"{value[0]} ({_risk_levels().get(value[1], value[1])})"
    if kind == "kpi_status":
        statuses = {
            "green": QCoreApplication.translate("ReviewText", "on track"),
            "amber": QCoreApplication.translate("ReviewText", "at risk"),
            "red": QCoreApplication.translate("ReviewText", "off track"),
            "no_data": QCoreApplication.translate("ReviewText", "no data"),
            "no_target": QCoreApplication.translate("ReviewText", "no target"),
        }
        return statuses.get(value, value)
    if kind == "campaign_dates":
        start, end, status = value
        statuses = {
            "idea": QCoreApplication.translate("ReviewText", "idea"),
            "planned": QCoreApplication.translate("ReviewText", "planned"),
            "live": QCoreApplication.translate("ReviewText", "live"),
            "done": QCoreApplication.translate("ReviewText", "done"),
            "cancelled": QCoreApplication.translate("ReviewText", "cancelled"),
        }
        return f"{start or '?'} – {end or '?'} ({statuses.get(status, status)})"
    return format_number(value, 2)


def field_name(name: str) -> str:
    """A column's name for people: the common ones translated, others with spaces."""
    names = {
        "name": QCoreApplication.translate("ReviewText", "name"),
        "title": QCoreApplication.translate("ReviewText", "title"),
        "text": QCoreApplication.translate("ReviewText", "text"),
        "owner": QCoreApplication.translate("ReviewText", "owner"),
        "note": QCoreApplication.translate("ReviewText", "note"),
        "description": QCoreApplication.translate("ReviewText", "description"),
        "status": QCoreApplication.translate("ReviewText", "status"),
        "start_date": QCoreApplication.translate("ReviewText", "start date"),
        "end_date": QCoreApplication.translate("ReviewText", "end date"),
        "planned": QCoreApplication.translate("ReviewText", "planned amount"),
        "actual": QCoreApplication.translate("ReviewText", "actual"),
        "target": QCoreApplication.translate("ReviewText", "target"),
        "likelihood": QCoreApplication.translate("ReviewText", "likelihood"),
        "impact": QCoreApplication.translate("ReviewText", "impact"),
        "position": QCoreApplication.translate("ReviewText", "order"),
    }
    return names.get(name, name.replace("_", " "))


def field_value(table: str, name: str, value) -> str:
    """A field's value as one line ("—" for empty)."""
    if value is None or value == "":
        return "—"
    try:
        column = next(c for c in schema.table(table).columns if c.name == name)
    except (KeyError, StopIteration):
        column = None
    if column is not None and column.type == "bytes":
        return QCoreApplication.translate("ReviewText", "(image)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ReviewText", "yes") if value else QCoreApplication.translate("ReviewText", "no")
        )
    if isinstance(value, float):
        from app.views.common.locale_format import format_number

        return format_number(value, 0 if value == int(value) else 2)
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"
