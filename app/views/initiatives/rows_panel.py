"""A table of one kind of row with Add / Delete / Move up / Move down, every
action one undo command: the building block of the Strategy & actions tabs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import OrderedRows
from app.views.common.widgets.field_widgets import EmptyViewHint
from app.views.common.widgets.table_fit import fit_to_width
from app.views.risks.crisis_commands import DeleteRowCommand, MoveRowCommand
from app.views.risks.crisis_table_model import ColumnSpec, RowsDelegate
from app.views.risks.crisis_table_model import ServiceRowsModel as RowsTableModel


@dataclass
class RowActions:
    """The service calls behind a panel, each a function of the plan."""

    fetch: Callable  # (plan) -> rows
    update: Callable  # (plan, row id, field, value) -> Change
    add: Callable  # (plan, index, row id, context) -> Change; context: see RowsPanel
    delete: Callable  # (plan, row id) -> (Change, snapshot)
    restore: Callable  # (plan, snapshot) -> Change
    move: Callable  # (plan, row id, index) -> Change


@dataclass
class RowTexts:
    """The undo-step names and button labels of a panel."""

    add: str
    edit: str
    delete: str
    move: str
    empty: str


class RowsPanel(OrderedRows, QWidget):
    """An editable table with buttons; ``selected_changed`` carries the
    selected row id ("" when none). *confirm_delete(row_id)* may refuse."""

    selected_changed = Signal(str)

    def __init__(
        self,
        document: PlanDocument,
        name: str,
        columns: list[ColumnSpec],
        actions: RowActions,
        texts: RowTexts,
        parent=None,
        confirm_delete: Callable[[str], bool] | None = None,
        context: Callable[[], object] | None = None,
    ):
        super().__init__(parent)
        self.document, self.actions, self.texts = document, actions, texts
        self.confirm_delete = confirm_delete
        self.context = context  # read when a row is added (e.g. the selected pillar), kept for redo
        self.model = RowsTableModel(document, columns, actions.fetch, actions.update, texts.edit, self)
        self.model.on_drop = self.move_to
        self.table = QTableView(self, objectName=f"{name}-table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowsDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDrop)
        self.table.setDefaultDropAction(Qt.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_to_width(self.table)  # columns shrink to the panel's width, long text elided, headers whole
        self.hint = EmptyViewHint(self.table, texts.empty)
        self.add_button = QPushButton(texts.add, self, objectName=f"{name}-add")
        self.delete_button = QPushButton(self.tr("Delete"), self, objectName=f"{name}-delete")
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(not document.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence.Delete, self.table, context=Qt.WidgetShortcut)
        delete_key.activated.connect(lambda: self.delete_button.isEnabled() and self.delete_selected())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._announce())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._quiet = False

    def _announce(self) -> None:
        if not self._quiet:
            self.selected_changed.emit(self.selected_id() or "")

    def selected_id(self) -> str | None:
        """The id of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows and rows[0].row() < len(self.model.rows) else None

    def select_id(self, row_id: str | None) -> None:
        """Select (and show) row *row_id*; None clears the selection."""
        row = self.model.row_of(row_id) if row_id else -1
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        )
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))

    def reload(self) -> None:
        """Re-read the rows, keeping the selection when the row still exists."""
        selected = self.selected_id()
        self._quiet = True
        try:
            self.model.reload()
            self.select_id(selected)
        finally:
            self._quiet = False
        if selected != self.selected_id():
            self._announce()

    def replace_row(self, row: dict) -> bool:
        """Show new values of one row in place (no reset: selection, scroll
        and an open editor stay); False when the row is not shown."""
        index = self.model.row_of(row["id"])
        if index < 0:
            return False
        self.model.rows[index].update(row)  # the same dict is in all_rows
        self.model.dataChanged.emit(self.model.index(index, 0), self.model.index(index, len(self.model.columns) - 1))
        return True

    def add_row(self) -> bool:
        """Add a row after the selection and start editing its first column."""
        context = self.context() if self.context else None
        return self.add_after_selected(
            self.texts.add, lambda plan, index, rid: self.actions.add(plan, index, rid, context), self.actions.delete
        )

    def delete_selected(self) -> bool:
        """Delete the selected row (one undo step restores it and what went with it)."""
        row_id = self.selected_id()
        if not row_id or (self.confirm_delete is not None and not self.confirm_delete(row_id)):
            return False
        command = DeleteRowCommand(self.document, self.texts.delete, self.actions.delete, self.actions.restore, row_id)
        return self.document.execute(command)

    def row_ids(self) -> list[str]:
        """Every row's id, in plan order."""
        return [r["id"] for r in self.model.rows]

    def move_command(self, row_id: str, old: int, new: int) -> MoveRowCommand:
        """The undo step moving *row_id* from index *old* to *new*."""
        return MoveRowCommand(self.document, self.texts.move, self.actions.move, row_id, old, new)
