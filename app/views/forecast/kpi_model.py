"""Table model of the KPI scorecard: every field editable through undo
commands, the status computed by kpi_service and shown in colour *and*
words (with a symbol), never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.forecast import kpis as svc
from app.services.forecast.kpis import FIELDS, KPI_CADENCES, KPI_DIRECTIONS
from app.services.initiatives import service as initiatives_service
from app.views.common.label_table import LabelTable
from app.views.common.locale_format import format_number
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel
from app.views.forecast.commands import EditKpiCommand

# progress and status follow the figures they come from, so a narrow window shows them without scrolling
# The KPI's fields in the service's order, with the computed progress and
# status after the actual value and the initiatives measured by it last.
_AFTER_ACTUAL = FIELDS.index("actual") + 1
COLUMNS = (*FIELDS[:_AFTER_ACTUAL], "progress", "status", *FIELDS[_AFTER_ACTUAL:], "initiatives")
COMPUTED = ("progress", "status", "initiatives")  # worked out by the services, never typed
STATUS_ROLE = Qt.UserRole + 1  # any cell: its KPI's status key (filter, progress bar colour)
CHOICE_COLUMNS = ("direction", "cadence", "campaign_id")
STATUS_COLORS = {"green": "#D5EFD8", "amber": "#FFE8B3", "red": "#F9D0CE", "no_data": "#ECEFF1", "no_target": "#ECEFF1"}
STATUS_INK = {"green": "#1B5E20", "amber": "#7A4F00", "red": "#8A1C12", "no_data": "#555555", "no_target": "#555555"}

CADENCES = LabelTable("KpiModel", {
    "daily": QT_TRANSLATE_NOOP("KpiModel", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("KpiModel", "Weekly"),
    "monthly": QT_TRANSLATE_NOOP("KpiModel", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("KpiModel", "Quarterly"),
    "campaign": QT_TRANSLATE_NOOP("KpiModel", "Per campaign"),
})
STATUS_WORDS = LabelTable("KpiModel", {
    "green": QT_TRANSLATE_NOOP("KpiModel", "● On track"),
    "amber": QT_TRANSLATE_NOOP("KpiModel", "▲ At risk"),
    "red": QT_TRANSLATE_NOOP("KpiModel", "✖ Off track"),
    "no_data": QT_TRANSLATE_NOOP("KpiModel", "○ No data"),
    "no_target": QT_TRANSLATE_NOOP("KpiModel", "○ No target"),
})


class KpiModel(RowsTableModel):
    """Rows are KPIs in order; progress and status are computed columns."""

    def __init__(self, document: PlanDocument, parent=None):
        self.statuses: list[svc.KpiStatus] = []
        self.campaigns: list[tuple[str, str]] = []
        self.initiatives: dict[str, list[str]] = {}  # KPI id → the initiatives it measures
        columns = [Column(key, editable=key not in COMPUTED) for key in COLUMNS]
        super().__init__(document, columns, parent=parent)

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (
            self.tr("KPI"), self.tr("Unit"), self.tr("Baseline"), self.tr("Target"), self.tr("Actual"),
            self.tr("Progress"), self.tr("Status"), self.tr("Direction"), self.tr("Alert at %"), self.tr("Owner"),
            self.tr("Cadence"), self.tr("Campaign"), self.tr("Definition"), self.tr("Data source"),
            self.tr("Initiatives"),
        )  # fmt: skip

    def choices(self, field: str) -> list[tuple[str, object]]:
        """(label, value) of a choice column, for the combo-box editor."""
        if field == "direction":
            return [(self.direction_text(d), d) for d in KPI_DIRECTIONS]
        if field == "cadence":
            return [(self.cadence_text(c), c) for c in KPI_CADENCES]
        return [(self.tr("(no campaign)"), None)] + [(name or self.tr("(unnamed)"), i) for i, name in self.campaigns]

    def direction_text(self, value: str) -> str:
        """'Higher is better' / 'Lower is better' (translated)."""
        return self.tr("Lower is better") if value == "lower" else self.tr("Higher is better")

    def cadence_text(self, value: str) -> str:
        """A cadence in words (translated)."""
        return CADENCES.text(value)

    def status_text(self, status: str) -> str:
        """The status in words with a symbol, e.g. '● On track' (translated)."""
        return STATUS_WORDS.text(status)

    def progress_text(self, row: int) -> str:
        """'75 %' toward the target, or '—' when it cannot be worked out."""
        progress = self.statuses[row].progress
        return "—" if progress is None else format_number(progress * 100, 0) + " %"

    def fetch(self) -> list[dict]:
        """The KPIs (their statuses and the campaigns to pick from too)."""
        card = svc.scorecard(self.document.plan)
        self.statuses = [status for _, status in card]
        self.campaigns = svc.campaign_choices(self.document.plan)
        self.initiatives = initiatives_service.linked_names(self.document.plan, "kpi")
        return [row for row, _ in card]

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        field, kpi = COLUMNS[column], self.rows[row]
        if field == "status":
            return self.status_text(self.statuses[row].status)
        if field == "progress":
            return self.progress_text(row)
        if field == "initiatives":  # the initiatives this KPI measures (linked on Strategy & actions)
            return "; ".join(self.initiatives.get(kpi["id"], []))
        value = kpi[field]
        if field == "direction":
            return self.direction_text(value)
        if field == "cadence":
            return self.cadence_text(value)
        if field == "campaign_id":
            return dict(self.campaigns).get(value, "") if value else ""
        if field in svc.NUMBER_FIELDS:
            return "" if value is None else format_number(value, 2).rstrip("0").rstrip(".")
        return value or ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, field = index.row(), COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.EditRole:
            value = self.rows[row].get(field)
            if field in svc.NUMBER_FIELDS:
                return "" if value is None else format_number(value, 6).rstrip("0").rstrip(".").replace(",", "")
            return value
        status = self.statuses[row]
        if field == "status" and role == Qt.BackgroundRole:
            return QBrush(QColor(STATUS_COLORS[status.status]))
        if field == "status" and role == Qt.ForegroundRole:
            return QBrush(QColor(STATUS_INK[status.status]))
        if role == STATUS_ROLE:
            return status.status
        if field == "progress" and role == Qt.UserRole:
            return status.progress  # the bar the progress delegate draws
        if field in ("progress", "status") and role == Qt.ToolTipRole:
            return self._status_tip(row)
        if role == Qt.TextAlignmentRole and (field in svc.NUMBER_FIELDS or field == "progress"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _status_tip(self, row: int) -> str:
        status = self.statuses[row]
        parts = []
        if status.progress is not None:
            parts.append(
                self.tr("Progress toward the target: {p} % (from the baseline when there is one).").format(
                    p=format_number(status.progress * 100, 0)
                )
            )
        if status.shortfall_pct is not None:
            parts.append(self.tr("Short of the target by {s} %.").format(s=format_number(status.shortfall_pct, 1)))
        parts.append(
            self.tr(
                "Green: target met. Amber: short of it by no more than the alert threshold. "
                "Red: further off, or no threshold set."
            )
        )
        return " ".join(parts)

    def parse(self, column: Column, value):
        if column.key in svc.NUMBER_FIELDS and isinstance(value, str):
            return value.strip() or None
        if column.key in ("name", "unit", "owner", "definition", "data_source"):
            return "" if value is None else str(value)
        return value

    def unchanged(self, column: Column, old, value) -> bool:
        return value == old or self._same_number(column.key, old, value)

    def edit_command(self, row: dict, key: str, old, new):
        return EditKpiCommand(self.document, row["id"], key, old, new)

    @staticmethod
    def _same_number(field: str, old, value) -> bool:
        if field not in svc.NUMBER_FIELDS or old is None or value is None:
            return False
        try:
            return float(str(value).replace(",", "")) == old
        except ValueError:
            return False
