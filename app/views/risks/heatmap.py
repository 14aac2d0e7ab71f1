"""The 5×5 risk heat map: likelihood up, impact across, each cell coloured by
its score band and showing how many risks sit in it. Clicking a cell asks
the editor to filter the register to that cell; clicking it again clears.

From the keyboard: Tab into the map, the arrow keys move a focus cell
(drawn with a dashed outline), Enter or Space toggles its filter, Home
goes to the most severe cell. Each cell has a tooltip, and the map's
accessible description, with its likelihood, impact, score, level and count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.models.risks import rules as risk_rules
from app.views.risks import service_text as text

AXIS = 34  # room for the axis titles and numbers
MOVES = {Qt.Key_Up: (1, 0), Qt.Key_Down: (-1, 0), Qt.Key_Left: (0, -1), Qt.Key_Right: (0, 1)}


class RiskHeatMap(QWidget):
    """Custom-painted heat map; ``cell_clicked(likelihood, impact)``."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="risk-heatmap")
        self.counts: dict[tuple[int, int], int] = {}
        self.selected: tuple[int, int] | None = None
        self.focus_cell: tuple[int, int] = (5, 5)  # (likelihood, impact) the keyboard is on
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAccessibleName(self.tr("Risk heat map"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def set_counts(self, counts: dict[tuple[int, int], int]) -> None:
        """Show the number of risks per (likelihood, impact) cell."""
        self.counts = dict(counts)
        self._describe()
        self.update()

    def set_selected(self, cell: tuple[int, int] | None) -> None:
        """Outline the cell the register is filtered to (None: no filter)."""
        self.selected = cell
        if cell is not None:
            self.focus_cell = cell
        self._describe()
        self.update()

    def cell_text(self, likelihood: int, impact: int) -> str:
        """What a cell holds, in words: 'Likelihood 3 × impact 4 = 12 (high): 4 risks'."""
        value = risk_rules.score(likelihood, impact)
        return self.tr("Likelihood {likelihood} × impact {impact} = {score} ({level}): {count} risks").format(
            likelihood=likelihood,
            impact=impact,
            score=value,
            level=text.LEVELS.text(risk_rules.level(value)),
            count=self.counts.get((likelihood, impact), 0),
        )

    def _describe(self) -> None:
        """Tooltip and accessible description: the focus cell and how to use the map."""
        hint = self.tr("Arrow keys move, Enter or Space shows only that cell's risks; again shows all.")
        self.setAccessibleDescription(f"{self.cell_text(*self.focus_cell)}. {hint}")
        self.setToolTip(self.tr("Click a cell to show only its risks; click it again to show all."))

    def move_focus(self, likelihood_step: int, impact_step: int) -> None:
        """Move the keyboard's focus cell, staying inside the grid."""
        likelihood = min(5, max(1, self.focus_cell[0] + likelihood_step))
        impact = min(5, max(1, self.focus_cell[1] + impact_step))
        self.focus_cell = (likelihood, impact)
        self._describe()
        self.update()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in MOVES:
            self.move_focus(*MOVES[key])
        elif key == Qt.Key_Home:
            self.move_focus(5, 5)
        elif key == Qt.Key_End:
            self.move_focus(-5, -5)
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space, Qt.Key_Select):
            self.cell_clicked.emit(*self.focus_cell)
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            cell = self.cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.showText(event.globalPos(), self.toolTip(), self)
            else:
                QToolTip.showText(event.globalPos(), self.cell_text(*cell), self, self.cell_rect(*cell).toRect())
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
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
            self.focus_cell = cell
            self._describe()
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
        if self.hasFocus():  # the keyboard's cell: a dashed ring, visible on every band colour
            ring = self.cell_rect(*self.focus_cell).adjusted(5, 5, -5, -5)
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(QColor("#FFFFFF"), 4))
            painter.drawRect(ring)
            painter.setPen(QPen(QColor("#0B57D0"), 2, Qt.DashLine))
            painter.drawRect(ring)
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
