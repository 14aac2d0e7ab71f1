"""Forecast and KPI service texts in the interface language: findings by
rule id, blank-figure reasons and field labels. Refused edits are messages
by key (app/services/forecast/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of forecast_service and kpi_service."""
    return {
        "forecast.no_spend": QCoreApplication.translate(
            "ServiceTextForecast",
            "Forecast of {channel}: no planned budget and no spend override, so some figures are blank.",
        ),
        "forecast.no_cac": QCoreApplication.translate(
            "ServiceTextForecast", "Forecast of {channel}: CAC not set, so some figures are blank."
        ),
        "forecast.no_aov": QCoreApplication.translate(
            "ServiceTextForecast", "Forecast of {channel}: average order value not set, so some figures are blank."
        ),
        "forecast.no_margin": QCoreApplication.translate(
            "ServiceTextForecast", "Forecast of {channel}: gross margin not set, so some figures are blank."
        ),
        "forecast.ltv_cac_low": QCoreApplication.translate(
            "ServiceTextForecast",
            "LTV/CAC of {channel} is {ratio}, under 3: each customer earns back less than three times its cost.",
        ),
        "forecast.roi_negative": QCoreApplication.translate(
            "ServiceTextForecast", "ROI of {channel} is negative ({roi}): its gross profit does not cover its spend."
        ),
        "kpi.no_owner": QCoreApplication.translate("ServiceTextForecast", "KPI {name} has no owner."),
        "kpi.no_target": QCoreApplication.translate("ServiceTextForecast", "KPI {name} has no target."),
        "kpi.red": QCoreApplication.translate(
            "ServiceTextForecast", "KPI {name} is off track: {actual} against a target of {target}."
        ),
    }


def reason_text(key: str) -> str:
    """Why a forecast figure is blank (forecast_service.REASONS key), translated."""
    reasons = {
        "no_spend": QCoreApplication.translate("ServiceTextForecast", "No planned budget and no spend override"),
        "no_cac": QCoreApplication.translate("ServiceTextForecast", "CAC not set"),
        "no_aov": QCoreApplication.translate("ServiceTextForecast", "Average order value not set"),
        "no_margin": QCoreApplication.translate("ServiceTextForecast", "Gross margin not set"),
        "no_conversion": QCoreApplication.translate("ServiceTextForecast", "Conversion rate not set"),
        "zero_spend": QCoreApplication.translate("ServiceTextForecast", "Spend is 0"),
        "no_complete": QCoreApplication.translate("ServiceTextForecast", "No channel has every input"),
    }
    return reasons.get(key, key)
