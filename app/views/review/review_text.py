"""Texts of the review views: canvas, table and figure names, change kinds
and values, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.plan import schema
from app.views.common.label_table import LabelTable

# What a row of each table is, e.g. "campaign", "budget line".
TABLE_NAMES = LabelTable("ReviewText", {
    "plan": QT_TRANSLATE_NOOP("ReviewText", "plan"),
    "objective": QT_TRANSLATE_NOOP("ReviewText", "objective"),
    "swot_item": QT_TRANSLATE_NOOP("ReviewText", "SWOT item"),
    "tows_strategy": QT_TRANSLATE_NOOP("ReviewText", "TOWS strategy"),
    "tows_citation": QT_TRANSLATE_NOOP("ReviewText", "cited SWOT item"),
    "persona": QT_TRANSLATE_NOOP("ReviewText", "persona"),
    "value_tier": QT_TRANSLATE_NOOP("ReviewText", "value tier"),
    "journey_stage": QT_TRANSLATE_NOOP("ReviewText", "journey stage"),
    "competitor": QT_TRANSLATE_NOOP("ReviewText", "competitor"),
    "channel": QT_TRANSLATE_NOOP("ReviewText", "channel"),
    "campaign": QT_TRANSLATE_NOOP("ReviewText", "campaign"),
    "campaign_channel": QT_TRANSLATE_NOOP("ReviewText", "campaign channel"),
    "campaign_persona": QT_TRANSLATE_NOOP("ReviewText", "campaign persona"),
    "campaign_phase": QT_TRANSLATE_NOOP("ReviewText", "campaign phase"),
    "milestone": QT_TRANSLATE_NOOP("ReviewText", "milestone"),
    "key_date": QT_TRANSLATE_NOOP("ReviewText", "key date"),
    "budget_line": QT_TRANSLATE_NOOP("ReviewText", "budget line"),
    "budget_cell": QT_TRANSLATE_NOOP("ReviewText", "budget month"),
    "forecast_assumption": QT_TRANSLATE_NOOP("ReviewText", "forecast assumption"),
    "kpi": QT_TRANSLATE_NOOP("ReviewText", "KPI"),
    "risk": QT_TRANSLATE_NOOP("ReviewText", "risk"),
    "severity_level": QT_TRANSLATE_NOOP("ReviewText", "severity level"),
    "playbook": QT_TRANSLATE_NOOP("ReviewText", "crisis playbook"),
    "escalation_contact": QT_TRANSLATE_NOOP("ReviewText", "escalation contact"),
    "playbook_step": QT_TRANSLATE_NOOP("ReviewText", "playbook step"),
    "holding_statement": QT_TRANSLATE_NOOP("ReviewText", "holding statement"),
    "deck_headline": QT_TRANSLATE_NOOP("ReviewText", "slide headline"),
    "deck_note": QT_TRANSLATE_NOOP("ReviewText", "speaker notes"),
})
# "Added", "Removed" or "Changed".
CHANGE_KINDS = LabelTable("ReviewText", {
    "added": QT_TRANSLATE_NOOP("ReviewText", "Added"),
    "removed": QT_TRANSLATE_NOOP("ReviewText", "Removed"),
    "changed": QT_TRANSLATE_NOOP("ReviewText", "Changed"),
})
# The name of each derived figure.
FIGURE_KINDS = LabelTable("ReviewText", {
    "budget_envelope": QT_TRANSLATE_NOOP("ReviewText", "Budget envelope"),
    "channel_mix": QT_TRANSLATE_NOOP("ReviewText", "Channel mix"),
    "kpi_status": QT_TRANSLATE_NOOP("ReviewText", "KPI status"),
    "risk_score": QT_TRANSLATE_NOOP("ReviewText", "Risk score"),
    "campaign_dates": QT_TRANSLATE_NOOP("ReviewText", "Campaign dates"),
})
# The budget envelope's parts.
ENVELOPE_PARTS = LabelTable("ReviewText", {
    "envelope": QT_TRANSLATE_NOOP("ReviewText", "envelope"),
    "reserve": QT_TRANSLATE_NOOP("ReviewText", "reserve"),
    "allocated": QT_TRANSLATE_NOOP("ReviewText", "allocated"),
    "actual": QT_TRANSLATE_NOOP("ReviewText", "actual spend"),
    "unallocated": QT_TRANSLATE_NOOP("ReviewText", "unallocated"),
})
# Risk score bands.
RISK_LEVELS = LabelTable("ReviewText", {
    "low": QT_TRANSLATE_NOOP("ReviewText", "low"),
    "medium": QT_TRANSLATE_NOOP("ReviewText", "medium"),
    "high": QT_TRANSLATE_NOOP("ReviewText", "high"),
    "critical": QT_TRANSLATE_NOOP("ReviewText", "critical"),
})
# KPI statuses.
KPI_STATUSES = LabelTable("ReviewText", {
    "green": QT_TRANSLATE_NOOP("ReviewText", "on track"),
    "amber": QT_TRANSLATE_NOOP("ReviewText", "at risk"),
    "red": QT_TRANSLATE_NOOP("ReviewText", "off track"),
    "no_data": QT_TRANSLATE_NOOP("ReviewText", "no data"),
    "no_target": QT_TRANSLATE_NOOP("ReviewText", "no target"),
})
# Campaign statuses.
CAMPAIGN_STATUSES = LabelTable("ReviewText", {
    "idea": QT_TRANSLATE_NOOP("ReviewText", "idea"),
    "planned": QT_TRANSLATE_NOOP("ReviewText", "planned"),
    "live": QT_TRANSLATE_NOOP("ReviewText", "live"),
    "done": QT_TRANSLATE_NOOP("ReviewText", "done"),
    "cancelled": QT_TRANSLATE_NOOP("ReviewText", "cancelled"),
})
# The common columns' names for people.
FIELD_NAMES = LabelTable("ReviewText", {
    "name": QT_TRANSLATE_NOOP("ReviewText", "name"),
    "title": QT_TRANSLATE_NOOP("ReviewText", "title"),
    "text": QT_TRANSLATE_NOOP("ReviewText", "text"),
    "owner": QT_TRANSLATE_NOOP("ReviewText", "owner"),
    "note": QT_TRANSLATE_NOOP("ReviewText", "note"),
    "description": QT_TRANSLATE_NOOP("ReviewText", "description"),
    "status": QT_TRANSLATE_NOOP("ReviewText", "status"),
    "start_date": QT_TRANSLATE_NOOP("ReviewText", "start date"),
    "end_date": QT_TRANSLATE_NOOP("ReviewText", "end date"),
    "planned": QT_TRANSLATE_NOOP("ReviewText", "planned amount"),
    "actual": QT_TRANSLATE_NOOP("ReviewText", "actual"),
    "target": QT_TRANSLATE_NOOP("ReviewText", "target"),
    "likelihood": QT_TRANSLATE_NOOP("ReviewText", "likelihood"),
    "impact": QT_TRANSLATE_NOOP("ReviewText", "impact"),
    "position": QT_TRANSLATE_NOOP("ReviewText", "order"),
})


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
    return TABLE_NAMES.text(table)


def figure_part(kind: str, key: str, label: str) -> str:
    """What moved: the envelope's part, or the channel, KPI, risk or campaign."""
    if kind != "budget_envelope":
        return label
    return ENVELOPE_PARTS.text(key)


def figure_value(kind: str, value) -> str:
    """A derived figure's value as text."""
    from app.views.common.locale_format import format_number

    if value is None:
        return "—"
    if kind == "channel_mix":
        return f"{format_number(value, 1)} %"
    if kind == "risk_score":
        return f"{value[0]} ({RISK_LEVELS.text(value[1])})"
    if kind == "kpi_status":
        return KPI_STATUSES.text(value)
    if kind == "campaign_dates":
        start, end, status = value
        return f"{start or '?'} – {end or '?'} ({CAMPAIGN_STATUSES.text(status)})"
    return format_number(value, 2)


def field_name(name: str) -> str:
    """A column's name for people: the common ones translated, others with spaces."""
    return FIELD_NAMES.text(name, name.replace("_", " "))


def field_value(table: str, name: str, value) -> str:
    """A field's value as one line ("—" for empty)."""
    if value is None or value == "":
        return "—"
    if _is_image(table, name):
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


def _is_image(table: str, name: str) -> bool:
    """Whether *name* is a bytes (image) column of plan table *table*."""
    try:
        columns = schema.table(table).columns
    except KeyError:
        return False
    return any(c.name == name and c.type == "bytes" for c in columns)
