"""The Strategy & actions services: edits validated and stored at once,
refused by message key naming the field, deletes that undo exactly, links,
live costs, findings and the CSV parts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from initiatives_support import IDS, strategy_plan, table_dump

from app.models.initiatives import rules
from app.services.exchange import exports
from app.services.initiatives import checkpoints, matrix, problems, service
from app.services.plan import problems as plan_problems
from app.services.plan.errors import EditRefused, PlanReadOnlyError
from app.services.plan.storage.plan_file import PlanFile


@pytest.fixture
def plan(tmp_path):
    opened = strategy_plan(tmp_path / "strategy.stratdeck")
    yield opened
    opened.close()


def test_fields_are_validated_and_stored_at_once(plan, tmp_path):
    pillar = service.add_pillar(plan, {"name": "数字化创新", "intent": "数据驱动"}).ids[0]
    change = service.add_initiative(plan, pillar, {"name": "会员中台", "quarter": "2027 q3"})
    initiative = change.ids[0]
    assert change.canvas == "initiatives" and change.structure
    service.update_initiative(plan, initiative, "owner", "孙蕾")
    service.update_initiative(plan, initiative, "start_date", "2027-07-01")
    service.update_initiative(plan, initiative, "status", "in_progress")
    with PlanFile.open(tmp_path / "strategy.stratdeck", read_only=True) as again:  # on disk at once
        row = service.list_initiatives(again, pillar)[0]
    assert (row["name"], row["quarter"], row["owner"], row["start_date"], row["status"]) == (
        "会员中台", "2027-Q3", "孙蕾", "2027-07-01", "in_progress",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("field", "value", "key"),
    [
        ("quarter", "Q5 2027", "initiatives.bad_quarter"),
        ("start_date", "2027-02-30", "initiatives.bad_date"),
        ("end_date", "2027-01-01", "initiatives.end_before_start"),
        ("status", "finished", "initiatives.bad_choice"),
        ("name", "x" * 301, "initiatives.too_long"),
        ("owner", 12, "initiatives.not_text"),
        ("pillar_id", "nope", "initiatives.no_such_pillar"),
        ("colour", "red", "initiatives.unknown_field"),
    ],
)
def test_bad_values_are_refused_by_key_and_nothing_changes(plan, field, value, key):
    before = table_dump(plan)
    with pytest.raises(EditRefused) as refused:
        service.update_initiative(plan, IDS["initiative"], field, value)
    assert refused.value.field == field
    assert refused.value.message.key == key
    assert str(refused.value)  # English for the CLI
    assert table_dump(plan) == before


def test_delete_pillar_takes_initiatives_and_links_and_restore_puts_back_everything(plan):
    service.add_pillar(plan, {"name": "Second"}, 0)
    before = table_dump(plan)
    assert service.pillar_contents(plan, IDS["pillar"]) == {"initiatives": 1, "links": 7}
    change, snapshot = service.delete_pillar(plan, IDS["pillar"])
    assert change.structure
    dump = table_dump(plan)
    assert dump["initiative"] == [] and dump["initiative_kpi"] == [] and dump["raci_cell"] == []
    assert dump["raci_party"] == before["raci_party"]
    service.restore(plan, snapshot)
    assert table_dump(plan) == before


def test_delete_initiative_and_party_and_checkpoint_undo_exactly(plan):
    before = table_dump(plan)
    for delete in (
        lambda: service.delete_initiative(plan, IDS["initiative"]),
        lambda: matrix.delete_party(plan, IDS["party"]),
        lambda: checkpoints.delete_checkpoint(plan, IDS["checkpoint"]),
    ):
        _change, snapshot = delete()
        assert table_dump(plan) != before
        service.restore(plan, snapshot)
        assert table_dump(plan) == before


def test_links_replace_in_order_and_refuse_rows_that_do_not_exist(plan):
    second = service.add_pillar(plan, {"name": "x"}).ids[0]
    service.set_links(plan, IDS["initiative"], "objective", [])
    assert service.links(plan, IDS["initiative"], "objective") == []
    with pytest.raises(EditRefused) as refused:
        service.set_links(plan, IDS["initiative"], "kpi", [IDS["kpi"], second])
    assert refused.value.message.key == "initiatives.link_gone"
    assert service.links(plan, IDS["initiative"], "kpi") == [IDS["kpi"]]
    linked = service.initiatives_linked_to(plan, "campaign", IDS["campaign"])
    assert [(i["name"], i["pillar"]) for i in linked] == [("Douyin live studio", "Omnichannel")]


def test_cost_is_the_sum_of_linked_budget_lines_and_follows_relinking(plan):
    assert service.cost_of(plan, IDS["initiative"]) == 50000.0
    assert service.costs(plan)[IDS["initiative"]] == {"planned": 50000.0, "actual": 48000.5}
    service.set_links(plan, IDS["initiative"], "budget_line", [])
    assert service.cost_of(plan, IDS["initiative"]) == 0


def test_raci_roles_set_clear_and_refuse(plan):
    matrix.set_role(plan, IDS["initiative"], IDS["party"], "r")
    assert matrix.role(plan, IDS["initiative"], IDS["party"]) == "R"
    matrix.set_role(plan, IDS["initiative"], IDS["party"], "")
    assert matrix.roles(plan) == {}
    with pytest.raises(EditRefused) as refused:
        matrix.set_role(plan, IDS["initiative"], IDS["party"], "X")
    assert refused.value.message.key == "initiatives.bad_role"


def test_checkpoint_thresholds(plan):
    checkpoints.set_thresholds(plan, IDS["checkpoint"], [(IDS["kpi"], "1,200"), (IDS["kpi"], 3)])
    assert checkpoints.thresholds(plan, IDS["checkpoint"]) == [(IDS["kpi"], 1200.0)]
    with pytest.raises(EditRefused) as refused:
        checkpoints.set_thresholds(plan, IDS["checkpoint"], [(IDS["kpi"], "lots")])
    assert refused.value.message.key == "initiatives.bad_threshold"
    with pytest.raises(EditRefused):
        checkpoints.update_checkpoint(plan, IDS["checkpoint"], "result", "done")


def _rules(plan):
    return {f.rule for f in plan_problems.collect_findings(plan) if f.canvas == "initiatives"}


def test_findings_of_every_rule(plan):
    # the full plan's initiative runs Mar–Jun; its campaign runs in October
    assert _rules(plan) == {"initiatives.campaign_outside"}
    pillar = service.add_pillar(plan, {"name": "Empty"}).ids[0]
    second = service.add_initiative(plan, IDS["pillar"], {"name": "No owner"}).ids[0]
    matrix.set_role(plan, second, IDS["party"], "A")
    other = matrix.add_party(plan, {"name": "Agency", "kind": "partner"}).ids[0]
    matrix.set_role(plan, second, other, "A")
    service.set_links(plan, IDS["initiative"], "tows_strategy", [])
    checkpoints.update_checkpoint(plan, IDS["checkpoint"], "result", "pending")
    checkpoints.update_checkpoint(plan, IDS["checkpoint"], "date", "2020-01-01")
    matrix.set_role(plan, IDS["initiative"], IDS["party"], "")
    found = plan_problems.collect_findings(plan)
    assert _rules(plan) == {
        "initiatives.pillar_empty", "initiatives.no_owner", "initiatives.no_kpi", "initiatives.no_accountable",
        "initiatives.many_accountable", "initiatives.strategy_uncarried", "initiatives.checkpoint_overdue",
        "initiatives.campaign_outside",
    }  # fmt: skip
    empty = next(f for f in found if f.rule == "initiatives.pillar_empty")
    assert (empty.item_id, empty.message) == (pillar, "Pillar 'Empty' has no initiative.")


def test_initiative_inside_its_quarter_raises_no_date_finding():
    rows = {
        "pillars": [], "cells": [], "tows_strategies": [], "checkpoints": [],
        "initiatives": [{"id": "i", "pillar_id": "p", "name": "Q4", "owner": "me", "quarter": "2027-Q4"}],
        "campaigns": [{"id": "c", "name": "Double 11", "start_date": "2027-10-20", "end_date": "2027-11-11"}],
        "links": {"kpi": {"i": ["k"]}, "campaign": {"i": ["c"]}},
    }  # fmt: skip
    found = rules.check_initiatives(rows, dt.date(2027, 1, 1))
    assert [f.rule for f in found] == ["initiatives.no_accountable"]
    rows["initiatives"][0]["quarter"] = "2027-Q3"
    assert "initiatives.campaign_outside" in {f.rule for f in rules.check_initiatives(rows, dt.date(2027, 1, 1))}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(year=st.integers(1900, 2200), number=st.integers(1, 4))
def test_quarters_cover_their_dates(year, number):
    start, end = rules.quarter_bounds(f"{year}-Q{number}")
    assert rules.quarter_of(start) == rules.quarter_of(end) == f"{year}-Q{number}"
    assert rules.quarters({"quarter": f"{year}-Q{number}"}) == [f"{year}-Q{number}"]
    assert (end - start).days in (89, 90, 91)


def test_csv_parts(plan):
    exports.load()
    initiatives = exports.TABLE_PARTS["initiatives"](plan)
    row = dict(zip(initiatives.columns, initiatives.rows[0], strict=True))
    assert (row["pillar"], row["kpis"], row["campaigns"], row["planned_cost"]) == (
        "Omnichannel", "GMV", "Double 11", 50000.0,
    )  # fmt: skip
    assert exports.TABLE_PARTS["raci"](plan).rows == [["Douyin live studio", "A"]]
    assert exports.TABLE_PARTS["pillars"](plan).rows == [["Omnichannel", "One customer, every channel", 1, 50000.0]]
    checkpoints.set_thresholds(plan, IDS["checkpoint"], [(IDS["kpi"], 0.8)])
    assert exports.TABLE_PARTS["checkpoints"](plan).rows[0][:3] == ["2027-06-30", "H1 review", "GMV: 0.8"]
    assert "=" not in exports.csv_bytes(initiatives).decode("utf-8-sig").split("\r\n")[0]


def test_problems_module_reads_plain_rows(plan):
    rows = problems.plan_rows(plan)
    assert rows["links"]["kpi"] == {IDS["initiative"]: [IDS["kpi"]]}


def test_the_xlsx_workbook_carries_the_initiatives_costs(plan, tmp_path):
    from openpyxl import load_workbook

    exports.load()
    target = tmp_path / "plan.xlsx"
    exports.FILE_FORMATS["xlsx"](plan, target, None)
    from app.services.exchange.header_words import english_header, header_in, plan_language

    sheet = load_workbook(target)[header_in(plan_language(plan), "Initiatives", title=True)]
    header = [english_header(c.value, fields=True) for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert (row["name"], row["planned_cost"], row["actual_cost"]) == ("Douyin live studio", 50000, 48000.5)


def test_a_read_only_plan_is_read_but_every_edit_is_refused(tmp_path):
    path = tmp_path / "ro.stratdeck"
    strategy_plan(path).close()
    with PlanFile.open(path, read_only=True) as plan:
        for edit in (
            lambda: service.update_initiative(plan, IDS["initiative"], "owner", "x"),
            lambda: service.set_links(plan, IDS["initiative"], "kpi", []),
            lambda: matrix.set_role(plan, IDS["initiative"], IDS["party"], "R"),
            lambda: service.delete_pillar(plan, IDS["pillar"]),
        ):
            with pytest.raises(PlanReadOnlyError):
                edit()
        assert service.list_initiatives(plan)[0]["owner"] == "Wang Kexin"
        assert service.links(plan, IDS["initiative"], "kpi") == [IDS["kpi"]]
