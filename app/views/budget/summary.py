"""The Budget canvas's summary: envelope and reserve (editable), reserve
amount, allocated, unallocated, spent; the channels with their shares
against their targets (name, target and colour editable; add, delete, move
— see channel_actions.py). The budget findings are in the Problems panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.budget.grid import BudgetGrid
from app.models.budget.rules import SHARE_TOLERANCE_PP
from app.models.money import money
from app.views.common.widgets.field_widgets import PlanLineEdit

WARN = QColor("#B3261E")
SHARES_MIN_PX = 300  # still readable on a 1024-pixel-wide window


PLAIN = "border:none;background:transparent;"
WARNING = PLAIN + "color:#B3261E;font-weight:bold;"


class _ValueField(QLineEdit):
    """A read-only amount that looks like a label. Unlike a QLabel, a new
    text does not re-lay out the window (on a 300-line grid that relayout
    took ~10 ms of every keystroke); the text can still be selected and copied."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.ClickFocus)
        self.setStyleSheet(PLAIN)


class _ChannelsModel(QStandardItemModel):
    """The channels table: a typed name, target or colour is not stored here
    but sent as *edited* (channel id, field, text); the table shows it once
    the plan has it (a refused value leaves the stored one)."""

    edited = Signal(str, str, str)

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802 - Qt override
        field = EDITABLE.get(index.column())
        if role != Qt.EditRole or field is None:
            return super().setData(index, value, role)
        channel_id = self.item(index.row(), 0).data(Qt.UserRole)
        if str(value) != self.item(index.row(), index.column()).text():
            self.edited.emit(channel_id, field, str(value))
        return True


EDITABLE = {0: "name", 3: "target_share_pct", 5: "color"}  # column -> channel field


def _set_text(field: QLineEdit, text: str) -> None:
    """Change a value only when its text changes."""
    if field.text() != text:
        field.setText(text)
        field.setCursorPosition(0)  # show the start of a long amount


class BudgetSummary(QWidget):
    """Envelope, reserve and shares of the budget."""

    plan_value_edited = Signal(str, str)  # field (total_budget / reserve_pct), text
    channel_edited = Signal(str, str, str)  # channel id, field, typed text
    channel_requested = Signal(str)  # add, delete, up, down, standard

    def __init__(self, amount, parent=None):
        super().__init__(parent)
        self.amount = amount  # formats a number like the grid does
        layout = QHBoxLayout(self)
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        self.envelope_edit = PlanLineEdit(form_box)
        self.envelope_edit.setObjectName("total_budget")
        self.envelope_edit.setPlaceholderText(self.tr("lines + reserve"))
        self.reserve_edit = PlanLineEdit(form_box)
        self.reserve_edit.setObjectName("reserve_pct")
        self.reserve_edit.setPlaceholderText(self.tr("not set"))
        for edit, field in ((self.envelope_edit, "total_budget"), (self.reserve_edit, "reserve_pct")):
            edit.editingFinished.connect(lambda e=edit, f=field: self.plan_value_edited.emit(f, e.text()))
        self.reserve_amount, self.allocated, self.unallocated, self.spent = (_ValueField(form_box) for _ in range(4))
        self.unallocated.setObjectName("unallocated")
        self.reserve_amount.setObjectName("reserve_amount")
        self.allocated.setObjectName("allocated")
        wide = self.fontMetrics().horizontalAdvance("000,000,000,000 CNY ")  # amounts are never cut off
        for field in (self.envelope_edit, self.reserve_edit, self.reserve_amount, self.allocated, self.spent):
            field.setMinimumWidth(wide)
        self.unallocated.setMinimumWidth(wide)
        form.addRow(self.tr("Budget envelope"), self.envelope_edit)
        form.addRow(self.tr("Reserve pool (%)"), self.reserve_edit)
        form.addRow(self.tr("Reserve amount"), self.reserve_amount)
        form.addRow(self.tr("Allocated to lines"), self.allocated)
        form.addRow(self.tr("Unallocated"), self.unallocated)
        form.addRow(self.tr("Actual to date"), self.spent)
        layout.addWidget(form_box)
        layout.addWidget(self._channels_box(), 10)  # up to its maximum (the table's width) first
        layout.addStretch(1)  # findings are in the Problems panel, filtered to this canvas

    def _channels_box(self) -> QWidget:
        """The Channels table with its buttons (add, delete, move, standard channels)."""
        box = self.channels_box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Channels"), box))
        self.shares_model = _ChannelsModel(self)
        self.shares_model.edited.connect(self.channel_edited)
        self.shares = QTableView(box, objectName="budget-shares")
        self.shares.setModel(self.shares_model)
        self.shares.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.shares.setSelectionMode(QAbstractItemView.SingleSelection)
        self.shares.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.shares.setToolTip(self.tr("Double-click a channel's name, target share or colour (#RRGGBB) to edit it."))
        self.shares.verticalHeader().hide()
        self.shares.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        column.addWidget(self.shares, 1)
        buttons = QHBoxLayout()
        self.channel_buttons = {}
        for key, text in (
            ("add", self.tr("Add channel")),
            ("delete", self.tr("Delete")),
            ("up", self.tr("Move up")),
            ("down", self.tr("Move down")),
            ("standard", self.tr("Add the standard channels")),
        ):
            button = QPushButton(text, box, objectName=f"channel-{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.channel_requested.emit(k))
            buttons.addWidget(button)
            self.channel_buttons[key] = button
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.channel_buttons_row = buttons
        self.channels_editable = True
        return box

    def set_channels_editable(self, editable: bool) -> None:
        """A read-only plan shows the channels without editing or buttons."""
        self.channels_editable = editable
        if not editable:
            self.shares.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for button in self.channel_buttons.values():
            button.setVisible(editable)

    def current_channel_id(self) -> str | None:
        """The id of the selected channel, if any."""
        index = self.shares.currentIndex()
        if not index.isValid():
            return None
        return self.shares_model.item(index.row(), 0).data(Qt.UserRole)

    def channel_row(self, channel_id: str) -> int:
        """The table row of *channel_id* (-1 when not shown)."""
        for row in range(self.shares_model.rowCount()):
            if self.shares_model.item(row, 0).data(Qt.UserRole) == channel_id:
                return row
        return -1

    def select_channel(self, channel_id: str, column: int = 0) -> None:
        """Select a channel's row (after adding or moving it)."""
        row = self.channel_row(channel_id)
        if row >= 0:
            self.shares.setCurrentIndex(self.shares_model.index(row, column))

    def show_grid(self, grid: BudgetGrid) -> None:
        """Show the envelope, reserve, unallocated amount and shares of *grid*."""
        env = grid.envelope()
        currency = grid.settings.get("currency") or ""
        total = grid.settings.get("total_budget")
        if not self.envelope_edit.hasFocus():
            self.envelope_edit.set_value("" if total is None else self.amount(total))
            self.envelope_edit.setCursorPosition(0)
        pct = grid.settings.get("reserve_pct")
        if not self.reserve_edit.hasFocus():
            self.reserve_edit.set_value("" if pct is None else f"{pct:g}")
        language = grid.settings.get("language")

        def shown(value: float) -> str:  # 3,600万元 / CNY 36.0M, as the deck writes it
            return money(value, currency or "CNY", language)

        self.envelope_edit.setToolTip(
            ""
            if env.explicit
            else self.tr("Not set: the lines plus the reserve, {amount}.").format(amount=shown(env.envelope))
        )
        _set_text(self.reserve_amount, shown(env.reserve))
        _set_text(self.allocated, shown(env.allocated))
        _set_text(self.spent, shown(env.actual))
        over = env.unallocated < -0.005
        _set_text(
            self.unallocated,
            (self.tr("{amount} over the envelope") if over else "{amount}").format(amount=shown(abs(env.unallocated))),
        )
        style = WARNING if over else PLAIN
        if self.unallocated.styleSheet() != style:
            self.unallocated.setStyleSheet(style)
        self._show_shares(grid)

    def _share_cells(self, share, currency: str, language: str | None) -> list[str]:
        return [
            share.name,
            money(share.planned, currency, language),
            "" if share.share_pct is None else f"{share.share_pct:.1f} %",
            "" if share.target_pct is None else f"{share.target_pct:g} %",
            money(share.actual, currency, language),
            share.color or "",
        ]

    def _show_shares(self, grid: BudgetGrid) -> None:
        shares = grid.shares()
        currency, language = grid.settings.get("currency") or "CNY", grid.settings.get("language")
        key = [(share.channel_id, share.name, share.color) for share in shares]
        if key == getattr(self, "_shares_key", None):  # same channels: change only the texts that changed
            for row, share in enumerate(shares):
                for column, text in enumerate(self._share_cells(share, currency, language)):
                    item = self.shares_model.item(row, column)
                    if item.text() != text:
                        item.setText(text)
                self._mark_share(self.shares_model.item(row, 2), share)
            return
        self._shares_key = key
        current = self.current_channel_id()
        self.shares_model.clear()
        self.shares_model.setHorizontalHeaderLabels([
            self.tr("Channel"), self.tr("Planned"), self.tr("Share"), self.tr("Target"), self.tr("Actual"),
            self.tr("Colour"),
        ])  # fmt: skip
        for share in shares:
            items = [QStandardItem(text) for text in self._share_cells(share, currency, language)]
            for column, item in enumerate(items):
                item.setEditable(self.channels_editable and column in EDITABLE)
                if 0 < column < 5:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            items[0].setData(share.channel_id, Qt.UserRole)
            if share.color:
                items[0].setData(QColor(share.color), Qt.DecorationRole)
                items[5].setData(QColor(share.color), Qt.DecorationRole)
            self._mark_share(items[2], share)
            self.shares_model.appendRow(items)
        header = self.shares.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeToContents)
        full = header.length() + 2 * self.shares.frameWidth() + 4 + self.shares.verticalScrollBar().sizeHint().width()
        self.shares.setMaximumWidth(full)  # never wider than its columns; narrower only on a small window
        self.shares.setMinimumWidth(min(full, SHARES_MIN_PX))
        # the box (table and buttons) takes the table's width
        self.channels_box.setMaximumWidth(max(full, self.channel_buttons_row.sizeHint().width()))
        if current:
            self.select_channel(current)
        self.channel_buttons["standard"].setVisible(self.channels_editable and not shares)
        for key in ("delete", "up", "down"):
            self.channel_buttons[key].setEnabled(bool(shares))

    def _mark_share(self, item: QStandardItem, share) -> None:
        """Red share, with a tooltip, when it is off its target."""
        off = (
            share.share_pct is not None
            and share.target_pct is not None
            and abs(share.share_pct - share.target_pct) > SHARE_TOLERANCE_PP
        )
        tip = (
            self.tr("More than {pp} percentage points from the target share.").format(pp=f"{SHARE_TOLERANCE_PP:g}")
            if off
            else ""
        )
        if item.toolTip() != tip:
            item.setForeground(QBrush(WARN) if off else QBrush())
            item.setToolTip(tip)
