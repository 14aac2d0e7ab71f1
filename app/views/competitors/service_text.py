"""Competitors canvas messages in the interface language: findings by rule
id, and the map's axis names. Refused edits are messages by key
(app/services/competitors/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.competitors import rules


def axis_names() -> dict[str, str]:
    """Built-in map axis names, translated."""
    return {
        "price": QCoreApplication.translate("ServiceTextCompetitors", "Price"),
        "quality": QCoreApplication.translate("ServiceTextCompetitors", "Quality"),
        "innovation": QCoreApplication.translate("ServiceTextCompetitors", "Innovation"),
        "reach": QCoreApplication.translate("ServiceTextCompetitors", "Reach"),
        "custom_x": QCoreApplication.translate("ServiceTextCompetitors", "Custom X"),
        "custom_y": QCoreApplication.translate("ServiceTextCompetitors", "Custom Y"),
    }


def axis_text(axis: str, axes) -> str:
    """The title of *axis* on screen: a custom axis's own name, else the
    translated built-in name (*axes* is a competitor_service.Axes)."""
    custom = {"custom_x": axes.x_label, "custom_y": axes.y_label}.get(axis, "").strip()
    return custom or axis_names().get(axis, axis)


class _AxesTemplate(str):
    """A finding template whose {axes} is rebuilt from the finding's
    ``missing`` (axis key, English title) pairs in the interface language."""

    def format(self, *args, **values) -> str:
        missing = values.get("missing") or ()
        if missing:
            names = axis_names()
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
            values["axis"] = axis_names()[english[values["axis"]]]
        return str.format(self, *args, **values)


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the Competitors rules."""
    return {
        "competitors.share_over_100": QCoreApplication.translate(
            "ServiceTextCompetitors", "Market shares add up to {total} %, more than 100 %."
        ),
        "competitors.no_own_brand": QCoreApplication.translate(
            "ServiceTextCompetitors", "No competitor is marked as our brand, so the map cannot show us."
        ),
        "competitors.several_own_brands": QCoreApplication.translate(
            "ServiceTextCompetitors", "{count} competitors are marked as our brand."
        ),
        "competitors.no_name": QCoreApplication.translate("ServiceTextCompetitors", "Competitor {index} has no name."),
        "competitors.own_not_on_map": _AxesTemplate(
            QCoreApplication.translate("ServiceTextCompetitors", "Our brand {name} is not on the map: no {axes} score.")
        ),
        "competitors.not_on_map": _AxesTemplate(
            QCoreApplication.translate("ServiceTextCompetitors", "{name} is not on the map: no {axes} score.")
        ),
        "competitors.custom_axis_unnamed": _AxisNameTemplate(
            QCoreApplication.translate("ServiceTextCompetitors", "The map uses the {axis} axis, which has no name.")
        ),
    }
