"""Budget canvas findings in the interface language, by rule id. Refused
edits and import problems are messages by key (app/services/budget/messages.py,
app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views.common.label_table import LabelTable


class _MonthsTemplate(str):
    """A finding template whose {months} may say "no plan" (spend against an
    empty plan cell), translated here."""

    def format(self, *args, **values) -> str:
        if "months" in values:
            values["months"] = str(values["months"]).replace(
                "no plan", QCoreApplication.translate("ServiceTextBudget", "no plan")
            )
        return str.format(self, *args, **values)


# {rule id: translated template} of the Budget rules.
FINDINGS = LabelTable("ServiceTextBudget", {
    "budget.no_owner": QT_TRANSLATE_NOOP("ServiceTextBudget", "Budget line '{line}' has no owner."),
    "budget.cell_variance": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "Budget line '{line}': actual is off plan by more than ±{threshold} % in {months}."
    ),
    "budget.line_variance": QT_TRANSLATE_NOOP(
        "ServiceTextBudget",
        "Budget line '{line}': actual to date is {variance} against plan (limit ±{threshold} %).",
    ),
    "budget.outside_campaign": QT_TRANSLATE_NOOP(
        "ServiceTextBudget",
        "Budget line '{line}' spends in {months}, outside its campaign '{campaign}' ({dates}).",
    ),
    "budget.no_reserve": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "The reserve pool is not set (aim for {min}–{max} % of the total)."
    ),
    "budget.reserve_low": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "The reserve pool is {pct} % of the total, below the minimum of {min} %."
    ),
    "budget.reserve_high": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "The reserve pool is {pct} % of the total, above the maximum of {max} %."
    ),
    "budget.over_allocated": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "The budget lines and the reserve exceed the budget envelope by {amount}."
    ),
    "budget.targets_total": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "The channels' target shares add up to {total} %, not 100 %."
    ),
    "budget.share_off_target": QT_TRANSLATE_NOOP(
        "ServiceTextBudget",
        "Channel '{channel}' has {share} % of the planned budget; its target share is {target} %.",
    ),
    "budget.outside_period": QT_TRANSLATE_NOOP(
        "ServiceTextBudget", "Budget cells in {months} fall outside the plan period."
    ),
}, kinds={
    "budget.cell_variance": _MonthsTemplate,
})
