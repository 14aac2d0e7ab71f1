"""SWOT & TOWS services without Qt: items, arranging, delete with citations,
strategies, citations and the rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.swot.rules import check_swot
from app.services.plan.errors import EditRefused
from app.services.plan.problems import collect_findings
from app.services.plan.storage.plan_file import PlanFile
from app.services.swot import service as svc
from app.services.swot import strategies as tows


def _add(plan, quadrant, text, weight=3, evidence=""):
    return svc.add_item(plan, quadrant, text, weight, evidence).ids[0]


def _texts(plan, quadrant):
    return [i["text"] for i in svc.items_by_quadrant(plan)[quadrant]]


def test_items_are_added_edited_and_kept_in_the_file(new_plan, plan_path):
    first = _add(new_plan, "S", "Best-rated taste", 5, "Blind test n=600")
    _add(new_plan, "S", "Private community")
    svc.add_item(new_plan, "S", "Gift boxes", index=0)
    svc.update_item(new_plan, first, "weight", "4")
    svc.update_item(new_plan, first, "text", "高山原叶口感领先")
    new_plan.close()
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        assert _texts(plan, "S") == ["Gift boxes", "高山原叶口感领先", "Private community"]
        item = svc.get_item(plan, first)
        assert (item["weight"], item["evidence"]) == (4, "Blind test n=600")


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("weight", 6, "The weight must be from 1 to 5, not 6."),
        ("weight", "heavy", "The weight must be a whole number from 1 to 5."),
        ("weight", True, "The weight must be a whole number from 1 to 5."),
        ("text", "x" * 1001, "The SWOT item text has 1001 characters; the limit is 1000."),
        ("evidence", 3, "The evidence note takes text only."),
        ("colour", "red", "Unknown SWOT item field 'colour'."),
    ],
)
def test_bad_item_values_are_refused_and_nothing_changes(new_plan, field, value, message):
    item = _add(new_plan, "W", "Thin offline reach", 2)
    with pytest.raises(EditRefused) as refused:
        svc.update_item(new_plan, item, field, value)
    assert str(refused.value) == message and refused.value.field == field
    assert svc.get_item(new_plan, item)["weight"] == 2 and _texts(new_plan, "W") == ["Thin offline reach"]


def test_an_unknown_quadrant_is_refused(new_plan):
    with pytest.raises(EditRefused, match="'X' is not a SWOT quadrant"):
        svc.add_item(new_plan, "X", "?")
    assert svc.list_items(new_plan) == []


def test_move_items_between_quadrants_and_within_one(new_plan):
    a, b, c = (_add(new_plan, "S", t) for t in "abc")
    o = _add(new_plan, "O", "o")
    svc.move_items(new_plan, [c], "S", 0)
    assert _texts(new_plan, "S") == ["c", "a", "b"]
    svc.move_items(new_plan, [c], "S", 2)  # before the item now at 2 (b): after a
    assert _texts(new_plan, "S") == ["a", "c", "b"]
    svc.move_items(new_plan, [b, a], "O", 1)  # board order is kept: a before b
    assert _texts(new_plan, "S") == ["c"] and _texts(new_plan, "O") == ["o", "a", "b"]
    assert [i["position"] for i in svc.items_by_quadrant(new_plan)["O"]] == [0, 1, 2]
    assert svc.get_item(new_plan, o)["position"] == 0


def test_sort_by_weight_is_stable_and_layout_restores_it(new_plan):
    for text, weight in (("low", 1), ("high", 5), ("mid", 3), ("high too", 5)):
        _add(new_plan, "T", text, weight)
    before = svc.layout(new_plan)
    svc.sort_by_weight(new_plan)
    assert _texts(new_plan, "T") == ["high", "high too", "mid", "low"]
    svc.set_layout(new_plan, before)
    assert _texts(new_plan, "T") == ["low", "high", "mid", "high too"]


def test_deleting_cited_items_removes_their_citations_and_restore_brings_them_back(new_plan, plan_path):
    s1, s2 = _add(new_plan, "S", "taste"), _add(new_plan, "S", "community")
    o1 = _add(new_plan, "O", "sugar-free growth")
    so = tows.add_strategy(new_plan, "SO", "Launch cold brew").ids[0]
    tows.set_citations(new_plan, so, [s2, o1, s1])
    assert [s["label"] for s in svc.citing_strategies(new_plan, [s2])] == ["SO1"]
    change, snapshot = svc.delete_items(new_plan, [s2])
    assert change.extra["strategies"] == [so]
    assert tows.citations(new_plan)[so] == [o1, s1]
    assert _texts(new_plan, "S") == ["taste"]
    svc.restore_items(new_plan, snapshot)
    new_plan.close()
    with PlanFile.open(plan_path, keep_backups=0) as plan:
        assert _texts(plan, "S") == ["taste", "community"]
        assert tows.citations(plan)[so] == [s2, o1, s1]


def test_strategies_kinds_citations_and_their_undo_data(new_plan):
    s1, t1 = _add(new_plan, "S", "taste"), _add(new_plan, "T", "price war")
    first = tows.add_strategy(new_plan, "SO", "A").ids[0]
    second = tows.add_strategy(new_plan, "SO", "B").ids[0]
    tows.update_strategy(new_plan, second, "rationale", "because")
    tows.set_citations(new_plan, second, [s1, t1])
    assert tows.strategy_place(new_plan, second) == ("SO", 1)
    tows.set_kind(new_plan, second, "ST")
    assert [(s["label"], s["text"]) for s in tows.list_strategies(new_plan)] == [("SO1", "A"), ("ST1", "B")]
    tows.set_kind(new_plan, second, "SO", 0)
    assert [s["text"] for s in tows.list_strategies(new_plan)] == ["B", "A"]
    _, snapshot = tows.delete_strategy(new_plan, second)
    assert [s["id"] for s in tows.list_strategies(new_plan)] == [first]
    tows.restore_strategy(new_plan, snapshot)
    restored = tows.get_strategy(new_plan, second)
    assert (restored["label"], restored["rationale"], restored["cites"]) == ("SO1", "because", [s1, t1])
    with pytest.raises(EditRefused, match="cites each SWOT item once"):
        tows.set_citations(new_plan, first, [s1, s1])
    with pytest.raises(EditRefused, match="is not a TOWS kind"):
        tows.add_strategy(new_plan, "OS")


def test_rules_flag_citations_that_do_not_match_the_kind(new_plan):
    s1, w1 = _add(new_plan, "S", "taste", 5, "blind test"), _add(new_plan, "W", "", 2)
    o1, t1 = _add(new_plan, "O", "growth"), _add(new_plan, "T", "price war", 4)
    so = tows.add_strategy(new_plan, "SO", "Launch").ids[0]
    tows.set_citations(new_plan, so, [s1, t1])
    tows.add_strategy(new_plan, "WT", "")
    wo = tows.add_strategy(new_plan, "WO", "Instant retail").ids[0]
    tows.set_citations(new_plan, wo, [w1, o1])
    found = {(f.rule, f.item_id, f.severity) for f in collect_findings(new_plan) if f.canvas == "swot"}
    assert ("tows.kind_mismatch", so, "warning") in found
    assert ("tows.missing_side", so, "info") in found  # cites no opportunity
    assert ("tows.no_citation", tows.list_strategies(new_plan)[2]["id"], "warning") in found
    assert ("swot.empty_item", w1, "info") in found
    assert ("swot.no_evidence", t1, "info") in found
    assert not any(item == wo for _r, item, _s in found)
    messages = [f.message for f in collect_findings(new_plan) if f.rule == "tows.kind_mismatch"]
    assert messages == ["TOWS strategy SO1 cites T1, a threat, which SO strategies do not pair."]


def test_a_lone_quadrant_is_noticed_but_an_empty_swot_is_not():
    assert check_swot([], [], []) == []
    item = {"id": "a", "quadrant": "S", "position": 0, "text": "x", "weight": 3, "evidence": ""}
    rules = [f.args for f in check_swot([item], [], []) if f.rule == "swot.empty_quadrant"]
    assert rules == [(("quadrant", "W"),), (("quadrant", "O"),), (("quadrant", "T"),)]


moves = st.lists(
    st.tuples(st.sampled_from("SWOT"), st.integers(0, 7), st.integers(0, 7), st.integers(0, 8)), max_size=12
)


@settings(max_examples=40, deadline=None)
@given(moves=moves)
def test_any_moves_keep_every_item_once_with_dense_positions(tmp_path_factory, moves):
    path = tmp_path_factory.mktemp("moves") / "m.stratdeck"
    with PlanFile.create(path, title="moves") as plan:
        ids = [_add(plan, "SWOT"[n % 4], f"item {n}") for n in range(8)]
        for quadrant, first, count, index in moves:
            svc.move_items(plan, ids[first : first + count + 1], quadrant, index)
            places = svc.layout(plan)
            assert sorted(i for i, _q, _p in places) == sorted(ids)
            for q in "SWOT":
                assert [p for _i, qq, p in places if qq == q] == list(range(sum(1 for x in places if x[1] == q)))


def test_the_rules_copy_of_the_choices_matches_the_schema():
    from app.models import strategy
    from app.models.swot import rules as swot_rules

    assert swot_rules.QUADRANT_ORDER == strategy.QUADRANTS
    assert swot_rules.TOWS_KIND_ORDER == strategy.TOWS_KINDS


def test_the_swot_modules_do_not_load_sqlmodel():
    import subprocess
    import sys

    code = (
        "import sys; import app.services.swot.service, app.services.swot.strategies, "
        "app.services.swot.deck_section; print('sqlmodel' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
