"""The Budget canvas: a spreadsheet of budget lines × months (planned,
actual or both), with totals per line, quarter and month, a summary of the
envelope, reserve and channel shares, and charts (findings: the Problems panel).

Every edit is one undo step: typing into a cell, a pasted block from Excel,
fill right (Ctrl+R) and clearing cells (Delete)."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTabWidget, QToolBar, QVBoxLayout

from app.models.budget.grid import BudgetGrid
from app.services.budget import service as svc
from app.views.budget.actions import BudgetActions
from app.views.budget.channel_actions import ChannelActions
from app.views.budget.charts import BudgetCharts
from app.views.budget.commands import EditLineCommand, SetCellsCommand, SetPlanBudgetCommand
from app.views.budget.grid_model import FROZEN, BudgetGridModel
from app.views.budget.summary import BudgetSummary
from app.views.budget.table import BudgetTable
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.settings import interface_language
from app.views.common.widgets.field_widgets import RefusalBanner

IMPORT_MODULE = "app.views.budget.import_dialog"
FOLLOWED_TABLES = ("channel", "campaign")  # other canvases' tables the grid shows
PLAN_FIELDS = ("period_start", "period_end", "currency")


class BudgetEditor(BudgetActions, CanvasEditor):
    """Budget matrix editor; every edit is an undo command."""

    follows_all_changes = True  # channel names, campaigns and the period come from other canvases

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.model = BudgetGridModel(
            svc.load_grid(document.plan), self.edit_cells, self.edit_line, document.read_only, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        self.banner = RefusalBanner(self, "budget-banner")
        layout.addWidget(self.banner)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        splitter = QSplitter(Qt.Vertical, self)
        self.grid = BudgetTable(self.model, splitter)
        self.tabs = QTabWidget(splitter)
        self.summary = BudgetSummary(self.model.amount, self.tabs)
        self.summary.plan_value_edited.connect(self.edit_plan_value)
        self.channel_actions = ChannelActions(document, self.summary, self)
        self.charts = BudgetCharts(lambda: self.model.grid, interface_language(), self.tabs)
        self.tabs.addTab(self.summary, self.tr("Summary"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        splitter.addWidget(self.grid)
        splitter.addWidget(self.tabs)
        splitter.setSizes([420, 230])
        layout.addWidget(splitter, 1)
        self.refresh_side()
        if document.read_only:
            for action in self.edit_actions:
                action.setEnabled(False)
            for edit in (self.summary.envelope_edit, self.summary.reserve_edit):
                edit.setReadOnly(True)  # typing there could not be saved

    # -- building ------------------------------------------------------------
    def _action(self, bar: QToolBar, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})")
        self.addAction(action)
        bar.addAction(action)
        return action

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        self.add_action = self._action(bar, self.tr("Add line"), self.add_line, None, "budget-add-line")
        self.delete_action = self._action(bar, self.tr("Delete lines"), self.delete_lines, None, "budget-delete-lines")
        self.up_action = self._action(bar, self.tr("Move up"), lambda: self.move_line(-1), None, "budget-up")
        self.down_action = self._action(bar, self.tr("Move down"), lambda: self.move_line(1), None, "budget-down")
        bar.addSeparator()
        self.paste_action = self._action(bar, self.tr("Paste"), self.paste, QKeySequence.Paste, "budget-paste")
        self.copy_action = self._action(bar, self.tr("Copy"), self.copy, QKeySequence.Copy, "budget-copy")
        self.fill_action = self._action(bar, self.tr("Fill right"), self.fill_right, "Ctrl+R", "budget-fill-right")
        self.clear_action = self._action(
            bar, self.tr("Clear cells"), self.clear_cells, QKeySequence.Delete, "budget-clear"
        )
        self.clear_action.setShortcuts([QKeySequence(QKeySequence.Delete), QKeySequence(Qt.Key_Backspace)])
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Show:"), bar))
        self.layer_box = QComboBox(bar, objectName="budget-layer")
        self.layer_box.addItem(self.tr("Planned"), "planned")
        self.layer_box.addItem(self.tr("Actual"), "actual")
        self.layer_box.addItem(self.tr("Planned and actual"), "planned,actual")
        self.layer_box.activated.connect(lambda _i: self.set_layers(tuple(self.layer_box.currentData().split(","))))
        bar.addWidget(self.layer_box)
        self.edit_actions = [
            self.add_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            self.paste_action,
            self.fill_action,
            self.clear_action,
        ]
        if importlib.util.find_spec(IMPORT_MODULE) is not None:
            bar.addSeparator()
            self.import_action = self._action(bar, self.tr("Import budget…"), self.import_budget, None, "budget-import")
            self.edit_actions.append(self.import_action)
        return bar

    # -- editing -------------------------------------------------------------
    def edit_cells(self, edits: list, text: str = "") -> bool:
        """Push one undo step setting (line id, month, layer, value) cells."""
        if not edits:
            return False
        return self.document.execute(SetCellsCommand(self.document, edits, text))

    def edit_line(self, line_id: str, field: str, old, new) -> bool:
        """Push an edit of one line field."""
        return self.document.execute(EditLineCommand(self.document, line_id, field, old, new))

    def edit_plan_value(self, field: str, text: str) -> None:
        """Envelope or reserve % typed in the summary (blank clears it)."""
        current = self.model.grid.settings.get(field)
        try:
            from app.models.budget.rules import parse_amount

            same = parse_amount(text.rstrip().rstrip("%")) == current
        except ValueError:
            same = False
        if not same:
            self.document.execute(SetPlanBudgetCommand(self.document, field, current, text))

    def set_layers(self, layers: tuple[str, ...]) -> None:
        """Show planned, actual or both layers."""
        self.model.set_layers(tuple(layers))
        index = self.layer_box.findData(",".join(layers))
        if index >= 0:
            self.layer_box.setCurrentIndex(index)

    def import_budget(self) -> None:
        """Open the budget import dialog (from the budget exchange module)."""
        module = importlib.import_module(IMPORT_MODULE)
        module.BudgetImportDialog(self.document, self).exec()

    # -- showing ---------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(text)

    def reload(self) -> None:
        """Read the whole grid again (lines added, moved, deleted; channels renamed)."""
        index = self.grid.selection_model().currentIndex()
        self.model.set_grid(svc.load_grid(self.document.plan))
        if index.isValid() and index.row() < self.model.rowCount():
            self.grid.selection_model().setCurrentIndex(
                self.model.index(index.row(), index.column()), QItemSelectionModel.ClearAndSelect
            )
        self.refresh_side()

    def refresh_side(self) -> None:
        """The summary at once; charts after a pause in editing."""
        grid: BudgetGrid = self.model.grid
        self.summary.show_grid(grid)
        if not grid.months:
            self.empty_hint.setText(self.tr("Set the plan period in the Overview to get one column per month."))
        elif not grid.channels:
            self.empty_hint.setText(
                self.tr(
                    "No channels yet. Add them in Summary › Channels below (Add channel, or Add the standard "
                    "channels), then add budget lines here."
                )
            )
        elif not grid.lines and not self.document.read_only:
            self.empty_hint.setText(
                self.tr(
                    "No budget lines yet. Click Add line, pick its channel (and campaign, if any), then type the "
                    "monthly amounts."
                )
            )
        else:
            self.empty_hint.setText("")
        self.empty_hint.setVisible(bool(self.empty_hint.text()))
        self.charts.schedule()

    def on_change(self, change) -> None:
        """Redraw what a committed change touched."""
        if change.canvas == svc.CANVAS:
            self.show_message("")
            if change.table == "budget_cell" and "cells" in change.extra:
                self.model.apply_cells(change.extra["cells"])
                self.refresh_side()
            else:
                self.reload()
        elif change.canvas == "*" or change.table in FOLLOWED_TABLES or set(change.fields) & set(PLAN_FIELDS):
            self.reload()

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused or not saved: say why; the grid shows stored values."""
        self.show_message(message)
        self.summary.show_grid(self.model.grid)

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the cell a finding is about (a line's month or field, or the summary)."""
        if field in ("reserve_pct", "total_budget"):
            self.tabs.setCurrentWidget(self.summary)
            edit = self.summary.reserve_edit if field == "reserve_pct" else self.summary.envelope_edit
            edit.setFocus(Qt.OtherFocusReason)
            return
        if field in ("share", "target_share_pct"):
            self.tabs.setCurrentWidget(self.summary)
            self.summary.select_channel(item_id, 3)  # the channel's target share (no-op for another id)
            self.summary.shares.setFocus(Qt.OtherFocusReason)
            return
        if field in ("period_start", "period_end"):  # budget.outside_period: the plan's finding, no line id
            self._go_to_outside_period()
            return
        layer = "actual" if field == "actual" else None
        row = self.model.row_of(item_id, layer)
        if row < 0:
            return
        if field in self.model.month_col:
            if self.model.grid.value(item_id, field, "actual") is not None and "actual" in self.model.layers:
                row = self.model.row_of(item_id, "actual")
            self.grid.go_to(row, self.model.month_col[field])
        elif field == "owner":
            self.grid.go_to(row, 3)
        else:
            self.grid.go_to(row, FROZEN + len(self.model.months) + len(self.model.quarters))

    def _go_to_outside_period(self) -> None:
        """Make the first filled cell outside the plan period current."""
        grid = self.model.grid
        outside = [m for m in grid.months if m not in set(grid.period_months)]
        for line in grid.lines:
            for layer in self.model.layers:
                month = next((m for m in outside if grid.value(line["id"], m, layer) is not None), None)
                if month is not None:
                    self.grid.go_to(self.model.row_of(line["id"], layer), self.model.month_col[month])
                    return
        if outside and grid.lines:  # only in a layer not shown: that month's column
            self.grid.go_to(0, self.model.month_col[outside[0]])

    def go_to_finding(self, finding) -> None:
        """Go to the cell a budget finding is about."""
        if finding is not None:
            self.focus_field(finding.field, finding.item_id)
