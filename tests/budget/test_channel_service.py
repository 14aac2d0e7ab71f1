"""The channel service (Budget › Summary › Channels): validation, order,
delete with everything hanging on a channel and an exact restore, the
standard channels — without Qt."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.budget import channels as channel_service
from app.services.budget import service as budget_service
from app.services.exchange import json_exchange
from app.services.plan import problems
from app.services.plan.errors import EditRefused, StratdeckError
from app.services.plan.samples import create_demo_plan
from app.services.plan.storage.plan_file import PlanFile


def exported(plan: PlanFile) -> dict:
    """The whole plan as JSON, without the modification time every write stamps."""
    document = json_exchange.export_plan(plan.conn)
    document["plan"].pop("modified_at", None)
    return document


def commits(plan: PlanFile) -> list[str]:
    """Record the BEGIN statements run on *plan* (one per transaction)."""
    seen: list[str] = []
    plan.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.startswith("BEGIN") else None)
    return seen


@pytest.fixture
def demo(tmp_path, data_dir):
    plan = PlanFile.open(create_demo_plan("zh", tmp_path / "demo"))
    yield plan
    plan.close()


def busiest_channel(plan: PlanFile) -> str:
    """The channel with budget lines, campaigns and forecast inputs (the demo has one)."""
    for channel in channel_service.list_channels(plan):
        usage = channel_service.channel_usage(plan, channel["id"])
        if usage["lines"] and usage["campaigns"] and usage["forecast"]:
            return channel["id"]
    raise AssertionError("the demo plan has no channel with lines, campaigns and forecast inputs")


# -- adding and editing --------------------------------------------------------------
def test_add_rename_recolour_and_target_are_stored(new_plan, plan_path):
    change = channel_service.add_channel(new_plan, "  Social media ", "40", "#c8553d")
    assert (change.canvas, change.table, change.structure) == ("budget", "channel", True)
    channel_id = change.ids[0]
    channel_service.add_channel(new_plan, "Search", index=0)
    channel_service.update_channel(new_plan, channel_id, "name", "Social")
    channel_service.update_channel(new_plan, channel_id, "target_share_pct", "35 %")
    channel_service.update_channel(new_plan, channel_id, "color", "")
    new_plan.close()
    with PlanFile.open(plan_path, read_only=True) as plan:
        rows = channel_service.list_channels(plan)
    assert [(r["name"], r["position"], r["target_share_pct"], r["color"]) for r in rows] == [
        ("Search", 0, None, None),
        ("Social", 1, 35.0, None),
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Channel name cannot be empty."),
        ("name", "   ", "Channel name cannot be empty."),
        ("name", "x" * 101, "Channel name is too long (101 characters; at most 100)."),
        ("name", "SEARCH", "There is already a channel named 'Search'."),
        ("name", 5, "Channel name must be text."),
        ("target_share_pct", "101", "Target share must be a number from 0 to 100 (per cent), or blank."),
        ("target_share_pct", "-1", "Target share must be a number from 0 to 100 (per cent), or blank."),
        ("target_share_pct", "a lot", "Target share must be a number from 0 to 100 (per cent), or blank."),
        ("color", "red", "Channel colour must be a colour like #2E86AB, or blank."),
        ("color", "#12345", "Channel colour must be a colour like #2E86AB, or blank."),
        ("colour", "#123456", "Unknown channel field 'colour'."),
    ],
)
def test_bad_values_are_refused_naming_the_field_and_nothing_changes(new_plan, field, value, message):
    channel_service.add_channel(new_plan, "Search")
    social = channel_service.add_channel(new_plan, "Social media", 40, "#C8553D").ids[0]
    before = exported(new_plan)
    with pytest.raises(EditRefused) as caught:
        channel_service.update_channel(new_plan, social, field, value)
    assert (caught.value.field, str(caught.value)) == (field, message)
    assert exported(new_plan) == before


def test_adding_a_duplicate_or_editing_a_gone_channel_is_refused(new_plan):
    channel_service.add_channel(new_plan, "Search")
    with pytest.raises(EditRefused, match="already a channel named 'Search'"):
        channel_service.add_channel(new_plan, "search ")
    with pytest.raises(EditRefused, match="no longer exists"):
        channel_service.update_channel(new_plan, "gone", "name", "X")
    assert [c["name"] for c in channel_service.list_channels(new_plan)] == ["Search"]


@settings(max_examples=40, deadline=None)
@given(value=st.one_of(st.text(max_size=8), st.floats(allow_nan=True), st.integers(-(10**30), 10**30), st.none()))
def test_any_share_value_is_stored_in_range_or_refused(tmp_path_factory, value):
    path = tmp_path_factory.mktemp("share") / "p.stratdeck"
    with PlanFile.create(path) as plan:
        channel_id = channel_service.add_channel(plan, "Search").ids[0]
        try:
            channel_service.update_channel(plan, channel_id, "target_share_pct", value)
        except EditRefused as refused:
            assert refused.field == "target_share_pct"
        stored = channel_service.list_channels(plan)[0]["target_share_pct"]
        assert stored is None or 0 <= stored <= 100


def test_move_keeps_positions_dense(new_plan):
    ids = [channel_service.add_channel(new_plan, name).ids[0] for name in ("A", "B", "C")]
    channel_service.move_channel(new_plan, ids[2], 0)
    rows = channel_service.list_channels(new_plan)
    assert [(r["name"], r["position"]) for r in rows] == [("C", 0), ("A", 1), ("B", 2)]


# -- delete and restore ------------------------------------------------------------------
def test_delete_takes_lines_cells_links_and_forecast_inputs_and_restore_is_exact(demo):
    channel_id = busiest_channel(demo)
    usage = channel_service.channel_usage(demo, channel_id)
    before = exported(demo)
    seen = commits(demo)
    change, snapshot = channel_service.delete_channel(demo, channel_id)
    assert seen == ["BEGIN IMMEDIATE"]  # one transaction for the whole delete
    after = exported(demo)
    assert channel_id not in {c["id"] for c in after["channel"]}
    assert not [r for r in after["budget_line"] if r["channel_id"] == channel_id]
    assert len(after["budget_line"]) == len(before["budget_line"]) - usage["lines"]
    assert len(after["budget_cell"]) < len(before["budget_cell"])
    assert not [r for r in after["campaign_channel"] if r["channel_id"] == channel_id]
    assert not [r for r in after["forecast_assumption"] if r["channel_id"] == channel_id]
    assert [c["position"] for c in after["channel"]] == list(range(len(after["channel"])))
    assert set(change.extra["campaigns"]) and change.canvas == "budget"
    assert channel_id not in {c["id"] for c in budget_service.load_grid(demo).channels}
    seen.clear()
    channel_service.restore_channel(demo, snapshot)
    assert seen == ["BEGIN IMMEDIATE"]
    assert exported(demo) == before


def test_a_delete_that_fails_half_way_changes_nothing(demo):
    channel_id = busiest_channel(demo)
    before = exported(demo)
    demo.conn.execute("CREATE TEMP TRIGGER refuse BEFORE DELETE ON main.channel BEGIN SELECT RAISE(ABORT, 'no'); END")
    with pytest.raises(StratdeckError):
        channel_service.delete_channel(demo, channel_id)
    demo.conn.execute("DROP TRIGGER refuse")
    assert exported(demo) == before


def test_delete_and_restore_of_a_channel_without_anything(new_plan):
    ids = [channel_service.add_channel(new_plan, name).ids[0] for name in ("A", "B", "C")]
    before = exported(new_plan)
    _change, snapshot = channel_service.delete_channel(new_plan, ids[1])
    assert [c["name"] for c in channel_service.list_channels(new_plan)] == ["A", "C"]
    channel_service.restore_channel(new_plan, snapshot)
    assert exported(new_plan) == before
    with pytest.raises(EditRefused, match="no longer exists"):
        channel_service.delete_channel(new_plan, "gone")


# -- standard channels and rules -------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Social media", "E-commerce", "Search", "Offline"]),
        ("zh", ["社交媒体", "电商平台", "搜索引擎", "线下渠道"]),
    ],
)
def test_standard_channels_match_the_templates_in_one_transaction(new_plan, language, names):
    seen = commits(new_plan)
    change = channel_service.add_standard_channels(new_plan, language)
    assert seen == ["BEGIN IMMEDIATE"] and len(change.ids) == 4
    rows = channel_service.list_channels(new_plan)
    assert [r["name"] for r in rows] == names
    assert [r["target_share_pct"] for r in rows] == [40.0, 30.0, 15.0, 15.0]
    assert all(r["color"] for r in rows)
    assert not [f for f in problems.collect_findings(new_plan) if f.rule == "budget.targets_total"]
    with pytest.raises(EditRefused, match="without channels"):
        channel_service.add_standard_channels(new_plan, language)
    channel_service.delete_channels(new_plan, list(change.ids))
    assert channel_service.list_channels(new_plan) == []


def test_targets_not_totalling_100_are_still_reported(new_plan):
    first = channel_service.add_channel(new_plan, "A", 50).ids[0]
    channel_service.add_channel(new_plan, "B", 30)
    budget_service.add_line(new_plan, {"channel_id": first, "owner": "Li"})  # the budget rules need a line
    assert [f for f in problems.collect_findings(new_plan) if f.rule == "budget.targets_total"]
