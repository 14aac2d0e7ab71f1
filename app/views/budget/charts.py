"""The Budget canvas's charts: monthly spend stacked by channel, the channel
share donut and planned vs actual per month, in one matplotlib canvas.

Matplotlib loads the first time the charts are shown. Edits only restart a
300 ms timer; the charts redraw once typing pauses, and only while they are
visible (a hidden tab redraws when it is shown)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.budget import plots as budget_plots

REDRAW_MS = 300
LABEL_PX = 34  # a month label ("10月", "Oct") needs about this many pixels
LEGEND_PX = 90  # one legend entry in one row
NARROW_PX = 900


class BudgetCharts(QWidget):
    """Three budget charts that follow the grid without slowing typing."""

    def __init__(self, grid_source, language: str = "en", parent=None):
        super().__init__(parent)
        self.grid_source = grid_source  # callable returning the current BudgetGrid
        self.language = language
        self.canvas = None
        self.figure = None
        self.dirty = True
        self.draw_count = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw_if_visible)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Charts appear here once the budget has amounts."), self)
        self.layout_.addWidget(self.placeholder)

    def schedule(self) -> None:
        """The grid changed: redraw after a pause in editing."""
        self.dirty = True
        self.timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty:
            self.timer.start(0)

    def redraw_if_visible(self) -> None:
        """Redraw now when shown and out of date."""
        if self.dirty and self.isVisible():
            self.redraw()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from app.services.deck import fonts

        fonts.register_matplotlib()  # Chinese channel names need the bundled CJK font
        self.figure = Figure(figsize=(9, 2.6), dpi=90)  # fixed margins: a layout engine costs ~0.3 s a draw
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setObjectName("budget-charts-canvas")
        self.layout_.addWidget(self.canvas)

    def _fit(self, *axes) -> None:
        """On a narrow canvas show fewer month labels (so they never run into
        each other) and put a long legend on two rows above the bars."""
        width = max(self.canvas.width(), 1)
        if width < NARROW_PX:
            self.figure.subplots_adjust(wspace=0.4)  # the donut's labels stay clear of the next chart's axis
        for ax in axes:
            ticks, labels = list(ax.get_xticks()), [t.get_text() for t in ax.get_xticklabels()]
            room = ax.get_position().width * width  # pixels for the month labels
            step = max(1, -(-len(ticks) * LABEL_PX // max(int(room), 1)))
            if step > 1:
                ax.set_xticks(ticks[::step], labels[::step])
            legend = ax.get_legend()
            if legend is not None and len(legend.legend_handles) > 2 and room < LEGEND_PX * len(legend.legend_handles):
                bottom, top = ax.get_ylim()
                ax.set_ylim(bottom, top * 1.25)  # room for the second row
                ax.legend(handles=legend.legend_handles, fontsize=8, frameon=False, loc="upper left", ncol=2)

    def redraw(self) -> None:
        """Draw the three charts from the current grid."""
        grid = self.grid_source()
        data = budget_plots.chart_data(grid, self.language)
        self.dirty = False
        self.placeholder.setVisible(data.empty)
        if data.empty:
            if self.canvas is not None:
                self.canvas.hide()
            return
        self._ensure_canvas()
        self.canvas.show()
        from matplotlib import rc_context

        from app.services.deck import fonts

        with rc_context({"font.family": fonts.register_matplotlib(), "axes.unicode_minus": False}):
            self.figure.clear()
            monthly, donut, versus = self.figure.subplots(1, 3, width_ratios=(1.5, 1, 1.5))
            self.figure.subplots_adjust(left=0.05, right=0.99, bottom=0.12, top=0.88, wspace=0.25)
            monthly.set_title(self.tr("Planned spend by channel"), fontsize=9)
            plan_language = grid.settings.get("language") or "zh"  # amounts as the plan's reader writes them
            budget_plots.plot_monthly_by_channel(monthly, data, money_language=plan_language)
            donut.set_title(self.tr("Channel shares (planned)"), fontsize=9)
            budget_plots.plot_share_donut(donut, data)
            versus.set_title(self.tr("Planned vs actual"), fontsize=9)
            budget_plots.plot_planned_vs_actual(
                versus, data, self.tr("Planned"), self.tr("Actual"), money_language=plan_language
            )
            self._fit(monthly, versus)
            self.canvas.draw_idle()
        self.draw_count += 1
