"""The SWOT & TOWS canvas: the four-quadrant board with the selected item's
fields, and below it the TOWS strategies with the items they cite.

Citations show both ways: selecting an item highlights the strategies that
cite it (and lists them beside the item); selecting a strategy highlights
its cited items on the board and ticks them in its check list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMenu, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.models.swot.rules import QUADRANT_ORDER, item_labels, sorted_by_weight
from app.services.swot import service as svc
from app.services.swot import strategies as tows
from app.views.common import dialogs
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import RefusalBanner
from app.views.common.widgets.splitter import splitter
from app.views.swot.board import QUADRANT_TITLES, SwotBoard
from app.views.swot.commands import AddItemCommand, ArrangeItemsCommand, DeleteItemsCommand
from app.views.swot.item_form import SwotItemForm
from app.views.swot.tows_panel import TowsPanel

ITEM_FIELDS = ("text", "weight", "evidence")


class SwotEditor(CanvasEditor):
    """Editor of the SWOT board and TOWS matrix; every edit is an undo command."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.banner = RefusalBanner(self, "swot-banner")
        self.board = SwotBoard(document, self)
        self.form = SwotItemForm(document, self)
        self.tows = TowsPanel(document, self)
        self.add_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.sort_button = QPushButton(self)
        self.move_button = QPushButton(self)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.add_button.clicked.connect(lambda: self.add_item(self.board.current_quadrant))
        self.delete_button.clicked.connect(self.delete_selected)
        self.sort_button.clicked.connect(self.sort_by_weight)
        tools = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.move_button, self.sort_button):
            tools.addWidget(button)
            button.setEnabled(not document.read_only)
        tools.addStretch(1)

        top = QSplitter(Qt.Horizontal, self)
        board_box = QWidget(top)
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addLayout(tools)
        board_layout.addWidget(self.board, 1)
        top.addWidget(board_box)
        # the form scrolls rather than clip its "cited by" list on a small screen
        self.form_area = QScrollArea(top)
        self.form_area.setWidget(self.form)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        top.addWidget(self.form_area)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        self.form_area.setMinimumWidth(280)
        top.setSizes([700, 300])
        self.tows_group = QGroupBox(self)
        QVBoxLayout(self.tows_group).addWidget(self.tows)
        split = splitter(self, (top, self.tows_group), (1, 1), vertical=True, name="swot-split", sizes=(400, 340))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self.board.selection_changed.connect(self._item_selected)
        self.board.delete_requested.connect(self.delete_selected)
        self.board.add_requested.connect(self.add_item)
        self.tows.selection_changed.connect(self._strategy_selected)
        self.form.strategy_chosen.connect(self.tows.select_id)
        self.retranslate()
        self.reload()

    # -- texts -------------------------------------------------------------------
    def retranslate(self) -> None:
        """Button and group texts in the interface language."""
        self.add_button.setText(self.tr("Add item"))
        self.add_button.setToolTip(self.tr("Add an item to the selected quadrant (Insert)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected items (Delete)"))
        self.sort_button.setText(self.tr("Sort by weight"))
        self.sort_button.setToolTip(self.tr("Heaviest items first in every quadrant (one undo step)"))
        self.move_button.setText(self.tr("Move to"))
        self.move_button.setToolTip(
            self.tr(
                "Ctrl+Up/Down: reorder. Ctrl+Left/Right: quadrant beside. Ctrl+Shift+Up/Down: quadrant above/below."
            )
        )
        self.move_menu.clear()
        for quadrant, title in QUADRANT_TITLES.translated().items():
            action = self.move_menu.addAction(title)
            action.triggered.connect(lambda _c=False, q=quadrant: self.board.move_to(q))
        self.tows_group.setTitle(self.tr("TOWS strategies"))
        self.board.retranslate()
        self.form.retranslate()
        self.tows.retranslate()

    # -- showing -----------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the board and the strategies, keeping both selections."""
        items = svc.list_items(self.document.plan)
        self.board.reload(items)
        self.tows.reload(tows.list_strategies(self.document.plan), items, item_labels(items))
        self._item_selected(self.board.selected_ids())
        self._strategy_selected(self.tows.selected_id())

    def _item_selected(self, ids: list[str]) -> None:
        self.form.show_item(ids[0] if len(ids) == 1 else None)
        for button in (self.delete_button, self.move_button):  # they act on the selected items only
            button.setEnabled(bool(ids) and not self.document.read_only)
        citing = svc.citing_strategies(self.document.plan, ids) if ids else []
        self.tows.model.set_highlighted(s["id"] for s in citing)

    def _strategy_selected(self, strategy_id: str) -> None:
        strategy = self.tows.selected()
        self.board.highlight(strategy["cites"] if strategy else ())

    def on_change(self, change) -> None:
        """Redraw what a committed change touched (typing refreshes one row)."""
        self.show_message("")
        if change.table == "swot_item" and not change.structure and set(change.fields) <= set(ITEM_FIELDS):
            for item_id in change.ids:
                item = svc.get_item(self.document.plan, item_id)
                self.board.update_item(item)
                if self.form.item and self.form.item["id"] == item_id:
                    self.form.show_item(item_id)
            if "text" in change.fields:
                self.tows.choices.show_strategy(
                    self.tows.selected(), svc.list_items(self.document.plan), self.tows.labels
                )
            return
        if change.table == "tows_strategy" and not change.structure:
            for strategy_id in change.ids:
                self.tows.update_strategy(tows.get_strategy(self.document.plan, strategy_id))
            self.form.show_item(self.form.item["id"] if self.form.item else None)
            return
        self.reload()

    def show_message(self, text: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(text)
        self.message.emit(text)

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused or not saved: say why and show stored values."""
        self.show_message(message)
        self.reload()

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show what a Problems-panel finding is about."""
        if item_id and self.tows.model.row_of(item_id) >= 0:
            self.tows.focus_strategy(item_id, field)
            return
        if field.startswith("quadrant"):  # swot.empty_quadrant: "quadrant:T"
            self.board.open_quadrant(self._quadrant_of(field))
            return
        if item_id:
            self.board.select_ids([item_id])
        widgets = {"text": self.form.text_edit, "evidence": self.form.evidence_edit, "weight": self.form.weight_box}
        if item_id and field in widgets:
            widgets[field].setFocus(Qt.OtherFocusReason)
        else:
            self.board.focus_quadrant(self.board.current_quadrant)

    # -- editing -----------------------------------------------------------------
    def add_item(self, quadrant: str | None = None) -> str:
        """Add an empty item after the selection (or at the end) and edit its text."""
        quadrant = quadrant or self.board.current_quadrant
        model = self.board.models[quadrant]
        selected = [model.row_of(i) for i in self.board.selected_ids()]
        index = max(selected) + 1 if selected and min(selected) >= 0 else None
        command = AddItemCommand(self.document, quadrant, index)
        if not self.document.execute(command):
            return ""
        self.board.select_ids([command.row_id])
        self.form.text_edit.setFocus(Qt.OtherFocusReason)
        return command.row_id

    def delete_selected(self) -> bool:
        """Delete the selected items. When strategies cite them, ask first and
        name those strategies; delete and citation removal are one undo step."""
        ids = self.board.selected_ids()
        if not ids or self.document.read_only:  # never ask about a delete that cannot happen
            return False
        citing = svc.citing_strategies(self.document.plan, ids)
        if citing:
            if len(citing) == 1:
                message = (
                    self.tr(
                        "TOWS strategy %s cites the items you are deleting. Its citations of these items will be "
                        "removed too (Undo brings them back)."
                    )
                    % citing[0]["label"]
                )
            else:
                message = self.tr(
                    "%s TOWS strategies cite the items you are deleting. Their citations of these items will be "
                    "removed too (Undo brings them back)."
                ) % len(citing)
            details = "\n".join(f"{s['label']}  {s['text'][:80]}" for s in citing)
            if not dialogs.confirm_swot_delete(self, message, details):
                return False
        return self.document.execute(DeleteItemsCommand(self.document, ids))

    def sort_by_weight(self) -> bool:
        """Heaviest items first in every quadrant, as one undo step (nothing
        happens when the board is already in that order)."""
        grouped = svc.items_by_quadrant(self.document.plan)
        if all(sorted_by_weight(grouped[q]) == grouped[q] for q in QUADRANT_ORDER):
            return False
        text = QCoreApplication.translate("SwotEditor", "Sort SWOT items by weight")
        keep = self.board.selected_ids()
        done = self.document.execute(ArrangeItemsCommand(self.document, text, svc.sort_by_weight))
        if done and keep:
            self.board.select_ids(keep)
        return done

    def _quadrant_of(self, field: str) -> str:
        """The quadrant a finding's field names ("quadrant:O"); for a bare
        "quadrant", the first empty one (else the current one)."""
        named = field.partition(":")[2]
        if named in QUADRANT_ORDER:
            return named
        empty = [q for q in QUADRANT_ORDER if self.board.models[q].rowCount() == 0]
        return empty[0] if empty else self.board.current_quadrant
