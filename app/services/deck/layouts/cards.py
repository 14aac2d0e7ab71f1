"""Cards in the layout step: 3–4 cards a slide, each as tall as what it
holds (a row is as tall as its tallest card), text set at the largest size
that fits; a card too long even at the smallest size has its last lines cut
with "…" (and a warning) rather than a text running out of its box."""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.services.deck.layouts import measure
from app.services.deck.layouts.slides import GAP, grid_boxes
from app.services.deck.model import BODY_BOX, Box, Card, CardLine, CardsBlock

CARD_PAD = 12.0
CARD_TITLE, CARD_SUBTITLE, CARD_LABEL = 15.0, 11.0, 10.0
CARD_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0)
LINE_GAP = 0.35  # space between card lines, in lines
PHOTO = 48.0  # a card's photo, top right


def card_height(card: Card, width: float, size: float) -> float:
    """The height card *card* needs at *width* with its lines at *size*."""
    inner = width - 2 * CARD_PAD
    head_w = inner - (PHOTO + 8 if card.image else 0)
    head = measure.height(card.title, head_w, CARD_TITLE)
    if card.subtitle:
        head += 2 + measure.height(card.subtitle, head_w, CARD_SUBTITLE)
    h = 2 * CARD_PAD + (max(head, PHOTO) if card.image else head)
    for line in card.lines:
        h += size * LINE_GAP + 2
        if line.label:
            h += measure.height(line.label, inner, CARD_LABEL)
        h += measure.height(line.text, inner, size)
    return h


def cards_per_slide(count: int, most: int = 4) -> list[int]:
    """How many cards go on each slide: as even as possible, at most *most*."""
    if count <= 0:
        return []
    slides = math.ceil(count / most)
    base, extra = divmod(count, slides)
    return [base + (1 if n < extra else 0) for n in range(slides)]


def cards_block(cards: Sequence[Card], box: Box = BODY_BOX, columns: int | None = None,
                stretch: bool = False) -> tuple[CardsBlock, list[str]]:
    """One slide's cards in *box*: the largest size at which every card fits
    (its lines cut with "…" at the smallest size otherwise; the cut cards'
    titles are returned). Cards are as tall as their content, or fill the
    box with *stretch*."""
    columns = columns or len(cards)
    rows = math.ceil(len(cards) / columns)
    width = (box.w - GAP * (columns - 1)) / columns
    limit = (box.h - GAP * (rows - 1)) / rows
    cut: list[str] = []
    for size in CARD_SIZES:
        heights = [card_height(c, width, size) for c in cards]
        if max(heights) <= limit:
            break
    else:
        cards = [_cut(c, width, size, limit) for c in cards]
        cut = [c.title for c, h in zip(cards, heights, strict=True) if h > limit]
        heights = [min(card_height(c, width, size), limit) for c in cards]
    if stretch:
        heights = [limit] * len(cards)
    boxes = grid_boxes(len(cards), columns, box, heights)
    used = max(b.bottom for b in boxes) - box.y
    return CardsBlock(Box(box.x, box.y, box.w, used), tuple(cards), tuple(boxes), size), cut


def _cut(card: Card, width: float, size: float, limit: float) -> Card:
    """*card* with lines dropped from the end (the last kept one cut with
    "…") until it fits *limit*."""
    lines = list(card.lines)
    while lines and card_height(Card(card.title, tuple(lines), card.subtitle, card.accent), width, size) > limit:
        last = lines.pop()
        rest = limit - card_height(Card(card.title, tuple(lines), card.subtitle, card.accent), width, size)
        room = int((rest - size * LINE_GAP - 2 - (CARD_LABEL * measure.LEADING if last.label else 0))
                   // (size * measure.LEADING))
        if room >= 1:
            text = "".join(measure.fit_lines(last.text, width - 2 * CARD_PAD, size, room))
            lines.append(CardLine(text, last.label))
            break
    return Card(card.title, tuple(lines), card.subtitle, card.accent, card.image)


def grid_pages(quadrants: Sequence[tuple[str, Sequence[str]]], box: Box, continued) -> list[CardsBlock]:
    """A two-by-two grid of headed cells (SWOT, TOWS) as one block per slide:
    one slide at the largest size that fits; otherwise each cell shows what
    fits at the smallest size and continues in its place on the next slide
    (its title marked by *continued(title)*), nothing cut."""
    cards = [Card(title, tuple(CardLine(line) for line in lines)) for title, lines in quadrants]
    block, cut = cards_block(cards, box, 2, stretch=True)
    if not cut:
        return [block]
    size = CARD_SIZES[-1]
    boxes = grid_boxes(len(cards), 2, box)
    width = boxes[0].w
    inner = width - 2 * CARD_PAD
    queues = [list(c.lines) for c in cards]
    pages: list[CardsBlock] = []
    first = True
    while any(queues) or first:
        shown, shown_boxes = [], []
        for index, card in enumerate(cards):
            if not queues[index] and not first:
                continue
            title = card.title if first else continued(card.title)
            taken: list[CardLine] = []
            while queues[index]:
                line = queues[index][0]
                trial = Card(title, (*taken, line))
                if card_height(trial, width, size) <= boxes[index].h:
                    taken.append(queues[index].pop(0))
                    continue
                rest = boxes[index].h - card_height(Card(title, tuple(taken)), width, size) - size * LINE_GAP - 2
                fit = int(rest // (size * measure.LEADING))
                fit = max(fit, 1) if not taken else fit  # an empty cell always takes something
                lines = measure.wrap(line.text, inner, size)
                if not taken and len(lines) <= fit:
                    taken.append(queues[index].pop(0))
                elif fit >= 1 and len(lines) > fit:  # a long line: what fits here, the rest in the next slide
                    joiner = " " if all(part.isascii() for part in lines) else ""
                    taken.append(CardLine(joiner.join(lines[:fit]), line.label))
                    queues[index][0] = CardLine(joiner.join(lines[fit:]))
                break
            shown.append(Card(title, tuple(taken)))
            shown_boxes.append(boxes[index])
        pages.append(CardsBlock(box, tuple(shown), tuple(shown_boxes), size))
        first = False
    return pages
