"""Showing the scorecard by status: a proxy that keeps only some statuses
and can put the worst first (off track, at risk, no data, no target, on
track; plan order within each), and the delegate that draws the progress
column as a bar behind its figure."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate

from app.views.forecast.kpi_model import STATUS_ROLE

WORST_FIRST = ("red", "amber", "no_data", "no_target", "green")
SHOWN = {  # filter key → statuses shown
    "all": frozenset(WORST_FIRST),
    "attention": frozenset(("red", "amber")),
    "red": frozenset(("red",)),
    "amber": frozenset(("amber",)),
    "green": frozenset(("green",)),
    "no_data": frozenset(("no_data", "no_target")),
}
BAR_COLOURS = {"green": "#8CCB95", "amber": "#F2C45A", "red": "#E8938C"}


class KpiStatusProxy(QSortFilterProxyModel):
    """The KPI model filtered by status and, on request, worst first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shown = SHOWN["all"]
        self.worst_first = False

    def set_filter(self, key: str) -> None:
        """Show only the statuses of filter *key* (see SHOWN)."""
        self.beginFilterChange()
        self.shown = SHOWN.get(key, SHOWN["all"])
        self.endFilterChange()

    def set_worst_first(self, on: bool) -> None:
        """Order by status (worst first) or keep the plan's order."""
        self.worst_first = on
        self.invalidate()
        self.sort(0 if on else -1)

    def is_plain(self) -> bool:
        """True when every KPI shows in plan order (reordering makes sense)."""
        return self.shown == SHOWN["all"] and not self.worst_first

    def filterAcceptsRow(self, source_row: int, source_parent=QModelIndex()) -> bool:
        return self.sourceModel().statuses[source_row].status in self.shown

    def lessThan(self, left, right) -> bool:
        statuses = self.sourceModel().statuses
        if self.worst_first:
            a, b = WORST_FIRST.index(statuses[left.row()].status), WORST_FIRST.index(statuses[right.row()].status)
            if a != b:
                return a < b
        return left.row() < right.row()

    def source_row(self, row: int) -> int:
        """The model row of proxy *row* (-1 for none)."""
        if row < 0:
            return -1
        return self.mapToSource(self.index(row, 0)).row()

    def proxy_index(self, row: int, column: int):
        """The proxy index of model cell (*row*, *column*) (invalid when filtered out)."""
        return self.mapFromSource(self.sourceModel().index(row, column))


class ProgressDelegate(QStyledItemDelegate):
    """Draws progress as a bar (0–100 % of the cell, in the status colour) under the figure."""

    def paint(self, painter, option, index) -> None:
        progress = index.data(Qt.UserRole)
        if progress is not None:
            status = index.data(STATUS_ROLE)
            share = min(max(float(progress), 0.0), 1.0)
            rect = QRectF(option.rect.adjusted(3, option.rect.height() - 7, -3, -3))
            painter.save()
            painter.fillRect(rect, QColor("#ECEFF1"))
            painter.fillRect(QRectF(rect.x(), rect.y(), rect.width() * share, rect.height()),
                             QColor(BAR_COLOURS.get(status, "#B0BEC5")))  # fmt: skip
            painter.restore()
        super().paint(painter, option, index)
