"""The TOWS matrix: strategies (kind, text, rationale, cited items) with the
check list of the SWOT items the selected strategy cites."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.swot_rules import TOWS_KIND_ORDER as TOWS_KINDS
from app.views.plan_document import PlanDocument
from app.views.swot_board import OneLineDelegate
from app.views.swot_commands import AddStrategyCommand, DeleteStrategyCommand, SetKindCommand
from app.views.swot_tows_model import CitationChoicesModel, StrategiesModel, kind_names


class TowsPanel(QWidget):
    """Add, edit, delete strategies and choose what they cite (all undoable).
    Emits ``selection_changed(strategy_id or "")``."""

    selection_changed = Signal(str)

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.items: list[dict] = []
        self.labels: dict[str, str] = {}
        self.model = StrategiesModel(document, self)
        self.table = QTableView(self)
        self.table.setObjectName("tows-strategies")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        lines = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * lines + 10)  # two lines of text per strategy
        header = self.table.horizontalHeader()
        # fixed widths: measuring contents would read every row after each change
        header.setSectionResizeMode(0, QHeaderView.Fixed)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.Interactive)
        header.resizeSection(0, 60)
        header.resizeSection(3, 120)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.new_kind = QComboBox(self)
        self.new_kind.setObjectName("tows-new-kind")
        self.add_button = QPushButton(self.tr("Add strategy"), self)
        self.delete_button = QPushButton(self.tr("Delete strategy"), self)
        buttons = QHBoxLayout()
        for widget in (self.new_kind, self.add_button, self.delete_button):
            buttons.addWidget(widget)
            widget.setEnabled(not document.read_only)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_strategy)
        self.delete_button.clicked.connect(self.delete_selected)

        self.cites_group = QGroupBox(self.tr("Cited SWOT items"), self)
        self.kind_box = QComboBox(self.cites_group)
        self.kind_box.setObjectName("tows-kind")
        self.kind_box.activated.connect(lambda _i: self.change_kind(self.kind_box.currentData()))
        self.choices = CitationChoicesModel(document, self)
        self.cites_view = QListView(self.cites_group)
        self.cites_view.setObjectName("tows-citations")
        self.cites_view.setModel(self.choices)
        self.cites_view.setItemDelegate(OneLineDelegate(self.cites_view))
        self.cites_view.setTextElideMode(Qt.ElideRight)
        self.hint = QLabel(self.cites_group)
        self.hint.setWordWrap(True)
        side = QVBoxLayout(self.cites_group)
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
        names = kind_names()
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
        if selected and self.model.row_of(selected) >= 0:
            self.select_id(selected, announce=False)
        self._show_choices()

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
        if strategy is None:
            self.hint.setText(self.tr("Select a strategy to choose the SWOT items it pairs."))
            return
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
        self.select_id(command.strategy_id)
        self.table.edit(self.model.index(self.model.row_of(command.strategy_id), 1))
        return command.strategy_id

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
