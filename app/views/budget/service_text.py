"""Budget canvas messages in the interface language: findings by rule id
and refused edits (budget_service) by their English shape."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class _MonthsTemplate(str):
    """A finding template whose {months} may say "no plan" (spend against an
    empty plan cell), translated here."""

    def format(self, *args, **values) -> str:
        if "months" in values:
            values["months"] = str(values["months"]).replace(
                "no plan", QCoreApplication.translate("ServiceTextBudget", "no plan")
            )
        return str.format(self, *args, **values)


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the Budget rules."""
    return {
        "budget.no_owner": QCoreApplication.translate("ServiceTextBudget", "Budget line '{line}' has no owner."),
        "budget.cell_variance": _MonthsTemplate(
            QCoreApplication.translate(
                "ServiceTextBudget", "Budget line '{line}': actual is off plan by more than ±{threshold} % in {months}."
            )
        ),
        "budget.line_variance": QCoreApplication.translate(
            "ServiceTextBudget",
            "Budget line '{line}': actual to date is {variance} against plan (limit ±{threshold} %).",
        ),
        "budget.outside_campaign": QCoreApplication.translate(
            "ServiceTextBudget",
            "Budget line '{line}' spends in {months}, outside its campaign '{campaign}' ({dates}).",
        ),
        "budget.no_reserve": QCoreApplication.translate(
            "ServiceTextBudget", "The reserve pool is not set (aim for {min}–{max} % of the total)."
        ),
        "budget.reserve_low": QCoreApplication.translate(
            "ServiceTextBudget", "The reserve pool is {pct} % of the total, below the minimum of {min} %."
        ),
        "budget.reserve_high": QCoreApplication.translate(
            "ServiceTextBudget", "The reserve pool is {pct} % of the total, above the maximum of {max} %."
        ),
        "budget.over_allocated": QCoreApplication.translate(
            "ServiceTextBudget", "The budget lines and the reserve exceed the budget envelope by {amount}."
        ),
        "budget.targets_total": QCoreApplication.translate(
            "ServiceTextBudget", "The channels' target shares add up to {total} %, not 100 %."
        ),
        "budget.share_off_target": QCoreApplication.translate(
            "ServiceTextBudget",
            "Channel '{channel}' has {share} % of the planned budget; its target share is {target} %.",
        ),
        "budget.outside_period": QCoreApplication.translate(
            "ServiceTextBudget", "Budget cells in {months} fall outside the plan period."
        ),
    }


def _cell_shapes() -> list[tuple[str, str]]:
    """Refused cell amounts, per layer (the layer word is translated too)."""
    layers = {
        "planned": QCoreApplication.translate("ServiceTextBudget", "planned"),
        "actual": QCoreApplication.translate("ServiceTextBudget", "actual"),
    }
    reasons = [
        (
            r"is negative; amounts are 0 or more\.",
            QCoreApplication.translate(
                "ServiceTextBudget",
                "Budget line '{line}', {month} {layer}: '{value}' is negative; amounts are 0 or more.",
            ),
        ),
        (
            r"is not a number\.",
            QCoreApplication.translate(
                "ServiceTextBudget", "Budget line '{line}', {month} {layer}: '{value}' is not a number."
            ),
        ),
        (
            r"is too large \(at most 10,000,000,000,000\)\.",
            QCoreApplication.translate(
                "ServiceTextBudget",
                "Budget line '{line}', {month} {layer}: '{value}' is too large (at most 10,000,000,000,000).",
            ),
        ),
    ]
    return [
        (
            rf"Budget line '(?P<line>.*)', (?P<month>\d{{4}}-\d{{2}}) {layer}: '(?P<value>.*)' {reason}",
            template.replace("{layer}", word),
        )
        for layer, word in layers.items()
        for reason, template in reasons
    ]


def field_labels() -> dict[str, str]:
    """Budget line field labels (budget_service.LINE_LABELS) as the shared
    "{label} is too long …" refusal shows them."""
    return {
        "Channel": QCoreApplication.translate("ServiceTextBudget", "Channel"),
        "Sub-channel": QCoreApplication.translate("ServiceTextBudget", "Sub-channel"),
        "Campaign": QCoreApplication.translate("ServiceTextBudget", "Campaign"),
        "Note": QCoreApplication.translate("ServiceTextBudget", "Note"),
    }


def refusal_shapes() -> list[tuple[str, str]]:
    """(English regex, translated template) of budget_service refusals."""
    envelope = r"Budget envelope: '(?P<value>.*)' "
    return _cell_shapes() + [
        (
            envelope + r"is negative; amounts are 0 or more\.",
            QCoreApplication.translate(
                "ServiceTextBudget", "Budget envelope: '{value}' is negative; amounts are 0 or more."
            ),
        ),
        (
            envelope + r"is not a number\.",
            QCoreApplication.translate("ServiceTextBudget", "Budget envelope: '{value}' is not a number."),
        ),
        (
            envelope + r"is too large \(at most 10,000,000,000,000\)\.",
            QCoreApplication.translate(
                "ServiceTextBudget", "Budget envelope: '{value}' is too large (at most 10,000,000,000,000)."
            ),
        ),
        (
            r"Reserve pool: '(?P<value>.*)' is not a percentage from 0 to 99\.",
            QCoreApplication.translate(
                "ServiceTextBudget", "Reserve pool: '{value}' is not a percentage from 0 to 99."
            ),
        ),
        (
            r"That budget line no longer exists\.",
            QCoreApplication.translate("ServiceTextBudget", "That budget line no longer exists."),
        ),
        (
            r"Choose a channel for the budget line \(add channels in Budget › Summary › Channels\)\.",
            QCoreApplication.translate(
                "ServiceTextBudget",
                "Choose a channel for the budget line (add channels in Budget › Summary › Channels).",
            ),
        ),
        (
            r"'(?P<value>.*)' is not a month \(YYYY-MM\)\.",
            QCoreApplication.translate("ServiceTextBudget", "'{value}' is not a month (YYYY-MM)."),
        ),
    ]
