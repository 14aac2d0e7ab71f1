"""The deck's own texts stored in the plan: headline overrides per slide
(``deck_headline``: slide key → headline) and speaker notes per section
(``deck_note``: section key → notes). Read here for the build; edited in
the Deck canvas through app.services.deck.notes_service."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DeckTexts:
    """Headline overrides by slide key, notes by section key (non-empty only)."""

    headlines: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


def read(plan) -> DeckTexts:
    """The plan's deck texts (empty for a plan without the tables)."""
    conn = plan.conn
    headlines, notes = {}, {}
    try:
        for key, text in conn.execute("SELECT slide_key, headline FROM deck_headline"):
            if (text or "").strip():
                headlines[key] = text.strip()
        for key, text in conn.execute("SELECT section, notes FROM deck_note"):
            if (text or "").strip():
                notes[key] = text.strip()
    except sqlite3.OperationalError:  # an older file opened read-only before its upgrade
        return DeckTexts()
    return DeckTexts(headlines, notes)
