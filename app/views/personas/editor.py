"""The Personas & segments canvas: persona cards with their detail editor,
the value-tier table and the journey grid, in three tabs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QSplitter, QStyle, QTabWidget, QVBoxLayout, QWidget

from app.services.personas import service as persona_service
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import EmptyViewHint, RefusalBanner
from app.views.personas.cards import CARD, ID_ROLE, PersonaCardsModel, PersonaCardView
from app.views.personas.commands import (
    AddPersonaCommand,
    DeletePersonasCommand,
    DuplicatePersonaCommand,
    MovePersonaCommand,
    ReorderPersonasCommand,
)
from app.views.personas.detail import PersonaDetail
from app.views.personas.journey_panel import JourneyPanel
from app.views.personas.tier_panel import TierPanel

PERSONAS_TAB, TIERS_TAB, JOURNEYS_TAB = range(3)


class PersonasEditor(CanvasEditor):
    """Cards + detail, value tiers and journeys; every edit is undoable."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.banner = RefusalBanner(self, "personas-banner")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._personas_page(), self.tr("Personas"))
        self.tiers = TierPanel(document, self.tabs)
        self.tabs.addTab(self.tiers, self.tr("Value tiers"))
        self.journeys = JourneyPanel(document, self.tabs)
        self.tabs.addTab(self.journeys, self.tr("Journeys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.detail.refused.connect(self.show_message)
        if self.model.rowCount():
            self.select_persona(self.model.rows[0]["id"])

    def _personas_page(self) -> QWidget:
        page = QWidget(self)
        self.model = PersonaCardsModel(self.document, page)
        self.cards = PersonaCardView(page)
        self.cards.setModel(self.model)
        self.cards.set_editable(not self.document.read_only)
        self.empty_hint = EmptyViewHint(
            self.cards,
            self.tr("No personas yet."),
            self.tr("No personas yet. Click Add persona to describe your first customer type."),
            self.document.read_only,
        )
        self.model.on_drop = self.drop_cards
        self.cards.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.cards.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.detail = PersonaDetail(self.document, page)
        self.add_button = QPushButton(self.tr("Add persona"), page)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), page)
        self.remove_button = QPushButton(self.tr("Remove"), page)
        self.left_button = QPushButton(self.tr("Move earlier"), page)
        self.right_button = QPushButton(self.tr("Move later"), page)
        self.cards.delete_pressed.connect(self.remove_selected)
        # two rows of buttons, so one column of cards is wide enough for them
        buttons = QGridLayout()
        for n, button in enumerate(
            (self.add_button, self.duplicate_button, self.remove_button, self.left_button, self.right_button)
        ):
            buttons.addWidget(button, n // 3, n % 3)
            button.setEnabled(not self.document.read_only)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.cards)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        # one column of cards; the form gets the rest (it needs the room on a 1024 px screen)
        one_column = (
            CARD.width() + 2 * self.cards.spacing() + self.cards.style().pixelMetric(QStyle.PM_ScrollBarExtent) + 6
        )
        self.cards.setMinimumWidth(one_column)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([one_column, 900])
        QVBoxLayout(page).addWidget(splitter)
        self.add_button.clicked.connect(self.add_persona)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.left_button.clicked.connect(lambda: self.move_selected(-1))
        self.right_button.clicked.connect(lambda: self.move_selected(1))
        self._update_buttons()
        return page

    def _update_buttons(self) -> None:
        """Duplicate, Remove and Move act on the selection: enabled only with one
        (and never in a read-only plan); Move not past either end."""
        writable = not self.document.read_only
        selected = writable and bool(self.cards.selectionModel().selectedIndexes())
        current = self.current_id()
        row = self.model.row_of(current) if selected and current else -1
        self.duplicate_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(selected)
        self.left_button.setEnabled(row > 0)
        self.right_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    # -- selection -----------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Ids of the selected cards, in card order."""
        rows = sorted(i.row() for i in self.cards.selectionModel().selectedIndexes())
        return [self.model.rows[r]["id"] for r in rows]

    def current_id(self) -> str | None:
        """The persona shown in the detail editor."""
        index = self.cards.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_persona(self, persona_id: str | None) -> None:
        """Make *persona_id* the only selected card and show it."""
        row = self.model.row_of(persona_id) if persona_id else -1
        if row < 0:
            self.cards.selectionModel().clear()
            self.detail.show_persona(None)
            self._update_buttons()
            return
        index = self.model.index(row)
        self.cards.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.cards.scrollTo(index)
        self._current_changed()
        self._update_buttons()

    def _current_changed(self) -> None:
        persona_id = self.current_id()
        if persona_id != self.detail.persona_id:
            self.detail.show_persona(persona_id)
        if persona_id:
            self.journeys.show_persona(persona_id)

    # -- actions ---------------------------------------------------------------
    def add_persona(self) -> None:
        """Add a persona after the current card and start typing its name."""
        current = self.model.row_of(self.current_id()) if self.current_id() else -1
        command = AddPersonaCommand(self.document, current + 1 if current >= 0 else self.model.rowCount())
        if self.document.execute(command):
            self.select_persona(command.row_id)
            self.detail.focus_field("name")

    def duplicate_selected(self) -> None:
        """Copy the current persona (photo and journey too)."""
        if self.current_id():
            command = DuplicatePersonaCommand(self.document, self.current_id())
            if self.document.execute(command):
                self.select_persona(command.row_id)

    def remove_selected(self) -> None:
        """Delete the selected personas and their journeys (one undo step)."""
        ids = self.selected_ids()
        if ids:
            after = next((r["id"] for r in self.model.rows[self.model.row_of(ids[-1]) + 1 :]), None)
            if self.document.execute(DeletePersonasCommand(self.document, ids)):
                self.select_persona(after or (self.model.rows[-1]["id"] if self.model.rows else None))

    def move_selected(self, step: int) -> None:
        """Move the current card one place earlier (-1) or later (+1)."""
        persona_id = self.current_id()
        row = self.model.row_of(persona_id) if persona_id else -1
        target = row + step
        if row >= 0 and 0 <= target < self.model.rowCount():
            if self.document.execute(MovePersonaCommand(self.document, persona_id, row, target)):
                self.select_persona(persona_id)

    def drop_cards(self, ids: list[str], row: int) -> bool:
        """Cards dragged before card *row* (past the last: to the end): one
        undo step; nothing happens when the order stays the same."""
        order = [r["id"] for r in self.model.rows]
        if persona_service.moved_order(order, ids, row) == order:
            return False
        if not self.document.execute(ReorderPersonasCommand(self.document, ids, row)):
            return False
        self.select_personas(ids)
        return True

    def select_personas(self, ids: list[str]) -> None:
        """Select the cards of *ids*, the first one current (shown in the form)."""
        rows = [self.model.row_of(i) for i in ids if self.model.row_of(i) >= 0]
        if not rows:
            return
        self.select_persona(self.model.rows[rows[0]]["id"])
        selection = self.cards.selectionModel()
        for row in rows[1:]:
            selection.select(self.model.index(row), QItemSelectionModel.Select)

        # -- following changes -----------------------------------------------------

    def show_message(self, text: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(text)

    def on_change(self, change) -> None:
        """Redraw what a committed change touched."""
        if change.table == "persona":
            current = self.current_id()
            if change.structure:
                before = {r["id"] for r in self.model.rows}
                self.model.reload()
                arrived = [i for i in change.ids if i not in before and self.model.row_of(i) >= 0]
                if arrived:
                    current = arrived[0]  # an added, copied or restored persona is shown
                self.select_persona(current if self.model.row_of(current or "") >= 0 else None)
            else:
                self.model.refresh_rows(change.ids, photo="photo" in change.fields)
                if self.detail.persona_id in change.ids:
                    self.detail.refresh(with_photo="photo" in change.fields)
            self.journeys.on_change(change)
        elif change.table == "value_tier":
            self.tiers.on_change(change)
        elif change.table == "journey_stage":
            self.journeys.on_change(change)
            self.model.refresh_stages()
        self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused or not saved: say why and show stored values."""
        self.show_message(message)
        self.detail.refresh()
        self.tiers.model.reload()
        self.journeys.model.reload()

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the tab, row and field a Problems-panel finding is about."""
        if item_id and self.tiers.model.row_of(item_id) >= 0:
            self.tabs.setCurrentIndex(TIERS_TAB)
            columns = ("name", "customer_share_pct", "revenue_share_pct", "service_level", "response_time")
            self.tiers.select_id(item_id, columns.index(field) if field in columns else 0)
            self.tiers.table.setFocus(Qt.OtherFocusReason)
            return
        if field == "journey":
            self.tabs.setCurrentIndex(JOURNEYS_TAB)
            if item_id:
                self.select_persona(item_id)
                self.journeys.show_persona(item_id)
                self.journeys.select_first_empty_stage()
            self.journeys.table.setFocus(Qt.OtherFocusReason)
            return
        self.tabs.setCurrentIndex(PERSONAS_TAB)
        if item_id:
            self.select_persona(item_id)
        self.detail.focus_field(field)
