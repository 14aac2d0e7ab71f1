"""Forecast and KPI service messages in the interface language: findings
by rule id, refused edits by their English shape, blank-figure reasons and
field labels (see app/views/common/service_text.py)."""

from __future__ import annotations

import re

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


def field_labels() -> dict[str, str]:
    """Forecast input and KPI field labels (the services' LABELS), translated."""
    return {
        "Spend override": QCoreApplication.translate("ServiceTextForecast", "Spend override"),
        "CAC": QCoreApplication.translate("ServiceTextForecast", "CAC"),
        "Conversion rate (%)": QCoreApplication.translate("ServiceTextForecast", "Conversion rate (%)"),
        "Average order value": QCoreApplication.translate("ServiceTextForecast", "Average order value"),
        "Gross margin (%)": QCoreApplication.translate("ServiceTextForecast", "Gross margin (%)"),
        "Repeat purchases": QCoreApplication.translate("ServiceTextForecast", "Repeat purchases"),
        "Name": QCoreApplication.translate("ServiceTextForecast", "Name"),
        "Unit": QCoreApplication.translate("ServiceTextForecast", "Unit"),
        "Baseline": QCoreApplication.translate("ServiceTextForecast", "Baseline"),
        "Target": QCoreApplication.translate("ServiceTextForecast", "Target"),
        "Actual": QCoreApplication.translate("ServiceTextForecast", "Actual"),
        "Direction": QCoreApplication.translate("ServiceTextForecast", "Direction"),
        "Alert threshold (%)": QCoreApplication.translate("ServiceTextForecast", "Alert threshold (%)"),
        "Owner": QCoreApplication.translate("ServiceTextForecast", "Owner"),
        "Definition": QCoreApplication.translate("ServiceTextForecast", "Definition"),
        "Data source": QCoreApplication.translate("ServiceTextForecast", "Data source"),
        "Cadence": QCoreApplication.translate("ServiceTextForecast", "Cadence"),
        "Campaign": QCoreApplication.translate("ServiceTextForecast", "Campaign"),
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


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of refused forecast and KPI
    edits; one shape per field label, so the label is translated too."""
    shapes = [
        (
            r"That channel no longer exists\.",
            QCoreApplication.translate("ServiceTextForecast", "That channel no longer exists."),
        ),
        (
            r"That KPI no longer exists\.",
            QCoreApplication.translate("ServiceTextForecast", "That KPI no longer exists."),
        ),
        (
            r"That campaign no longer exists\.",
            QCoreApplication.translate("ServiceTextForecast", "That campaign no longer exists."),
        ),
    ]
    per_label = [
        (
            r" for (?P<channel>.+) must be a number, not '(?P<value>.*)'\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} for {channel} must be a number, not '{value}'."),
        ),
        (
            r" for (?P<channel>.+) must be at least (?P<low>-?[\d.]+)\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} for {channel} must be at least {low}."),
        ),
        (
            r" for (?P<channel>.+) must be more than (?P<low>-?[\d.]+)\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} for {channel} must be more than {low}."),
        ),
        (
            r" for (?P<channel>.+) must be at most (?P<high>[\d.e+]+)\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} for {channel} must be at most {high}."),
        ),
        (
            r" of KPI “(?P<name>.*)” must be a number, not '(?P<value>.*)'\.",
            QCoreApplication.translate(
                "ServiceTextForecast", "{label} of KPI “{name}” must be a number, not '{value}'."
            ),
        ),
        (
            r" of KPI “(?P<name>.*)” must be text\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} of KPI “{name}” must be text."),
        ),
        (
            r" of KPI “(?P<name>.*)” is too long \((?P<length>\d+) characters; at most (?P<limit>\d+)\)\.",
            QCoreApplication.translate(
                "ServiceTextForecast", "{label} of KPI “{name}” is too long ({length} characters; at most {limit})."
            ),
        ),
        (
            r" of KPI “(?P<name>.*)” must be between 0 and 1000\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} of KPI “{name}” must be between 0 and 1000."),
        ),
    ]
    per_label += [
        (
            r" of KPI “(?P<name>.*)” must be higher or lower\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} of KPI “{name}” must be higher or lower."),
        ),
        (
            r" of KPI “(?P<name>.*)” must be one of: (?P<choices>.+)\.",
            QCoreApplication.translate("ServiceTextForecast", "{label} of KPI “{name}” must be one of: {choices}."),
        ),
    ]
    for english, translated in field_labels().items():
        for tail, template in per_label:
            shapes.append((re.escape(english) + tail, template.replace("{label}", translated)))
    return shapes
