"""CSV table parts "forecast" and "kpis" through the command line, and the
deck's Forecast & ROI and KPI slides (text in the PDF)."""

from __future__ import annotations

import csv
import io

import pytest
from cli_support import run
from deck_support import page_texts, squash
from forecast_support import add_campaign, add_channel, add_kpi

from app.services.plan.samples import create_demo_plan
from app.services.plan.storage.plan_file import PlanFile


def read_csv(path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese right
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    from app.services.exchange.header_words import english_header

    # a Chinese plan's headers are Chinese; read them back as their English source
    return [[english_header(h) for h in rows[0]], *rows[1:]] if rows else rows


@pytest.fixture
def hostile_plan(tmp_path):
    path = tmp_path / "hostile.stratdeck"
    with PlanFile.create(path) as plan:
        add_channel(plan, "=HYPERLINK(\"http://x\")", [1000, 1000], cac=20, avg_order_value=50,
                    gross_margin_pct=40, repeat_purchases=1)
        add_channel(plan, "渠道 @二", [500], cac=10)
        campaign = add_campaign(plan, "+Launch")
        add_kpi(plan, "-GMV", unit="百万元", baseline=50, target=80, actual=70, alert_threshold_pct=15,
                owner="@owner", cadence="weekly", campaign_id=campaign)
        add_kpi(plan, "NPS", target=45)
    return path


def test_forecast_csv_values_totals_and_escaping(capsys, tmp_path, hostile_plan):
    out = tmp_path / "forecast.csv"
    code, stdout, _ = run(capsys, "export", hostile_plan, "--format", "csv", "--part", "forecast", "-o", out)
    assert code == 0, stdout
    header, first, second, total = read_csv(out)
    assert header[:3] == ["Channel", "Spend source", "Spend"] and "LTV/CAC" in header
    row = dict(zip(header, first, strict=True))
    # 2,000 / 20 = 100 customers × 50 × 2 = 10,000 revenue; × 40 % = 4,000 GP; ROI 100 %; LTV 40; LTV/CAC 2
    assert row["Channel"] == "'=HYPERLINK(\"http://x\")"  # never a formula in a spreadsheet
    assert (row["Spend"], row["Customers"], row["Revenue"], row["Gross profit"]) == ("2000.0", "100.0", "10000.0",
                                                                                   "4000.0")
    assert (row["ROI (%)"], row["LTV"], row["LTV/CAC"], row["LTV/CAC under 3"]) == ("100.0", "40.0", "2.0", "yes")
    blank = dict(zip(header, second, strict=True))
    assert blank["Channel"] == "渠道 @二" and blank["Revenue"] == "" and blank["Note"] == "Average order value not set"
    totals = dict(zip(header, total, strict=True))
    assert totals["Channel"] == "Total" and totals["Spend"] == "2500.0" and totals["Gross profit"] == "4000.0"


def test_kpi_csv_has_every_field_the_campaign_name_and_the_status(capsys, tmp_path, hostile_plan):
    out = tmp_path / "kpis.csv"
    code, _, _ = run(capsys, "export", hostile_plan, "--format", "csv", "--part", "kpis", "-o", out)
    assert code == 0
    header, gmv, nps = read_csv(out)
    row = dict(zip(header, gmv, strict=True))
    assert (row["KPI"], row["Unit"], row["Owner"], row["Campaign"]) == ("'-GMV", "百万元", "'@owner", "'+Launch")
    # 70 against 80: 12.5 % short, within 15 % → amber ("At risk"); progress (70 − 50) / (80 − 50) = 66.7 %
    assert (row["Status"], row["Shortfall (%)"], row["Cadence"]) == ("At risk", "12.5", "weekly")
    assert float(row["Progress (%)"]) == pytest.approx(66.666667)
    assert dict(zip(header, nps, strict=True))["Status"] == "No data"


def test_an_unknown_part_lists_ours(capsys, tmp_path, hostile_plan):
    code, _, err = run(capsys, "export", hostile_plan, "--format", "csv", "--part", "roi", "-o", tmp_path / "x.csv")
    assert code == 2 and "forecast" in err and "kpis" in err


@pytest.mark.parametrize("language", ["en", "zh"])
def test_deck_shows_the_forecast_table_and_the_scorecard(capsys, tmp_path, language):
    plan = create_demo_plan(language, tmp_path)
    out = tmp_path / "deck.pdf"
    code, stdout, _ = run(capsys, "export", plan, "--format", "pdf", "-o", out, "--sections", "forecast,kpis")
    assert code == 0 and "Warning" not in stdout
    text = squash(" ".join(page_texts(out)))
    if language == "en":
        for words in ("Forecast assumptions for 4 channels", "The plan returns CNY 450M revenue",
                      "1 of 8 KPIs on track", "2.70 (under 3)", "170%", "Spend (CNY M)", "10.8", "112K", "Total",
                      "▲ At risk", "✖ Off track", "○ No data", "≥ 4.6%"):
            assert squash(words) in text, words
    else:
        for words in ("个渠道的预测假设", "预计带来收入 4.5亿元", "8 项 KPI 中 1 项达标", "2.70（低于 3）",
                      "投放费用（万元）", "1,080", "11.2万", "合计", "▲ 预警", "✖ 落后", "天猫旗舰店转化率"):
            assert squash(words) in text, words


def test_empty_plan_leaves_both_sections_out(capsys, tmp_path):
    path = tmp_path / "empty.stratdeck"
    PlanFile.create(path).close()
    out = tmp_path / "deck.pdf"
    code, _, _ = run(capsys, "export", path, "--format", "pdf", "-o", out, "--sections", "forecast,kpis")
    assert code == 0
    text = " ".join(page_texts(out))
    assert "KPI scorecard" not in text and "Forecast assumptions" not in text
