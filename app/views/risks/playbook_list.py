"""The list of crisis playbooks (name and level) with Add, Delete, Move up
and Move down; the editor shows the selected one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel

from app.services.risks import playbooks as svc
from app.views.common.plan_document import PlanDocument
from app.views.risks.crisis_commands import AddRowCommand
from app.views.risks.crisis_table_model import ColumnSpec, ServiceRowsModel
from app.views.risks.playbook_panels import RowsPanel


class PlaybookList(RowsPanel):
    """Playbooks in their order; the name is edited in place or in the form."""

    def __init__(self, document: PlanDocument, parent=None):
        self.level_names: dict[str, str] = {}
        columns = [
            ColumnSpec("name", QCoreApplication.translate("PlaybookEditor", "Playbook")),
            ColumnSpec(
                "severity_level_id",
                QCoreApplication.translate("PlaybookEditor", "Level"),
                "none",
                display=lambda r: self.level_names.get(r["severity_level_id"] or "", "—"),
            ),
        ]
        model = ServiceRowsModel(
            document,
            columns,
            self._fetch,
            svc.update_playbook,
            QCoreApplication.translate("PlaybookEditor", "Edit playbook"),
        )
        super().__init__(
            document, model, "playbook-list", QCoreApplication.translate("PlaybookEditor", "Add playbook"), parent
        )
        self.fit_rows = False  # one line per playbook, however narrow the list
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)  # the name takes the width, the level is short
        self.table.setColumnWidth(1, 56)
        # Buttons two by two: the list stays narrow and the playbook beside it gets the room.
        grid = QGridLayout()
        for n, button in enumerate((self.add_button, self.delete_button, self.up_button, self.down_button)):
            self.buttons.removeWidget(button)
            grid.addWidget(button, n // 2, n % 2)
        self.layout().addLayout(grid)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "PlaybookEditor",
                "No playbooks yet. Click Add playbook for each crisis the team should rehearse "
                "(a product complaint trending, a data leak…), then give it a severity level, "
                "steps and a holding statement.",
            ),
            self,
        )
        self.empty_hint.setObjectName("playbook-empty-hint")
        self.empty_hint.setWordWrap(True)
        self.layout().insertWidget(0, self.empty_hint)
        self._show_hint()

    def _show_hint(self) -> None:
        if hasattr(self, "empty_hint"):
            self.empty_hint.setVisible(not self.model.rows)

    def _fetch(self, plan) -> list[dict]:
        self.level_names = {r["id"]: str(r["level"]) for r in svc.list_levels(plan)}
        return svc.list_playbooks(plan)

    def reload(self) -> None:
        """Re-read the playbooks; keep the selection, else select the first."""
        super().reload()
        if self.selected_id() is None and self.model.rows:
            self.table.selectRow(0)
        self._show_hint()

    def add_row(self) -> None:
        """Add a playbook after the selection and start editing its name."""
        index = self.insert_index()
        name = QCoreApplication.translate("PlaybookEditor", "New playbook")
        command = AddRowCommand(
            self.document,
            QCoreApplication.translate("PlaybookEditor", "Add playbook"),
            lambda plan, row_id: svc.add_playbook(plan, {"name": name}, index, row_id),
            svc.delete_playbook,
        )
        if self._run(command):
            self.select_id(command.row_id)

    def delete_selected(self) -> None:
        """Delete the selected playbook with its parts (undo restores all)."""
        self.delete_with(QCoreApplication.translate("PlaybookEditor", "Delete playbook"), svc.delete_playbook)

    def move_to(self, row_id: str, index: int) -> None:
        """Move a playbook to *index* (one undo step)."""
        self.move_with(QCoreApplication.translate("PlaybookEditor", "Move playbook"), svc.move_playbook, row_id, index)
