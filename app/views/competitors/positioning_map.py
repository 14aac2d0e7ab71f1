"""The positioning map: a matplotlib scatter embedded with the QtAgg
backend, created the first time the map is shown (matplotlib costs a few
hundred milliseconds to import, which start-up must not pay). Our brand is
drawn in the brand colour; bubble size follows market share."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.competitors import service as svc
from app.services.competitors.map_names import annotate_names, text_boxes
from app.views.competitors.service_text import axis_text

OWN_COLOUR = "#2E6B57"
OTHER_COLOUR = "#8A94A6"
LABELLED = 30  # names drawn: our brand first, then the largest shares


def bubble_size(share) -> float:
    """Marker area (points²) for a market share (same scale as the deck)."""
    return 60.0 if share is None else 60.0 + float(share) * 20.0


def _chart_key(data: svc.MapData) -> tuple:
    """What the chart depends on (axes and points, not the off-map rows)."""
    return (data.axes, tuple(data.points))


class PositioningMap(QWidget):
    """Draws a MapData; redraws are coalesced (one per event-loop turn) so
    typing in the table never waits for matplotlib."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="positioning-map")
        self.data: svc.MapData | None = None
        self.drawn: tuple | None = None  # what the canvas shows: typing a strength redraws nothing
        self.canvas = None  # FigureCanvasQTAgg, made on first show
        self.draw_count = 0
        self.artists: list = []  # bubbles and labels of the last draw
        self.labelled: list[str] = []
        self.placed = None  # DrawnNames of the last draw (spots, names left out)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self)
        self.placeholder.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.layout_.addWidget(self.placeholder, 1)
        self.off_map = QLabel(self, objectName="not-on-map")
        self.off_map.setWordWrap(True)
        self.off_map.setStyleSheet("color:#6B4E00;")
        self.layout_.addWidget(self.off_map)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)  # successive edits (Enter, Enter…) share one redraw
        self.timer.timeout.connect(self.redraw_now)

    def show_data(self, data: svc.MapData) -> None:
        """Show *data*: the off-map list at once, the chart a moment later (coalesced)."""
        self.data = data
        names = ", ".join((row.get("name") or "").strip() or self.tr("(unnamed)") for row in data.off_map)
        self.off_map.setText(self.tr("Not on the map (a score is missing): %s") % names if names else "")
        self.off_map.setVisible(bool(names))
        if self.canvas is not None and _chart_key(data) != self.drawn:
            self.timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._make_canvas()
            self.redraw_now()

    def _make_canvas(self) -> None:
        from matplotlib import rc_context
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from app.services.deck import fonts

        family = fonts.register_matplotlib()  # the bundled CJK font: Chinese names never show as boxes
        self.figure = Figure(figsize=(5, 4), dpi=100)
        with rc_context({"font.family": family, "font.size": 9}):
            ax = self.figure.add_axes((0.13, 0.12, 0.83, 0.84))
            ax.set_xlim(-0.5, 10.5)
            ax.set_ylim(-0.5, 10.5)
            ax.axhline(5, color="#DDDDDD", linewidth=0.8, zorder=0)
            ax.axvline(5, color="#DDDDDD", linewidth=0.8, zorder=0)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
        self.ax = ax
        self.family = family
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(320, 260)
        # the canvas gets its real size only after the first draw (at the 500x400 default):
        # redraw then, or the axis titles are cut off until some data changes
        self.canvas.installEventFilter(self)
        self.layout_.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()

    def redraw_now(self) -> None:
        """Draw the map now (tests call this instead of waiting for the timer).

        The axes are made once; a redraw swaps only the bubbles and labels.
        Only our brand and the LABELLED largest shares get a name: a hundred
        names are unreadable and cost most of the drawing time."""
        self.timer.stop()
        if self.canvas is None or self.data is None:
            return
        from matplotlib import rc_context

        data, ax = self.data, self.ax
        for artist in self.artists:
            artist.remove()
        self.artists = []
        width, height = self.figure.get_size_inches() * self.figure.dpi
        # margins in pixels, not fractions: a small window must still fit the ticks and axis titles
        ax.set_position((54 / width, 42 / height, max(1 - 66 / width, 0.1), max(1 - 52 / height, 0.1)))
        with rc_context({"font.family": self.family, "text.parse_math": False, "font.size": 9}):
            ax.set_xlabel(axis_text(data.axes.x_axis, data.axes))
            ax.set_ylabel(axis_text(data.axes.y_axis, data.axes))
            points = sorted(data.points, key=lambda p: p.own)  # our brand drawn last, on top
            if points:
                sizes = [bubble_size(p.share) for p in points]
                self.artists.append(
                    ax.scatter(
                        [p.x for p in points],
                        [p.y for p in points],
                        s=sizes,
                        edgecolors="white",
                        alpha=0.75,
                        c=[OWN_COLOUR if p.own else OTHER_COLOUR for p in points],
                        zorder=2,
                    )
                )
                names = {p.competitor_id: p.name for p in points}
                drawn = annotate_names(self.ax, points, names, bubble_size, _name_style, LABELLED)
                self.artists.extend(drawn.artists)
                self.labelled = drawn.shown
                self.placed = drawn
            else:
                self.labelled = []
            self.canvas.draw_idle()
        self.drawn = _chart_key(data)
        self.draw_count += 1

    def label_boxes(self) -> list:
        """Window extents of the drawn names (tests check they do not overlap)."""
        return text_boxes(self.artists[1:], self.canvas.get_renderer())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.canvas is not None and self.data is not None:
            self.timer.start()  # names are placed in pixels: a new size needs new spots

    def eventFilter(self, watched, event) -> bool:
        if watched is self.canvas and event.type() == QEvent.Resize and self.data is not None:
            self.timer.start()
        return False

    def point_names(self) -> list[str]:
        """Names drawn on the map (for tests and screen readers)."""
        return [p.name for p in self.data.points] if self.data else []


def _name_style(point) -> dict:
    """How a name is drawn: our brand in its colour on a white box, above the others."""
    style = {"zorder": 5 if point.own else 4, "color": OWN_COLOUR if point.own else "#333333", "fontsize": 9}
    if point.own:
        style["bbox"] = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
    return style
