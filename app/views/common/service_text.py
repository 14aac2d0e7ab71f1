"""Service messages in the interface language.

Services stay Qt-free and speak English (the CLI prints that). The GUI
translates what it shows here:

- **findings** by rule id and the finding's ``args`` (not by their English
  text), so rewording a message in a rule cannot break its translation;
- **refused edits** are messages by key (app/views/common/message_text.py);
  ``refusal_text`` still matches the English shapes of the canvases not
  converted yet (being removed; tests/shell/test_message_catalogue.py lists
  them)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# Modules with the texts of one canvas each: ``finding_templates()`` returns
# {rule id: translated template}, ``refusal_shapes()`` a list of
# (English regex, translated template) like _patterns() below. Each canvas
# adds its own line.
AREA_TEXT_MODULES: list[str] = [
    "app.views.swot.service_text",
    "app.views.personas.service_text",
    "app.views.competitors.service_text",
    "app.views.budget.service_text",
    "app.views.calendar.service_text",
    "app.views.forecast.service_text",
    "app.views.risks.service_text",
    "app.views.budget.service_text_channels",
]


def _area_modules():
    import importlib

    return [importlib.import_module(name) for name in AREA_TEXT_MODULES]


def finding_text(finding) -> str:
    """The finding's message in the interface language."""
    templates = {
        "overview.no_title": QCoreApplication.translate("ServiceText", "The plan has no title."),
        "overview.no_owner": QCoreApplication.translate("ServiceText", "The plan has no owner."),
        "overview.no_period": QCoreApplication.translate("ServiceText", "The plan period is not set (start and end)."),
        "overview.bad_date": QCoreApplication.translate(
            "ServiceText", "The plan period date '{value}' is not a real date."
        ),
        "overview.long_period": QCoreApplication.translate(
            "ServiceText", "The plan period is longer than three years ({days} days)."
        ),
        "overview.no_objectives": QCoreApplication.translate("ServiceText", "The plan has no objectives."),
        "overview.empty_objective": QCoreApplication.translate("ServiceText", "Objective {index} is empty."),
        "overview.no_context": QCoreApplication.translate("ServiceText", "The market context is empty."),
    }
    for module in _area_modules():
        templates.update(module.finding_templates())
    template = templates.get(finding.rule)
    if template is None:
        return finding.message
    try:
        return template.format(**dict(finding.args))
    except (KeyError, IndexError, ValueError):
        return finding.message


def field_label(english: str) -> str:
    """A field label (overview_service.LABELS, or a canvas's ``field_labels()``) in the interface language."""
    labels = {
        "Title": QCoreApplication.translate("ServiceText", "Title"),
        "Brand": QCoreApplication.translate("ServiceText", "Brand"),
        "Owner": QCoreApplication.translate("ServiceText", "Owner"),
        "Market context": QCoreApplication.translate("ServiceText", "Market context"),
        "Confidentiality label": QCoreApplication.translate("ServiceText", "Confidentiality label"),
        "Currency": QCoreApplication.translate("ServiceText", "Currency"),
        "Plan language": QCoreApplication.translate("ServiceText", "Plan language"),
        "Period start": QCoreApplication.translate("ServiceText", "Period start"),
        "Period end": QCoreApplication.translate("ServiceText", "Period end"),
        "Brand colour": QCoreApplication.translate("ServiceText", "Brand colour"),
    }
    for module in _area_modules():  # a canvas may name its own fields in "… is too long" and the like
        labels.update(getattr(module, "field_labels", dict)())
    return labels.get(english, english)


def _patterns() -> list[tuple[re.Pattern, str]]:
    """(English message shape, translated template) of the canvases whose
    refusals are not messages by key yet; groups become {names}."""
    shapes = []
    for module in _area_modules():
        shapes += getattr(module, "refusal_shapes", list)()
    return [(re.compile(pattern, re.S), template) for pattern, template in shapes]


def refusal_text(message: str) -> str:
    """A refused edit's message in the interface language (unknown shapes as they are)."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(message)
        if match:
            values = match.groupdict()
            if "label" in values:
                values["label"] = field_label(values["label"])
            return template.format(**values)
    return message
