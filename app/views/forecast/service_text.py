"""Forecast and KPI service texts in the interface language: findings by
rule id, blank-figure reasons and field labels. Refused edits are messages
by key (app/services/forecast/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.label_table import LabelTable

# {rule id: translated template} of forecast_service and kpi_service.
FINDINGS = LabelTable("ServiceTextForecast", {
    "forecast.no_spend": QT_TRANSLATE_NOOP(
        "ServiceTextForecast",
        "Forecast of {channel}: no planned budget and no spend override, so some figures are blank.",
    ),
    "forecast.no_cac": QT_TRANSLATE_NOOP(
        "ServiceTextForecast", "Forecast of {channel}: CAC not set, so some figures are blank."
    ),
    "forecast.no_aov": QT_TRANSLATE_NOOP(
        "ServiceTextForecast", "Forecast of {channel}: average order value not set, so some figures are blank."
    ),
    "forecast.no_margin": QT_TRANSLATE_NOOP(
        "ServiceTextForecast", "Forecast of {channel}: gross margin not set, so some figures are blank."
    ),
    "forecast.ltv_cac_low": QT_TRANSLATE_NOOP(
        "ServiceTextForecast",
        "LTV/CAC of {channel} is {ratio}, under 3: each customer earns back less than three times its cost.",
    ),
    "forecast.roi_negative": QT_TRANSLATE_NOOP(
        "ServiceTextForecast", "ROI of {channel} is negative ({roi}): its gross profit does not cover its spend."
    ),
    "kpi.no_owner": QT_TRANSLATE_NOOP("ServiceTextForecast", "KPI {name} has no owner."),
    "kpi.no_target": QT_TRANSLATE_NOOP("ServiceTextForecast", "KPI {name} has no target."),
    "kpi.red": QT_TRANSLATE_NOOP(
        "ServiceTextForecast", "KPI {name} is off track: {actual} against a target of {target}."
    ),
})


# Why a forecast figure is blank: forecast_service.REASONS key → text.
REASONS = LabelTable("ServiceTextForecast", {
    "no_spend": QT_TRANSLATE_NOOP("ServiceTextForecast", "No planned budget and no spend override"),
    "no_cac": QT_TRANSLATE_NOOP("ServiceTextForecast", "CAC not set"),
    "no_aov": QT_TRANSLATE_NOOP("ServiceTextForecast", "Average order value not set"),
    "no_margin": QT_TRANSLATE_NOOP("ServiceTextForecast", "Gross margin not set"),
    "no_conversion": QT_TRANSLATE_NOOP("ServiceTextForecast", "Conversion rate not set"),
    "zero_spend": QT_TRANSLATE_NOOP("ServiceTextForecast", "Spend is 0"),
    "no_complete": QT_TRANSLATE_NOOP("ServiceTextForecast", "No channel has every input"),
})
