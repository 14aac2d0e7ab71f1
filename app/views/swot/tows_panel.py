"""The TOWS matrix: strategies (kind, text, rationale, cited items) with the
check list of the SWOT items the selected strategy cites."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
)

from app.models.swot.rules import TOWS_KIND_ORDER as TOWS_KINDS
from app.views.common.canvas_editor import PlanWidget
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.buttons import button_row
from app.views.common.widgets.field_widgets import EmptyViewHint
from app.views.swot.board import OneLineDelegate
from app.views.swot.commands import AddStrategyCommand, DeleteStrategyCommand, SetKindCommand
from app.views.swot.tows_model import KINDS, CitationChoicesModel, StrategiesModel

MAX_LINES = 4  # a strategy row grows with its text up to this many lines; the rest is in the tooltip


class StrategiesView(QTableView):
    """The strategies table; Ctrl+Up/Down asks to move the selected strategy."""

    keyboard_move = Signal(int)  # -1 earlier, +1 later

    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.keyboard_move.emit(-1 if event.key() == Qt.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class TowsPanel(PlanWidget):
    """Add, edit, delete strategies and choose what they cite (all undoable).
    Emits ``selection_changed(strategy_id or "")``."""

    selection_changed = Signal(str)

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.items: list[dict] = []
        self.labels: dict[str, str] = {}
        self.model = StrategiesModel(document, self)
        self.table = StrategiesView(self)
        self.table.setObjectName("tows-strategies")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        # drag a strategy within its kind (the model refuses drops among another kind)
        self.table.setDragDropMode(QAbstractItemView.DragDrop)
        self.table.setDefaultDropAction(Qt.MoveAction)
        self.table.setDragEnabled(not document.read_only)
        self.table.setAcceptDrops(not document.read_only)
        self.table.setDropIndicatorShown(True)
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No TOWS strategies yet."),
            self.tr(
                "No TOWS strategies yet. Choose a kind below and click Add strategy, then tick the SWOT items it pairs."
            ),
            document.read_only,
        )
        self.table.keyboard_move.connect(self.keyboard_move)
        # rows fit their wrapped text (up to MAX_LINES), measured here for the few
        # strategies rather than by ResizeToContents, which re-measures on every change
        self._heights: dict[tuple[str, int], int] = {}
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_rows)
        header = self.table.horizontalHeader()
        # fixed widths: measuring contents would read every row after each change
        header.setSectionResizeMode(0, QHeaderView.Fixed)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.Interactive)
        header.resizeSection(0, 60)
        header.resizeSection(3, 120)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        header.sectionResized.connect(lambda *_: self._fit_timer.start(0))

        self.new_kind = QComboBox(self, objectName="tows-new-kind")
        self.add_button = QPushButton(self.tr("Add strategy"), self)
        self.delete_button = QPushButton(self.tr("Delete strategy"), self)
        buttons = button_row((self.new_kind, self.add_button, self.delete_button), not document.read_only)
        self.add_button.clicked.connect(self.add_strategy)
        self.delete_button.clicked.connect(self.delete_selected)

        self.cites_group = QGroupBox(self.tr("Cited SWOT items"), self)
        self.kind_box = QComboBox(self.cites_group, objectName="tows-kind")
        self.kind_box.activated.connect(lambda _i: self.change_kind(self.kind_box.currentData()))
        self.choices = CitationChoicesModel(document, self)
        self.cites_view = QListView(self.cites_group, objectName="tows-citations")
        self.cites_view.setModel(self.choices)
        self.cites_view.setItemDelegate(OneLineDelegate(self.cites_view))
        self.cites_view.setTextElideMode(Qt.ElideRight)
        self.cites_view.setUniformItemSizes(True)  # one-line rows: a reset measures one, not all 250
        self.hint = QLabel(self.cites_group)
        self.hint.setWordWrap(True)
        # the selected strategy's whole text, however long its table row is cut
        self.full_text = QLabel(self.cites_group, objectName="tows-full-text")
        self.full_text.setWordWrap(True)
        self.full_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.full_text.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.full_text_area = QScrollArea(self.cites_group)
        self.full_text_area.setWidget(self.full_text)
        self.full_text_area.setWidgetResizable(True)
        self.full_text_area.setFrameShape(QScrollArea.NoFrame)
        self.full_text_area.setMaximumHeight(3 * self.fontMetrics().lineSpacing() + 6)
        side = QVBoxLayout(self.cites_group)
        side.addWidget(self.full_text_area)
        side.addWidget(self.kind_box)
        side.addWidget(self.cites_view, 1)
        side.addWidget(self.hint)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.cites_group, 2)
        self._fill_kinds()
        self._show_choices()

    def _fill_kinds(self) -> None:
        names = KINDS.translated()
        for box in (self.new_kind, self.kind_box):
            current = box.currentData()
            was = box.blockSignals(True)
            box.clear()
            for kind in TOWS_KINDS:
                box.addItem(names[kind], kind)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(was)

    # -- showing -----------------------------------------------------------------
    def reload(self, strategies: list[dict], items: list[dict], labels: dict[str, str]) -> None:
        """Show fresh strategies, keeping the selected one."""
        selected = self.selected_id()
        self.items, self.labels = items, labels
        self.model.set_rows(strategies, items, labels)
        self.fit_rows()
        if selected and self.model.row_of(selected) >= 0:
            self.select_id(selected, announce=False)
        self._show_choices()

    def row_height(self, row: int) -> int:
        """Height of table *row*: its longest wrapped cell, one to MAX_LINES lines."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        tallest = metrics.lineSpacing()
        for column in (1, 2, 3):
            text = self.model.data(self.model.index(row, column)) or ""
            tallest = max(tallest, self._text_height(text, max(20, header.sectionSize(column) - 10)))
        return min(tallest, MAX_LINES * metrics.lineSpacing()) + 10

    def _text_height(self, text: str, width: int) -> int:
        """Wrapped height of *text* at *width*, remembered: a reload after every
        edit would otherwise re-measure each strategy."""
        key = (text, width)
        if key not in self._heights:
            if len(self._heights) > 2_000:
                self._heights.clear()
            rect = QRect(0, 0, width, 100_000)
            flags = Qt.TextWordWrap | Qt.TextWrapAnywhere
            self._heights[key] = self.table.fontMetrics().boundingRect(rect, flags, text).height()
        return self._heights[key]

    def fit_rows(self, rows=None) -> None:
        """Give *rows* (all by default) the height of their wrapped text."""
        for row in range(self.model.rowCount()) if rows is None else rows:
            height = self.row_height(row)
            if self.table.rowHeight(row) != height:
                self.table.setRowHeight(row, height)

    def update_strategy(self, strategy: dict) -> None:
        """Re-show one strategy whose text or rationale changed."""
        self.model.update_row(strategy)
        row = self.model.row_of(strategy["id"])
        if row >= 0:
            self.fit_rows([row])
        if strategy["id"] == self.selected_id():
            self._show_full_text(self.model.rows[row])

    def _show_full_text(self, strategy: dict) -> None:
        text = strategy["text"] or self.tr("(no text yet)")
        self.full_text.setText(f"{strategy['label']}  {text}")
        self.full_text.setToolTip(strategy["rationale"])

    def keyboard_move(self, step: int) -> bool:
        """Ctrl+Up/Down: move the selected strategy one place within its kind."""
        strategy = self.selected()
        if strategy is None:
            return False
        index = self.model.kind_ids(strategy["kind"]).index(strategy["id"]) + step
        return self.model.move(strategy["id"], index)

    def selected_id(self) -> str:
        """The selected strategy's id, or ""."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows and rows[0].row() < len(self.model.rows) else ""

    def selected(self) -> dict | None:
        """The selected strategy row, or None."""
        row = self.model.row_of(self.selected_id())
        return self.model.rows[row] if row >= 0 else None

    def select_id(self, strategy_id: str, announce: bool = True) -> None:
        """Select a strategy by id and show it."""
        row = self.model.row_of(strategy_id)
        if row < 0:
            return
        blocker = self.table.selectionModel().blockSignals(not announce)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(blocker)
        self.table.scrollTo(self.model.index(row, 0))
        if not announce:
            self.table.viewport().update()

    def _selected(self) -> None:
        self._show_choices()
        self.selection_changed.emit(self.selected_id())

    def _show_choices(self) -> None:
        strategy = self.selected()
        self.choices.show_strategy(strategy, self.items, self.labels)
        self.cites_group.setEnabled(strategy is not None and not self.document.read_only)
        self.delete_button.setEnabled(strategy is not None and not self.document.read_only)
        self.full_text_area.setVisible(strategy is not None)
        if strategy is None:
            self.hint.setText(self.tr("Select a strategy to choose the SWOT items it pairs."))
            return
        self._show_full_text(strategy)
        was = self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(self.kind_box.findData(strategy["kind"]))
        self.kind_box.blockSignals(was)
        self.hint.setText(self.tr("Tick the items %s pairs; the board highlights them.") % strategy["label"])

    # -- editing -----------------------------------------------------------------
    def add_strategy(self, kind: str | None = None, cites=()) -> str:
        """Add a strategy of *kind* (the chosen kind by default); return its id."""
        command = AddStrategyCommand(self.document, kind or self.new_kind.currentData(), cites)
        if not self.document.execute(command):
            return ""
        self.select_id(command.row_id)
        self.table.edit(self.model.index(self.model.row_of(command.row_id), 1))
        return command.row_id

    def delete_selected(self) -> None:
        """Delete the selected strategy (undoable; its citations come back on undo)."""
        strategy_id = self.selected_id()
        if strategy_id:
            self.document.execute(DeleteStrategyCommand(self.document, strategy_id))

    def change_kind(self, kind: str) -> None:
        """Give the selected strategy another kind."""
        strategy = self.selected()
        if strategy is not None and kind and kind != strategy["kind"]:
            if self.document.execute(SetKindCommand(self.document, strategy["id"], kind)):
                self.select_id(strategy["id"])

    def retranslate(self) -> None:
        """Texts in the new interface language."""
        self.add_button.setText(self.tr("Add strategy"))
        self.delete_button.setText(self.tr("Delete strategy"))
        self.cites_group.setTitle(self.tr("Cited SWOT items"))
        self._fill_kinds()
        self._show_choices()

    def focus_strategy(self, strategy_id: str, field: str) -> None:
        """Select a strategy and focus what *field* names (Problems panel)."""
        self.select_id(strategy_id)
        if field == "citations":
            self.cites_view.setFocus(Qt.OtherFocusReason)
        else:
            self.table.setFocus(Qt.OtherFocusReason)
            self.table.setCurrentIndex(self.model.index(self.model.row_of(strategy_id), 1))
