"""Deck tables (plan format 3): the user's headline for a slide, replacing
the computed one, and the speaker notes of a deck section."""

from __future__ import annotations

from sqlmodel import Field

from app.models.base import Ordered
from app.models.deck.limits import MAX_HEADLINE, MAX_NOTES  # noqa: F401  (kept importable from here)


class DeckHeadline(Ordered, table=True):
    """The user's headline for the slide named *slide_key* (e.g.
    ``budget.summary``; a continued slide shares its first slide's key)."""

    __tablename__ = "deck_headline"

    slide_key: str = Field(unique=True)
    headline: str = Field(default="")


class DeckNote(Ordered, table=True):
    """Speaker notes for deck section *section* (a registry key, or
    ``summary``): shown in the presenter view and written to the PPTX."""

    __tablename__ = "deck_note"

    section: str = Field(unique=True)
    notes: str = Field(default="")
