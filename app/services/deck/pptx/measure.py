"""Text widths in the deck font (the font the slide model's layout measured
with), for the few labels the PPTX renderer places itself: timeline phase
labels, key-date labels and month names."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def text_width(text: str, size: float) -> float:
    """Width of *text* at *size* points in the deck font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.services.deck.fonts import register_reportlab

    return stringWidth(text, register_reportlab(), size)
