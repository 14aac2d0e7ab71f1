"""Geometry of a scatter chart (the positioning map), computed from the
spec and the deck font: the plot area, each bubble, and each name placed
beside its bubble (right, left, above, below) where it overlaps no other
name and no other bubble and stays inside the chart; a name with no such
spot is left out (the caption says how many). Our brand is placed first.
Renderers draw from it, and tests measure it."""

from __future__ import annotations

from app.models.frozen import frozen_model
from app.services.deck.layouts import measure
from app.services.deck.layouts.timeline import Label
from app.services.deck.model import Box, ChartSpec, Point


@frozen_model
class Bubble:
    """A drawn point: centre, radius and its spec point."""

    x: float
    y: float
    r: float
    point: Point


@frozen_model
class ScatterGeometry:
    """Plot area (left, top, width, height), bubbles, placed names and the
    names left out."""

    plot: tuple[float, float, float, float]
    bubbles: tuple[Bubble, ...]
    labels: tuple[Label, ...]
    left_out: tuple[str, ...]


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def geometry(spec: ChartSpec, box: Box) -> ScatterGeometry:
    """The scatter chart *spec* laid out in *box*."""
    left, top = box.x + 44, box.y + 8
    width, height = box.w - 54, box.h - 44
    bubbles = []
    for point in sorted(spec.points, key=lambda p: not p.own):
        x = left + width * point.x / (spec.x_max or 1)
        y = top + height - height * point.y / (spec.y_max or 1)
        bubbles.append(Bubble(x, y, 6 + 18 * max(0.0, min(1.0, point.size)), point))
    taken = [(b.x - b.r, b.y - b.r, b.x + b.r, b.y + b.r) for b in bubbles]
    labels, left_out = [], []
    for index, bubble in enumerate(bubbles):
        size = 12.0 if bubble.point.own else 11.0
        w = measure.width_of(bubble.point.label, size)
        h = size * measure.LEADING
        x, y, r = bubble.x, bubble.y, bubble.r
        others = taken[:index] + taken[index + 1 :]
        for dx, dy in ((r + 4, -h / 2), (-r - 4 - w, -h / 2), (-w / 2, -r - h - 2), (-w / 2, r + 2),
                       (r * 0.7 + 2, -r * 0.7 - h), (r * 0.7 + 2, r * 0.7), (-r * 0.7 - 2 - w, -r * 0.7 - h),
                       (-r * 0.7 - 2 - w, r * 0.7)):
            rect = (x + dx, y + dy, x + dx + w, y + dy + h)
            inside = rect[0] >= box.x and rect[2] <= box.right and rect[1] >= box.y and rect[3] <= top + height
            if inside and not any(_overlap(rect, other) for other in others):
                labels.append(Label(bubble.point.label, rect[0], rect[1], w, size))
                taken.append(rect)
                break
        else:
            left_out.append(bubble.point.label)
    return ScatterGeometry((left, top, width, height), tuple(bubbles), tuple(labels), tuple(left_out))
