"""Random sequences of SWOT & TOWS commands: undoing them all walks back
through every earlier state, redoing them all reaches the end again, and the
reopened file equals what the editor last showed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.services.plan.storage.plan_file import PlanFile
from app.services.swot import service as svc
from app.services.swot import strategies as tows

OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "weight", "move", "delete", "sort", "strategy", "cite", "kind", "unstrategy"]),
        st.integers(0, 50),
        st.integers(0, 50),
        st.sampled_from("SWOT"),
    ),
    min_size=1,
    max_size=14,
)


def snapshot(plan) -> tuple:
    """Everything the canvas stores, in order."""
    items = [
        (i["id"], i["quadrant"], i["position"], i["text"], i["weight"], i["evidence"]) for i in svc.list_items(plan)
    ]
    strategies = [
        (s["id"], s["kind"], s["position"], s["text"], s["rationale"], tuple(s["cites"]))
        for s in tows.list_strategies(plan)
    ]
    return items, strategies


def command_for(document, op, a, b, quadrant):
    """The undo command a user action would push, or None when it does not apply."""
    from app.views.swot import commands as c

    plan = document.plan
    items = svc.list_items(plan)
    strategies = tows.list_strategies(plan)
    item = items[a % len(items)] if items else None
    strategy = strategies[a % len(strategies)] if strategies else None
    if op == "add":
        return c.AddItemCommand(document, quadrant, b % 5, f"item {a}")
    if op == "edit" and item:
        return c.EditItemCommand(document, item["id"], "text", item["text"], item["text"] + "x")
    if op == "weight" and item:
        return c.EditItemCommand(document, item["id"], "weight", item["weight"], 1 + b % 5)
    if op == "move" and item:
        ids = [i["id"] for i in items[a % len(items) : a % len(items) + 1 + b % 3]]
        return c.ArrangeItemsCommand(document, "move", lambda p: svc.move_items(p, ids, quadrant, b % 6))
    if op == "delete" and item:
        return c.DeleteItemsCommand(document, [item["id"]])
    if op == "sort":
        return c.ArrangeItemsCommand(document, "sort", svc.sort_by_weight)
    if op == "strategy":
        return c.AddStrategyCommand(document, ("SO", "ST", "WO", "WT")[b % 4], [i["id"] for i in items[: b % 3]])
    if op == "cite" and strategy and item:
        cited = item["id"] in strategy["cites"]
        new = [i for i in strategy["cites"] if i != item["id"]] + ([] if cited else [item["id"]])
        return c.SetCitationsCommand(document, strategy["id"], strategy["cites"], new)
    if op == "kind" and strategy:
        return c.SetKindCommand(document, strategy["id"], ("SO", "ST", "WO", "WT")[b % 4])
    if op == "unstrategy" and strategy:
        return c.DeleteStrategyCommand(document, strategy["id"])
    return None


@pytest.mark.usefixtures("qapp")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
# found by hypothesis: a delete left a gap in citation positions that a later
# citation edit closed, so undoing the delete put the citation back out of order
@example(ops=[("strategy", 0, 17, "S"), ("delete", 0, 0, "S"), ("add", 0, 0, "S"), ("cite", 0, 0, "S")])
def test_undo_and_redo_walk_through_every_state(tmp_path_factory, ops):
    from app.views.common.plan_document import PlanDocument

    path = tmp_path_factory.mktemp("undo") / "plan.stratdeck"
    plan = PlanFile.create(path, title="undo")
    document = PlanDocument(plan)
    try:
        for n, quadrant in enumerate("SWOT"):
            svc.add_item(plan, quadrant, f"seed {n}", 1 + n)
        states = [snapshot(plan)]
        for op in ops:
            command = command_for(document, *op)
            if command is not None and document.execute(command):
                states.append(snapshot(plan))
        stack = document.undo_stack
        assert stack.count() == len(states) - 1
        for expected in reversed(states[:-1]):
            stack.undo()
            assert snapshot(plan) == expected
        for expected in states[1:]:
            stack.redo()
            assert snapshot(plan) == expected
    finally:
        document.close()
    with PlanFile.open(path, keep_backups=0) as reopened:
        assert snapshot(reopened) == states[-1]
