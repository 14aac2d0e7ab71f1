"""The budget spreadsheet: two QTableViews over one model and one selection
model — the line columns (channel … note) frozen on the left, the months,
quarters and total scrolling on the right — kept in step vertically.

Enter moves down, Tab moves right (from the frozen part into the months),
Shift+Tab moves back. Channel and campaign cells edit with a drop-down
(the shared ChoiceDelegate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QWidget,
)

from app.views.budget.grid_model import FROZEN, LINE_COLUMNS, BudgetGridModel
from app.views.common.choice_delegate import ChoiceDelegate

FROZEN_WIDTHS = (112, 170, 120, 64, 120)
MONTH_WIDTH = 92


def line_choices(model: BudgetGridModel):
    """The drop-down choices of a cell: channels or campaigns in their
    columns, None (a plain editor) elsewhere."""

    def choices(index):
        field = LINE_COLUMNS[index.column()] if index.column() < FROZEN else ""
        grid = model.grid
        if field == "campaign_id":
            none = QCoreApplication.translate("ChoiceDelegate", "(no campaign)")
            return [("", none)] + [(c["id"], c.get("name") or "?") for c in grid.campaigns.values()]
        if field == "channel_id":
            return [(c["id"], c.get("name") or "?") for c in grid.channels]
        return None

    return choices


class GridView(QTableView):
    """One half of the spreadsheet; hands Tab over to its partner."""

    def __init__(self, frozen: bool, parent=None):
        super().__init__(parent)
        self.frozen = frozen
        self.partner: GridView | None = None
        self.setEditTriggers(
            QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed | QAbstractItemView.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)  # both halves keep the same height
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)

    def _cross(self, column: int) -> bool:
        """Move the current cell to *column* in the other half; True if it did."""
        if self.partner is None:
            return False
        index = self.model().index(self.currentIndex().row(), column)
        self.partner.setFocus(Qt.TabFocusReason)
        self.partner.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.partner.scrollTo(index)
        return True

    def _down(self) -> None:
        current = self.currentIndex()
        if current.row() + 1 < self.model().rowCount():
            below = self.model().index(current.row() + 1, current.column())
            self.selectionModel().setCurrentIndex(below, QItemSelectionModel.ClearAndSelect)

    def closeEditor(self, editor, hint) -> None:
        column = self.currentIndex().column()
        if hint == QAbstractItemDelegate.SubmitModelCache:  # Enter: commit and move down
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)
            self._down()
            return
        if hint == QAbstractItemDelegate.EditNextItem and self.frozen and column == FROZEN - 1:
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)
            self._cross(FROZEN)
            return
        if hint == QAbstractItemDelegate.EditPreviousItem and not self.frozen and column == FROZEN:
            super().closeEditor(editor, QAbstractItemDelegate.NoHint)
            self._cross(FROZEN - 1)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        column = self.currentIndex().column()
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.state() != QAbstractItemView.EditingState:
            self._down()
            return
        if key == Qt.Key_Tab and self.frozen and column == FROZEN - 1 and self._cross(FROZEN):
            return
        if key == Qt.Key_Backtab and not self.frozen and column == FROZEN and self._cross(FROZEN - 1):
            return
        super().keyPressEvent(event)


class BudgetTable(QWidget):
    """Frozen line columns plus scrolling month columns over one model."""

    current_changed = Signal()

    def __init__(self, model: BudgetGridModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.frozen = GridView(True, self)
        self.frozen.setObjectName("budget-frozen")
        self.table = GridView(False, self)
        self.table.setObjectName("budget-grid")
        self.frozen.partner, self.table.partner = self.table, self.frozen
        choices = line_choices(model)
        self.delegates = [ChoiceDelegate(choices, self), ChoiceDelegate(choices, self)]  # never share a delegate
        for view, delegate in zip((self.frozen, self.table), self.delegates, strict=True):
            view.setModel(model)
            view.setItemDelegate(delegate)
        self.table.setSelectionModel(self.frozen.selectionModel())
        self.table.verticalHeader().hide()
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.frozen.verticalScrollBar().valueChanged.connect(self.table.verticalScrollBar().setValue)
        self.table.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.selectionModel().currentChanged.connect(lambda *_: self.current_changed.emit())
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.frozen)
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([sum(FROZEN_WIDTHS) + 40, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        model.modelReset.connect(self.arrange_columns)
        self.arrange_columns()

    def arrange_columns(self) -> None:
        """Frozen columns on the left only, the others on the right only."""
        for column in range(self.model.columnCount()):
            in_frozen = column < FROZEN
            self.frozen.setColumnHidden(column, not in_frozen)
            self.table.setColumnHidden(column, in_frozen)
            if in_frozen:
                self.frozen.setColumnWidth(column, FROZEN_WIDTHS[column])
            else:
                self.table.setColumnWidth(column, MONTH_WIDTH)

    def current_view(self) -> GridView:
        """The half that has (or last had) the focus."""
        return self.frozen if self.frozen.hasFocus() else self.table

    def selection_model(self):
        """The selection model both halves share."""
        return self.frozen.selectionModel()

    def go_to(self, row: int, column: int) -> None:
        """Make a cell current, show it and focus its half."""
        index = self.model.index(row, column)
        view = self.frozen if column < FROZEN else self.table
        view.setFocus()
        self.selection_model().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        view.scrollTo(index)
