"""Service messages in the interface language.

Services stay Qt-free and speak English (the CLI prints that). The GUI
translates what it shows here:

- **findings** by rule id and the finding's ``args`` (not by their English
  text), so rewording a message in a rule cannot break its translation;
- **refused edits** of the Overview (overview_service, images) by matching the
  known message shapes; a message that matches none is shown as it is, in
  English. tests/shell/test_translations.py checks every shape against the
  services' real messages."""

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
    "app.views.initiatives.service_text",
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
    """(English message shape, translated template); groups become {names}."""
    shapes = [
        (
            r"The period ends on (?P<end>.+), before it starts on (?P<start>.+)\.",
            QCoreApplication.translate("ServiceText", "The period ends on {end}, before it starts on {start}."),
        ),
        (
            r"(?P<label>[^:]+): '(?P<value>.*)' is not a date \(YYYY-MM-DD\)\.",
            QCoreApplication.translate("ServiceText", "{label}: '{value}' is not a date (YYYY-MM-DD)."),
        ),
        (r"(?P<label>.+) must be text\.", QCoreApplication.translate("ServiceText", "{label} must be text.")),
        (
            r"(?P<label>.+) is too long \((?P<length>\d+) characters; at most (?P<limit>\d+)\)\.",
            QCoreApplication.translate("ServiceText", "{label} is too long ({length} characters; at most {limit})."),
        ),
        (
            r"(?P<label>.+) must be a three-letter code such as CNY, USD or EUR\.",
            QCoreApplication.translate("ServiceText", "{label} must be a three-letter code such as CNY, USD or EUR."),
        ),
        (
            r"(?P<label>.+) must be zh \(中文\) or en \(English\)\.",
            QCoreApplication.translate("ServiceText", "{label} must be zh (中文) or en (English)."),
        ),
        (
            r"(?P<label>.+) must be a colour like #C8102E\.",
            QCoreApplication.translate("ServiceText", "{label} must be a colour like #C8102E."),
        ),
        (
            r"A logo needs both image data and its type\.",
            QCoreApplication.translate("ServiceText", "A logo needs both image data and its type."),
        ),
        (
            r"That objective no longer exists\.",
            QCoreApplication.translate("ServiceText", "That objective no longer exists."),
        ),
        (r"Objectives are text\.", QCoreApplication.translate("ServiceText", "Objectives are text.")),
        (
            r"(?P<label>.+): the text holds (?P<char>\\u[0-9a-f]{4}), which is not a character\.",
            QCoreApplication.translate("ServiceText", "{label}: the text holds {char}, which is not a character."),
        ),
        (
            r"(?P<name>.+) is too large \((?P<mb>[\d.]+) MB\); the limit is 10 MB\.",
            QCoreApplication.translate("ServiceText", "{name} is too large ({mb} MB); the limit is 10 MB."),
        ),
        (r"(?P<name>.+) does not exist\.", QCoreApplication.translate("ServiceText", "{name} does not exist.")),
        (
            r"(?P<name>.+) cannot be read: (?P<reason>.+)\.",
            QCoreApplication.translate("ServiceText", "{name} cannot be read: {reason}."),
        ),
        (
            r"(?P<name>.+) is a (?P<kind>\S+) image; use a PNG or JPEG file\.",
            QCoreApplication.translate("ServiceText", "{name} is a {kind} image; use a PNG or JPEG file."),
        ),
        (
            r"(?P<name>.+) is too large \((?P<size>\d+×\d+) pixels\)\.",
            QCoreApplication.translate("ServiceText", "{name} is too large ({size} pixels)."),
        ),
        (
            r"(?P<name>.+) is not a PNG or JPEG image\.",
            QCoreApplication.translate("ServiceText", "{name} is not a PNG or JPEG image."),
        ),
        (
            r"(?P<name>.+) is damaged and cannot be used as an image \((?P<reason>.*)\)\.",
            QCoreApplication.translate("ServiceText", "{name} is damaged and cannot be used as an image ({reason})."),
        ),
    ] + _file_shapes()
    for module in _area_modules():
        shapes += getattr(module, "refusal_shapes", list)()
    return [(re.compile(pattern, re.S), template) for pattern, template in shapes]


def _file_shapes() -> list[tuple[str, str]]:
    """Plan-file messages (plan_validation, plan_lock, plan_file): opening,
    locking and failed writes. Specific shapes come before the generic
    "is damaged" one, whose detail stays in English."""

    keep = r"Everything saved before it is safe\. Use File › Save As to keep your work in another folder\."
    return [
        (
            r"(?P<name>.+) is a folder, not a plan file\.",
            QCoreApplication.translate("ServiceText", "{name} is a folder, not a plan file."),
        ),
        (
            r"(?P<name>.+) is empty; it is not a Stratdeck plan\.",
            QCoreApplication.translate("ServiceText", "{name} is empty; it is not a Stratdeck plan."),
        ),
        (
            r"(?P<name>.+) is not a Stratdeck plan \(it is not a database file\)\.",
            QCoreApplication.translate("ServiceText", "{name} is not a Stratdeck plan (it is not a database file)."),
        ),
        (
            r"(?P<name>.+) is not a Stratdeck plan \(it is a database of another program\)\.",
            QCoreApplication.translate(
                "ServiceText", "{name} is not a Stratdeck plan (it is a database of another program)."
            ),
        ),
        (
            r"(?P<name>.+) was made by a newer Stratdeck \(plan format (?P<version>\d+); this version reads up to "
            r"(?P<known>\d+)\)\. Please update Stratdeck to open it\.",
            QCoreApplication.translate(
                "ServiceText",
                "{name} was made by a newer Stratdeck (plan format {version}; this version reads up to {known}). "
                "Please update Stratdeck to open it.",
            ),
        ),
        (
            r"(?P<name>.+) contains a (?P<kind>trigger|view) named '(?P<label>.*)', which Stratdeck plans never have; "
            r"it was not opened and nothing in it was run\.",
            QCoreApplication.translate(
                "ServiceText",
                "{name} contains a {kind} named '{label}', which Stratdeck plans never have; "
                "it was not opened and nothing in it was run.",
            ),
        ),
        (
            r"(?P<name>.+) contains (?P<what>.+); it was not opened\.",
            QCoreApplication.translate("ServiceText", "{name} contains {what}; it was not opened."),
        ),
        (
            r"(?P<name>.+) is damaged: the file is cut short( \(truncated\))?\.",
            QCoreApplication.translate("ServiceText", "{name} is damaged: the file is cut short (truncated)."),
        ),
        (
            r"(?P<name>.+) is damaged: the integrity check failed \((?P<detail>.*)\)\.",
            QCoreApplication.translate("ServiceText", "{name} is damaged: the integrity check failed ({detail})."),
        ),
        (
            r"(?P<name>.+?) is damaged: (?P<detail>.+)",
            QCoreApplication.translate("ServiceText", "{name} is damaged: {detail}"),
        ),
        (
            r"(?P<name>.+) is already open by (?P<who>.+)\. You can open it read-only\.",
            QCoreApplication.translate("ServiceText", "{name} is already open by {who}. You can open it read-only."),
        ),
        (
            r"The folder of (?P<name>.+) cannot be written, so the plan can only be opened read-only\.",
            QCoreApplication.translate(
                "ServiceText", "The folder of {name} cannot be written, so the plan can only be opened read-only."
            ),
        ),
        (
            r"Your last change was not saved: the disk is full\. " + keep,
            QCoreApplication.translate(
                "ServiceText",
                "Your last change was not saved: the disk is full. Everything saved before it is safe. "
                "Use File › Save As to keep your work in another folder.",
            ),
        ),
        (
            r"Your last change was not saved: (?P<name>.+) was moved or deleted while open\. " + keep,
            QCoreApplication.translate(
                "ServiceText",
                "Your last change was not saved: {name} was moved or deleted while open. Everything saved before "
                "it is safe. Use File › Save As to keep your work in another folder.",
            ),
        ),
        (
            r"Your last change was not saved: (?P<name>.+) cannot be written \(read-only\)\. " + keep,
            QCoreApplication.translate(
                "ServiceText",
                "Your last change was not saved: {name} cannot be written (read-only). Everything saved before "
                "it is safe. Use File › Save As to keep your work in another folder.",
            ),
        ),
        (
            r"Your last change was not saved: (?P<reason>.+)\. " + keep,
            QCoreApplication.translate(
                "ServiceText",
                "Your last change was not saved: {reason}. Everything saved before it is safe. "
                "Use File › Save As to keep your work in another folder.",
            ),
        ),
    ]


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
