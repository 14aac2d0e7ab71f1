"""Editing the deck's own texts in the plan: a headline override per slide
and speaker notes per section (tables deck_headline and deck_note, plan
format 3). Each edit commits at once and returns the previous text, so the
Deck canvas can undo it by setting that text again. Empty text removes the
override (the computed headline comes back)."""

from __future__ import annotations

import uuid

from app.models.deck.limits import MAX_HEADLINE, MAX_NOTES
from app.services.deck.messages import MESSAGES
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused


def headline_of(plan, slide_key: str) -> str:
    """The user's headline of *slide_key* ('' when the computed one is used)."""
    row = plan.conn.execute("SELECT headline FROM deck_headline WHERE slide_key = ?", (slide_key,)).fetchone()
    return row[0] if row else ""


def notes_of(plan, section: str) -> str:
    """The speaker notes of *section* ('' when none)."""
    row = plan.conn.execute("SELECT notes FROM deck_note WHERE section = ?", (section,)).fetchone()
    return row[0] if row else ""


def set_headline(plan, slide_key: str, text: str) -> Change:
    """Store *text* as the headline of slide *slide_key* ('' removes the
    override); the Change carries the previous override as
    ``extra["before"]`` (for undo). Refused (nothing changes) for a text
    longer than a headline can show."""
    if not (slide_key or "").strip():
        raise EditRefused("slide_key", MESSAGES("no_slide_key"))
    text = " ".join((text or "").split())
    if len(text) > MAX_HEADLINE:
        raise EditRefused("headline", MESSAGES("headline_too_long", length=len(text), limit=MAX_HEADLINE))
    before = headline_of(plan, slide_key)
    with plan.transaction() as conn:
        if text:
            conn.execute(
                "INSERT INTO deck_headline (id, position, slide_key, headline) VALUES (?, 0, ?, ?) "
                "ON CONFLICT(slide_key) DO UPDATE SET headline = excluded.headline",
                (str(uuid.uuid4()), slide_key, text))
        else:
            conn.execute("DELETE FROM deck_headline WHERE slide_key = ?", (slide_key,))
    return Change("deck", "deck_headline", (slide_key,), ("headline",), extra={"before": before})


def set_notes(plan, section: str, text: str) -> Change:
    """Store *text* as the speaker notes of *section* ('' removes them); the
    Change carries the previous notes as ``extra["before"]``."""
    if not (section or "").strip():
        raise EditRefused("section", MESSAGES("no_section"))
    text = (text or "").replace("\r\n", "\n").strip()
    if len(text) > MAX_NOTES:
        raise EditRefused("notes", MESSAGES("notes_too_long", length=len(text), limit=MAX_NOTES))
    before = notes_of(plan, section)
    with plan.transaction() as conn:
        if text:
            conn.execute(
                "INSERT INTO deck_note (id, position, section, notes) VALUES (?, 0, ?, ?) "
                "ON CONFLICT(section) DO UPDATE SET notes = excluded.notes",
                (str(uuid.uuid4()), section, text))
        else:
            conn.execute("DELETE FROM deck_note WHERE section = ?", (section,))
    return Change("deck", "deck_note", (section,), ("notes",), extra={"before": before})


def slide_list(plan, language: str | None = None) -> list[dict]:
    """The deck's slides for the Deck canvas panel: one entry per slide key
    (continued slides left out) with its section, section title, computed or
    overridden headline and whether the user overrode it, in deck order."""
    from app.services.deck import deck_texts
    from app.services.deck.model import build_slides

    deck = build_slides(plan, language=language, dividers="never")
    overrides = deck_texts.read(plan).headlines
    seen, found = set(), []
    for slide in deck.slides:
        if not slide.headline_key or slide.headline_key in seen or slide.kind in ("cover", "closing", "divider"):
            continue
        seen.add(slide.headline_key)
        found.append({"key": slide.headline_key, "section": slide.section, "topic": slide.tracker,
                      "headline": slide.headline, "overridden": slide.headline_key in overrides})
    return found
