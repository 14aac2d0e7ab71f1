"""Deleting a row an initiative (or a checkpoint) links to, in its own
canvas, unlinks it; that canvas's undo brings the links back too, so the
plan is exactly as before (JSON export identical)."""

from __future__ import annotations

import pytest

from app.services.budget import channels, exchange
from app.services.budget import service as budget_service
from app.services.budget.budget_import import ParsedBudget
from app.services.calendar import service as calendar_service
from app.services.exchange import json_exchange
from app.services.forecast import kpis
from app.services.overview import service as overview_service
from app.services.plan import samples
from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import service as risk_service
from app.services.swot import strategies


@pytest.fixture
def plan(tmp_path):
    opened = PlanFile.open(samples.create_demo_plan("zh", tmp_path))
    yield opened
    opened.close()


def _export(plan) -> dict:
    """The plan's JSON export, less the modification stamp every commit sets."""
    document = json_exchange.export_plan(plan.conn)
    document["plan"].pop("modified_at")
    return document


def _linked(plan, table, column):
    """The id of a row that an initiative links to through *table*."""
    return plan.conn.execute(f'SELECT "{column}" FROM "{table}" ORDER BY 1 LIMIT 1').fetchone()[0]


CASES = {
    "objective": (
        lambda p, i: overview_service.delete_objective(p, i),
        lambda p, r: overview_service.restore_objective(p, r[1], r[2]),
        ("initiative_objective", "objective_id"),
    ),
    "tows_strategy": (
        lambda p, i: strategies.delete_strategy(p, i),
        lambda p, r: strategies.restore_strategy(p, r[1]),
        ("initiative_tows_strategy", "tows_strategy_id"),
    ),
    "campaign": (
        lambda p, i: calendar_service.delete_campaign(p, i),
        lambda p, r: calendar_service.restore_campaign(p, r[1]),
        ("initiative_campaign", "campaign_id"),
    ),
    "budget_line": (
        lambda p, i: budget_service.delete_line(p, i),
        lambda p, r: budget_service.restore_line(p, r[1], r[2], r[3]),
        ("initiative_budget_line", "budget_line_id"),
    ),
    "kpi": (
        lambda p, i: kpis.delete_kpi(p, i),
        lambda p, r: kpis.restore_kpi(p, r[1], r[2]),
        ("checkpoint_kpi", "kpi_id"),
    ),
    "risk": (
        lambda p, i: risk_service.delete_risk(p, i),
        lambda p, r: risk_service.restore_risk(p, r[1]),
        ("initiative_risk", "risk_id"),
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_undo_of_a_delete_elsewhere_brings_the_links_back(plan, kind):
    delete, restore, (table, column) = CASES[kind]
    before = _export(plan)
    row_id = _linked(plan, table, column)
    done = delete(plan, row_id)
    assert not plan.conn.execute(f'SELECT 1 FROM "{table}" WHERE "{column}" = ?', (row_id,)).fetchone()
    restore(plan, done)
    assert _export(plan) == before


def test_channel_delete_and_budget_import_undo_keep_the_funding_links(plan):
    before = _export(plan)
    channel = plan.conn.execute(
        "SELECT b.channel_id FROM initiative_budget_line l JOIN budget_line b ON b.id = l.budget_line_id LIMIT 1"
    ).fetchone()[0]
    _change, snapshot = channels.delete_channel(plan, channel)
    channels.restore_channel(plan, snapshot)
    assert _export(plan) == before
    old = exchange.take_snapshot(plan)
    change = exchange.apply_budget(plan, ParsedBudget("empty.csv"))
    assert plan.conn.execute("SELECT count(*) FROM initiative_budget_line").fetchone() == (0,)
    exchange.restore_budget(plan, change.extra["snapshot"])
    assert old.lines == exchange.take_snapshot(plan).lines
    assert _export(plan) == before
