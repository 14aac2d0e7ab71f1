"""Column descriptions of the Strategy & actions tables (headers in the
interface language), for the shared RowsTableModel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.initiatives import service_text as text
from app.views.risks.crisis_table_model import ColumnSpec


def pillar_columns() -> list[ColumnSpec]:
    """The pillars list: name and intent."""
    return [
        ColumnSpec("name", QCoreApplication.translate("InitiativesEditor", "Pillar")),
        ColumnSpec("intent", QCoreApplication.translate("InitiativesEditor", "Intent")),
    ]


def initiative_columns() -> list[ColumnSpec]:
    """The initiatives table; cost is computed (the sum of linked budget
    lines) and shown the plan's way (480万元 / CNY 4.8M), as on the slides."""
    return [
        ColumnSpec("name", QCoreApplication.translate("InitiativesEditor", "Initiative")),
        ColumnSpec("owner", QCoreApplication.translate("InitiativesEditor", "Owner")),
        ColumnSpec("department", QCoreApplication.translate("InitiativesEditor", "Department")),
        ColumnSpec("start_date", QCoreApplication.translate("InitiativesEditor", "Start"), "date"),
        ColumnSpec("end_date", QCoreApplication.translate("InitiativesEditor", "End"), "date"),
        ColumnSpec("quarter", QCoreApplication.translate("InitiativesEditor", "Quarter")),
        ColumnSpec("status", QCoreApplication.translate("InitiativesEditor", "Status"), "choice", text.STATUSES),
        ColumnSpec("priority", QCoreApplication.translate("InitiativesEditor", "Priority"), "choice", text.PRIORITIES),
        ColumnSpec(
            "cost",
            QCoreApplication.translate("InitiativesEditor", "Cost"),
            "none",
            display=lambda r: r.get("cost_text", ""),
        ),
    ]


def party_columns() -> list[ColumnSpec]:
    """The responsibility matrix's parties: name, kind and note."""
    return [
        ColumnSpec("name", QCoreApplication.translate("InitiativesEditor", "Team or partner")),
        ColumnSpec("kind", QCoreApplication.translate("InitiativesEditor", "Kind"), "choice", text.PARTY_KINDS),
        ColumnSpec("note", QCoreApplication.translate("InitiativesEditor", "Note")),
    ]


def checkpoint_columns(threshold_text) -> list[ColumnSpec]:
    """The checkpoints table; *threshold_text(row)* shows its KPI thresholds."""
    return [
        ColumnSpec("date", QCoreApplication.translate("InitiativesEditor", "Date"), "date"),
        ColumnSpec("name", QCoreApplication.translate("InitiativesEditor", "What is checked")),
        ColumnSpec(
            "thresholds",
            QCoreApplication.translate("InitiativesEditor", "KPI thresholds"),
            "none",
            display=threshold_text,
        ),
        ColumnSpec("result", QCoreApplication.translate("InitiativesEditor", "Result"), "choice", text.RESULTS),
        ColumnSpec("decision", QCoreApplication.translate("InitiativesEditor", "Decision")),
    ]
