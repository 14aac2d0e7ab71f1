"""The plan deck: the plan as a slide model (model.build_slides), drawn as a
16:9 PDF with reportlab (render_pdf) or as a PPTX.

Importing this package is cheap (no reportlab, matplotlib or fontTools): it
only loads the section registry; each canvas's section renderers register
themselves when the registry is first read (the canvas declarations'
``deck()``, app/services/canvas_list.py).
``build_deck`` imports the heavy modules when a deck is actually built.
See docs/deck.md for the section-renderer interface."""

from __future__ import annotations

from app.services.deck.registry import registered, section_choices, section_renderer
from app.services.deck.text import DeckWarning, Text


def build_deck(plan, target_path, **options):
    """Build the deck of *plan* at *target_path*; see builder.build_deck for
    the options (sections, password, progress, today) and the DeckResult."""
    from app.services.deck.builder import build_deck as build

    return build(plan, target_path, **options)


def missing_characters(texts):
    """Characters of ``(where, text)`` pairs the deck font lacks; see fonts.missing_characters."""
    from app.services.deck.fonts import missing_characters as find

    return find(texts)


__all__ = [
    "DeckWarning",
    "Text",
    "build_deck",
    "missing_characters",
    "registered",
    "section_choices",
    "section_renderer",
    "warm_up",
]


def warm_up() -> None:
    """Load the deck engine ahead of the first export (the font registered
    with reportlab, its character map read), which the first build would
    otherwise pay. Safe to call from a worker thread; no Qt."""
    from app.services.deck import fonts

    fonts.register_font()
    fonts.font_characters()
    from app.services.deck.pdf import pdf_blocks, pdf_charts, pdf_timeline, render_pdf  # noqa: F401
