"""Property tests of the budget matrix: for random grids and random edit
sequences, every total equals the sum of its cells, and sums kept up to date
cell by cell equal sums computed from scratch."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.budget.grid import BudgetGrid, month_range
from app.models.budget.rules import check_budget

MONTHS = month_range("2026-11-01", "2027-06-30")  # spans a year end and three quarters
CHANNELS = [{"id": f"c{n}", "name": f"C{n}", "target_share_pct": 25.0, "color": None} for n in range(3)]
amounts = st.one_of(st.none(), st.integers(0, 10**9).map(float), st.floats(0, 1e9, allow_nan=False))
cell = st.tuples(st.integers(0, 5), st.sampled_from(MONTHS), amounts, amounts)


def make_grid(line_count, cells):
    lines = [
        {"id": f"l{n}", "channel_id": f"c{n % 3}", "sub_channel": f"s{n}", "campaign_id": None, "owner": "", "note": ""}
        for n in range(line_count)
    ]
    stored = {}
    for line, month, planned, actual in cells:
        if line < line_count:
            stored[(f"l{line}", month)] = (planned, actual)
    settings_ = {
        "variance_threshold_pct": 15.0,
        "reserve_pct": 10.0,
        "total_budget": None,
        "reserve_min_pct": 10.0,
        "reserve_max_pct": 15.0,
    }
    return BudgetGrid(MONTHS, lines, [(k[0], k[1], *v) for k, v in stored.items()], CHANNELS, [], settings_), stored


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-6)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 6), st.lists(cell, max_size=40))
def test_totals_equal_the_sum_of_cells(line_count, cells):
    grid, stored = make_grid(line_count, cells)
    for layer, position in (("planned", 0), ("actual", 1)):
        values = [v[position] for v in stored.values() if v[position] is not None]
        assert close(grid.grand[layer], math.fsum(values))
        for month in MONTHS:
            in_month = [v[position] for k, v in stored.items() if k[1] == month and v[position] is not None]
            assert close(grid.month_totals[layer][month], math.fsum(in_month))
        quarters = grid.quarters()
        assert close(math.fsum(grid.quarter_total(ms, layer) for _, ms in quarters), grid.grand[layer])
        assert close(math.fsum(grid.channel_totals[layer].values()), grid.grand[layer])
    shares = [s.share_pct for s in grid.shares() if s.share_pct is not None]
    assert not shares or close(math.fsum(shares), 100.0)
    env = grid.envelope()
    assert close(env.envelope - env.reserve - env.allocated, env.unallocated)
    check_budget(grid)  # never raises on any grid


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 6), st.lists(cell, max_size=20), st.lists(cell, max_size=20))
def test_incremental_sums_equal_a_full_recompute(line_count, first, edits):
    grid, _ = make_grid(line_count, first)
    keys = [(f"l{n}", month) for n in range(line_count) for month in MONTHS]
    [grid.cell_flag(*key) for key in keys]  # remembered flags must follow the edits below
    copy = grid.copy()
    before = (dict(copy.line_totals["planned"]), {k: dict(v) for k, v in copy.values["planned"].items()})
    for line, month, planned, actual in edits:
        grid.apply_cell(f"l{line % line_count}", month, planned, actual)
    assert before == (copy.line_totals["planned"], copy.values["planned"])  # a copy never moves with the original
    sums = (grid.line_totals, grid.month_totals, grid.channel_totals, grid.grand)
    incremental = repr(sums)
    flags = [grid.cell_flag(*key) for key in keys]
    grid.recompute()
    assert incremental == repr((grid.line_totals, grid.month_totals, grid.channel_totals, grid.grand))
    assert flags == [grid.cell_flag(*key) for key in keys]
