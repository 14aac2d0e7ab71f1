"""Competitors without Qt: edits stored at once, refusals that change
nothing, the map's axes in the plan, and the Problems rules."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.competitors import rules
from app.services.competitors import service as svc
from app.services.plan import problems
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile
from tests.gui_support import stored


def _add(plan, **values) -> str:
    return svc.add_competitor(plan, values).ids[0]


def test_edits_are_in_the_file_at_once(new_plan, plan_path):
    cid = _add(new_plan, name="茗町", market_share_pct="14.5 %")
    svc.update_competitor(new_plan, cid, "quality_score", "8.5")
    svc.update_competitor(new_plan, cid, "is_own_brand", True)
    svc.update_competitor(new_plan, cid, "strengths", "便利店渠道强")
    assert stored(plan_path, "SELECT market_share_pct FROM competitor WHERE id = ?", (cid,)) == 14.5
    assert stored(plan_path, "SELECT quality_score FROM competitor WHERE id = ?", (cid,)) == 8.5
    assert stored(plan_path, "SELECT is_own_brand FROM competitor WHERE id = ?", (cid,)) == 1
    assert stored(plan_path, "SELECT strengths FROM competitor WHERE id = ?", (cid,)) == "便利店渠道强"
    svc.update_competitor(new_plan, cid, "quality_score", "")
    assert stored(plan_path, "SELECT quality_score FROM competitor WHERE id = ?", (cid,)) is None


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("market_share_pct", "lots", "Market share of Shiye: 'lots' is not a number."),
        ("market_share_pct", 130, "Market share of Shiye: 130 is outside 0–100."),
        ("price_score", -1, "Price score of Shiye: -1 is outside 0–10."),
        ("reach_score", "11", "Reach score of Shiye: 11 is outside 0–10."),
        ("name", "x" * 201, "Name of Shiye: too long (201 characters; at most 200)."),
        ("strengths", 5, "Strengths of Shiye: only text can be stored."),
        ("is_own_brand", "maybe", "Our brand of Shiye: must be yes or no."),
        ("quality_score", "nan", "is not a number"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(new_plan, plan_path, field, value, fragment):
    cid = _add(new_plan, name="Shiye", market_share_pct=31, price_score=3, reach_score=9.5, quality_score=6)
    before = svc.list_competitors(new_plan)
    with pytest.raises(EditRefused) as refused:
        svc.update_competitor(new_plan, cid, field, value)
    assert fragment in str(refused.value) and refused.value.field == field
    assert svc.list_competitors(new_plan) == before


def test_delete_restore_and_move_keep_order_and_values(new_plan):
    ids = [_add(new_plan, name=n, quality_score=q) for n, q in (("A", 1), ("B", 2), ("C", 3))]
    _change, row, index = svc.delete_competitor(new_plan, ids[1])
    assert [r["name"] for r in svc.list_competitors(new_plan)] == ["A", "C"]
    svc.restore_competitor(new_plan, row, index)
    assert [(r["name"], r["quality_score"]) for r in svc.list_competitors(new_plan)] == [("A", 1), ("B", 2), ("C", 3)]
    svc.move_competitor(new_plan, ids[0], 2)
    assert [r["name"] for r in svc.list_competitors(new_plan)] == ["B", "C", "A"]
    with pytest.raises(EditRefused, match="no longer exists"):
        svc.update_competitor(new_plan, "missing", "name", "x")


def test_axes_are_stored_in_the_plan_and_reopen(new_plan, plan_path):
    axes = svc.Axes("innovation", "custom_y", "", "线上声量")
    svc.set_axes(new_plan, axes)
    new_plan.close()
    with PlanFile.open(plan_path, read_only=True) as plan:
        assert svc.get_axes(plan) == axes
    assert stored(plan_path, "SELECT competitor_x_axis FROM plan") == "innovation"


@pytest.mark.parametrize(
    ("axes", "fragment"),
    [
        (svc.Axes("price", "price"), "two different axes"),
        (svc.Axes("taste", "price"), "'taste' is not a map axis"),
        (svc.Axes("price", "custom_x", "x" * 61), "at most 60 characters (this one has 61)"),
    ],
)
def test_bad_axes_are_refused(new_plan, axes, fragment):
    with pytest.raises(EditRefused) as refused:
        svc.set_axes(new_plan, axes)
    assert fragment in str(refused.value)
    assert svc.get_axes(new_plan) == svc.Axes()


def test_map_places_only_competitors_with_both_scores(new_plan):
    own = _add(new_plan, name="Qiyun", is_own_brand=True, price_score=7, quality_score=8.6, market_share_pct=6.8)
    _add(new_plan, name="Shiye", price_score=3, quality_score=6)
    _add(new_plan, name="Luxi", price_score=4.5)
    data = svc.map_data(new_plan)
    assert [(p.name, p.x, p.y, p.own) for p in data.points] == [("Qiyun", 7, 8.6, True), ("Shiye", 3, 6, False)]
    assert [r["name"] for r in data.off_map] == ["Luxi"]
    assert data.points[0].competitor_id == own and data.points[0].share == 6.8
    svc.set_axes(new_plan, svc.Axes("price", "reach"))
    assert svc.map_data(new_plan).points == []


def _rules(plan) -> dict[str, list]:
    found = {}
    for finding in problems.collect_findings(plan):
        if finding.canvas == "competitors":
            found.setdefault(finding.rule, []).append(finding)
    return found


def test_problems_find_shares_over_100_missing_own_brand_and_missing_scores(new_plan):
    assert _rules(new_plan) == {}  # an empty table raises nothing
    a = _add(new_plan, name="Shiye", market_share_pct=60, price_score=3, quality_score=6)
    b = _add(new_plan, name="Luxi", market_share_pct=45.5, price_score=4)
    found = _rules(new_plan)
    assert found["competitors.share_over_100"][0].message == "Market shares add up to 105.5 %, more than 100 %."
    assert "competitors.no_own_brand" in found
    missing = found["competitors.not_on_map"]
    assert [(f.item_id, f.field, f.severity) for f in missing] == [(b, "quality_score", "info")]
    assert missing[0].message == "Luxi is not on the map: no Quality score."
    svc.update_competitor(new_plan, b, "market_share_pct", 40)
    svc.update_competitor(new_plan, a, "is_own_brand", True)
    svc.update_competitor(new_plan, a, "quality_score", None)
    found = _rules(new_plan)
    assert "competitors.share_over_100" not in found and "competitors.no_own_brand" not in found
    assert found["competitors.own_not_on_map"][0].message == "Our brand Shiye is not on the map: no Quality score."
    svc.set_axes(new_plan, svc.Axes("custom_x", "quality"))
    found = _rules(new_plan)
    assert found["competitors.custom_axis_unnamed"][0].field == "custom_axis_x_label"
    assert "no Custom X and Quality score" in found["competitors.own_not_on_map"][0].message


def test_rounded_shares_that_sum_to_a_hair_over_100_are_not_a_problem(new_plan):
    for _ in range(3):
        _add(new_plan, market_share_pct=33.34)
    assert "competitors.share_over_100" not in _rules(new_plan)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12), st.integers()))
def test_any_score_input_is_stored_in_range_or_refused(new_plan, value):
    cid = svc.list_competitors(new_plan)[0]["id"] if svc.list_competitors(new_plan) else _add(new_plan, name="X")
    try:
        svc.update_competitor(new_plan, cid, "innovation_score", value)
    except EditRefused as refused:
        assert "Innovation score of X" in str(refused)
        return
    stored_value = svc.list_competitors(new_plan)[0]["innovation_score"]
    assert stored_value is None or 0 <= stored_value <= 10


def test_the_rules_know_the_same_map_axes_as_the_schema():
    from app.models.overview.tables import MAP_AXES

    assert rules.MAP_AXES == MAP_AXES


def test_parse_number_reads_typed_forms():
    assert rules.parse_number(" 12.5 % ") == 12.5
    assert rules.parse_number("1,200") == 1200
    assert rules.parse_number("３０％") == 30  # full-width digits and percent sign, as a Chinese IME types them
    assert rules.parse_number("") is None
    for bad in ("12,5x", "12,5", "abc", "1e400"):
        with pytest.raises(ValueError):
            rules.parse_number(bad)
