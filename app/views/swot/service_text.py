"""SWOT & TOWS service messages in the interface language: findings by rule
id (app.models.swot.rules) and refused edits by message shape
(swot_service, swot_strategies). See app/views/common/service_text.py."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _quadrant_names() -> dict[str, tuple[str, str]]:
    """(singular, plural) name of each quadrant letter."""
    return {
        "S": (
            QCoreApplication.translate("ServiceTextSwot", "strength"),
            QCoreApplication.translate("ServiceTextSwot", "strengths"),
        ),
        "W": (
            QCoreApplication.translate("ServiceTextSwot", "weakness"),
            QCoreApplication.translate("ServiceTextSwot", "weaknesses"),
        ),
        "O": (
            QCoreApplication.translate("ServiceTextSwot", "opportunity"),
            QCoreApplication.translate("ServiceTextSwot", "opportunities"),
        ),
        "T": (
            QCoreApplication.translate("ServiceTextSwot", "threat"),
            QCoreApplication.translate("ServiceTextSwot", "threats"),
        ),
    }


class QuadrantTemplate(str):
    """A finding template whose ``{quadrant}`` / ``{quadrants}`` show the
    translated name of the quadrant letter in the finding's args."""

    def format(self, *args, **values) -> str:  # noqa: A003 - str.format's name, as finding_text calls it
        letter = values.get("quadrant", "")
        singular, plural = _quadrant_names().get(letter, (letter, letter))
        values.update(quadrant=singular, quadrants=plural)
        return str.format(self, *args, **values)


def finding_templates() -> dict[str, str]:
    """{rule id: translated template} of the SWOT & TOWS findings."""
    return {
        "swot.empty_quadrant": QuadrantTemplate(
            QCoreApplication.translate("ServiceTextSwot", "The SWOT lists no {quadrants} yet.")
        ),
        "swot.empty_item": QCoreApplication.translate("ServiceTextSwot", "SWOT item {item} has no text."),
        "swot.no_evidence": QCoreApplication.translate(
            "ServiceTextSwot", "SWOT item {item} weighs {weight} but names no evidence."
        ),
        "tows.empty_strategy": QCoreApplication.translate("ServiceTextSwot", "TOWS strategy {strategy} has no text."),
        "tows.no_citation": QCoreApplication.translate(
            "ServiceTextSwot", "TOWS strategy {strategy} cites no SWOT item."
        ),
        "tows.kind_mismatch": QuadrantTemplate(
            QCoreApplication.translate(
                "ServiceTextSwot",
                "TOWS strategy {strategy} cites {item}, a {quadrant}, which {kind} strategies do not pair.",
            )
        ),
        "tows.missing_side": QuadrantTemplate(
            QCoreApplication.translate("ServiceTextSwot", "TOWS strategy {strategy} cites no {quadrant}.")
        ),
    }


def _labels() -> dict[str, str]:
    """Field labels the services put at the start of a message."""
    return {
        "The SWOT item text": QCoreApplication.translate("ServiceTextSwot", "The SWOT item text"),
        "The evidence note": QCoreApplication.translate("ServiceTextSwot", "The evidence note"),
        "The strategy text": QCoreApplication.translate("ServiceTextSwot", "The strategy text"),
        "The rationale": QCoreApplication.translate("ServiceTextSwot", "The rationale"),
    }


def refusal_shapes() -> list[tuple[str, str]]:
    """(English message regex, translated template) of refused SWOT & TOWS edits."""
    shapes = [
        (
            r"That SWOT item no longer exists\.",
            QCoreApplication.translate("ServiceTextSwot", "That SWOT item no longer exists."),
        ),
        (
            r"That TOWS strategy no longer exists\.",
            QCoreApplication.translate("ServiceTextSwot", "That TOWS strategy no longer exists."),
        ),
        (
            r"'(?P<value>.*)' is not a SWOT quadrant \(S, W, O or T\)\.",
            QCoreApplication.translate("ServiceTextSwot", "'{value}' is not a SWOT quadrant (S, W, O or T)."),
        ),
        (
            r"'(?P<value>.*)' is not a TOWS kind \(SO, ST, WO or WT\)\.",
            QCoreApplication.translate("ServiceTextSwot", "'{value}' is not a TOWS kind (SO, ST, WO or WT)."),
        ),
        (
            r"The weight must be a whole number from 1 to 5\.",
            QCoreApplication.translate("ServiceTextSwot", "The weight must be a whole number from 1 to 5."),
        ),
        (
            r"The weight must be from 1 to 5, not (?P<value>-?\d+)\.",
            QCoreApplication.translate("ServiceTextSwot", "The weight must be from 1 to 5, not {value}."),
        ),
        (
            r"Unknown SWOT item field '(?P<value>.*)'\.",
            QCoreApplication.translate("ServiceTextSwot", "Unknown SWOT item field '{value}'."),
        ),
        (
            r"Unknown TOWS strategy field '(?P<value>.*)'\.",
            QCoreApplication.translate("ServiceTextSwot", "Unknown TOWS strategy field '{value}'."),
        ),
        (
            r"A strategy cites each SWOT item once\.",
            QCoreApplication.translate("ServiceTextSwot", "A strategy cites each SWOT item once."),
        ),
    ]
    only_text = QCoreApplication.translate("ServiceTextSwot", "{field} takes text only.")
    too_long = QCoreApplication.translate("ServiceTextSwot", "{field} has {length} characters; the limit is {limit}.")
    for english, translated in _labels().items():
        shapes.append((re.escape(english) + r" takes text only\.", only_text.replace("{field}", translated)))
        shapes.append(
            (
                re.escape(english) + r" has (?P<length>\d+) characters; the limit is (?P<limit>\d+)\.",
                too_long.replace("{field}", translated),
            )
        )
    return shapes
