"""The SWOT board: four quadrant lists in a two-by-two grid. Items are
reordered and moved between quadrants by drag-and-drop or keyboard:

- Ctrl+Up / Ctrl+Down: move the selected items up or down in their quadrant
- Ctrl+Left / Ctrl+Right: move them to the quadrant beside (S ↔ W, O ↔ T)
- Ctrl+Shift+Up / Ctrl+Shift+Down: move them to the quadrant above or below (S ↔ O, W ↔ T)
- Insert: add an item; Delete: delete the selected items; F2: edit the text

Every arrangement is one ArrangeItemsCommand (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
)

from app.models.swot.rules import QUADRANT_ORDER
from app.services.swot import service as svc
from app.views.common.canvas_editor import PlanWidget
from app.views.common.label_table import LabelTable
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import EmptyViewHint
from app.views.swot.board_model import QuadrantModel
from app.views.swot.commands import ArrangeItemsCommand

GRID = {"S": (0, 0), "W": (0, 1), "O": (1, 0), "T": (1, 1)}
BESIDE = {"S": "W", "W": "S", "O": "T", "T": "O"}
ABOVE_BELOW = {"S": "O", "O": "S", "W": "T", "T": "W"}


# Quadrant headings in the interface language.
QUADRANT_TITLES = LabelTable("SwotBoard", {
    "S": QT_TRANSLATE_NOOP("SwotBoard", "Strengths"),
    "W": QT_TRANSLATE_NOOP("SwotBoard", "Weaknesses"),
    "O": QT_TRANSLATE_NOOP("SwotBoard", "Opportunities"),
    "T": QT_TRANSLATE_NOOP("SwotBoard", "Threats"),
})


class OneLineDelegate(QStyledItemDelegate):
    """Rows as wide as the list, text elided: asking for no width keeps the
    list from growing a horizontal scroll bar for long items."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


class QuadrantView(QListView):
    """One quadrant's list; keyboard moves are handed to the board."""

    keyboard_move = Signal(str)  # "up", "down", "beside", "vertical"
    delete_pressed = Signal()
    insert_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers()
        ctrl = bool(mods & Qt.ControlModifier)
        shift = bool(mods & Qt.ShiftModifier)
        key = event.key()
        if ctrl and key in (Qt.Key_Up, Qt.Key_Down):
            self.keyboard_move.emit("vertical" if shift else ("up" if key == Qt.Key_Up else "down"))
        elif ctrl and key in (Qt.Key_Left, Qt.Key_Right):
            self.keyboard_move.emit("beside")
        elif key == Qt.Key_Delete and self.state() != QAbstractItemView.EditingState:
            self.delete_pressed.emit()
        elif key == Qt.Key_Insert:
            self.insert_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SwotBoard(PlanWidget):
    """Four quadrants; emits ``selection_changed(ids)`` with the selected item ids."""

    selection_changed = Signal(list)
    delete_requested = Signal()
    add_requested = Signal(str)  # quadrant

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.models: dict[str, QuadrantModel] = {}
        self.views: dict[str, QuadrantView] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.current_quadrant = "S"
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        titles = QUADRANT_TITLES.translated()
        hints = self._empty_hints(document.read_only)
        for quadrant in QUADRANT_ORDER:
            group = QGroupBox(titles[quadrant], self)
            model = QuadrantModel(document, quadrant, self.drop_items, self)
            view = QuadrantView(group, objectName=f"swot-{quadrant}")
            view.setModel(model)
            view.setSelectionMode(QAbstractItemView.ExtendedSelection)
            view.setDragDropMode(QAbstractItemView.DragDrop)
            view.setDefaultDropAction(Qt.MoveAction)
            view.setDragEnabled(not document.read_only)
            view.setAcceptDrops(not document.read_only)
            view.setDropIndicatorShown(True)
            # one line per item, elided (the full text is in the tooltip and the
            # item form): uniform rows keep a 500-item board fast to lay out
            view.setUniformItemSizes(True)
            view.setTextElideMode(Qt.ElideRight)
            view.setItemDelegate(OneLineDelegate(view))
            view.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
            view.selectionModel().selectionChanged.connect(lambda *_a, q=quadrant: self._selected_in(q))
            view.keyboard_move.connect(lambda how, q=quadrant: self.keyboard_move(q, how))
            view.delete_pressed.connect(self.delete_requested)
            view.insert_pressed.connect(lambda q=quadrant: self.add_requested.emit(q))
            view.empty_hint = EmptyViewHint(view, hints[quadrant])
            view.installEventFilter(self)  # focus or a click makes it the quadrant Add item adds to
            view.viewport().installEventFilter(self)
            QVBoxLayout(group).addWidget(view)
            grid.addWidget(group, *GRID[quadrant])
            self.models[quadrant], self.views[quadrant], self.groups[quadrant] = model, view, group
        self.reload()

    def _empty_hints(self, read_only: bool) -> dict[str, str]:
        """What an empty quadrant says (how to add, unless the plan is read-only)."""
        empty = {
            "S": self.tr("No strengths yet."),
            "W": self.tr("No weaknesses yet."),
            "O": self.tr("No opportunities yet."),
            "T": self.tr("No threats yet."),
        }
        if read_only:
            return empty
        how = self.tr("Click here and press Insert to add one.")
        return {quadrant: f"{text}\n{how}" for quadrant, text in empty.items()}

    # -- showing ---------------------------------------------------------------
    def reload(self, items: list[dict] | None = None) -> None:
        """Show *items* (re-read when None), keeping the selection by id."""
        selected = self.selected_ids()
        if items is None:
            items = svc.list_items(self.document.plan)
        grouped: dict[str, list[dict]] = {q: [] for q in QUADRANT_ORDER}
        for item in items:
            grouped[item["quadrant"]].append(item)
        labels = {}
        for quadrant in QUADRANT_ORDER:
            labels.update({item["id"]: f"{quadrant}{n}" for n, item in enumerate(grouped[quadrant], 1)})
        for quadrant in QUADRANT_ORDER:
            self.models[quadrant].set_rows(grouped[quadrant], labels)
            count = len(grouped[quadrant])
            self.groups[quadrant].setTitle(f"{QUADRANT_TITLES.text(quadrant)} · {count}")
        self.select_ids(selected)

    def update_item(self, item: dict) -> None:
        """Re-show one item whose text, weight or evidence changed."""
        self.models[item["quadrant"]].update_row(item)

    def retranslate(self) -> None:
        """Quadrant titles in the new interface language."""
        for quadrant in QUADRANT_ORDER:
            self.groups[quadrant].setTitle(f"{QUADRANT_TITLES.text(quadrant)} · {self.models[quadrant].rowCount()}")

    def highlight(self, ids) -> None:
        """Mark the items cited by the selected strategy."""
        for model in self.models.values():
            model.set_highlighted(ids)

    # -- selection ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Ids of the selected items (in the current quadrant), in board order."""
        view, model = self.views[self.current_quadrant], self.models[self.current_quadrant]
        rows = sorted(i.row() for i in view.selectionModel().selectedRows())
        return [model.rows[r]["id"] for r in rows if r < len(model.rows)]

    def select_ids(self, ids) -> None:
        """Select items by id (they should share one quadrant) and show them;
        ``selection_changed`` is emitted once."""
        ids = list(ids)
        for quadrant in QUADRANT_ORDER:
            model, view = self.models[quadrant], self.views[quadrant]
            rows = [model.row_of(i) for i in ids if model.row_of(i) >= 0]
            if not rows:
                continue
            self._clear_others(quadrant)
            self.current_quadrant = quadrant
            selection = QItemSelection()
            for row in rows:
                selection.select(model.index(row), model.index(row))
            selection_model = view.selectionModel()
            blocked = selection_model.blockSignals(True)
            selection_model.select(selection, QItemSelectionModel.ClearAndSelect)
            selection_model.setCurrentIndex(model.index(rows[0]), QItemSelectionModel.NoUpdate)
            selection_model.blockSignals(blocked)
            view.viewport().update()
            view.scrollTo(model.index(rows[0]))
            break
        self.selection_changed.emit(self.selected_ids())

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.FocusIn, QEvent.MouseButtonPress):
            for quadrant, view in self.views.items():
                if obj is view or obj is view.viewport():
                    self.current_quadrant = quadrant
        return super().eventFilter(obj, event)

    def focus_quadrant(self, quadrant: str) -> None:
        """Give the keyboard focus to a quadrant's list."""
        self.views[quadrant].setFocus(Qt.OtherFocusReason)

    def open_quadrant(self, quadrant: str) -> None:
        """Make *quadrant* the current one with nothing selected (Add item and
        Insert then add there) and give its list the focus."""
        self._clear_others(quadrant)
        self.views[quadrant].selectionModel().clearSelection()
        self.current_quadrant = quadrant
        self.selection_changed.emit([])
        self.focus_quadrant(quadrant)

    def _selected_in(self, quadrant: str) -> None:
        view = self.views[quadrant]
        if not view.selectionModel().selectedRows():
            if quadrant == self.current_quadrant:
                self.selection_changed.emit([])
            return
        self.current_quadrant = quadrant
        self._clear_others(quadrant)
        self.selection_changed.emit(self.selected_ids())

    def _clear_others(self, quadrant: str) -> None:
        """Clear the selection of the other quadrants (one quadrant at a time)."""
        for other, other_view in self.views.items():
            if other != quadrant and other_view.selectionModel().hasSelection():
                blocked = other_view.selectionModel().blockSignals(True)
                other_view.selectionModel().clearSelection()
                other_view.selectionModel().blockSignals(blocked)
                other_view.viewport().update()

    # -- arranging ---------------------------------------------------------------
    def arrange(self, text: str, action, keep: list[str]) -> bool:
        """Run one arrangement as an undo step and keep *keep* selected."""
        done = self.document.execute(ArrangeItemsCommand(self.document, text, action))
        if done and keep:
            self.select_ids(keep)
            self.focus_quadrant(self.current_quadrant)
        return done

    def drop_items(self, ids: list[str], quadrant: str, row: int) -> bool:
        """Items dropped into *quadrant* before *row*: one undo step."""
        text = QCoreApplication.translate("SwotBoard", "Move SWOT items")
        return self.arrange(text, lambda plan: svc.move_items(plan, ids, quadrant, row), ids)

    def move_to(self, quadrant: str, ids: list[str] | None = None) -> bool:
        """Move the selected (or given) items to the end of *quadrant*."""
        ids = ids if ids is not None else self.selected_ids()
        if not ids:
            return False
        text = QCoreApplication.translate("SwotBoard", "Move to %s") % QUADRANT_TITLES.text(quadrant).lower()
        return self.arrange(text, lambda plan: svc.move_items(plan, ids, quadrant), ids)

    def keyboard_move(self, quadrant: str, how: str) -> bool:
        """Ctrl+arrow moves of the selection (see the module docstring)."""
        ids = self.selected_ids()
        if not ids:
            return False
        if how in ("beside", "vertical"):
            return self.move_to(BESIDE[quadrant] if how == "beside" else ABOVE_BELOW[quadrant], ids)
        model = self.models[quadrant]
        rows = [model.row_of(i) for i in ids]
        if how == "up":
            if min(rows) == 0:
                return False
            target = min(rows) - 1
        else:
            if max(rows) >= model.rowCount() - 1:
                return False
            target = max(rows) + 2
        text = QCoreApplication.translate("SwotBoard", "Reorder SWOT items")
        return self.arrange(text, lambda plan: svc.move_items(plan, ids, quadrant, target), ids)
