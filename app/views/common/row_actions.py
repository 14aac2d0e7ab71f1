"""The table plumbing the canvases share: how a rows table is set up
(selection behaviour, header modes, row heights), the Add / Remove /
Move up / Move down buttons, and the actions behind them over a
:class:`~app.views.common.rows_model.RowsTableModel`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QWidget

from app.views.common.row_commands import AddRowCommand
from app.views.common.widgets.buttons import button_row


def set_up_table(
    table: QTableView,
    model,
    name: str,
    modes: Iterable | None = None,
    rows: bool = True,
    word_wrap: bool = True,
    row_height: int | None = None,
    numbers: bool = True,
    stretch_last: bool = False,
    drag: bool = False,
    edit_on_type: bool = False,
) -> QTableView:
    """Give *table* its *model* and object *name*; one selected row at a
    time (or one cell, *rows* False); *modes*: a resize mode per column
    (or one for all); *row_height*: a fixed default row height; *numbers*
    False hides the row numbers; *stretch_last* fills the width; *drag*
    lets rows be dragged into order; *edit_on_type* starts editing a cell
    as soon as a key is typed on it."""
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows if rows else QAbstractItemView.SelectItems)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setWordWrap(word_wrap)
    if not numbers:
        table.verticalHeader().hide()
    if row_height:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    if isinstance(modes, QHeaderView.ResizeMode):
        header.setSectionResizeMode(modes)
    else:
        for column, mode in enumerate(modes or ()):
            header.setSectionResizeMode(column, mode)
    header.setStretchLastSection(stretch_last or header.stretchLastSection())
    if drag:
        table.setDragDropMode(QAbstractItemView.DragDrop)
        table.setDefaultDropAction(Qt.MoveAction)
        table.setDragDropOverwriteMode(False)
    if edit_on_type:
        table.setEditTriggers(
            QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed | QAbstractItemView.AnyKeyPressed
        )
    return table


def row_buttons(parent: QWidget, add_text: str, remove_text: str, enabled: bool = True) -> tuple[QHBoxLayout, list]:
    """An Add, a Remove, a Move up and a Move down button in a row (then a
    stretch); returns the layout and the four buttons."""
    up = QCoreApplication.translate("RowButtons", "Move up")
    down = QCoreApplication.translate("RowButtons", "Move down")
    buttons = [QPushButton(text, parent) for text in (add_text, remove_text, up, down)]
    return button_row(buttons, enabled), buttons


def wire_row_buttons(buttons, add: Callable, delete: Callable, move: Callable, table: QTableView | None = None) -> None:
    """Connect the four row buttons to *add*, *delete* and ``move(step)``;
    with a *table*, its Delete key deletes too (not while a cell is edited,
    and only while the Delete button is enabled)."""
    add_button, delete_button, up_button, down_button = buttons
    add_button.clicked.connect(lambda: add())
    delete_button.clicked.connect(lambda: delete())
    up_button.clicked.connect(lambda: move(-1))
    down_button.clicked.connect(lambda: move(1))
    if table is not None:
        delete_key = QShortcut(QKeySequence.Delete, table, context=Qt.WidgetShortcut)
        delete_key.activated.connect(lambda: delete_button.isEnabled() and delete())


class OrderedRows:
    """Add a row after the selection, move the selected row one step or drop
    a row at an index, one undo step each, over a table that may hide rows:
    the mixing widget gives ``row_ids()`` (every row in plan order, shown or
    not), ``move_command(row_id, old, new)``, ``selected_id()`` and
    ``select_id(row_id)``, and has ``self.document``, ``self.table`` and
    ``self.model`` (a RowsTableModel)."""

    def add_after_selected(self, text: str, add: Callable, delete: Callable) -> bool:
        """Add a row with ``add(plan, index, row_id)`` after the selected one
        (index None: at the end), select it and start editing its first cell."""
        selected, ids = self.selected_id(), self.row_ids()
        index = ids.index(selected) + 1 if selected in ids else None
        command = AddRowCommand(self.document, text, lambda plan, row_id: add(plan, index, row_id), delete)
        if not self.document.execute(command):
            return False
        self.select_id(command.row_id)
        self.table.edit(self.model.index(self.model.row_of(command.row_id), 0))
        return True

    def move_selected(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row_id, ids = self.selected_id(), self.row_ids()
        if row_id in ids and 0 <= ids.index(row_id) + step < len(ids):
            self.move_to(row_id, ids.index(row_id) + step)

    def move_to(self, row_id: str, index: int) -> None:
        """Move a row to *index* of the plan order, and keep it selected."""
        if self.document.execute(self.move_command(row_id, self.row_ids().index(row_id), index)):
            self.select_id(row_id)


class RowActions:
    """Add, remove and move the rows of ``self.table`` (a QTableView over
    ``self.model``, a RowsTableModel) through ``self.document``; keeps the
    selected row selected across a change. Mixed into a QWidget."""

    current_follows_select = False  # select_id also makes the cell current
    row_commands = None  # the table's RowCommands (app.views.common.row_commands)

    def add_buttons(self, add_text: str, remove_text: str) -> QHBoxLayout:
        """The four row buttons, wired; sets add/remove/up/down_button."""
        layout, buttons = row_buttons(self, add_text, remove_text, not self.document.read_only)
        self.add_button, self.remove_button, self.up_button, self.down_button = buttons
        wire_row_buttons(buttons, self.add_row, self.remove_selected, self.move_selected)
        return layout

    def selected_row(self) -> int:
        """Selected row number, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_id(self) -> str | None:
        """Id of the selected row, or None."""
        row = self.selected_row()
        return self.model.rows[row]["id"] if row >= 0 else None

    def insert_index(self) -> int:
        """Where a new row goes: after the selection, else at the end."""
        row = self.selected_row()
        return row + 1 if row >= 0 else self.model.rowCount()

    def select_id(self, row_id: str, column: int = 0) -> None:
        """Select and show a row by id."""
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)
            if self.current_follows_select:
                self.table.setCurrentIndex(self.model.index(row, column))
            self.table.scrollTo(self.model.index(row, column))

    def add_and_edit(self, command, column: int = 0) -> bool:
        """Run an add command; select its row and start editing *column*."""
        if not self.document.execute(command):
            return False
        self.select_id(command.row_id)
        self.table.edit(self.model.index(self.model.row_of(command.row_id), column))
        return True

    def add_row(self) -> None:
        """Add an empty row after the selection and start editing its first cell."""
        self.add_and_edit(self.row_commands.add(self.document, self.insert_index()))

    def remove_selected(self) -> None:
        """Delete the selected row (undo brings it back)."""
        self.remove_with(self.row_commands.delete)

    def move_selected(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        self.move_with(self.row_commands.move, step)

    def remove_with(self, delete: Callable) -> None:
        """Delete the selected row with ``delete(document, row_id)``."""
        row_id = self.selected_id()
        if row_id is not None:
            self.document.execute(delete(self.document, row_id))

    def move_with(self, move: Callable, step: int) -> None:
        """Move the selected row up (-1) or down (+1) with
        ``move(document, row_id, old, new)``."""
        row = self.selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        row_id = self.model.rows[row]["id"]
        if self.document.execute(move(self.document, row_id, row, target)):
            self.select_id(row_id)

    def follow_change(self, change, fresh: list[dict] | None = None) -> None:
        """Show a committed change: the whole table again after an add,
        delete or move (the selection kept), else the changed rows in place."""
        selected = self.selected_id()
        if change.structure:
            self.model.reload(fresh)
            if selected and self.model.row_of(selected) >= 0:
                self.select_id(selected)
        else:
            self.model.refresh_rows(change.ids, fresh)
