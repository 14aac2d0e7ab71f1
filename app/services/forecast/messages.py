"""The Forecast & KPIs canvas's messages by key (see
app/services/plan/messages.py): refused forecast-input and KPI edits. Field
labels are terms; "CAC for channel X" and "Target of KPI “Y”" are subject
messages. The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

INPUT_LABELS = {
    "spend_override": "Spend override",
    "cac": "CAC",
    "conversion_rate_pct": "Conversion rate (%)",
    "avg_order_value": "Average order value",
    "gross_margin_pct": "Gross margin (%)",
    "repeat_purchases": "Repeat purchases",
}
KPI_LABELS = {
    "name": "Name",
    "unit": "Unit",
    "baseline": "Baseline",
    "target": "Target",
    "actual": "Actual",
    "direction": "Direction",
    "alert_threshold_pct": "Alert threshold (%)",
    "owner": "Owner",
    "cadence": "Cadence",
    "campaign_id": "Campaign",
    "definition": "Definition",
    "data_source": "Data source",
}

MESSAGES = catalogue(
    "forecast",
    {
        "input_for": "{label} for {channel}",
        "kpi_field_of": "{label} of KPI “{name}”",
        "unknown_field": "Unknown forecast field '{field}'.",
        "unknown_kpi_field": "Unknown KPI field '{field}'.",
        "not_a_number": "{subject} must be a number, not '{value}'.",
        "at_least": "{subject} must be at least {low}.",
        "more_than": "{subject} must be more than {low}.",
        "at_most": "{subject} must be at most {high}.",
        "threshold_range": "{subject} must be between 0 and 1000.",
        "higher_or_lower": "{subject} must be higher or lower.",
        "one_of": "{subject} must be one of: {choices}.",
        "channel_gone": "That channel no longer exists.",
        "campaign_gone": "That campaign no longer exists.",
        "kpi_gone": "That KPI no longer exists.",
    },
    terms=(*INPUT_LABELS.values(), *KPI_LABELS.values()),
)
