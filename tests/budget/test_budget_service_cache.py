"""The budget grid kept between reads (app/services/budget/cache.py): a
read after any write sees exactly what a fresh read of the file sees, cell
edits keep it current without a re-read, and the rules after a cell edit
stay fast on 300 lines × 36 months."""

from __future__ import annotations

import sqlite3
import time

from app.services.budget import cache as budget_cache
from app.services.budget import service as svc
from app.services.plan.storage.restore import replace_content
from tests.budget_support import budget_plan, large_budget


def fresh(plan):
    """What a read with nothing kept sees."""
    budget_cache._CACHE.pop(plan, None)
    return svc.load_grid(plan), svc.budget_findings(plan)


def same(plan) -> None:
    kept = svc.load_grid(plan), svc.budget_findings(plan)
    again = fresh(plan)
    assert kept[0].values == again[0].values and kept[0].months == again[0].months
    assert repr((kept[0].line_totals, kept[0].month_totals, kept[0].channel_totals, kept[0].grand)) == repr(
        (again[0].line_totals, again[0].month_totals, again[0].channel_totals, again[0].grand)
    )
    assert [f.message for f in kept[1]] == [f.message for f in again[1]]


def test_cell_edits_keep_the_grid_current_without_reading_again(new_plan, monkeypatch):
    ids = budget_plan(new_plan, reserve=10)
    svc.budget_findings(new_plan)
    reads = []
    real = budget_cache._read_grid
    monkeypatch.setattr(budget_cache, "_read_grid", lambda plan: reads.append(1) or real(plan))
    svc.set_cells(new_plan, [(ids["tmall"], "2027-02", "planned", 100), (ids["tmall"], "2027-02", "actual", 200)])
    found = {f.rule for f in svc.budget_findings(new_plan)}
    assert "budget.cell_variance" in found and reads == []
    svc.set_cells(new_plan, [(ids["tmall"], "2027-02", "actual", 101)])
    assert "budget.cell_variance" not in {f.rule for f in svc.budget_findings(new_plan)} and reads == []
    monkeypatch.undo()
    same(new_plan)


def test_every_other_write_is_seen(new_plan, tmp_path):
    ids = budget_plan(new_plan, reserve=10)
    svc.set_cells(new_plan, [(ids["xhs"], "2027-05", "planned", 500)])
    snapshot = tmp_path / "snapshot.stratdeck"
    new_plan.conn.backup(sqlite3.connect(snapshot))
    svc.budget_findings(new_plan)
    svc.update_line(new_plan, ids["xhs"], "owner", "")  # a line field
    assert "budget.no_owner" in {f.rule for f in svc.budget_findings(new_plan)}
    new_plan.conn.execute("UPDATE channel SET name = 'SNS' WHERE id = ?", (ids["社交媒体"],))  # another canvas
    assert svc.load_grid(new_plan).channel_by_id[ids["社交媒体"]]["name"] == "SNS"
    svc.set_cells(new_plan, [(ids["tmall"], "2028-03", "planned", 7)])  # outside the period
    assert "budget.outside_period" in {f.rule for f in svc.budget_findings(new_plan)}
    svc.set_cells(new_plan, [(ids["tmall"], "2028-03", "planned", None)])  # the month leaves the grid again
    assert "2028-03" not in svc.load_grid(new_plan).months
    assert "budget.outside_period" not in {f.rule for f in svc.budget_findings(new_plan)}
    same(new_plan)
    replace_content(new_plan, snapshot)  # a restore from a backup writes no row through the connection
    grid = svc.load_grid(new_plan)
    assert grid.channel_by_id[ids["社交媒体"]]["name"] == "社交媒体" and grid.line(ids["xhs"])["owner"] == "Chen"
    same(new_plan)


def test_a_grid_from_load_grid_is_the_callers_own(new_plan):
    ids = budget_plan(new_plan)
    mine = svc.load_grid(new_plan)
    mine.apply_cell(ids["tmall"], "2027-01", 5.0, None)
    mine.lines[0]["owner"] = "changed"
    assert svc.load_grid(new_plan).value(ids["tmall"], "2027-01", "planned") is None
    assert svc.load_grid(new_plan).lines[0]["owner"] != "changed"


def test_rules_after_a_cell_edit_are_fast_on_a_large_plan(new_plan):
    large_budget(new_plan)
    svc.budget_findings(new_plan)  # the first run reads the file
    times = []
    for n in range(15):
        svc.set_cells(new_plan, [(f"line-{n:04d}", "2027-03", "planned", 5000 + n)])
        started = time.perf_counter()
        svc.budget_findings(new_plan)
        times.append(time.perf_counter() - started)
    assert sorted(times)[len(times) // 2] < 0.030  # ~2 ms quiet; the first run takes 30–100 ms
