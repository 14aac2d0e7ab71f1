"""The key dates of the calendar (holidays, adjusted working days,
festivals, brand days): a table to rename, re-date, show or hide them, and
buttons to add the plan years' holidays and festivals or a brand day.
Every change is an undo command over app.services.calendar.key_dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QVBoxLayout

from app.services.calendar.service import KEY_DATE_KINDS
from app.views.calendar import commands
from app.views.calendar.labels import key_date_kind_label
from app.views.common.canvas_editor import PlanWidget
from app.views.common.choice_delegate import ChoiceDelegate, DateDelegate
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import set_up_table
from app.views.common.rows_model import Column, RowsTableModel
from app.views.common.widgets.buttons import button_row

COLUMNS = ("visible", "name", "kind", "date", "end_date")


def _kinds() -> list[tuple[str, str]]:
    return [(k, key_date_kind_label(k)) for k in KEY_DATE_KINDS]


class KeyDateModel(RowsTableModel):
    """Rows are the plan's key dates in order; the first column is a
    show/hide check box."""

    vertical_numbers = False

    def __init__(self, document: PlanDocument, parent=None):
        columns = (
            Column("visible", kind="check"),
            Column("name"),
            Column("kind", choices=_kinds),
            Column("date", kind="date"),
            Column("end_date", kind="date"),
        )
        super().__init__(document, columns, parent=parent)

    def fetch(self) -> list[dict]:
        from app.services.calendar.service import list_key_date_rows

        return list_key_date_rows(self.document.plan)

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (self.tr("Shown"), self.tr("Name"), self.tr("Kind"), self.tr("Date"), self.tr("Until"))

    def edit_command(self, row: dict, key: str, old, new):
        return commands.edit_key_date(self.document, row, key, new)


class KeyDatePanel(PlanWidget):
    """The key-date table and its buttons."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.model = KeyDateModel(document, self)
        fit = QHeaderView.ResizeToContents
        self.table = set_up_table(
            QTableView(self),
            self.model,
            "calendar-key-dates",
            modes=fit,
            row_height=24,
            numbers=False,
            stretch_last=True,
        )
        kinds = ChoiceDelegate(lambda _index: _kinds(), self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("kind"), kinds)
        for field in ("date", "end_date"):
            self.table.setItemDelegateForColumn(COLUMNS.index(field), DateDelegate(self.table))
        self.add_presets_button = QPushButton(self.tr("Add holidays and festivals"), self)
        self.add_presets_button.setToolTip(
            self.tr("Public holidays, adjusted working days and e-commerce festivals of the plan's years")
        )
        self.add_brand_day_button = QPushButton(self.tr("Add brand day"), self)
        self.delete_button = QPushButton(self.tr("Delete key date"), self)
        buttons = button_row(
            (self.add_presets_button, self.add_brand_day_button, self.delete_button), not document.read_only
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_presets_button.clicked.connect(self.add_presets)
        self.add_brand_day_button.clicked.connect(self.add_brand_day)
        self.delete_button.clicked.connect(self.delete_selected)

    def add_presets(self) -> bool:
        """Add the holidays, working days and festivals of the plan's years."""
        return self.document.execute(commands.AddKeyDatesForYearsCommand(self.document))

    def add_brand_day(self, day: dt.date | None = None) -> bool:
        """Add a brand day (today unless *day* is given) and start naming it."""
        day = day or dt.date.today()
        command = commands.add_brand_day(self.document, self.tr("Brand day"), day.isoformat())
        if not self.document.execute(command):
            return False
        row = next((i for i, r in enumerate(self.model.rows) if r["id"] == command.row_id), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.edit(self.model.index(row, COLUMNS.index("name")))
        return True

    def delete_selected(self) -> bool:
        """Delete the selected key date."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        return self.document.execute(commands.delete_key_date(self.document, self.model.rows[rows[0].row()]["id"]))
