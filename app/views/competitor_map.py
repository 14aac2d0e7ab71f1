"""The positioning map: a matplotlib scatter embedded with the QtAgg
backend, created the first time the map is shown (matplotlib costs a few
hundred milliseconds to import, which start-up must not pay). Our brand is
drawn in the brand colour; bubble size follows market share."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services import competitor_service as svc
from app.views.service_text_competitors import axis_text

OWN_COLOUR = "#2E6B57"
OTHER_COLOUR = "#8A94A6"
LABELLED = 30  # names drawn: our brand first, then the largest shares


def bubble_size(share) -> float:
    """Marker area (points²) for a market share (same scale as the deck)."""
    return 60.0 if share is None else 60.0 + float(share) * 20.0


def _chart_key(data: svc.MapData) -> tuple:
    """What the chart depends on (axes and points, not the off-map rows)."""
    return (data.axes, tuple(data.points))


def label_alignment(x: float) -> str:
    """Horizontal alignment of a name at score *x*, so names near an edge stay inside the plot."""
    return "left" if x < 1.5 else "right" if x > 8.5 else "center"


class PositioningMap(QWidget):
    """Draws a MapData; redraws are coalesced (one per event-loop turn) so
    typing in the table never waits for matplotlib."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("positioning-map")
        self.data: svc.MapData | None = None
        self.drawn: tuple | None = None  # what the canvas shows: typing a strength redraws nothing
        self.canvas = None  # FigureCanvasQTAgg, made on first show
        self.draw_count = 0
        self.artists: list = []  # bubbles and labels of the last draw
        self.labelled: list[str] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self)
        self.placeholder.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.layout_.addWidget(self.placeholder, 1)
        self.off_map = QLabel(self)
        self.off_map.setObjectName("not-on-map")
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
                ranked = sorted(points, key=lambda p: (not p.own, -(p.share or 0)))[:LABELLED]
                self.labelled = [p.name for p in ranked]
                for point in ranked:
                    self.artists.append(
                        ax.annotate(
                            point.name,
                            (point.x, point.y),
                            xytext=(0, 4 + bubble_size(point.share) ** 0.5 / 2),
                            va="bottom",
                            textcoords="offset points",
                            ha=label_alignment(point.x),
                            zorder=5 if point.own else 4,
                            color=OWN_COLOUR if point.own else "#333333",
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
                            if point.own
                            else None,
                        )
                    )
                _spread_labels(self.canvas, self.artists[1:], ranked)
            else:
                self.labelled = []
            self.canvas.draw_idle()
        self.drawn = _chart_key(data)
        self.draw_count += 1

    def label_boxes(self) -> list:
        """Window extents of the drawn names (tests check they do not overlap)."""
        renderer = self.canvas.get_renderer()
        return [a.get_window_extent(renderer) for a in self.artists[1:]]

    def point_names(self) -> list[str]:
        """Names drawn on the map (for tests and screen readers)."""
        return [p.name for p in self.data.points] if self.data else []


def _spread_labels(canvas, labels: list, points: list) -> None:
    """Move a name that overlaps one placed before it (our brand and large
    shares come first) below, then beside its bubble; the first free spot
    wins, and a name with no free spot stays above its bubble. Each name is
    measured once; the other spots are that box moved (measuring is the slow part)."""
    from matplotlib.transforms import Bbox

    renderer = canvas.get_renderer()
    scale = canvas.figure.dpi / 72  # offsets are in points
    placed: list = []
    for label, point in zip(labels, points, strict=True):
        first = label.get_window_extent(renderer)  # drawn above the bubble, aligned by label_alignment
        width, height = first.width, first.height
        anchor_x, anchor_y = label.axes.transData.transform((point.x, point.y))
        radius = (4 + bubble_size(point.share) ** 0.5 / 2) * scale
        left = {"left": anchor_x, "right": anchor_x - width, "center": anchor_x - width / 2}[label_alignment(point.x)]
        spots = [
            ((0, radius), label_alignment(point.x), "bottom", left, anchor_y + radius),
            ((0, -radius), label_alignment(point.x), "top", left, anchor_y - radius - height),
            ((radius, 0), "left", "center", anchor_x + radius, anchor_y - height / 2),
            ((-radius, 0), "right", "center", anchor_x - radius - width, anchor_y - height / 2),
        ]
        chosen, box = spots[0], first
        for spot in spots:
            candidate = Bbox.from_bounds(spot[3], spot[4], width, height)
            if not any(candidate.overlaps(other) for other in placed):
                chosen, box = spot, candidate
                break
        offset, ha, va = chosen[:3]
        label.xyann = tuple(v / scale for v in offset)
        label.set_horizontalalignment(ha)
        label.set_verticalalignment(va)
        placed.append(box)
