"""The responsibility matrix tab: the parties (departments, teams, outside
partners) on the left, the grid of initiatives × parties on the right. A
cell takes R, A, C or I (typed or picked); each change is one undo step."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QTableView, QVBoxLayout

from app.models.initiatives import rules
from app.services.initiatives import matrix
from app.services.initiatives import service as svc
from app.views.common.canvas_editor import PlanWidget
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import SetValueCommand
from app.views.common.widgets.field_widgets import EmptyViewHint
from app.views.common.widgets.splitter import splitter
from app.views.initiatives.columns import party_columns
from app.views.initiatives.rows_panel import RowActions, RowsPanel, RowTexts

ROLE_COLOURS = {"A": "#F6C28B", "R": "#B9D7F0", "C": "#DDE8C8", "I": "#EEEEEE"}


class RaciModel(QAbstractTableModel):
    """Initiatives (rows) × parties (columns); the cell is the role."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.initiatives: list[dict] = []
        self.parties: list[dict] = []
        self.roles: dict[tuple[str, str], str] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read initiatives, parties and roles."""
        self.beginResetModel()
        plan = self.document.plan
        self.initiatives = svc.list_initiatives(plan)
        self.parties = matrix.list_parties(plan)
        self.roles = matrix.roles(plan)
        self.endResetModel()

    def update_cell(self, initiative_id: str, party_id: str) -> None:
        """Re-read one cell (after it was set, or its undo)."""
        self.roles[(initiative_id, party_id)] = matrix.role(self.document.plan, initiative_id, party_id)
        rows = [n for n, r in enumerate(self.initiatives) if r["id"] == initiative_id]
        columns = [n for n, p in enumerate(self.parties) if p["id"] == party_id]
        if rows and columns:
            self.dataChanged.emit(self.index(rows[0], columns[0]), self.index(rows[0], columns[0]))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.initiatives)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.parties)

    def _key(self, index) -> tuple[str, str]:
        return self.initiatives[index.row()]["id"], self.parties[index.column()]["id"]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self.roles.get(self._key(index), "")
        if role in (Qt.DisplayRole, Qt.EditRole):
            return value
        if role == Qt.BackgroundRole and value:
            return QColor(ROLE_COLOURS[value])
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.parties[section]["name"] or self.tr("(untitled)")
        return self.initiatives[section]["name"] or self.tr("(untitled)")

    def flags(self, index):
        base = super().flags(index)
        return base if self.document.read_only or not index.isValid() else base | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        initiative_id, party_id = self._key(index)
        old = self.roles.get((initiative_id, party_id), "")
        new = (value or "").strip().upper() if isinstance(value, str) else value
        if new == old:
            return False
        setter = partial(_set_role, initiative_id=initiative_id, party_id=party_id)
        return self.document.execute(SetValueCommand(self.document, self.tr("Set role"), setter, old, new))


class RoleDelegate(QStyledItemDelegate):
    """A combo box of "", R, A, C, I; typing a letter picks it."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for value in ("", *rules.RACI_ROLES):
            editor.addItem(value, value)
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole) or "")))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData())


class MatrixPanel(PlanWidget):
    """Parties list + RACI grid."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.parties = RowsPanel(
            document,
            "raci-party",
            party_columns(),
            RowActions(
                matrix.list_parties,
                matrix.update_party,
                lambda plan, index, rid, _context: matrix.add_party(plan, {}, index, rid),
                matrix.delete_party,
                svc.restore,
                matrix.move_party,
            ),
            RowTexts(
                self.tr("Add team or partner"),
                self.tr("Edit team or partner"),
                self.tr("Delete team or partner"),
                self.tr("Move team or partner"),
                self.tr(
                    "No teams yet. Add the departments (市场部, 销售部…) and outside partners that work on the plan."
                ),
            ),
            self,
        )
        self.model = RaciModel(document, self)
        self.grid = QTableView(self, objectName="raci-grid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(RoleDelegate(self.grid))
        # fixed sizes: measuring 200 rows × every party on each change would cost a frame
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.grid.horizontalHeader().setDefaultSectionSize(96)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.hint = EmptyViewHint(
            self.grid,
            self.tr("Add initiatives and teams; then mark who is Responsible, Accountable, Consulted, Informed."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter(self, (self.parties, self.grid), (1, 3)))

    def refresh(self) -> None:
        """Re-read parties and the grid."""
        self.parties.reload()
        self.model.reload()


def _set_role(plan, role: str, initiative_id: str, party_id: str):
    return matrix.set_role(plan, initiative_id, party_id, role)
