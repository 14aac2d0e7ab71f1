"""The journey grid of one persona: six stages down, touchpoints / channels /
tactic across. A thin item model over journey_service; each cell edit is an
undo command, pasting or clearing the grid is one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.models.personas.rules import JOURNEY_STAGES
from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.views.common.canvas_editor import PlanWidget
from app.views.common.label_table import LabelTable
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel
from app.views.common.widgets.field_widgets import fit_rows_to_columns
from app.views.personas.commands import EditStageCommand, SetJourneyCommand

COLUMNS = tuple(journey_service.FIELDS)  # touchpoints, channels, tactic


# The six stage names in the interface language.
STAGE_NAMES = LabelTable("JourneyPanel", {
    "awareness": QT_TRANSLATE_NOOP("JourneyPanel", "Awareness"),
    "consideration": QT_TRANSLATE_NOOP("JourneyPanel", "Consideration"),
    "purchase": QT_TRANSLATE_NOOP("JourneyPanel", "Purchase"),
    "use": QT_TRANSLATE_NOOP("JourneyPanel", "Use"),
    "loyalty": QT_TRANSLATE_NOOP("JourneyPanel", "Loyalty"),
    "advocacy": QT_TRANSLATE_NOOP("JourneyPanel", "Advocacy"),
})


class JourneyModel(RowsTableModel):
    """Rows are the six stages of the shown persona; columns the fields."""

    def __init__(self, document: PlanDocument, parent=None):
        self.persona_id: str | None = None
        super().__init__(document, [Column(key) for key in COLUMNS], parent=parent, load=False)

    def show_persona(self, persona_id: str | None) -> None:
        """Show the journey of *persona_id* (None: an empty, disabled grid)."""
        self.persona_id = persona_id
        self.reload()

    def fetch(self) -> list[dict]:
        return journey_service.journey(self.document.plan, self.persona_id) if self.persona_id else []

    def headers(self) -> tuple[str, ...]:
        """Column titles (translatable)."""
        return (self.tr("Touchpoints"), self.tr("Channels"), self.tr("Tactic"))

    def row_header(self, section: int):
        return STAGE_NAMES.text(JOURNEY_STAGES[section])

    def unchanged(self, column: Column, old, value) -> bool:
        return self.persona_id is None or old == str(value)

    def edit_command(self, row: dict, key: str, old, new):
        return EditStageCommand(self.document, self.persona_id, row["stage"], key, old, str(new))


class JourneyPanel(PlanWidget):
    """Choose a persona, edit its journey; copy, paste and clear the grid."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.persona_box = QComboBox(self, objectName="journey-persona")
        self.persona_box.setMinimumContentsLength(24)
        self.model = JourneyModel(document, self)
        self.table = QTableView(self, objectName="journey")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(44)
        fit_rows_to_columns(self.table)
        hint = QLabel(self.tr("Double-click a cell to edit it; Delete clears the selected cells."), self)
        hint.setStyleSheet("color:#5F6368;")
        self.copy_button = QPushButton(self.tr("Copy journey"), self)
        self.paste_button = QPushButton(self.tr("Paste journey"), self)
        self.clear_button = QPushButton(self.tr("Clear journey"), self)
        self.paste_button.setToolTip(self.tr("Replace this journey with one copied from another persona"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Persona"), self))
        top.addWidget(self.persona_box, 1)
        for button in (self.copy_button, self.paste_button, self.clear_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        self.persona_box.currentIndexChanged.connect(lambda _i: self.model.show_persona(self.persona_box.currentData()))
        self.copy_button.clicked.connect(self.copy_journey)
        self.paste_button.clicked.connect(self.paste_journey)
        self.clear_button.clicked.connect(self.clear_journey)
        self.reload_personas()

    def reload_personas(self) -> None:
        """Refill the persona chooser, keeping the chosen persona if it is still there."""
        current = self.persona_box.currentData()
        personas = persona_service.list_personas(self.document.plan, columns=("id", "name"))
        was = self.persona_box.blockSignals(True)
        self.persona_box.clear()
        for n, persona in enumerate(personas, 1):
            self.persona_box.addItem(persona["name"].strip() or self.tr("Persona %s") % n, persona["id"])
        index = self.persona_box.findData(current)
        self.persona_box.setCurrentIndex(index if index >= 0 else (0 if personas else -1))
        self.persona_box.blockSignals(was)
        self.model.show_persona(self.persona_box.currentData())
        editable = bool(personas) and not self.document.read_only
        for widget in (self.paste_button, self.clear_button):
            widget.setEnabled(editable)
        self.copy_button.setEnabled(bool(personas))

    def show_persona(self, persona_id: str) -> None:
        """Choose *persona_id* in the chooser."""
        index = self.persona_box.findData(persona_id)
        if index >= 0:
            self.persona_box.setCurrentIndex(index)

    def select_first_empty_stage(self) -> None:
        """Select the first stage of the shown journey with nothing filled in
        (the first stage when none is empty)."""
        row = next((n for n, stage in enumerate(self.model.rows) if stage["id"] is None), 0)
        if row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def copy_journey(self) -> None:
        """Put the journey on the clipboard as tab-separated text (stages in
        rows), so it can be pasted into another persona or a spreadsheet."""
        lines = ["\t".join(r[f].replace("\t", " ").replace("\n", " ") for f in COLUMNS) for r in self.model.rows]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def paste_journey(self) -> None:
        """Replace the journey with tab-separated clipboard text (one line per
        stage, in stage order): one undo step."""
        text = QGuiApplication.clipboard().text()
        lines = text.replace("\r\n", "\n").split("\n")[: len(JOURNEY_STAGES)]
        new = []
        for stage, line in zip(JOURNEY_STAGES, lines + [""] * len(JOURNEY_STAGES), strict=False):
            cells = (line.split("\t") + ["", "", ""])[:3]
            new.append({"stage": stage, **dict(zip(COLUMNS, cells, strict=True))})
        self._replace(new, self.tr("Paste journey"))

    def clear_journey(self) -> None:
        """Empty every stage of the journey (one undo step)."""
        self._replace([], self.tr("Clear journey"))

    def clear_selected_cells(self) -> None:
        """Empty the selected cells (one undo step however many)."""
        chosen = {(i.row(), i.column()) for i in self.table.selectionModel().selectedIndexes()}
        new = [dict(r) for r in self.model.rows]
        for row, column in chosen:
            new[row][COLUMNS[column]] = ""
        if chosen and new != self.model.rows:
            self._replace(new, self.tr("Clear cells"))

    def _replace(self, new: list[dict], text: str) -> None:
        persona_id = self.model.persona_id
        if persona_id is None:
            return
        old = [dict(r) for r in self.model.rows]
        self.document.execute(SetJourneyCommand(self.document, persona_id, old, new, text))

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Delete) and not self.document.read_only:
            self.clear_selected_cells()
            return
        super().keyPressEvent(event)

    def on_change(self, change) -> None:
        """Follow a committed change (journey cells, or personas renamed,
        added or removed)."""
        if change.table == "persona":
            if change.structure or "name" in change.fields:
                self.reload_personas()
            return
        if change.ids and change.ids[0] != self.model.persona_id:
            self.show_persona(change.ids[0])  # undo of an edit on another persona's journey
        self.model.reload()
