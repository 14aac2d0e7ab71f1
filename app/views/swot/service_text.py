"""SWOT & TOWS findings (app.models.swot.rules) in the interface language,
by rule id. Refused edits are messages by key (app/services/swot/messages.py,
app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.label_table import LabelTable

# The name of each quadrant letter, singular and plural.
QUADRANT = LabelTable("ServiceTextSwot", {
    "S": QT_TRANSLATE_NOOP("ServiceTextSwot", "strength"),
    "W": QT_TRANSLATE_NOOP("ServiceTextSwot", "weakness"),
    "O": QT_TRANSLATE_NOOP("ServiceTextSwot", "opportunity"),
    "T": QT_TRANSLATE_NOOP("ServiceTextSwot", "threat"),
})
QUADRANTS = LabelTable("ServiceTextSwot", {
    "S": QT_TRANSLATE_NOOP("ServiceTextSwot", "strengths"),
    "W": QT_TRANSLATE_NOOP("ServiceTextSwot", "weaknesses"),
    "O": QT_TRANSLATE_NOOP("ServiceTextSwot", "opportunities"),
    "T": QT_TRANSLATE_NOOP("ServiceTextSwot", "threats"),
})


class QuadrantTemplate(str):
    """A finding template whose ``{quadrant}`` / ``{quadrants}`` show the
    translated name of the quadrant letter in the finding's args."""

    def format(self, *args, **values) -> str:  # noqa: A003 - str.format's name, as finding_text calls it
        letter = values.get("quadrant", "")
        values.update(quadrant=QUADRANT.text(letter), quadrants=QUADRANTS.text(letter))
        return str.format(self, *args, **values)


# {rule id: translated template} of the SWOT & TOWS findings.
FINDINGS = LabelTable("ServiceTextSwot", {
    "swot.empty_quadrant": QT_TRANSLATE_NOOP("ServiceTextSwot", "The SWOT lists no {quadrants} yet."),
    "swot.empty_item": QT_TRANSLATE_NOOP("ServiceTextSwot", "SWOT item {item} has no text."),
    "swot.no_evidence": QT_TRANSLATE_NOOP(
        "ServiceTextSwot", "SWOT item {item} weighs {weight} but names no evidence."
    ),
    "tows.empty_strategy": QT_TRANSLATE_NOOP("ServiceTextSwot", "TOWS strategy {strategy} has no text."),
    "tows.no_citation": QT_TRANSLATE_NOOP(
        "ServiceTextSwot", "TOWS strategy {strategy} cites no SWOT item."
    ),
    "tows.kind_mismatch": QT_TRANSLATE_NOOP(
        "ServiceTextSwot",
        "TOWS strategy {strategy} cites {item}, a {quadrant}, which {kind} strategies do not pair.",
    ),
    "tows.missing_side": QT_TRANSLATE_NOOP("ServiceTextSwot", "TOWS strategy {strategy} cites no {quadrant}."),
}, kinds={
    "swot.empty_quadrant": QuadrantTemplate,
    "tows.kind_mismatch": QuadrantTemplate,
    "tows.missing_side": QuadrantTemplate,
})
