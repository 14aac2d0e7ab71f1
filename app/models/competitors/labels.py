"""Where the names go on the positioning map, as pure geometry (the app's
map and the deck's map both measure their names, then ask this module).

Each name tries candidate spots around its bubble — above, below, beside,
the four corners — first next to the bubble, then further out (a leader
line then joins name and bubble). A spot is refused when it overlaps a name
already placed or leaves the plot; of the others, the one covering the
fewest bubbles (ours counts triple; then the nearest, the earliest in the
list) wins.
A name with no free spot is not drawn: overlapping names are unreadable.
Names are placed in the order given (our brand first, then large shares)."""

from __future__ import annotations

from dataclasses import dataclass

# Direction of each spot: the name's box lies above/below/beside the bubble.
DIRECTIONS = ((0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1))
RINGS = 4  # 0 = touching the bubble, 1…3 = further out with a leader line
BUBBLE_WEIGHT = 10.0  # one covered bubble costs more than any distance
LEADER_WEIGHT = 0.5  # a leader line across a bubble is half as bad as a name on it


@dataclass(frozen=True)
class LabelRequest:
    """One name to place: its bubble (centre, radius) and its box size, all
    in the same units (pixels or points)."""

    x: float
    y: float
    radius: float
    width: float
    height: float


@dataclass(frozen=True)
class LabelSpot:
    """Where a name is drawn: its box (left, bottom, width, height), the
    offset of the box's anchor from the bubble centre, the alignment that
    anchor has, and whether a leader line is needed."""

    left: float
    bottom: float
    width: float
    height: float
    dx: float
    dy: float
    ha: str
    va: str
    leader: bool

    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of the name."""
        return (self.left, self.bottom, self.left + self.width, self.bottom + self.height)


def _boxes_overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def circle_hits_box(cx: float, cy: float, r: float, box: tuple) -> bool:
    """Whether the circle (cx, cy, r) and the box (x0, y0, x1, y1) overlap."""
    nearest_x = min(max(cx, box[0]), box[2])
    nearest_y = min(max(cy, box[1]), box[3])
    return (cx - nearest_x) ** 2 + (cy - nearest_y) ** 2 < r * r


def _segment_hits_circle(x: float, y: float, box: tuple, cx: float, cy: float, r: float) -> bool:
    """Whether the leader from (x, y) to the nearest point of *box* crosses the circle (cx, cy, r)."""
    ex, ey = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    if cx + r < min(x, ex) or cx - r > max(x, ex) or cy + r < min(y, ey) or cy - r > max(y, ey):
        return False
    dx, dy = ex - x, ey - y
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((cx - x) * dx + (cy - y) * dy) / length))
    px, py = x + t * dx, y + t * dy
    return (cx - px) ** 2 + (cy - py) ** 2 < r * r


def _spot(request: LabelRequest, direction: tuple[int, int], gap: float) -> LabelSpot:
    """The spot *gap* beyond the bubble's edge in *direction*."""
    ux, uy = direction
    reach = request.radius + gap
    if ux and uy:
        reach *= 0.75  # a corner spot sits on the diagonal, not a full radius away on both axes
    dx, dy = ux * reach, uy * reach
    ha = {1: "left", -1: "right", 0: "center"}[ux]
    va = {1: "bottom", -1: "top", 0: "center"}[uy]
    left = request.x + dx - {"left": 0, "right": request.width, "center": request.width / 2}[ha]
    bottom = request.y + dy - {"bottom": 0, "top": request.height, "center": request.height / 2}[va]
    return LabelSpot(left, bottom, request.width, request.height, dx, dy, ha, va, False)


def candidates(request: LabelRequest, pad: float) -> list[LabelSpot]:
    """Every spot tried for *request*, nearest first; *pad* is the gap
    between bubble and name (rings further out step by a line height)."""
    spots = []
    for ring in range(RINGS):
        gap = pad + ring * (request.height + pad)
        for direction in DIRECTIONS:
            spot = _spot(request, direction, gap)
            spots.append(_with_leader(spot) if ring else spot)
    return spots


def _with_leader(spot: LabelSpot) -> LabelSpot:
    return LabelSpot(spot.left, spot.bottom, spot.width, spot.height, spot.dx, spot.dy, spot.ha, spot.va, True)


def place_labels(
    requests: list[LabelRequest],
    bubbles: list[tuple[float, float, float]],
    bounds: tuple[float, float, float, float],
    pad: float = 3.0,
    weights: list[float] | None = None,
) -> list[LabelSpot | None]:
    """A spot for each request (None: no free spot, leave the name out).

    *bubbles* are every bubble drawn (x, y, radius), named or not; *bounds*
    the plot area (x0, y0, x1, y1); *weights* how bad covering each bubble
    is (default 1; our brand's bubble weighs more). No two returned spots overlap."""
    weights = weights or [1.0] * len(bubbles)
    placed: list[tuple] = []
    chosen: list[LabelSpot | None] = []
    for request in requests:
        best, best_cost = None, None
        # only bubbles the farthest spot could reach are checked (a hundred bubbles × 32 spots is slow)
        reach = request.radius + RINGS * (request.height + pad) + request.width + request.height
        near = [
            (bubble, weight)
            for bubble, weight in zip(bubbles, weights, strict=True)
            if abs(bubble[0] - request.x) < reach + bubble[2]
            and abs(bubble[1] - request.y) < reach + bubble[2]
            and (bubble[0], bubble[1]) != (request.x, request.y)
        ]
        for order, spot in enumerate(candidates(request, pad)):
            box = spot.box()
            if box[0] < bounds[0] or box[1] < bounds[1] or box[2] > bounds[2] or box[3] > bounds[3]:
                continue
            if any(_boxes_overlap(box, other) for other in placed):
                continue
            covered = sum(
                weight
                for (bx, by, br), weight in near
                if bx + br > box[0] and bx - br < box[2] and by + br > box[1] and by - br < box[3]
                and circle_hits_box(bx, by, br, box)
            )  # fmt: skip
            if best_cost is not None and covered * BUBBLE_WEIGHT > best_cost[0]:
                continue  # already worse than the best: the leader line cannot help
            if spot.leader:
                covered += LEADER_WEIGHT * sum(
                    weight
                    for (bx, by, br), weight in near
                    if _segment_hits_circle(request.x, request.y, box, bx, by, br)
                )
            cost = (covered * BUBBLE_WEIGHT + order / 100.0, order)
            if best_cost is None or cost < best_cost:
                best, best_cost = spot, cost
            if covered == 0:
                break  # the nearest spot touching no bubble: nothing later is better
        chosen.append(best)
        if best is not None:
            placed.append(best.box())
    return chosen


def overlaps(spots: list[LabelSpot | None], bubbles: list[tuple[float, float, float]],
             requests: list[LabelRequest]) -> tuple[int, int]:  # fmt: skip
    """(name–name overlaps, name–other-bubble overlaps) of a placement, for tests and benchmarks."""
    boxes = [(s.box(), r) for s, r in zip(spots, requests, strict=True) if s is not None]
    pairs = sum(1 for i, (a, _) in enumerate(boxes) for b, _ in boxes[i + 1 :] if _boxes_overlap(a, b))
    hits = sum(
        1
        for box, request in boxes
        for bx, by, br in bubbles
        if (bx, by) != (request.x, request.y) and circle_hits_box(bx, by, br, box)
    )
    return pairs, hits
