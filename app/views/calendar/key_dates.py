"""The key dates of the calendar (holidays, adjusted working days,
festivals, brand days): a table to rename, re-date, show or hide them, and
buttons to add the plan years' holidays and festivals or a brand day.
Every change is an undo command over app.services.calendar.key_dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.calendar.service import KEY_DATE_KINDS
from app.views.calendar import commands
from app.views.calendar.delegates import ChoiceDelegate, DateDelegate
from app.views.common.locale_format import format_date
from app.views.common.plan_document import PlanDocument

COLUMNS = ("visible", "name", "kind", "date", "end_date")


def key_date_kind_label(code: str) -> str:
    """A key-date kind in the interface language."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "holiday": QCoreApplication.translate("CalendarLabels", "Public holiday"),
        "workday": QCoreApplication.translate("CalendarLabels", "Adjusted working day"),
        "festival": QCoreApplication.translate("CalendarLabels", "Festival"),
        "brand_day": QCoreApplication.translate("CalendarLabels", "Brand day"),
    }
    return labels.get(code, code)


class KeyDateModel(QAbstractTableModel):
    """Rows are the plan's key dates in order; the first column is a
    show/hide check box."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.rows: list[dict] = []
        self.reload()

    def reload(self) -> None:
        """Re-read the key dates."""
        from app.services.calendar.service import list_key_date_rows

        self.beginResetModel()
        self.rows = list_key_date_rows(self.document.plan)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return (self.tr("Shown"), self.tr("Name"), self.tr("Kind"), self.tr("Date"), self.tr("Until"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, field = self.rows[index.row()], COLUMNS[index.column()]
        if field == "visible":
            return (Qt.Checked if row["visible"] else Qt.Unchecked) if role == Qt.CheckStateRole else None
        value = row[field]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if field == "kind":
                return key_date_kind_label(value)
            if field in ("date", "end_date"):
                return format_date(value) if value else ""
            return value
        if role == Qt.EditRole:
            if field in ("date", "end_date"):
                return QDate.fromString(value, Qt.ISODate) if value else QDate()
            return value
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.document.read_only:
            return base
        if COLUMNS[index.column()] == "visible":
            return base | Qt.ItemIsUserCheckable
        return base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if not index.isValid():
            return False
        row, field = self.rows[index.row()], COLUMNS[index.column()]
        if field == "visible":
            if role != Qt.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.Checked
            if bool(row["visible"]) == value:
                return False
        elif role != Qt.EditRole:
            return False
        if isinstance(value, QDate):
            value = value.toString(Qt.ISODate) if value.isValid() else None
        if field != "visible" and row[field] == value:
            return False
        return self.document.execute(commands.edit_key_date(self.document, row, field, value))


class KeyDatePanel(QWidget):
    """The key-date table and its buttons."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = KeyDateModel(document, self)
        self.table = QTableView(self)
        self.table.setObjectName("calendar-key-dates")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        kinds = ChoiceDelegate(lambda: [(k, key_date_kind_label(k)) for k in KEY_DATE_KINDS], self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("kind"), kinds)
        for field in ("date", "end_date"):
            self.table.setItemDelegateForColumn(COLUMNS.index(field), DateDelegate(self.table))
        self.add_presets_button = QPushButton(self.tr("Add holidays and festivals"), self)
        self.add_presets_button.setToolTip(
            self.tr("Public holidays, adjusted working days and e-commerce festivals of the plan's years")
        )
        self.add_brand_day_button = QPushButton(self.tr("Add brand day"), self)
        self.delete_button = QPushButton(self.tr("Delete key date"), self)
        buttons = QHBoxLayout()
        for button in (self.add_presets_button, self.add_brand_day_button, self.delete_button):
            buttons.addWidget(button)
            button.setEnabled(not document.read_only)
        buttons.addStretch(1)
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
        row = next((i for i, r in enumerate(self.model.rows) if r["id"] == command.item_id), -1)
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
