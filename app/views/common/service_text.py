"""Service messages in the interface language.

Services stay Qt-free and speak English (the CLI prints that). The GUI
translates what it shows here:

- **findings** by rule id and the finding's ``args`` (not by their English
  text), so rewording a message in a rule cannot break its translation;
- **refused edits, import problems and warnings** are messages by key
  (app/views/common/message_text.py); none is matched by its English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
        # the plan file as a whole (app/services/plan/limits.py, prompt_findings.py)
        "plan.deck_text_too_long": QCoreApplication.translate(
            "ServiceText", "{field} has {length} characters; the deck shows the first {limit} and notes the cut."
        ),
        "plan.image_too_large": QCoreApplication.translate(
            "ServiceText", "The image is {width}×{height} pixels, over the 40 MP limit; replace it with a smaller one."
        ),
        "plan.prompt_left": QCoreApplication.translate(
            "ServiceText",
            "Template prompt text is still in {table} › {field}: “{text}”. Replace it with your own words.",
        ),
    }
    from app.views.shell.canvases import VIEWS  # each canvas's view declaration names its finding texts

    for view in VIEWS:
        templates.update(view.finding_templates())
    template = templates.get(finding.rule)
    if template is None:
        return finding.message
    try:
        return template.format(**dict(finding.args))
    except (KeyError, IndexError, ValueError):
        return finding.message


def field_label(english: str) -> str:
    """A field label (a term of the message catalogues, e.g. the Overview's
    LABELS) in the interface language."""
    return QCoreApplication.translate("Terms", english)
