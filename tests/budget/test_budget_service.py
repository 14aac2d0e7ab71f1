"""Budget service: totals, quarters, shares, envelope/reserve/unallocated,
refused amounts, line edits with undo data, and every budget rule."""

from __future__ import annotations

import math

import pytest

from app.models.budget.rules import AmountError, parse_amount
from app.services.budget import service as svc
from app.services.plan.errors import EditRefused
from app.services.plan.problems import collect_findings
from tests.budget_support import budget_plan


def cells_in_file(plan):
    return sorted(tuple(r) for r in plan.conn.execute("SELECT * FROM budget_cell"))


def rules(plan):
    return sorted(f.rule for f in svc.budget_findings(plan))


def test_totals_per_line_month_quarter_and_channel(new_plan):
    ids = budget_plan(new_plan)
    svc.set_cells(
        new_plan,
        [
            (ids["tmall"], "2027-01", "planned", "1,000"),
            (ids["tmall"], "2027-02", "planned", 500),
            (ids["tmall"], "2027-04", "planned", "250.5"),
            (ids["xhs"], "2027-01", "planned", "¥2 000"),
            (ids["xhs"], "2027-01", "actual", "2300"),
        ],
    )
    grid = svc.load_grid(new_plan)
    assert grid.months == [f"2027-{m:02d}" for m in range(1, 13)]
    assert grid.line_totals["planned"][ids["tmall"]] == 1750.5
    assert grid.month_totals["planned"]["2027-01"] == 3000
    assert grid.month_totals["actual"]["2027-01"] == 2300
    quarters = dict(grid.quarters())
    assert quarters["2027-Q1"] == ["2027-01", "2027-02", "2027-03"]
    assert grid.quarter_total(quarters["2027-Q1"], "planned") == 3500
    assert grid.quarter_total(quarters["2027-Q2"], "planned", ids["tmall"]) == 250.5
    assert grid.grand["planned"] == 3750.5
    shares = {s.name: s for s in grid.shares()}
    assert shares["电商平台"].planned == 1750.5
    assert shares["社交媒体"].share_pct == pytest.approx(2000 / 3750.5 * 100)
    assert shares["Search"].share_pct == 0 and shares["Search"].target_pct == 15


def test_envelope_reserve_and_unallocated(new_plan):
    ids = budget_plan(new_plan)
    svc.set_cells(new_plan, [(ids["tmall"], "2027-01", "planned", 72_000)])
    derived = svc.load_grid(new_plan).envelope()
    assert (derived.envelope, derived.reserve, derived.unallocated, derived.explicit) == (72_000, 0, 0, False)
    svc.set_reserve_pct(new_plan, "10 %")
    derived = svc.load_grid(new_plan).envelope()
    assert derived.envelope == pytest.approx(80_000) and derived.reserve == pytest.approx(8_000)
    assert derived.unallocated == pytest.approx(0)
    svc.set_total_budget(new_plan, "100,000")
    env = svc.load_grid(new_plan).envelope()
    assert (env.envelope, env.reserve, env.allocated, env.unallocated) == (100_000, 10_000, 72_000, 18_000)
    svc.set_total_budget(new_plan, "")
    assert svc.plan_settings(new_plan)["total_budget"] is None


@pytest.mark.parametrize(
    "value, reason",
    [
        ("-5", "is negative; amounts are 0 or more"),
        ("abc", "is not a number"),
        ("1e20", "is not a number"),
        (-1, "is negative; amounts are 0 or more"),
        ("99999999999999", "is too large"),
    ],
)
def test_bad_amount_is_refused_with_the_cell_named_and_nothing_changes(new_plan, value, reason):
    ids = budget_plan(new_plan)
    svc.set_cells(new_plan, [(ids["tmall"], "2027-03", "planned", 100)])
    before = cells_in_file(new_plan)
    with pytest.raises(EditRefused) as refused:
        svc.set_cells(new_plan, [(ids["tmall"], "2027-02", "planned", 7), (ids["tmall"], "2027-03", "planned", value)])
    assert str(refused.value).startswith(f"Budget line '电商平台 / 直通车', 2027-03 planned: '{value}' {reason}")
    assert refused.value.field == "planned"
    assert cells_in_file(new_plan) == before


def test_refused_message_matches_the_issue_example(new_plan):
    ids = budget_plan(new_plan)
    with pytest.raises(
        EditRefused,
        match=r"^Budget line '电商平台 / 直通车', 2027-03 planned: '-5' is negative; "
        r"amounts are 0 or more\.$",
    ):
        svc.set_cells(new_plan, [(ids["tmall"], "2027-03", "planned", "-5")])


def test_parse_amount_accepts_spreadsheet_forms():
    assert parse_amount("１２３") == 123
    assert parse_amount("1,234,567.5") == 1234567.5
    assert parse_amount(" ") is None and parse_amount(None) is None
    for bad in ("1,23", "nan", "inf", True, "12abc", "(5)"):
        with pytest.raises(AmountError):
            parse_amount(bad)


def test_clearing_both_layers_removes_the_cell_and_restore_puts_it_back(new_plan):
    ids = budget_plan(new_plan)
    change = svc.set_cells(new_plan, [(ids["xhs"], "2027-05", "planned", 10), (ids["xhs"], "2027-05", "actual", 12)])
    assert change.extra["cells"] == [(ids["xhs"], "2027-05", 10.0, 12.0)]
    before = svc.read_cells(new_plan, [(ids["xhs"], "2027-05")])
    svc.set_cells(new_plan, [(ids["xhs"], "2027-05", "planned", None), (ids["xhs"], "2027-05", "actual", "")])
    assert cells_in_file(new_plan) == []
    svc.restore_cells(new_plan, [(ids["xhs"], "2027-05", *before[(ids["xhs"], "2027-05")])])
    assert cells_in_file(new_plan) == [(ids["xhs"], "2027-05", 10.0, 12.0)]


def test_delete_restore_move_and_edit_lines(new_plan):
    ids = budget_plan(new_plan)
    svc.set_cells(new_plan, [(ids["xhs"], "2027-01", "planned", 5)])
    change, row, index, cells = svc.delete_line(new_plan, ids["xhs"])
    assert change.structure and index == 1 and cells == [(ids["xhs"], "2027-01", 5.0, None)]
    assert cells_in_file(new_plan) == []
    svc.restore_line(new_plan, row, index, cells)
    assert [line["id"] for line in svc.load_grid(new_plan).lines] == [ids["tmall"], ids["xhs"], ids["buzz"]]
    assert cells_in_file(new_plan) == [(ids["xhs"], "2027-01", 5.0, None)]
    svc.move_line(new_plan, ids["buzz"], 0)
    assert svc.load_grid(new_plan).lines[0]["id"] == ids["buzz"]
    svc.update_line(new_plan, ids["buzz"], "owner", "Lin")
    svc.update_line(new_plan, ids["buzz"], "campaign_id", "")
    line = svc.load_grid(new_plan).line(ids["buzz"])
    assert (line["owner"], line["campaign_id"]) == ("Lin", None)
    with pytest.raises(EditRefused, match="Choose a channel"):
        svc.update_line(new_plan, ids["buzz"], "channel_id", "nope")
    with pytest.raises(EditRefused, match="Owner is too long"):
        svc.update_line(new_plan, ids["buzz"], "owner", "x" * 201)


def test_reserve_pct_is_refused_outside_0_to_99(new_plan):
    budget_plan(new_plan)
    for bad in ("100", "-1", "lots"):
        with pytest.raises(EditRefused, match="Reserve pool: .* is not a percentage from 0 to 99"):
            svc.set_reserve_pct(new_plan, bad)
    assert svc.plan_settings(new_plan)["reserve_pct"] is None


def test_variance_flags_cells_and_lines(new_plan):
    ids = budget_plan(new_plan, envelope=None, reserve=12)
    svc.set_cells(
        new_plan,
        [
            (ids["tmall"], "2027-01", "planned", 1000),
            (ids["tmall"], "2027-01", "actual", 1160),
            (ids["tmall"], "2027-02", "planned", 1000),
            (ids["tmall"], "2027-02", "actual", 1100),
            (ids["xhs"], "2027-01", "planned", 1000),
            (ids["xhs"], "2027-01", "actual", 840),
        ],
    )
    grid = svc.load_grid(new_plan)
    assert grid.is_off_plan(ids["tmall"], "2027-01") and not grid.is_off_plan(ids["tmall"], "2027-02")
    assert grid.variance_pct(ids["xhs"], "2027-01") == pytest.approx(-16)
    found = {(f.rule, f.item_id): f for f in svc.budget_findings(new_plan)}
    cell = found[("budget.cell_variance", ids["tmall"])]
    assert cell.message == "Budget line '电商平台 / 直通车': actual is off plan by more than ±15 % in 2027-01 (+16 %)."
    assert cell.field == "2027-01"
    assert ("budget.line_variance", ids["tmall"]) not in found  # +13 % over both months
    assert ("budget.line_variance", ids["xhs"]) in found


def test_spend_against_no_plan_is_off_plan(new_plan):
    ids = budget_plan(new_plan, reserve=10)
    svc.set_cells(new_plan, [(ids["tmall"], "2027-06", "actual", 10)])
    grid = svc.load_grid(new_plan)
    assert math.isinf(grid.variance_pct(ids["tmall"], "2027-06")) and grid.is_off_plan(ids["tmall"], "2027-06")
    assert "2027-06 (no plan)" in next(
        f.message for f in svc.budget_findings(new_plan) if f.rule == "budget.cell_variance"
    )


def test_reserve_rules(new_plan):
    ids = budget_plan(new_plan)
    svc.set_cells(
        new_plan,
        [
            (ids["tmall"], "2027-01", "planned", 3000),
            (ids["xhs"], "2027-01", "planned", 4000),
            (ids["buzz"], "2027-03", "planned", 3000),
        ],
    )
    assert "budget.no_reserve" in rules(new_plan)
    svc.set_reserve_pct(new_plan, 5)
    assert "budget.reserve_low" in rules(new_plan)
    svc.set_reserve_pct(new_plan, 20)
    assert "budget.reserve_high" in rules(new_plan)
    svc.set_reserve_pct(new_plan, 12.5)
    assert not {"budget.no_reserve", "budget.reserve_low", "budget.reserve_high"} & set(rules(new_plan))
    svc.set_total_budget(new_plan, 10_000)
    over = next(f for f in svc.budget_findings(new_plan) if f.rule == "budget.over_allocated")
    assert over.message == "The budget lines and the reserve exceed the budget envelope by 1,250."


def test_share_rules(new_plan):
    ids = budget_plan(new_plan, reserve=10)
    svc.set_cells(new_plan, [(ids["tmall"], "2027-01", "planned", 30), (ids["xhs"], "2027-01", "planned", 70)])
    found = {f.args[0][1] for f in svc.budget_findings(new_plan) if f.rule == "budget.share_off_target"}
    assert found == {"社交媒体", "Search", "Offline"}  # 70/30/0/0 against 40/30/15/15
    new_plan.conn.execute("UPDATE channel SET target_share_pct = 50 WHERE name = 'Search'")
    assert "budget.targets_total" in rules(new_plan)


def test_share_rules_exact(new_plan):
    ids = budget_plan(new_plan, reserve=10)
    channels = {c["name"]: c["id"] for c in svc.load_grid(new_plan).channels}
    search = svc.add_line(new_plan, {"channel_id": channels["Search"], "owner": "He"}).ids[0]
    offline = svc.add_line(new_plan, {"channel_id": channels["Offline"], "owner": "Zhao"}).ids[0]
    svc.set_cells(
        new_plan,
        [
            (ids["tmall"], "2027-01", "planned", 30),
            (ids["xhs"], "2027-01", "planned", 40),
            (search, "2027-01", "planned", 15),
            (offline, "2027-01", "planned", 15),
        ],
    )
    assert "budget.share_off_target" not in rules(new_plan)
    svc.set_cells(new_plan, [(search, "2027-01", "planned", 25)])
    off = {f.args[0][1] for f in svc.budget_findings(new_plan) if f.rule == "budget.share_off_target"}
    assert "Search" in off


def test_owner_and_campaign_date_rules(new_plan):
    ids = budget_plan(new_plan, reserve=10)
    svc.update_line(new_plan, ids["xhs"], "owner", "  ")
    svc.set_cells(
        new_plan,
        [
            (ids["buzz"], "2027-02", "planned", 5),
            (ids["buzz"], "2027-03", "planned", 5),
            (ids["buzz"], "2027-04", "planned", 5),
            (ids["buzz"], "2027-05", "actual", 1),
        ],
    )
    found = {f.rule: f for f in svc.budget_findings(new_plan)}
    assert found["budget.no_owner"].item_id == ids["xhs"]
    outside = found["budget.outside_campaign"]
    assert outside.message == (
        "Budget line '社交媒体 / Launch buzz' spends in 2027-02, 2027-05, outside its "
        "campaign 'Launch' (2027-03-10 – 2027-04-20)."
    )
    svc.set_cells(new_plan, [(ids["buzz"], "2027-02", "planned", 0), (ids["buzz"], "2027-05", "actual", None)])
    assert "budget.outside_campaign" not in rules(new_plan)


def test_cells_outside_the_period_stay_visible_and_are_flagged(new_plan):
    ids = budget_plan(new_plan, reserve=10)
    svc.set_cells(new_plan, [(ids["tmall"], "2028-02", "planned", 9)])
    grid = svc.load_grid(new_plan)
    assert grid.months[-1] == "2028-02" and grid.grand["planned"] == 9
    assert "budget.outside_period" in rules(new_plan)


def test_empty_plan_has_no_budget_findings_and_an_empty_grid(new_plan):
    grid = svc.load_grid(new_plan)
    assert grid.months == [] and grid.lines == [] and grid.envelope().envelope == 0
    assert svc.budget_findings(new_plan) == []


def test_findings_reach_stratdeck_check(new_plan):
    ids = budget_plan(new_plan, reserve=10)
    svc.update_line(new_plan, ids["xhs"], "owner", "")
    assert any(f.rule == "budget.no_owner" for f in collect_findings(new_plan))


def test_month_and_layer_are_checked(new_plan):
    ids = budget_plan(new_plan)
    with pytest.raises(EditRefused, match="is not a month"):
        svc.set_cells(new_plan, [(ids["xhs"], "2027-13", "planned", 1)])
    with pytest.raises(EditRefused, match="Unknown budget layer"):
        svc.set_cells(new_plan, [(ids["xhs"], "2027-01", "forecast", 1)])
    with pytest.raises(EditRefused, match="no longer exists"):
        svc.set_cells(new_plan, [("gone", "2027-01", "planned", 1)])


def test_stratdeck_check_prints_budget_findings(capsys, new_plan, plan_path):
    from tests.cli_support import run

    ids = budget_plan(new_plan, reserve=5)
    svc.set_cells(new_plan, [(ids["tmall"], "2027-02", "planned", 100), (ids["tmall"], "2027-02", "actual", 130)])
    new_plan.close()
    code, out, err = run(capsys, "check", plan_path)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert (
        "warning: [budget] Budget line '电商平台 / 直通车': actual is off plan by more than ±15 % in 2027-02 (+30 %)."
    ) in lines
    assert "warning: [budget] The reserve pool is 5 % of the total, below the minimum of 10 %." in lines
