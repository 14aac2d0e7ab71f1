"""Table models of one campaign's phases and milestones (detail panel);
each cell edit is an undo command through calendar_service."""

from __future__ import annotations

from app.views.calendar import commands
from app.views.calendar.labels import kind_label
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel

PHASE_COLUMNS = (
    Column("kind", formatter=lambda value, _row: kind_label(value)),
    Column("name"),
    Column("start_date", kind="date"),
    Column("end_date", kind="date"),
)
MILESTONE_COLUMNS = (Column("name"), Column("date", kind="date"))


class CampaignPartsModel(RowsTableModel):
    """Rows are the phases (or tied milestones) of the shown campaign."""

    vertical_numbers = False

    def __init__(self, document: PlanDocument, part: str, parent=None):
        self.part = part  # "phases" or "milestones"
        columns = PHASE_COLUMNS if part == "phases" else MILESTONE_COLUMNS
        super().__init__(document, columns, parent=parent, load=False)

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        titles = {
            "kind": self.tr("Kind"),
            "name": self.tr("Name"),
            "start_date": self.tr("Start"),
            "end_date": self.tr("End"),
            "date": self.tr("Date"),
        }
        return tuple(titles[c.key] for c in self.columns)

    def set_rows(self, rows: list[dict]) -> None:
        """Show these phases or milestones."""
        self.reload(rows)

    def edit_command(self, row: dict, key: str, old, new):
        edit = commands.edit_phase if self.part == "phases" else commands.edit_milestone
        return edit(self.document, row, key, new)
