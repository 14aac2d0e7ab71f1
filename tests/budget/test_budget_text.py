"""Budget messages in Chinese: refused amounts and findings are translated
from their English shape / rule id, with the plan's own words kept."""

from __future__ import annotations

import pytest

from app.services.budget import service as svc
from app.services.plan.errors import EditRefused
from tests.budget_support import budget_plan


@pytest.fixture
def chinese(qapp):
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def test_refused_amounts_in_chinese(new_plan, chinese):
    from app.views.common.message_text import message_text

    ids = budget_plan(new_plan)
    messages = []
    for layer, value in (("planned", "-5"), ("actual", "abc"), ("planned", "99999999999999")):
        with pytest.raises(EditRefused) as refused:
            svc.set_cells(new_plan, [(ids["tmall"], "2027-03", layer, value)])
        messages.append(message_text(refused.value))
    assert messages == [
        "预算项“电商平台 / 直通车”，2027-03 计划：“-5”是负数；金额须为 0 或以上。",
        "预算项“电商平台 / 直通车”，2027-03 实际：“abc”不是数字。",
        "预算项“电商平台 / 直通车”，2027-03 计划：“99999999999999”过大（最多 10,000,000,000,000）。",
    ]
    for call, value in ((svc.set_reserve_pct, "120"), (svc.set_total_budget, "-1")):
        with pytest.raises(EditRefused) as refused:
            call(new_plan, value)
        assert "“" in message_text(refused.value)


def test_every_budget_finding_in_chinese(new_plan, chinese):
    from app.views.common.service_text import finding_text

    ids = budget_plan(new_plan, envelope=10, reserve=5)
    svc.update_line(new_plan, ids["xhs"], "owner", "")
    svc.set_cells(
        new_plan,
        [
            (ids["buzz"], "2027-01", "planned", 100),
            (ids["buzz"], "2027-01", "actual", 200),
            (ids["tmall"], "2027-02", "actual", 5),
            (ids["tmall"], "2028-03", "planned", 1),
        ],
    )
    found = svc.budget_findings(new_plan)
    rules = {f.rule for f in found}
    assert {
        "budget.no_owner",
        "budget.cell_variance",
        "budget.line_variance",
        "budget.outside_campaign",
        "budget.reserve_low",
        "budget.over_allocated",
        "budget.share_off_target",
        "budget.outside_period",
    } <= rules
    for finding in found:
        text = finding_text(finding)
        assert text != finding.message and any("\u4e00" <= c <= "\u9fff" for c in text), finding.rule
    variance = next(finding_text(f) for f in found if f.rule == "budget.cell_variance" and f.item_id == ids["tmall"])
    assert variance == "预算项“电商平台 / 直通车”：实际与计划偏差超过 ±15%，月份：2027-02 (无计划)。"


def test_too_long_line_fields_are_named_in_chinese(new_plan, chinese):
    from app.views.common.message_text import message_text

    ids = budget_plan(new_plan)
    shown = {}
    for field, limit in (("sub_channel", 200), ("note", 2000), ("owner", 200)):
        with pytest.raises(EditRefused) as refused:
            svc.update_line(new_plan, ids["tmall"], field, "x" * (limit + 1))
        shown[field] = message_text(refused.value)
    assert shown["sub_channel"].startswith("子渠道") and "201" in shown["sub_channel"]
    assert shown["note"].startswith("备注") and "2001" in shown["note"]
    assert shown["owner"].startswith("负责人")
    assert not any(word in text for text in shown.values() for word in ("Sub-channel", "Note", "Owner"))
