"""Forecast and KPI messages in Chinese: every refusal the services give
and every finding rule is translated (by shape and by rule id)."""

from __future__ import annotations

import pytest
from forecast_support import add_channel, add_kpi

from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service
from app.services.plan.errors import EditRefused


@pytest.fixture
def chinese(qapp):
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_refusals_are_translated(chinese, new_plan):
    from app.views.common.message_text import message_text

    channel = add_channel(new_plan, "Search", [1000])
    kpi = add_kpi(new_plan, "GMV")
    attempts = [
        lambda: forecast_service.set_input(new_plan, channel, "cac", "0"),
        lambda: forecast_service.set_input(new_plan, channel, "cac", "abc"),
        lambda: forecast_service.set_input(new_plan, channel, "gross_margin_pct", -300),
        lambda: forecast_service.set_input(new_plan, channel, "conversion_rate_pct", 300),
        lambda: forecast_service.set_input(new_plan, "gone", "cac", 3),
        lambda: kpi_service.update_kpi(new_plan, kpi, "target", "lots"),
        lambda: kpi_service.update_kpi(new_plan, kpi, "alert_threshold_pct", 5000),
        lambda: kpi_service.update_kpi(new_plan, kpi, "direction", "up"),
        lambda: kpi_service.update_kpi(new_plan, kpi, "cadence", "hourly"),
        lambda: kpi_service.update_kpi(new_plan, kpi, "owner", "x" * 300),
        lambda: kpi_service.update_kpi(new_plan, kpi, "name", 5),
        lambda: kpi_service.update_kpi(new_plan, kpi, "campaign_id", "gone"),
        lambda: kpi_service.update_kpi(new_plan, "gone", "name", "x"),
    ]
    for attempt in attempts:
        with pytest.raises(EditRefused) as refused:
            attempt()
        translated = message_text(refused.value)
        assert translated != str(refused.value) and has_chinese(translated), str(refused.value)
    with pytest.raises(EditRefused) as refused:
        forecast_service.set_input(new_plan, channel, "cac", "0")
    assert str(refused.value) == "CAC for Search must be more than 0."
    assert message_text(refused.value) == "Search 的获客成本必须大于 0。"


def test_findings_are_translated_by_rule(chinese, new_plan):
    from app.views.common.service_text import finding_text
    from app.views.forecast.service_text import FINDINGS

    add_channel(new_plan, "Loss", [1000], cac=100, avg_order_value=50, gross_margin_pct=50)
    add_channel(new_plan, "Bare", [1000])
    add_channel(new_plan, "Unfunded", None, cac=5)
    add_kpi(new_plan, "Behind", target=10, actual=1)
    add_kpi(new_plan, "Aimless", owner="Zhou")
    findings = forecast_service.forecast_findings(new_plan) + kpi_service.kpi_findings(new_plan)
    rules = {f.rule for f in findings}
    assert rules == set(FINDINGS.translated())  # every rule is met here, and every rule has its template
    for finding in findings:
        assert has_chinese(finding_text(finding)) and finding_text(finding) != finding.message, finding.rule
