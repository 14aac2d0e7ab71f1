"""Column descriptions of the Strategy & actions tables (headers in the
interface language), for the shared RowsTableModel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.money import money
from app.services.initiatives import service as svc
from app.services.plan.rows import plan_language
from app.views.initiatives import service_text as text
from app.views.risks.crisis_table_model import ColumnSpec


def pillar_columns() -> list[ColumnSpec]:
    """The pillars list: name and intent."""
    return [
        ColumnSpec("name", QCoreApplication.translate("InitiativesEditor", "Pillar")),
        ColumnSpec("intent", QCoreApplication.translate("InitiativesEditor", "Intent")),
    ]


def initiative_columns(document) -> list[ColumnSpec]:
    """The initiatives table; cost is computed (the sum of linked budget
    lines) and written the plan's way (480万元 / CNY 4.8M), as on the slides."""

    def cost(row: dict) -> str:
        plan = document.plan
        return money(row.get("cost") or 0, svc.currency(plan), plan_language(plan))

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
            display=cost,
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
