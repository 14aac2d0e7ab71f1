"""Competitors canvas messages in the interface language: findings by rule
id, and the map's axis names. Refused edits are messages by key
(app/services/competitors/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.competitors import rules
from app.views.common.label_table import LabelTable

# Built-in map axis names, translated.
AXES = LabelTable("ServiceTextCompetitors", {
    "price": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Price"),
    "quality": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Quality"),
    "innovation": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Innovation"),
    "reach": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Reach"),
    "custom_x": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Custom X"),
    "custom_y": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Custom Y"),
})


def axis_text(axis: str, axes) -> str:
    """The title of *axis* on screen: a custom axis's own name, else the
    translated built-in name (*axes* is a competitor_service.Axes)."""
    custom = {"custom_x": axes.x_label, "custom_y": axes.y_label}.get(axis, "").strip()
    return custom or AXES.translated().get(axis, axis)


class _AxesTemplate(str):
    """A finding template whose {axes} is rebuilt from the finding's
    ``missing`` (axis key, English title) pairs in the interface language."""

    def format(self, *args, **values) -> str:
        missing = values.get("missing") or ()
        if missing:
            names = AXES.translated()
            joiner = QCoreApplication.translate("ServiceTextCompetitors", " and ")
            values["axes"] = joiner.join(
                title if title != rules.AXIS_NAMES.get(key) else names.get(key, title) for key, title in missing
            )
        return str.format(self, *args, **values)


class _AxisNameTemplate(str):
    """A finding template whose {axis} (an English built-in axis name) is translated."""

    def format(self, *args, **values) -> str:
        english = {v: k for k, v in rules.AXIS_NAMES.items()}
        if values.get("axis") in english:
            values["axis"] = AXES.text(english[values["axis"]])
        return str.format(self, *args, **values)


# {rule id: translated template} of the Competitors rules.
FINDINGS = LabelTable("ServiceTextCompetitors", {
    "competitors.share_over_100": QT_TRANSLATE_NOOP(
        "ServiceTextCompetitors", "Market shares add up to {total} %, more than 100 %."
    ),
    "competitors.no_own_brand": QT_TRANSLATE_NOOP(
        "ServiceTextCompetitors", "No competitor is marked as our brand, so the map cannot show us."
    ),
    "competitors.several_own_brands": QT_TRANSLATE_NOOP(
        "ServiceTextCompetitors", "{count} competitors are marked as our brand."
    ),
    "competitors.no_name": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "Competitor {index} has no name."),
    "competitors.own_not_on_map": QT_TRANSLATE_NOOP(
        "ServiceTextCompetitors", "Our brand {name} is not on the map: no {axes} score."
    ),
    "competitors.not_on_map": QT_TRANSLATE_NOOP("ServiceTextCompetitors", "{name} is not on the map: no {axes} score."),
    "competitors.custom_axis_unnamed": QT_TRANSLATE_NOOP(
        "ServiceTextCompetitors", "The map uses the {axis} axis, which has no name."
    ),
}, kinds={
    "competitors.own_not_on_map": _AxesTemplate,
    "competitors.not_on_map": _AxesTemplate,
    "competitors.custom_axis_unnamed": _AxisNameTemplate,
})
