"""The canvas navigator: one row per canvas with its icon and, on the
right, a badge counting the Problems-panel findings about that canvas."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate

from app.views.common import style

BADGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
BADGE_SPACE = 34  # room kept at the right of every row for the badge


class BadgeDelegate(QStyledItemDelegate):
    """Draws the row as usual, then the finding count as a pill."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE) or 0
        if not count:
            return
        text = str(count) if count < 100 else "99+"
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        height = max(14, option.rect.height() - 16)
        width = max(height, painter.fontMetrics().horizontalAdvance(text) + 10)
        rect = QRect(option.rect.right() - width - 8, option.rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.BADGE))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + BADGE_SPACE, max(size.height(), 32))


class Navigator(QListWidget):
    """List of canvases; ``set_counts`` updates the badges."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="navigator")
        self.setItemDelegate(BadgeDelegate(self))
        self.setIconSize(QSize(style.ICON_SIZE, style.ICON_SIZE))
        self.tab_target = None  # callable: the widget Tab moves to (the shown canvas's first field)

    def focusNextPrevChild(self, forward: bool) -> bool:
        target = self.tab_target() if forward and self.tab_target is not None else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(forward)

    def set_canvases(self, entries: list[tuple[str, str]]) -> None:
        """Rows for (key, label) pairs, in order."""
        self.clear()
        for key, label in entries:
            item = QListWidgetItem(label, self)
            item.setData(KEY_ROLE, key)
            item.setToolTip(label)

    def key_at(self, row: int) -> str | None:
        """The canvas key of *row*."""
        item = self.item(row)
        return item.data(KEY_ROLE) if item is not None else None

    def set_counts(self, counts: dict[str, int]) -> None:
        """Finding counts per canvas key; the tooltip says the number too."""
        for row in range(self.count()):
            item = self.item(row)
            count = counts.get(item.data(KEY_ROLE), 0)
            item.setData(BADGE_ROLE, count)
            label = item.text()
            tip = self.tr("%1 — problems: %2").replace("%1", label).replace("%2", str(count))
            item.setToolTip(tip if count else label)

    def badge(self, key: str) -> int:
        """The count shown on canvas *key*'s badge."""
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return self.item(row).data(BADGE_ROLE) or 0
        return 0

    def set_icons(self, icons: dict) -> None:
        """Icon per canvas key (set after the first paint)."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) in icons:
                item.setIcon(icons[item.data(KEY_ROLE)])

    def preferred_width(self) -> int:
        """Wide enough for the longest label, its icon and the badge."""
        return self.sizeHintForColumn(0) + 2 * self.frameWidth() + style.ICON_SIZE + 24
