"""Table panels of the Playbooks canvas: the severity levels, and one panel
per child table of a playbook (escalation contacts, steps, statements) with
Add, Delete, Move up and Move down. Steps can also be dragged into order.
Every action is one undo command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services.risks import playbooks as svc
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import row_buttons, set_up_table, wire_row_buttons
from app.views.risks import service_text as text
from app.views.risks.crisis_commands import AddRowCommand, CallCommand, DeleteRowCommand, MoveRowCommand
from app.views.risks.crisis_table_model import ColumnSpec, RowsDelegate, ServiceRowsModel


def _table(parent, model: ServiceRowsModel, name: str, draggable: bool) -> QTableView:
    table = set_up_table(QTableView(parent), model, name, QHeaderView.Interactive, stretch_last=True, drag=draggable)
    table.setItemDelegate(RowsDelegate(model, table))
    table.setMinimumHeight(120)
    header = table.horizontalHeader()
    wide = next(
        (n for n, c in enumerate(model.columns) if c.key in ("action", "body", "contact", "description")), None
    )
    for column, spec in enumerate(model.columns):
        table.setColumnWidth(column, 100 if spec.kind == "number" else 170)
    if wide is not None:  # the long-text column takes the spare width
        header.setStretchLastSection(False)
        header.setSectionResizeMode(wide, QHeaderView.Stretch)
    return table


class RowsPanel(QWidget):
    """A table with Add / Delete / Move up / Move down buttons."""

    selection_changed = Signal()

    def __init__(
        self,
        document: PlanDocument,
        model: ServiceRowsModel,
        name: str,
        add_label: str,
        parent=None,
        movable: bool = True,
    ):
        super().__init__(parent)
        self.document, self.model = document, model
        self.fit_rows = movable  # the levels table stays compact: one line per level
        self.table = _table(self, model, name, movable)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.buttons, buttons = row_buttons(self, add_label, QCoreApplication.translate("PlaybookEditor", "Delete"))
        self.add_button, self.delete_button, self.up_button, self.down_button = buttons
        self.add_button.setObjectName(f"{name}-add")
        self.up_button.setVisible(movable)
        self.down_button.setVisible(movable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        wire_row_buttons(buttons, self.add_row, self.delete_selected, self.move_selected, self.table)
        if movable:
            model.on_drop = self.move_to
        self.set_enabled(True)

    def set_enabled(self, enabled: bool) -> None:
        """Enable editing (never on a read-only plan)."""
        enabled = enabled and not self.document.read_only
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(enabled)

    def selected_id(self) -> str | None:
        """Id of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def select_id(self, row_id: str, field: str = "") -> None:
        """Select and show a row by id, the cursor on *field*'s column if it has one."""
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)
            column = next((n for n, spec in enumerate(self.model.columns) if spec.key == field), 0)
            index = self.model.index(row, column)
            self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.NoUpdate)
            self.table.scrollTo(index)

    def reload(self) -> None:
        """Re-read the rows, keeping the selection."""
        selected = self.selected_id()
        self.model.reload()
        if self.fit_rows:
            self.table.resizeRowsToContents()  # long actions and statements wrap
        if selected:
            self.select_id(selected)

    def insert_index(self) -> int:
        """Where a new row goes: after the selection, else at the end."""
        selected = self.selected_id()
        return self.model.row_of(selected) + 1 if selected else len(self.model.rows)

    # Subclasses provide these three service calls.
    def add_row(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def delete_selected(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def move_to(self, row_id: str, index: int) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def move_selected(self, step: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row_id = self.selected_id()
        if row_id is None:
            return
        target = self.model.row_of(row_id) + step
        if 0 <= target < len(self.model.rows):
            self.move_to(row_id, target)

    def delete_with(self, text: str, deleter) -> None:
        """Delete the selected row with ``deleter(plan, row_id)``; undo
        restores it and what went with it."""
        row_id = self.selected_id()
        if row_id:
            self._run(DeleteRowCommand(self.document, text, deleter, svc.restore, row_id))

    def move_with(self, text: str, mover, row_id: str, index: int) -> None:
        """Move a row to *index* with ``mover(plan, row_id, index)`` (one undo step)."""
        self._run(MoveRowCommand(self.document, text, mover, row_id, self.model.row_of(row_id), index), row_id)

    def _run(self, command, select: str | None = None) -> bool:
        done = self.document.execute(command)
        if done and select:
            self.select_id(select)
        return done


class ChildPanel(RowsPanel):
    """Contacts, steps or statements of the playbook in ``playbook_id``."""

    def __init__(self, document: PlanDocument, table: str, columns: list[ColumnSpec], add_label: str, parent=None):
        self.table_name = table
        self.playbook_id: str | None = None
        model = ServiceRowsModel(
            document,
            columns,
            self._fetch,
            lambda plan, row_id, field, value: svc.update_child(plan, table, row_id, field, value),
            QCoreApplication.translate("PlaybookEditor", "Edit playbook"),
        )
        super().__init__(document, model, table.replace("_", "-"), add_label, parent)

    def _fetch(self, plan) -> list[dict]:
        return svc.list_children(plan, self.table_name, self.playbook_id) if self.playbook_id else []

    def show_playbook(self, playbook_id: str | None) -> None:
        """Show the rows of another playbook (None: empty, disabled)."""
        self.playbook_id = playbook_id
        self.model.reload()
        if self.fit_rows:
            self.table.resizeRowsToContents()
        self.set_enabled(playbook_id is not None)

    def add_row(self) -> None:
        """Add a row after the selection and start editing its first column."""
        if not self.playbook_id:
            return
        table, playbook_id, index = self.table_name, self.playbook_id, self.insert_index()
        command = AddRowCommand(
            self.document,
            self.add_button.text(),
            lambda plan, row_id: svc.add_child(plan, table, playbook_id, {}, index, row_id),
            lambda plan, row_id: svc.delete_child(plan, table, row_id),
        )
        if self._run(command, None):
            self.select_id(command.row_id)
            self.table.edit(self.model.index(self.model.row_of(command.row_id), 1 if table == "playbook_step" else 0))

    def delete_selected(self) -> None:
        """Delete the selected row (undo puts it back)."""
        table = self.table_name
        text = QCoreApplication.translate("PlaybookEditor", "Delete")
        self.delete_with(text, lambda plan, rid: svc.delete_child(plan, table, rid))

    def move_to(self, row_id: str, index: int) -> None:
        """Move a row to *index* within the playbook (one undo step)."""
        table = self.table_name
        text = QCoreApplication.translate("PlaybookEditor", "Move")
        self.move_with(text, lambda plan, rid, i: svc.move_child(plan, table, rid, i), row_id, index)


def level_columns() -> list[ColumnSpec]:
    """Columns of the severity-level table."""

    def hours(row: dict) -> str:
        value = row["update_interval_hours"]
        return "" if value is None else f"{value:g}"

    return [
        ColumnSpec("level", QCoreApplication.translate("PlaybookEditor", "Level"), "number", low=1, high=9),
        ColumnSpec("name", QCoreApplication.translate("PlaybookEditor", "Name")),
        ColumnSpec(
            "response_minutes",
            QCoreApplication.translate("PlaybookEditor", "Respond within (min)"),
            "number",
            low=1,
            high=svc.MAX_OFFSET,
        ),
        ColumnSpec(
            "update_interval_hours", QCoreApplication.translate("PlaybookEditor", "Updates every (h)"), display=hours
        ),
        ColumnSpec("escalate_to", QCoreApplication.translate("PlaybookEditor", "Escalate to")),
        ColumnSpec("description", QCoreApplication.translate("PlaybookEditor", "Description")),
    ]


class LevelsPanel(RowsPanel):
    """The plan's severity levels, with 'Add standard levels' for a plan without any."""

    def __init__(self, document: PlanDocument, parent=None):
        model = ServiceRowsModel(
            document,
            level_columns(),
            svc.list_levels,
            svc.update_level,
            QCoreApplication.translate("PlaybookEditor", "Edit severity level"),
        )
        super().__init__(
            document,
            model,
            "severity-levels",
            QCoreApplication.translate("PlaybookEditor", "Add level"),
            parent,
            movable=False,
        )
        self.standard_button = QPushButton(QCoreApplication.translate("PlaybookEditor", "Add standard levels"), self)
        self.standard_button.setObjectName("severity-standard")
        self.standard_button.setToolTip(
            QCoreApplication.translate(
                "PlaybookEditor",
                "Level 1: respond within 1 hour, CEO involved, updates every 24 "
                "hours; level 2: 4 hours; level 3: 24 hours.",
            )
        )
        self.buttons.insertWidget(1, self.standard_button)
        self.standard_button.clicked.connect(self.add_standard)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(150)  # the playbooks below need the room
        for column, width in enumerate((50, 130, 130, 110, 170)):
            self.table.setColumnWidth(column, width)
        self.reload()

    def reload(self) -> None:
        """Re-read the levels; 'Add standard levels' only for a plan without any."""
        super().reload()
        self.standard_button.setEnabled(not self.model.all_rows and not self.document.read_only)

    def add_row(self) -> None:
        """Add the next free level number."""
        command = AddRowCommand(
            self.document,
            QCoreApplication.translate("PlaybookEditor", "Add severity level"),
            lambda plan, row_id: svc.add_level(plan, None, row_id),
            svc.delete_level,
        )
        self._run(command)
        if command.row_id:
            self.select_id(command.row_id)

    def add_standard(self) -> bool:
        """Add the three standard levels (in the plan's language) in one undo step."""
        made: list[str] = []

        def add(plan):
            change = svc.add_standard_levels(plan, None, made or None)
            made[:] = list(change.ids)
            return change

        return self._run(
            CallCommand(
                self.document,
                QCoreApplication.translate("PlaybookEditor", "Add standard levels"),
                add,
                lambda plan: svc.remove_levels(plan, made),
            )
        )

    def delete_selected(self) -> None:
        """Delete the selected level (its playbooks lose it; undo restores)."""
        self.delete_with(QCoreApplication.translate("PlaybookEditor", "Delete severity level"), svc.delete_level)

    def move_to(self, row_id: str, index: int) -> None:
        """Levels are ordered by their number; nothing to move."""


def step_columns() -> list[ColumnSpec]:
    """Columns of the steps table; the offset shows as T+15 min / T+1 h."""
    return [
        ColumnSpec(
            "offset_minutes",
            QCoreApplication.translate("PlaybookEditor", "When"),
            "number",
            low=0,
            high=svc.MAX_OFFSET,
            suffix=QCoreApplication.translate("PlaybookEditor", " min"),
            display=lambda r: text.offset_label(r["offset_minutes"]),
        ),
        ColumnSpec("action", QCoreApplication.translate("PlaybookEditor", "Action")),
        ColumnSpec("owner", QCoreApplication.translate("PlaybookEditor", "Owner")),
    ]


def contact_columns() -> list[ColumnSpec]:
    """Columns of the escalation chain."""
    return [
        ColumnSpec("role", QCoreApplication.translate("PlaybookEditor", "Role")),
        ColumnSpec("name", QCoreApplication.translate("PlaybookEditor", "Name")),
        ColumnSpec("contact", QCoreApplication.translate("PlaybookEditor", "Contact")),
    ]


def statement_columns() -> list[ColumnSpec]:
    """Columns of the holding statements."""
    return [
        ColumnSpec("title", QCoreApplication.translate("PlaybookEditor", "Title")),
        ColumnSpec("body", QCoreApplication.translate("PlaybookEditor", "Statement ({brand}, {date}, {product})")),
    ]
