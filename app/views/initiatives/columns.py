"""Column descriptions of the Strategy & actions tables (headers in the
interface language), for the shared RowsTableModel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.locale_format import format_number
from app.views.initiatives import service_text as text
from app.views.risks.crisis_table_model import ColumnSpec


def _t(source: str) -> str:
    return QCoreApplication.translate("InitiativesEditor", source)


def pillar_columns() -> list[ColumnSpec]:
    """The pillars list: name and intent."""
    return [ColumnSpec("name", _t("Pillar")), ColumnSpec("intent", _t("Intent"))]


def initiative_columns() -> list[ColumnSpec]:
    """The initiatives table; cost is computed (the sum of linked budget lines)."""
    return [
        ColumnSpec("name", _t("Initiative")),
        ColumnSpec("owner", _t("Owner")),
        ColumnSpec("department", _t("Department")),
        ColumnSpec("start_date", _t("Start"), "date"),
        ColumnSpec("end_date", _t("End"), "date"),
        ColumnSpec("quarter", _t("Quarter")),
        ColumnSpec("status", _t("Status"), "choice", list(text.status_labels().items())),
        ColumnSpec("priority", _t("Priority"), "choice", list(text.priority_labels().items())),
        ColumnSpec("cost", _t("Cost"), "none", display=lambda r: format_number(r.get("cost") or 0)),
    ]


def party_columns() -> list[ColumnSpec]:
    """The responsibility matrix's parties: name, kind and note."""
    return [
        ColumnSpec("name", _t("Team or partner")),
        ColumnSpec("kind", _t("Kind"), "choice", list(text.party_kind_labels().items())),
        ColumnSpec("note", _t("Note")),
    ]


def checkpoint_columns(threshold_text) -> list[ColumnSpec]:
    """The checkpoints table; *threshold_text(row)* shows its KPI thresholds."""
    return [
        ColumnSpec("date", _t("Date"), "date"),
        ColumnSpec("name", _t("What is checked")),
        ColumnSpec("thresholds", _t("KPI thresholds"), "none", display=threshold_text),
        ColumnSpec("result", _t("Result"), "choice", list(text.result_labels().items())),
        ColumnSpec("decision", _t("Decision")),
    ]
