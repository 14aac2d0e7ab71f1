"""Table parts "forecast" and "kpis" (``stratdeck export PLAN --format csv
--part forecast|kpis``; the XLSX export writes them as sheets).

Numbers stay numbers (full precision; ROI and progress in %); a blank
figure is an empty cell and the Note column says why. Text cells are
formula-escaped by exports.safe_cell."""

from __future__ import annotations

import math

from app.services.exchange.exports import ExportTable, table_part
from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service

FORECAST_COLUMNS = [
    "Channel", "Spend source", "Spend", "CAC", "Conversion rate (%)", "Average order value", "Gross margin (%)",
    "Repeat purchases", "Customers", "Revenue", "Gross profit", "ROI (%)", "LTV", "LTV/CAC", "LTV/CAC under 3",
    "Implied cost per visit", "Note",
]  # fmt: skip
FORECAST_TEXT = {"Channel", "Spend source", "LTV/CAC under 3", "Note"}
KPI_COLUMNS = [
    "KPI", "Unit", "Baseline", "Target", "Actual", "Direction", "Alert threshold (%)", "Owner", "Cadence",
    "Campaign", "Status", "Progress (%)", "Shortfall (%)", "Definition", "Data source",
]  # fmt: skip
KPI_NUMBERS = {"Baseline", "Target", "Actual", "Alert threshold (%)", "Progress (%)", "Shortfall (%)"}


def _cell(value, scale: float = 1.0):
    """A number for the sheet (None for blanks and NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value) * scale, 6)  # no float noise like 2.9759999999999995 in the sheet


@table_part("forecast")
def forecast_part(plan) -> ExportTable:
    """One row per channel and a Total row (computed with pandas)."""
    frame = forecast_service.forecast_frame(plan)
    sources = {r.channel_id: r.spend_source for r in forecast_service.forecast_table(plan).rows}
    rows = []
    for record in frame.to_dict("records"):
        total = record["channel_id"] == "total"
        ratio = _cell(record["ltv_cac"])
        note = forecast_service.REASONS.get(record["reason"], "")
        rows.append([
            record["channel"], "" if total else (sources.get(record["channel_id"]) or ""), _cell(record["spend"]),
            _cell(record["cac"]), _cell(record.get("conversion_rate_pct")), _cell(record.get("avg_order_value")),
            _cell(record.get("gross_margin_pct")), _cell(record.get("repeat_purchases")), _cell(record["customers"]),
            _cell(record["revenue"]), _cell(record["gross_profit"]), _cell(record["roi"], 100), _cell(record["ltv"]),
            ratio, "" if ratio is None else ("yes" if ratio < forecast_service.LTV_CAC_FLOOR else "no"),
            _cell(record.get("cost_per_visit")), note,
        ])  # fmt: skip
    numeric = set(FORECAST_COLUMNS) - FORECAST_TEXT
    return ExportTable("Forecast", list(FORECAST_COLUMNS), rows, numeric)


@table_part("kpis")
def kpi_part(plan) -> ExportTable:
    """The KPI scorecard: every field, campaign by name, status and progress."""
    campaigns = dict(kpi_service.campaign_choices(plan))
    rows = []
    for row, status in kpi_service.scorecard(plan):
        rows.append([
            row["name"], row["unit"], row["baseline"], row["target"], row["actual"], row["direction"],
            row["alert_threshold_pct"], row["owner"], row["cadence"], campaigns.get(row["campaign_id"], ""),
            kpi_service.STATUS_TEXT[status.status], _cell(status.progress, 100), _cell(status.shortfall_pct),
            row["definition"], row["data_source"],
        ])  # fmt: skip
    return ExportTable("KPIs", list(KPI_COLUMNS), rows, set(KPI_NUMBERS))
