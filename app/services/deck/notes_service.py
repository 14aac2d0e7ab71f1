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

# Where each kind of deck text is kept: (table, key column, text column).
_HEADLINES = ("deck_headline", "slide_key", "headline")
_NOTES = ("deck_note", "section", "notes")


def headline_of(plan, slide_key: str) -> str:
    """The user's headline of *slide_key* ('' when the computed one is used)."""
    return _text_of(plan, _HEADLINES, slide_key)


def notes_of(plan, section: str) -> str:
    """The speaker notes of *section* ('' when none)."""
    return _text_of(plan, _NOTES, section)


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
    return _store(plan, _HEADLINES, slide_key, text)


def set_notes(plan, section: str, text: str) -> Change:
    """Store *text* as the speaker notes of *section* ('' removes them); the
    Change carries the previous notes as ``extra["before"]``."""
    if not (section or "").strip():
        raise EditRefused("section", MESSAGES("no_section"))
    text = (text or "").replace("\r\n", "\n").strip()
    if len(text) > MAX_NOTES:
        raise EditRefused("notes", MESSAGES("notes_too_long", length=len(text), limit=MAX_NOTES))
    return _store(plan, _NOTES, section, text)


def _text_of(plan, where: tuple[str, str, str], key: str) -> str:
    table, key_column, text_column = where  # names from the constants above, never from input
    row = plan.conn.execute(f"SELECT {text_column} FROM {table} WHERE {key_column} = ?", (key,)).fetchone()
    return row[0] if row else ""


def _store(plan, where: tuple[str, str, str], key: str, text: str) -> Change:
    """Set one deck text ('' removes it) in one commit; the Change carries
    the previous text as ``extra["before"]``."""
    table, key_column, text_column = where
    before = _text_of(plan, where, key)
    with plan.transaction() as conn:
        if text:
            conn.execute(
                f"INSERT INTO {table} (id, position, {key_column}, {text_column}) VALUES (?, 0, ?, ?) "
                f"ON CONFLICT({key_column}) DO UPDATE SET {text_column} = excluded.{text_column}",
                (str(uuid.uuid4()), key, text))
        else:
            conn.execute(f"DELETE FROM {table} WHERE {key_column} = ?", (key,))
    return Change("deck", table, (key,), (text_column,), extra={"before": before})


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
