"""Any sequence of Strategy & actions edits, undone in reverse order with
the same service pairs the editor's undo commands use, leaves every table
exactly as it was (hypothesis draws the sequences)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from initiatives_support import IDS, strategy_plan, table_dump

from app.services.initiatives import checkpoints, matrix, service
from app.services.plan.errors import EditRefused

FIELDS = {
    "name": st.text(max_size=12),
    "owner": st.sampled_from(["", "林晓岚", "Zhou Yi"]),
    "quarter": st.sampled_from(["", "2027-Q1", "2027 q3", "Q9"]),
    "start_date": st.sampled_from([None, "2027-02-01", "2027-13-01"]),
    "status": st.sampled_from(["planned", "done", "finished"]),
}


def _pick(rows, n):
    return rows[n % len(rows)]["id"] if rows else None


def _edit(plan, op: str, n: int, value):
    """Apply one edit; return its undo as a function of the plan (None when refused or impossible)."""
    pillars, initiatives = service.list_pillars(plan), service.list_initiatives(plan)
    parties, points = matrix.list_parties(plan), checkpoints.list_checkpoints(plan)
    if op == "add_pillar":
        new = service.add_pillar(plan, {"name": str(value)[:20]}, n % 3).ids[0]
        return lambda p: service.delete_pillar(p, new)
    if op == "delete_pillar" and pillars:
        _change, snapshot = service.delete_pillar(plan, _pick(pillars, n))
        return lambda p: service.restore(p, snapshot)
    if op == "add_initiative" and pillars:
        new = service.add_initiative(plan, _pick(pillars, n), {"name": "x"}).ids[0]
        return lambda p: service.delete_initiative(p, new)
    if op == "delete_initiative" and initiatives:
        _change, snapshot = service.delete_initiative(plan, _pick(initiatives, n))
        return lambda p: service.restore(p, snapshot)
    if op == "update" and initiatives:
        initiative = initiatives[n % len(initiatives)]
        field, new = value
        service.update_initiative(plan, initiative["id"], field, new)
        return lambda p: service.update_initiative(p, initiative["id"], field, initiative[field])
    if op == "move" and initiatives:
        initiative = initiatives[n % len(initiatives)]
        service.move_initiative(plan, initiative["id"], n % 4)
        return lambda p: service.move_initiative(p, initiative["id"], initiative["position"])
    if op == "links" and initiatives:
        initiative = _pick(initiatives, n)
        old = service.links(plan, initiative, "kpi")
        service.set_links(plan, initiative, "kpi", [] if old else [IDS["kpi"]])
        return lambda p: service.set_links(p, initiative, "kpi", old)
    if op == "role" and initiatives and parties:
        initiative, party = _pick(initiatives, n), _pick(parties, n)
        old = matrix.role(plan, initiative, party)
        matrix.set_role(plan, initiative, party, str(value)[:1])
        return lambda p: matrix.set_role(p, initiative, party, old)
    if op == "party":
        new = matrix.add_party(plan, {"name": "代理商", "kind": "partner"}).ids[0]
        return lambda p: matrix.delete_party(p, new)
    if op == "delete_party" and parties:
        _change, snapshot = matrix.delete_party(plan, _pick(parties, n))
        return lambda p: service.restore(p, snapshot)
    if op == "thresholds" and points:
        point = _pick(points, n)
        old = checkpoints.thresholds(plan, point)
        checkpoints.set_thresholds(plan, point, [(IDS["kpi"], value if isinstance(value, float) else n)])
        return lambda p: checkpoints.set_thresholds(p, point, old)
    return None


OPS = st.sampled_from(
    ["add_pillar", "delete_pillar", "add_initiative", "delete_initiative", "update", "move", "links", "role",
     "party", "delete_party", "thresholds"]
)  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(list(FIELDS)).flatmap(lambda f: FIELDS[f].map(lambda v: (f, v))),
    st.sampled_from(["R", "A", "C", "I", "", "X"]),
    st.floats(-1e6, 1e6, allow_nan=False),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(OPS, st.integers(0, 50), VALUES), max_size=12))
def test_every_sequence_of_edits_undoes_exactly(steps):
    with tempfile.TemporaryDirectory() as folder:
        plan = strategy_plan(Path(folder) / "undo.stratdeck")
        try:
            before = table_dump(plan)
            undos = []
            for op, n, value in steps:
                if op == "update" and not isinstance(value, tuple):
                    continue
                try:
                    undo = _edit(plan, op, n, value)
                except EditRefused:
                    continue  # refused: nothing changed, nothing to undo
                if undo is not None:
                    undos.append(undo)
            for undo in reversed(undos):
                undo(plan)
            assert table_dump(plan) == before
        finally:
            plan.close()
