"""Names on a matplotlib positioning map (the app's and the deck's): measure
each name, let app.models.competitors.labels choose its spot, then draw it
there, with a thin leader line when the spot is away from the bubble.
matplotlib is imported inside the functions (the editor loads without it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from app.models.competitors.labels import LabelRequest, LabelSpot, place_labels

LEADER_COLOUR = "#9AA0AA"
OWN_WEIGHT = 3.0  # covering our brand's bubble is worse than covering a competitor's
BOX_PAD = 2.0  # pixels around a measured name (the own brand's white box, antialiasing)


@dataclass
class DrawnNames:
    """What annotate_names drew: the annotations, the names shown and those
    left out (no free spot), and the chosen spots (pixels)."""

    artists: list
    shown: list[str]
    left_out: list[str]
    spots: list[LabelSpot]
    bubbles: list[tuple[float, float, float]]
    requests: list[LabelRequest]


def ranked(points: list, limit: int | None = None) -> list:
    """The points whose names are placed, in placing order: our brand first,
    then the largest shares (at most *limit*)."""
    return sorted(points, key=lambda p: (not p.own, -(p.share or 0)))[:limit]


def annotate_names(ax, points: list, names: dict, bubble_size: Callable, style: Callable,
                   limit: int | None = None) -> DrawnNames:  # fmt: skip
    """Draw the names of *points* (MapPoint) on *ax* where they overlap no
    other name and as few bubbles as possible.

    *names* maps competitor id → text; *bubble_size(share)* is the marker
    area in points²; *style(point)* gives annotate keywords (fontsize,
    color, bbox, zorder). The figure's size must be final (display pixels)."""
    from matplotlib import rcParams

    figure = ax.figure
    scale = figure.dpi / 72  # points → pixels
    family = tuple(rcParams["font.family"])
    bubbles = []
    for point in points:
        x, y = ax.transData.transform((point.x, point.y))
        bubbles.append((float(x), float(y), bubble_size(point.share) ** 0.5 / 2 * scale))
    order = ranked(points, limit)
    centre = {p.competitor_id: bubbles[n] for n, p in enumerate(points)}
    requests = []
    for point in order:
        width, height = text_size(names[point.competitor_id], style(point).get("fontsize"), family, figure.dpi)
        x, y, radius = centre[point.competitor_id]
        requests.append(LabelRequest(x, y, radius, width + 2 * BOX_PAD, height + 2 * BOX_PAD))
    weights = [OWN_WEIGHT if p.own else 1.0 for p in points]
    spots = place_labels(requests, bubbles, tuple(ax.bbox.extents), pad=3 * scale, weights=weights)
    drawn = DrawnNames([], [], [], [], bubbles, [])
    for point, request, spot in zip(order, requests, spots, strict=True):
        name = names[point.competitor_id]
        if spot is None:
            drawn.left_out.append(name)
            continue
        keywords = dict(style(point))
        if spot.leader:
            keywords["arrowprops"] = {
                "arrowstyle": "-",
                "color": LEADER_COLOUR,
                "linewidth": 0.6,
                "shrinkA": 0,
                "shrinkB": request.radius / scale,
            }
        drawn.artists.append(
            ax.annotate(
                name,
                (point.x, point.y),
                xytext=(spot.dx / scale, spot.dy / scale),
                textcoords="offset points",
                ha=spot.ha,
                va=spot.va,
                **keywords,
            )
        )
        drawn.shown.append(name)
        drawn.spots.append(spot)
        drawn.requests.append(request)
    return drawn


@lru_cache(maxsize=2048)
def text_size(text: str, size, family: tuple, dpi: float) -> tuple[float, float]:
    """Width and height in pixels of *text* at font *size* (measuring is the
    slow part of placing names, and names rarely change between redraws)."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(family=list(family), size=size)
    width, height, _descent = _renderer(dpi).get_text_width_height_descent(text, prop, False)
    return width, height


@lru_cache(maxsize=4)
def _renderer(dpi: float):
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(1, 1, dpi)


def text_boxes(artists: list, renderer) -> list:
    """Window extents of the names only (an annotation's own extent includes its leader line)."""
    from matplotlib.text import Text

    return [Text.get_window_extent(artist, renderer) for artist in artists]
