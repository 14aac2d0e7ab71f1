"""Table model of the campaigns (a thin adapter over calendar_service) and
the filter the table and the timeline share."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.services.calendar import service as svc
from app.views.calendar import commands
from app.views.calendar.labels import campaign_color, status_label
from app.views.common.label_table import LabelTable
from app.views.common.locale_format import format_date
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel

# The table's columns, in order, with their titles.
HEADERS = LabelTable("CampaignTableModel", {
    "name": QT_TRANSLATE_NOOP("CampaignTableModel", "Campaign"),
    "status": QT_TRANSLATE_NOOP("CampaignTableModel", "Status"),
    "owner": QT_TRANSLATE_NOOP("CampaignTableModel", "Owner"),
    "start_date": QT_TRANSLATE_NOOP("CampaignTableModel", "Start"),
    "end_date": QT_TRANSLATE_NOOP("CampaignTableModel", "End"),
    "channels": QT_TRANSLATE_NOOP("CampaignTableModel", "Channels"),
    "personas": QT_TRANSLATE_NOOP("CampaignTableModel", "Personas"),
    "objective": QT_TRANSLATE_NOOP("CampaignTableModel", "Objective"),
})
COLUMNS = tuple(HEADERS.english)
EDITABLE = {"name", "status", "owner", "start_date", "end_date", "objective"}
SORT_ROLE = Qt.UserRole
ID_ROLE = Qt.UserRole + 1
ROLES = {Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.DecorationRole, SORT_ROLE, ID_ROLE}


def sort_key(campaign: dict, field: str, value=None):
    """What a column sorts by: status in workflow order, text and ISO dates as they are."""
    if value is None:
        value = campaign.get(field)
    if field == "status":
        return svc.CAMPAIGN_STATUSES.index(value) if value in svc.CAMPAIGN_STATUSES else 99
    if isinstance(value, list):
        return len(value)
    return (value or "").casefold() if isinstance(value, str) else value


class CampaignTableModel(RowsTableModel):
    """One row per campaign (with its channels, personas, phases and tied
    milestones, as list_campaigns returns them)."""

    def __init__(self, document: PlanDocument, parent=None):
        self.channel_names: dict[str, str] = {}
        self.persona_names: dict[str, str] = {}
        self._row_of: dict[str, int] = {}
        columns = [
            Column(key, partial(HEADERS.text, key), editable=key in EDITABLE, kind="date" if "_date" in key else "text")
            for key in COLUMNS
        ]
        super().__init__(document, columns, parent=parent)

    # -- reading -------------------------------------------------------------
    def fetch(self) -> list[dict]:
        """Every campaign, after re-reading every channel and persona name."""
        plan = self.document.plan
        self.channel_names = {c["id"]: c["name"] for c in svc.list_channels(plan)}
        self.persona_names = {p["id"]: p["name"] for p in svc.list_personas(plan)}
        return svc.list_campaigns(plan)

    def reload(self, rows: list[dict] | None = None) -> None:
        """Re-read every campaign, channel and persona name."""
        super().reload(rows)
        self._row_of = {r["id"]: i for i, r in enumerate(self.rows)}

    def refresh_ids(self, campaign_ids) -> None:
        """Re-read the given campaigns in place (keeps selection and sorting)."""
        for cid in dict.fromkeys(campaign_ids):
            row = self._row_of.get(cid)
            fresh = svc.get_campaign(self.document.plan, cid) if row is not None else None
            if fresh is None:
                continue
            self.rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def fetch_one(self, row_id: str) -> dict | None:
        return svc.get_campaign(self.document.plan, row_id)

    def index_in_plan(self, row_id: str) -> int:
        return svc.campaign_index(self.document.plan, row_id)

    def renumbered(self, first: int) -> None:
        super().renumbered(first)
        self._index_rows(first)

    def _index_rows(self, first: int) -> None:
        """Renumber the id → row map from row *first* on."""
        row_of = self._row_of
        for cid in [cid for cid, row in row_of.items() if row >= first]:
            del row_of[cid]
        for row in range(first, len(self.rows)):
            row_of[self.rows[row]["id"]] = row

    def campaign(self, campaign_id: str) -> dict | None:
        """The campaign with this id, or None."""
        row = self._row_of.get(campaign_id)
        return None if row is None else self.rows[row]

    def row_of(self, campaign_id: str) -> int:
        """Row number of a campaign id, or -1."""
        return self._row_of.get(campaign_id, -1)

    def owners(self) -> list[str]:
        """Distinct non-empty owners, sorted."""
        return sorted({r["owner"] for r in self.rows if r["owner"]})

    def names_of(self, campaign: dict, what: str) -> str:
        """Channel or persona names of a campaign, comma-separated."""
        names = self.channel_names if what == "channels" else self.persona_names
        return ", ".join(names.get(i, "") for i in campaign[what])

    # -- Qt model --------------------------------------------------------------
    def data(self, index, role=Qt.DisplayRole):
        if role not in ROLES or not index.isValid():  # views ask for many roles per cell; answer those fast
            return None
        campaign, field = self.rows[index.row()], COLUMNS[index.column()]
        value = campaign[field] if field not in ("channels", "personas") else self.names_of(campaign, field)
        if role == Qt.DisplayRole or role == Qt.ToolTipRole:
            if field == "status":
                return status_label(value)
            if field in ("start_date", "end_date"):
                return format_date(value) if value else ""
            return value
        if role == Qt.EditRole:
            if field in ("start_date", "end_date"):
                return QDate.fromString(value, Qt.ISODate) if value else QDate()
            return value
        if role == SORT_ROLE:
            return sort_key(campaign, field, value)
        if role == ID_ROLE:
            return campaign["id"]
        if role == Qt.DecorationRole and field == "name":
            return QColor(campaign_color(campaign))
        return None

    def edit_command(self, row: dict, key: str, old, new):
        return commands.edit_campaign(self.document, row, key, new)


class CampaignFilter(QSortFilterProxyModel):
    """Shows the campaigns matching a channel, status, owner, persona and
    text; the timeline and month grid draw the rows this proxy shows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.criteria: dict[str, str] = {}
        self.setSortRole(SORT_ROLE)

    def set_criterion(self, name: str, value: str | None) -> None:
        """Filter by channel, status, owner, persona or text (None/'' = any)."""
        self.beginFilterChange()
        if value:
            self.criteria[name] = value
        else:
            self.criteria.pop(name, None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_criteria(self) -> None:
        """Show every campaign."""
        self.beginFilterChange()
        self.criteria = {}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.criteria:
            return True
        source = self.sourceModel()
        campaign = source.rows[source_row]
        wanted = self.criteria
        if "status" in wanted and campaign["status"] != wanted["status"]:
            return False
        if "owner" in wanted and campaign["owner"] != wanted["owner"]:
            return False
        if "channel" in wanted and wanted["channel"] not in campaign["channels"]:
            return False
        if "persona" in wanted and wanted["persona"] not in campaign["personas"]:
            return False
        if "text" in wanted:
            text = wanted["text"].casefold()
            return text in campaign["name"].casefold() or text in campaign["objective"].casefold()
        return True

    def lessThan(self, left, right) -> bool:
        # Straight from the rows: going through data() for 5,000 rows costs a second.
        rows, field = self.sourceModel().rows, COLUMNS[left.column()]
        return sort_key(rows[left.row()], field) < sort_key(rows[right.row()], field)

    def campaign_at(self, row: int) -> dict:
        """The campaign shown in proxy row *row*."""
        return self.sourceModel().rows[self.mapToSource(self.index(row, 0)).row()]

    def visible_campaigns(self) -> list[dict]:
        """The campaigns the filter shows, in the shown order."""
        return [self.campaign_at(r) for r in range(self.rowCount())]

    def proxy_row_of(self, campaign_id: str) -> int:
        """Proxy row of a campaign id, or -1 when hidden or unknown."""
        source_row = self.sourceModel().row_of(campaign_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()
