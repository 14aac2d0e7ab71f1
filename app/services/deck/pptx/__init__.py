"""The deck as an editable PowerPoint file: a second renderer over the slide
model (app.services.deck.model), beside the PDF one. See docs/deck.md, "PPTX".

Importing this package is cheap; python-pptx loads when a deck is written."""

from __future__ import annotations


def write_pptx(deck, target_path, **options):
    """Render a laid-out Deck as a PPTX at *target_path*; see writer.write_pptx."""
    from app.services.deck.pptx.writer import write_pptx as write

    return write(deck, target_path, **options)


def export_pptx(plan, target_path, **options):
    """Build the deck of an open plan and write it as a PPTX; see export.export_pptx."""
    from app.services.deck.pptx.export import export_pptx as export

    return export(plan, target_path, **options)


__all__ = ["export_pptx", "write_pptx"]
