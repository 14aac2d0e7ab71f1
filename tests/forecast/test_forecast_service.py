"""Forecast & ROI calculations (no Qt): hand-computed examples, the
sample plan worked by hand, blanks with reasons, the pandas table against
the plain one, edits and refusals, Problems findings."""

from __future__ import annotations

import math

import pytest
from forecast_support import add_channel
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.forecast import service as svc
from app.services.plan.errors import EditRefused
from app.services.plan.samples import create_demo_plan
from app.services.plan.storage.plan_file import PlanFile


def figures(**inputs):
    return svc.channel_figures(inputs)


def test_hand_computed_channel():
    # spend 120,000 / CAC 80 = 1,500 customers; each buys 1 + 0.5 times at 200:
    # revenue 1,500 × 200 × 1.5 = 450,000; margin 40 %: gross profit 180,000;
    # ROI (180,000 − 120,000) / 120,000 = 0.5; LTV 200 × 1.5 × 0.4 = 120; LTV/CAC 1.5;
    # cost per visit 80 × 2 % = 1.6.
    result, reasons, source = figures(planned=120_000, cac=80, conversion_rate_pct=2, avg_order_value=200,
                                      gross_margin_pct=40, repeat_purchases=0.5)
    assert source == "budget" and reasons == {}
    assert result == pytest.approx({"spend": 120_000, "customers": 1_500, "revenue": 450_000,
                                    "gross_profit": 180_000, "roi": 0.5, "ltv": 120, "ltv_cac": 1.5,
                                    "cost_per_visit": 1.6})


def test_override_replaces_the_budget_and_blank_repeat_counts_as_none():
    # override 50,000 / CAC 100 = 500 customers × 300 × (1 + 0) = 150,000 revenue;
    # margin −10 % → gross profit −15,000; ROI (−15,000 − 50,000) / 50,000 = −1.3
    result, reasons, source = figures(planned=999_999, spend_override=50_000, cac=100, avg_order_value=300,
                                      gross_margin_pct=-10)
    assert source == "override"
    assert result["customers"] == 500 and result["revenue"] == 150_000
    assert result["roi"] == pytest.approx(-1.3) and result["ltv"] == pytest.approx(-30)
    assert reasons == {"cost_per_visit": "no_conversion"}


def test_sample_plan_worked_by_hand(tmp_path):
    """The Qiyun Tea Lab sample, Search channel, computed by hand:

    spend = Baidu 6,300,000 + marketplace search 3,000,000 + corporate search 1,500,000 = 10,800,000
    customers = 10,800,000 / CAC 96 = 112,500
    revenue = 112,500 × AOV 188 × (1 + 1.3 repeat) = 112,500 × 432.4 = 48,645,000
    gross profit = 48,645,000 × 60 % = 29,187,000
    ROI = (29,187,000 − 10,800,000) / 10,800,000 = 1.7025 (170.25 %)
    LTV = 188 × 2.3 × 60 % = 259.44; LTV/CAC = 259.44 / 96 = 2.7025 → under 3, flagged
    Social media: 28,800,000 / 78 = 369,230.77 customers; LTV 158 × 2.7 × 62 % = 264.492; LTV/CAC 3.39."""
    with PlanFile.open(create_demo_plan("en", tmp_path)) as plan:
        table = svc.forecast_table(plan)
        findings = svc.forecast_findings(plan)
    search = next(r for r in table.rows if r.channel == "Search")
    assert search.figures == pytest.approx({"spend": 10_800_000, "customers": 112_500, "revenue": 48_645_000,
                                            "gross_profit": 29_187_000, "roi": 1.7025, "ltv": 259.44,
                                            "ltv_cac": 2.7025, "cost_per_visit": 3.36})
    social = next(r for r in table.rows if r.channel == "Social media")
    assert social.figures["customers"] == pytest.approx(369_230.769, abs=0.001)
    assert social.figures["ltv_cac"] == pytest.approx(3.3909, abs=1e-4)
    assert [(f.rule, dict(f.args)["channel"]) for f in findings] == [("forecast.ltv_cac_low", "Search")]
    assert table.covered == table.channels == 4
    assert table.totals["spend"] == pytest.approx(72_000_000)


@pytest.mark.parametrize(
    ("inputs", "blank", "reason"),
    [
        ({"cac": 50, "avg_order_value": 100, "gross_margin_pct": 50}, "customers", "no_spend"),
        ({"planned": 1000, "avg_order_value": 100, "gross_margin_pct": 50}, "customers", "no_cac"),
        ({"planned": 1000, "cac": 50, "gross_margin_pct": 50}, "revenue", "no_aov"),
        ({"planned": 1000, "cac": 50, "avg_order_value": 100}, "gross_profit", "no_margin"),
        ({"planned": 0, "cac": 50, "avg_order_value": 100, "gross_margin_pct": 50}, "roi", "zero_spend"),
        ({"spend_override": 0, "planned": 5, "cac": 50, "avg_order_value": 1, "gross_margin_pct": 1}, "roi",
         "zero_spend"),
        ({"planned": 1000, "cac": 0, "avg_order_value": 100, "gross_margin_pct": 50}, "ltv_cac", "no_cac"),
        ({"planned": float("nan"), "cac": 5, "avg_order_value": 1, "gross_margin_pct": 1}, "spend", "no_spend"),
    ],
)
def test_missing_inputs_and_zero_divisors_leave_a_blank_with_a_reason(inputs, blank, reason):
    result, reasons, _ = figures(**inputs)
    assert result[blank] is None and reasons[blank] == reason


def test_totals_cover_only_complete_channels_and_say_so():
    rows = [figures(planned=1000, cac=10, avg_order_value=50, gross_margin_pct=40)[0],  # 100 customers, GP 2,000
            figures(planned=500, cac=10)[0]]  # no order value: no revenue
    totals, reasons, covered = svc.totals_of(rows)
    assert covered == 1 and totals["spend"] == 1500  # all planned spend
    # ROI over the complete channel only: (2,000 − 1,000) / 1,000
    assert totals["roi"] == pytest.approx(1.0) and totals["ltv_cac"] == pytest.approx(2.0)
    assert totals["ltv"] == pytest.approx(20) and totals["cac"] == pytest.approx(10)
    empty, empty_reasons, none = svc.totals_of([figures()[0]])
    assert none == 0 and empty["roi"] is None and empty_reasons["roi"] == "no_complete"


maybe = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731
inputs_strategy = st.fixed_dictionaries({
    "planned": maybe(st.floats(0, 1e9, allow_subnormal=False)),  # subnormal money has no relative precision
    "spend_override": maybe(st.floats(0, 1e9, allow_subnormal=False)),
    "cac": maybe(st.floats(0.01, 1e5)),
    "conversion_rate_pct": maybe(st.floats(0, 100)),
    "avg_order_value": maybe(st.floats(0, 1e5)),
    "gross_margin_pct": maybe(st.floats(-100, 100)),
    "repeat_purchases": maybe(st.floats(0, 50)),
})


@given(inputs_strategy)
def test_roi_sign_follows_gross_profit_against_spend(inputs):
    result, reasons, _ = svc.channel_figures(inputs)
    if result["roi"] is None:
        assert "roi" in reasons  # never blank without a reason
        return
    assert (result["roi"] > 0) == (result["gross_profit"] > result["spend"])
    assert (result["roi"] < 0) == (result["gross_profit"] < result["spend"])
    # customers = spend / CAC makes ROI = LTV/CAC − 1
    assert result["roi"] == pytest.approx(result["ltv_cac"] - 1, rel=1e-9, abs=1e-9)


@given(inputs_strategy)
def test_every_blank_figure_has_a_reason_and_nothing_raises(inputs):
    result, reasons, _ = svc.channel_figures(inputs)
    for name in svc.FIGURES:
        assert (result[name] is None) == (name in reasons)
        assert reasons.get(name, "no_spend") in svc.REASONS


@settings(max_examples=40, deadline=None)
@given(st.lists(inputs_strategy, min_size=1, max_size=5))
def test_pandas_table_agrees_with_the_plain_calculation(rows):
    import pandas as pd

    columns = ["channel_id", "channel", "planned", *svc.INPUTS]
    frame = pd.DataFrame([{"channel_id": str(i), "channel": f"c{i}", **r} for i, r in enumerate(rows)],
                         columns=columns)
    computed = svc.with_totals(svc.compute_frame(frame))
    plain = [svc.channel_figures(r) for r in rows]
    for index, (result, reasons, _) in enumerate(plain):
        record = computed.iloc[index]
        for name in svc.FIGURES:
            if result[name] is None:
                assert math.isnan(record[name]), name
            else:
                assert record[name] == pytest.approx(result[name], rel=1e-9, abs=1e-6), name
        assert record["reason"] == reasons.get("roi", "")
    totals, _, _ = svc.totals_of([p[0] for p in plain])
    total = computed.iloc[-1]
    for name in ("spend", "customers", "revenue", "gross_profit", "roi", "ltv", "ltv_cac"):
        if totals[name] is None:
            assert math.isnan(total[name]), name
        else:
            assert total[name] == pytest.approx(totals[name], rel=1e-9, abs=1e-6), name


def test_forecast_frame_of_a_plan_has_a_total_row(new_plan):
    add_channel(new_plan, "Social", [600, 400], cac=10, avg_order_value=20, gross_margin_pct=50)
    frame = svc.forecast_frame(new_plan)
    assert list(frame["channel"]) == ["Social", "Total"]
    assert frame.iloc[0]["customers"] == 100 and frame.iloc[1]["spend"] == 1000


def test_set_input_creates_the_row_then_updates_it(new_plan):
    channel = add_channel(new_plan, "Search", [1000])
    change = svc.set_input(new_plan, channel, "cac", "12.5")
    created = change.extra["created"]
    assert change.canvas == "forecast" and change.structure
    assert svc.set_input(new_plan, channel, "avg_order_value", 90).ids == (created,)
    row = svc.channel_inputs(new_plan)[0]
    assert (row["cac"], row["avg_order_value"], row["planned"]) == (12.5, 90, 1000)
    svc.set_input(new_plan, channel, "cac", "")
    assert svc.channel_inputs(new_plan)[0]["cac"] is None
    svc.remove_assumption(new_plan, created)
    assert svc.channel_inputs(new_plan)[0]["id"] is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cac", "0", "CAC for Search must be more than 0."),
        ("cac", "abc", "CAC for Search must be a number, not 'abc'."),
        ("conversion_rate_pct", 101, "Conversion rate (%) for Search must be at most 100."),
        ("gross_margin_pct", -101, "Gross margin (%) for Search must be at least -100."),
        ("repeat_purchases", "-1", "Repeat purchases for Search must be at least 0."),
        ("spend_override", float("inf"), "Spend override for Search must be a number, not 'inf'."),
        ("avg_order_value", True, "Average order value for Search must be a number, not 'True'."),
    ],
)
def test_bad_inputs_are_refused_with_field_channel_and_why(new_plan, field, value, message):
    channel = add_channel(new_plan, "Search", [1000], cac=50)
    with pytest.raises(EditRefused) as refused:
        svc.set_input(new_plan, channel, field, value)
    assert str(refused.value) == message and refused.value.field == field
    assert svc.channel_inputs(new_plan)[0]["cac"] == 50  # nothing changed


def test_edit_of_a_deleted_channel_is_refused(new_plan):
    with pytest.raises(EditRefused, match="That channel no longer exists"):
        svc.set_input(new_plan, "gone", "cac", 5)


def test_findings_missing_inputs_negative_roi_and_low_ltv_cac(new_plan):
    add_channel(new_plan, "Idle")  # no budget, no inputs: nothing to say
    add_channel(new_plan, "Loss", [1000], cac=100, avg_order_value=50, gross_margin_pct=50)
    add_channel(new_plan, "Half", [1000], cac=10)
    found = {(f.rule, dict(f.args)["channel"]) for f in svc.forecast_findings(new_plan)}
    assert found == {("forecast.roi_negative", "Loss"), ("forecast.ltv_cac_low", "Loss"),
                     ("forecast.no_aov", "Half"), ("forecast.no_margin", "Half")}
