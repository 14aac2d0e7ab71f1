"""The SWOT & TOWS canvas's messages by key (see app/services/plan/messages.py):
refused SWOT item and TOWS strategy edits. The field labels are terms. The
Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

ITEM_LABELS = {"text": "The SWOT item text", "evidence": "The evidence note", "weight": "The weight"}
STRATEGY_LABELS = {"text": "The strategy text", "rationale": "The rationale"}

MESSAGES = catalogue(
    "swot",
    {
        "item_gone": "That SWOT item no longer exists.",
        "strategy_gone": "That TOWS strategy no longer exists.",
        "bad_quadrant": "'{value}' is not a SWOT quadrant (S, W, O or T).",
        "bad_kind": "'{value}' is not a TOWS kind (SO, ST, WO or WT).",
        "weight_not_whole": "The weight must be a whole number from 1 to 5.",
        "weight_out_of_range": "The weight must be from 1 to 5, not {value}.",
        "unknown_item_field": "Unknown SWOT item field '{value}'.",
        "unknown_strategy_field": "Unknown TOWS strategy field '{value}'.",
        "cites_twice": "A strategy cites each SWOT item once.",
        "text_only": "{label} takes text only.",
        "too_long": "{label} has {length} characters; the limit is {limit}.",
    },
    terms=(*ITEM_LABELS.values(), *STRATEGY_LABELS.values()),
)
