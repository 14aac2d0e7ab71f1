"""The smaller holes of issue 17: persona profile, competitor strategy and
recent moves, phase description, KPI definition and data source are edited
through the services (validated), exported in the CSV parts and the JSON."""

from __future__ import annotations

import pytest
from initiatives_support import IDS, strategy_plan

from app.services.calendar import service as calendar_service
from app.services.competitors import service as competitor_service
from app.services.exchange import exports, json_exchange
from app.services.forecast import kpis
from app.services.personas import service as persona_service
from app.services.plan.errors import EditRefused


@pytest.fixture
def plan(tmp_path):
    opened = strategy_plan(tmp_path / "holes.stratdeck")
    yield opened
    opened.close()


def _part(plan, name):
    exports.load()
    table = exports.TABLE_PARTS[name](plan)
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def test_new_text_fields_are_stored_and_exported(plan):
    persona_service.update_persona(
        plan, IDS["persona"], "profile", "收入高且稳定，偏好Mate系列，追求高效办公与隐私安全"
    )
    competitor_service.update_competitor(plan, IDS["competitor"], "strategy", "高端化 + 直播带货")
    competitor_service.update_competitor(plan, IDS["competitor"], "recent_moves", "9月推出联名礼盒")
    calendar_service.update_phase(plan, IDS["phase"], "description", "预热期话题引爆")
    kpis.update_kpi(plan, IDS["kpi"], "definition", "GMV = 成交订单金额合计（含税）")
    kpis.update_kpi(plan, IDS["kpi"], "data_source", "生意参谋")
    assert _part(plan, "personas")[0]["profile"].startswith("收入高且稳定")
    competitor = _part(plan, "competitors")[0]
    assert (competitor["strategy"], competitor["recent_moves"]) == ("高端化 + 直播带货", "9月推出联名礼盒")
    assert _part(plan, "phases")[0]["description"] == "预热期话题引爆"
    kpi = _part(plan, "kpis")[0]
    assert (kpi["Definition"], kpi["Data source"]) == ("GMV = 成交订单金额合计（含税）", "生意参谋")
    document = json_exchange.export_plan(plan.conn)
    assert document["campaign_phase"][0]["description"] == "预热期话题引爆"
    assert document["kpi"][0]["data_source"] == "生意参谋"


@pytest.mark.parametrize(
    "edit",
    [
        lambda plan: persona_service.update_persona(plan, IDS["persona"], "profile", "x" * 5001),
        lambda plan: competitor_service.update_competitor(plan, IDS["competitor"], "strategy", 3),
        lambda plan: calendar_service.update_phase(plan, IDS["phase"], "description", "x" * 2001),
        lambda plan: kpis.update_kpi(plan, IDS["kpi"], "definition", "x" * 2001),
    ],
)
def test_bad_values_are_refused(plan, edit):
    with pytest.raises(EditRefused):
        edit(plan)
