"""The Competitors canvas: the competitor table (left) and the positioning
map with its axis choice (right). Every edit is an undo command, saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.competitors.rules import MAP_AXES, SCORE_FIELDS
from app.services.competitors import service as svc
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.row_actions import RowActions, set_up_table
from app.views.common.widgets.field_widgets import EmptyViewHint, PlanLineEdit, RefusalBanner
from app.views.common.widgets.table_fit import choose_columns, fit_to_width
from app.views.competitors.commands import COMPETITORS, SetAxesCommand
from app.views.competitors.model import COLUMNS, CompetitorModel
from app.views.competitors.positioning_map import PositioningMap
from app.views.competitors.service_text import AXES

# Columns that start hidden (the header's right-click menu shows them); the
# scores on the map's axes are shown whatever this says.
HIDDEN_AT_FIRST = ("main_channels", *SCORE_FIELDS, "strategy", "recent_moves")


class CompetitorEditor(RowActions, CanvasEditor):
    """Table of competitors and their positioning map."""

    row_commands = COMPETITORS
    add_competitor = RowActions.add_row


    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.label_session = 0
        layout = QVBoxLayout(self)
        self.banner = RefusalBanner(self, "competitors-banner")
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self._table_side(splitter))
        splitter.addWidget(self._map_side(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 380])
        layout.addWidget(splitter, 1)
        self.refresh_all()
        if document.read_only:
            for widget in (
                self.add_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                self.x_box,
                self.y_box,
                self.x_label_edit,
                self.y_label_edit,
            ):
                widget.setEnabled(False)

    # -- building ----------------------------------------------------------
    def _table_side(self, parent) -> QWidget:
        side = QWidget(parent)
        self.model = CompetitorModel(self.document, self)
        interactive = QHeaderView.Interactive
        self.table = set_up_table(
            QTableView(side), self.model, "competitors", interactive, word_wrap=False, row_height=26, edit_on_type=True
        )
        self.empty_hint = EmptyViewHint(
            self.table,
            self.tr("No competitors yet."),
            self.tr(
                "No competitors yet. Click Add competitor and type a name; add your own brand too and "
                "tick Our brand, so the map shows where you stand."
            ),
            self.document.read_only,
        )
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(72)
        for column, width in (
            ("name", 130),
            ("positioning", 180),
            ("price_level", 120),
            ("main_channels", 150),
            ("strengths", 180),
            ("weaknesses", 180),
            ("strategy", 200),
            ("recent_moves", 200),
            ("is_own_brand", 70),
        ):
            header.resizeSection(COLUMNS.index(column), width)
        fit_to_width(self.table)
        # sixteen columns never fit beside the map on a laptop: the rest are a header right-click away
        choose_columns(self.table, tuple(COLUMNS.index(c) for c in HIDDEN_AT_FIRST))
        buttons = self.add_buttons(self.tr("Add competitor"), self.tr("Remove"))
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        return side

    def _map_side(self, parent) -> QWidget:
        group = QGroupBox(self.tr("Positioning map"), parent)
        form = QFormLayout()
        self.x_box, self.y_box = QComboBox(group), QComboBox(group)
        self.x_box.setObjectName("competitor_x_axis")
        self.y_box.setObjectName("competitor_y_axis")
        names = AXES.translated()
        for box in (self.x_box, self.y_box):
            for axis in MAP_AXES:
                box.addItem(names[axis], axis)
            box.activated.connect(lambda _i: self.choose_axes(self.x_box.currentData(), self.y_box.currentData()))
        self.x_label_edit, self.y_label_edit = PlanLineEdit(group), PlanLineEdit(group)
        self.x_label_edit.setObjectName("custom_axis_x_label")
        self.y_label_edit.setObjectName("custom_axis_y_label")
        for edit in (self.x_label_edit, self.y_label_edit):
            edit.setPlaceholderText(self.tr("e.g. Online presence"))
            edit.textEdited.connect(lambda _t: self.rename_custom_axes())
            edit.session_ended.connect(self._end_label_session)
        form.addRow(self.tr("Horizontal axis"), self.x_box)
        form.addRow(self.tr("Vertical axis"), self.y_box)
        form.addRow(self.tr("Custom X name"), self.x_label_edit)
        form.addRow(self.tr("Custom Y name"), self.y_label_edit)
        self.map = PositioningMap(group)
        hint = QLabel(self.tr("Our brand is highlighted; bubble size shows market share."), group)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#666;")
        column = QVBoxLayout(group)
        column.addLayout(form)
        column.addWidget(self.map, 1)
        column.addWidget(hint)
        return group

    # -- editing -----------------------------------------------------------
    def choose_axes(self, x_axis: str, y_axis: str) -> bool:
        """Show the map on other axes (one undoable edit, stored in the plan)."""
        old = self.model.axes
        new = svc.Axes(x_axis, y_axis, old.x_label, old.y_label)
        if new == old:
            return True
        return self.document.execute(SetAxesCommand(self.document, old, new))

    def rename_custom_axes(self) -> bool:
        """Store the custom axis names as typed (typing merges into one step)."""
        old = self.model.axes
        new = svc.Axes(old.x_axis, old.y_axis, self.x_label_edit.text(), self.y_label_edit.text())
        if new == old:
            return True
        return self.document.execute(SetAxesCommand(self.document, old, new, self.label_session))

    def _end_label_session(self) -> None:
        self.label_session += 1

    # -- showing -----------------------------------------------------------
    def show_message(self, text: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(text)
        self.message.emit(text)

    def refresh_all(self) -> None:
        """Re-read the table, the axes and the map."""
        rows = svc.list_competitors(self.document.plan)
        self.model.reload(rows)
        self._show_axes(svc.get_axes(self.document.plan))
        self.map.show_data(svc.map_data(self.document.plan, rows))

    def _show_axes(self, axes: svc.Axes) -> None:
        self.model.set_axes(axes)
        for box, axis in ((self.x_box, axes.x_axis), (self.y_box, axes.y_axis)):
            was = box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(axis)))
            box.blockSignals(was)
        self.x_label_edit.set_value(axes.x_label)
        self.y_label_edit.set_value(axes.y_label)
        for axis in (axes.x_axis, axes.y_axis):  # the scores the map plots can always be typed
            self.table.setColumnHidden(COLUMNS.index(f"{axis}_score"), False)
        # the custom names only mean something while a custom axis is on the map
        chosen = {axes.x_axis, axes.y_axis}
        self.x_label_edit.setEnabled("custom_x" in chosen)
        self.y_label_edit.setEnabled("custom_y" in chosen)

    def on_change(self, change) -> None:
        """Redraw what a committed change touched: rows in place, the whole
        table after adds, deletes and moves, the axes after an axis edit."""
        self.show_message("")
        if change.table == "plan":
            self._show_axes(svc.get_axes(self.document.plan))
            self.map.show_data(svc.map_data(self.document.plan, self.model.rows))
            return
        rows = svc.list_competitors(self.document.plan)
        self.follow_change(change, rows)
        self.map.show_data(svc.map_data(self.document.plan, rows))

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused or not saved: say why and show stored values."""
        self.show_message(message)  # MainWindow.on_failed already put it in the interface language
        self._show_axes(svc.get_axes(self.document.plan))

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show *field* of competitor *item_id* (from the Problems panel)."""
        widgets = {
            "competitor_x_axis": self.x_box,
            "competitor_y_axis": self.y_box,
            "custom_axis_x_label": self.x_label_edit,
            "custom_axis_y_label": self.y_label_edit,
        }
        if field in widgets:
            widgets[field].setFocus(Qt.OtherFocusReason)
            return
        column = COLUMNS.index(field) if field in COLUMNS else 0
        if item_id:
            self.select_id(item_id, column)
            row = self.model.row_of(item_id)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus(Qt.OtherFocusReason)
