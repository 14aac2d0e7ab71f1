"""A guard for text set in another program's fonts.

The layout measured every text in the bundled deck font; PowerPoint, WPS
and LibreOffice set it in the fonts the PPTX names (Arial beside Microsoft
YaHei, or what they substitute), and LibreOffice adds a little space between
Chinese and Latin text. A line that just fitted in the PDF can then wrap,
and a box whose text gains a line overflows. So each block's text is
checked against a slightly narrower width (``SAFETY``): where a text would
need more lines there than the layout planned, the block's size steps down
by half a point until it would not (never below 85 % of the layout's)."""

from __future__ import annotations

from collections.abc import Iterable

from app.services.deck.layouts import measure

SAFETY = 0.9  # the share of a line's width another font may be assumed to fill what ours fills
STEP = 0.5
FLOOR = 0.85


def guarded_size(texts: Iterable[tuple[str, float]], size: float) -> float:
    """The size (≤ *size*) for a block whose *texts* are ``(text, width)``
    pairs set at *size*: each takes no more lines at ``SAFETY × width``
    than the layout planned at the full width."""
    pairs = [(text, width) for text, width in texts if text and width > 0]
    planned = [max(len(measure.wrap(text, width, size)), 1) for text, width in pairs]
    floor = size * FLOOR
    current = size
    while current > floor:
        if all(len(measure.wrap(text, width * SAFETY, current)) <= lines
               for (text, width), lines in zip(pairs, planned, strict=True)):
            return current
        current -= STEP
    return max(floor, current)
