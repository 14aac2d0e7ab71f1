"""The 5×5 risk heat map: likelihood up, impact across, each cell coloured by
its score band and showing how many risks sit in it. Clicking a cell asks
the editor to filter the register to that cell; clicking it again clears."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.models import risk_rules

AXIS = 34  # room for the axis titles and numbers


class RiskHeatMap(QWidget):
    """Custom-painted heat map; ``cell_clicked(likelihood, impact)``."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("risk-heatmap")
        self.counts: dict[tuple[int, int], int] = {}
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.setMouseTracking(True)
        self.setToolTip(self.tr("Click a cell to show only its risks; click it again to show all."))

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        """Show the number of risks per (likelihood, impact) cell."""
        self.counts = dict(counts)
        self.update()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        """Outline the cell the register is filtered to (None: no filter)."""
        self.selected = cell
        self.update()

    def _grid(self) -> tuple[float, float, float]:
        """Left, top and cell size of the grid in widget coordinates."""
        side = max(10.0, min(self.width() - AXIS - 8, self.height() - AXIS - 8))
        return AXIS, 4.0, side / 5

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        """Where the cell of (*likelihood*, *impact*) is drawn."""
        left, top, size = self._grid()
        return QRectF(left + (impact - 1) * size, top + (5 - likelihood) * size, size, size)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """The (likelihood, impact) cell under *point*, or None."""
        left, top, size = self._grid()
        column, row = int((point.x() - left) // size), int((point.y() - top) // size)
        if 0 <= column < 5 and 0 <= row < 5:
            return 5 - row, column + 1
        return None

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position())
        if cell and event.button() == Qt.LeftButton:
            self.cell_clicked.emit(*cell)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        left, top, size = self._grid()
        count_font = QFont(self.font())
        count_font.setPointSizeF(max(9.0, size / 4))
        count_font.setBold(True)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                rect = self.cell_rect(likelihood, impact).adjusted(1, 1, -1, -1)
                colour = QColor(risk_rules.level_colour(likelihood * impact))
                count = self.counts.get((likelihood, impact), 0)
                if not count:
                    colour.setAlphaF(0.35)
                painter.fillRect(rect, colour)
                if count:
                    painter.setFont(count_font)
                    painter.setPen(QColor("#1F2328"))
                    painter.drawText(rect, Qt.AlignCenter, str(count))
        if self.selected:
            painter.setPen(QPen(QColor("#1F2328"), 3))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(self.cell_rect(*self.selected).adjusted(2, 2, -2, -2))
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        for n in range(1, 6):
            painter.drawText(QRectF(left + (n - 1) * size, top + 5 * size, size, 16), Qt.AlignCenter, str(n))
            painter.drawText(QRectF(left - 16, top + (5 - n) * size, 14, size), Qt.AlignCenter, str(n))
        painter.drawText(QRectF(left, top + 5 * size + 14, 5 * size, 18), Qt.AlignCenter, self.tr("Impact"))
        painter.save()
        painter.translate(2, top + 5 * size / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-5 * size / 2, 0, 5 * size, 16), Qt.AlignCenter, self.tr("Likelihood"))
        painter.restore()
        painter.end()
