"""Names on the positioning map: no name covers another, few cover a
bubble, in the app (demo plan and 100 competitors) and in the deck."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.competitors.labels import LabelRequest, circle_hits_box, overlaps, place_labels
from tests.competitor_support import add_many_competitors

BOUNDS = (0.0, 0.0, 500.0, 400.0)


def _pairs(boxes) -> int:
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b))


def _bubble_hits(boxes, drawn) -> int:
    """Names (as drawn) covering a bubble that is not their own."""
    hits = 0
    for box, request in zip(boxes, drawn.requests, strict=True):
        extent = (box.x0, box.y0, box.x1, box.y1)
        hits += sum(
            1 for x, y, r in drawn.bubbles if (x, y) != (request.x, request.y) and circle_hits_box(x, y, r, extent)
        )
    return hits


request_lists = st.lists(
    st.builds(
        LabelRequest,
        st.floats(20, 480),
        st.floats(20, 380),
        st.floats(3, 15),
        st.floats(10, 90),
        st.floats(8, 14),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(request_lists)
def test_placed_names_never_overlap_and_stay_inside(requests):
    bubbles = [(r.x, r.y, r.radius) for r in requests]
    spots = place_labels(requests, bubbles, BOUNDS)
    assert overlaps(spots, bubbles, requests)[0] == 0
    for spot in spots:
        if spot is not None:
            x0, y0, x1, y1 = spot.box()
            assert BOUNDS[0] <= x0 and BOUNDS[1] <= y0 and x1 <= BOUNDS[2] and y1 <= BOUNDS[3]


def test_a_name_moves_off_a_neighbouring_bubble():
    # Two bubbles side by side: the first name sits above its bubble; the
    # second cannot sit above its own (it would cover the first name) and
    # must not sit on the first bubble either.
    requests = [LabelRequest(200, 200, 10, 80, 12), LabelRequest(230, 200, 10, 80, 12)]
    bubbles = [(r.x, r.y, r.radius) for r in requests]
    spots = place_labels(requests, bubbles, BOUNDS)
    assert spots[0].va == "bottom" and not spots[0].leader
    assert overlaps(spots, bubbles, requests) == (0, 0)


def test_a_name_far_from_its_bubble_gets_a_leader_line():
    # A ring of bubbles around the point leaves no free spot next to it.
    centre = LabelRequest(250, 200, 8, 30, 12)
    ring = [(250 + dx * 26, 200 + dy * 20, 14) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]
    spots = place_labels([centre], [(250, 200, 8), *ring], BOUNDS)
    assert spots[0] is not None and spots[0].leader


def _map(window, qtbot):
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index("competitors"))
    editor = window.editors["competitors"]
    qtbot.waitUntil(lambda: editor.map.canvas is not None)
    editor.map.redraw_now()
    editor.map.canvas.draw()
    return editor.map


def test_demo_plan_names_overlap_no_name_and_no_bubble(window, qtbot):
    assert window.open_demo()
    positioning = _map(window, qtbot)
    boxes = positioning.label_boxes()
    assert len(boxes) == len(positioning.data.points)  # every competitor of the demo is named
    assert _pairs(boxes) == 0
    assert _bubble_hits(boxes, positioning.placed) == 0


def test_a_hundred_competitors_name_thirty_without_overlaps(window, qtbot, plan_path):
    from app.services.plan.storage.plan_file import PlanFile

    plan = PlanFile.create(plan_path, title="Crowded", language="zh")
    add_many_competitors(plan, 100)
    plan.close()
    assert window.open_plan(str(plan_path))
    positioning = _map(window, qtbot)
    boxes = positioning.label_boxes()
    assert positioning.labelled[0] == "栖云茶研"  # our brand is always named
    assert 20 <= len(boxes) <= 30
    assert _pairs(boxes) == 0
    assert _bubble_hits(boxes, positioning.placed) <= len(boxes) // 3
    # a smaller window places the names again, still without overlaps
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: not positioning.timer.isActive(), timeout=3000)
    positioning.redraw_now()
    positioning.canvas.draw()
    assert _pairs(positioning.label_boxes()) == 0


def _deck_map(plan, width: float, height: float):
    """The deck's positioning-map geometry (names placed, names left out)."""
    from app.models.competitors import rules
    from app.services.competitors import service as svc
    from app.services.deck.layouts.scatter import geometry
    from app.services.deck.model import Box, ChartSpec, Point

    points, _off = rules.place_on_map(svc.list_competitors(plan), "price", "quality")
    spec = ChartSpec("scatter", points=tuple(Point(p.name, p.x, p.y, (p.share or 0) / 40, p.own) for p in points),
                     x_title="价格", y_title="品质")
    return geometry(spec, Box(48, 118, width, height))


def _deck_overlaps(g) -> tuple[int, int]:
    """(name pairs overlapping, names covering a bubble that is not their own)."""
    rects = [(lb.x, lb.y, lb.x + lb.w, lb.y + lb.size * 1.32) for lb in g.labels]
    pairs = sum(1 for i, a in enumerate(rects) for b in rects[i + 1:]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    own = {lb.text: lb for lb in g.labels}
    hits = sum(1 for lb, rect in zip(g.labels, rects, strict=True) for b in g.bubbles
               if b.point.label != lb.text and circle_hits_box(b.x, b.y, b.r, rect) and own)
    return pairs, hits


def test_deck_map_of_a_hundred_competitors_has_no_overlapping_names(new_plan):
    names = add_many_competitors(new_plan, 100)
    g = _deck_map(new_plan, 700, 360)
    shown = [lb.text for lb in g.labels]
    assert shown[0] == names[0]
    assert len(shown) + len(g.left_out) == 100
    assert len(shown) >= 60
    assert _deck_overlaps(g) == (0, 0)


def test_deck_map_of_the_demo_plan_names_everyone_cleanly(tmp_path):
    from app.services.plan.samples import create_demo_plan
    from app.services.plan.storage.plan_file import PlanFile

    plan = PlanFile.open(create_demo_plan("zh", tmp_path))
    try:
        g = _deck_map(plan, 700, 360)
    finally:
        plan.close()
    assert not g.left_out
    assert _deck_overlaps(g) == (0, 0)
