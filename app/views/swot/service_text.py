"""SWOT & TOWS findings (app.models.swot.rules) in the interface language,
by rule id. Refused edits are messages by key (app/services/swot/messages.py,
app/views/common/message_text.py)."""

from __future__ import annotations

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
