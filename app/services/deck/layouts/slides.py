"""The layout step: slide makers that measure text in the deck font and
place blocks of the slide model in their boxes. Section renderers reach them
as ``ctx.slides``; each maker returns as many model Slides as the content
needs (follow-on slides headed "…（续）" / "… (cont.)").

Every maker takes the slide's *headline* (its point, a sentence) and a
*key* naming the slide for a user headline override (``"budget.mix"``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from app.models.prompts import without_prompt
from app.services.deck.layouts import measure
from app.services.deck.messages import MESSAGES
from app.services.deck.model import (
    BODY_BOX,
    HEADLINE_BOX,
    Box,
    Bullet,
    BulletsBlock,
    ChartBlock,
    ChartSpec,
    KeyFigure,
    KeyFiguresBlock,
    Slide,
    TextBlock,
)

HEADLINE_SIZES = (26.0, 22.0, 19.0)
GAP = 16.0
BULLET_SIZES = (16.0, 15.0, 14.0, 13.0, 12.0)
BULLET_INDENT = 20.0
PARAGRAPH_GAP = 0.45  # space after a paragraph or bullet, in lines
CAPTION_SIZE = 12.0
FIGURE_VALUE, FIGURE_LABEL, FIGURE_DETAIL = 30.0, 12.0, 11.0
LOGO_ROOM = 148.0
TABLE_SIZES = (15.0, 14.0, 13.0, 12.0)


def paragraphs_height(paragraphs: Sequence[str], width: float, size: float) -> float:
    """The height of *paragraphs* set one under the other with the paragraph gap."""
    lines = [measure.height(p, width, size) for p in paragraphs]
    return sum(lines) + max(0, len(lines) - 1) * size * PARAGRAPH_GAP


def bullets_height(items: Sequence[Bullet], width: float, size: float, heading: str = "") -> float:
    """The height of a bullet list (the heading line included)."""
    return _bullets_height(tuple(items), width, size, heading)


@lru_cache(maxsize=4096)
def _bullets_height(items: tuple[Bullet, ...], width: float, size: float, heading: str) -> float:
    # remembered: a layout that tries sizes and splits asks again for the same list
    total = measure.height(heading, width, size) + size * PARAGRAPH_GAP if heading else 0.0
    for item in items:
        total += measure.height(bullet_text(item), width - BULLET_INDENT * (item.level + 1), size)
    return total + max(0, len(items) - 1) * size * PARAGRAPH_GAP


def bullet_text(item: Bullet) -> str:
    """What a bullet line says (the lead-in before the text)."""
    return f"{item.lead}{item.text}" if item.lead else item.text


class SlideMaker:
    """The slide makers of one deck build (bound to its context: language,
    labels, text checker, logo)."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.headline_width = HEADLINE_BOX.w - (LOGO_ROOM if ctx.theme.logo else 0)

    # -- text ------------------------------------------------------------------
    def clean(self, value, where: str = "") -> str:
        """Plan text as drawable plain text (missing characters reported)."""
        text = getattr(value, "value", value)
        place = getattr(value, "where", where)
        return self.ctx.checker.plain(without_prompt("" if text is None else str(text)), place).strip()

    def continued(self, headline: str) -> str:
        """The headline of a follow-on slide."""
        return self.ctx.label("cont", title=headline)

    def headline_fit(self, headline: str) -> tuple[str, float]:
        """The headline at the largest size that keeps it to two lines; one
        too long even at the smallest size is cut with "…"."""
        for size in HEADLINE_SIZES:
            if len(measure.wrap(headline, self.headline_width, size)) <= 2:
                return headline, size
        size = HEADLINE_SIZES[-1]
        return measure.join_lines(measure.fit_lines(headline, self.headline_width, size, 2)), size

    def slide(self, headline, blocks, key: str = "", continued: bool = False, kind: str = "content") -> Slide:
        """A content slide with its headline fitted."""
        text, size = self.headline_fit(self.clean(headline, "a slide headline"))
        return Slide(kind, self.ctx.section_key, text, tuple(blocks), headline_key=key, continued=continued,
                     headline_size=size)

    def pages(self, headline, pages: list[list], key: str) -> list[Slide]:
        """One slide per list of blocks, the second on headed as continued."""
        headline = self.clean(headline, "a slide headline")
        return [self.slide(headline if n == 0 else self.continued(headline), blocks, key, continued=n > 0)
                for n, blocks in enumerate(pages)]

    # -- makers ----------------------------------------------------------------
    def bullets(self, headline, items: Sequence, key: str = "", numbered: bool = False,
                box: Box = BODY_BOX) -> list[Slide]:
        """A bullet list at the largest size that fits one slide; a list too
        long for one slide at 12 pt continues on follow-on slides."""
        bullets = [i if isinstance(i, Bullet) else Bullet(self.clean(i, "a bullet")) for i in items]
        bullets = [b for b in bullets if b.text]
        if not bullets:
            return []
        return self.pages(headline, [[b] for b in self.bullet_blocks(bullets, box, numbered)], key)

    def bullet_blocks(self, bullets: list[Bullet], box: Box, numbered: bool = False,
                      heading: str = "") -> list[BulletsBlock]:
        """Bullets blocks filling *box*, one per slide."""
        for size in BULLET_SIZES:
            h = bullets_height(bullets, box.w, size, heading)
            if h <= box.h:
                return [BulletsBlock(Box(box.x, box.y, box.w, h), tuple(bullets), numbered, heading, size)]
        size = BULLET_SIZES[-1]
        blocks, current = [], []
        for item in bullets:
            if current and bullets_height([*current, item], box.w, size, heading) > box.h:
                blocks.append(current)
                current = []
            current.append(item)
        blocks.append(current)
        return [BulletsBlock(Box(box.x, box.y, box.w, bullets_height(b, box.w, size, heading)), tuple(b), numbered,
                             heading, size) for b in blocks]

    def text(self, headline, paragraphs: Sequence, key: str = "") -> list[Slide]:
        """Running text at the largest size that fits; long text continues."""
        texts = [t for t in (self.clean(p, "text") for p in paragraphs) if t]
        if not texts:
            return []
        box = BODY_BOX
        for size in BULLET_SIZES:
            h = paragraphs_height(texts, box.w, size)
            if h <= box.h:
                return self.pages(headline, [[TextBlock(Box(box.x, box.y, box.w, h), tuple(texts), "body", size)]],
                                  key)
        size = BULLET_SIZES[-1]
        pages, current = [], []
        for text in texts:
            for line_group in _split_paragraph(text, box.w, size, box.h):
                if current and paragraphs_height([*current, line_group], box.w, size) > box.h:
                    pages.append(current)
                    current = []
                current.append(line_group)
        pages.append(current)
        return self.pages(headline, [[TextBlock(Box(box.x, box.y, box.w, paragraphs_height(p, box.w, size)),
                                                tuple(p), "body", size)] for p in pages], key)

    def caption_block(self, captions: Sequence[str], box: Box) -> TextBlock | None:
        """A caption at the bottom of *box* (None without text)."""
        texts = [t for t in (self.clean(c, "a caption") for c in captions) if t]
        if not texts:
            return None
        h = paragraphs_height(texts, box.w, CAPTION_SIZE)
        return TextBlock(Box(box.x, box.bottom - h, box.w, h), tuple(texts), "caption", CAPTION_SIZE)

    def chart(self, headline, spec: ChartSpec, captions: Sequence[str] = (), key: str = "",
              side: list | None = None, side_share: float = 0.36) -> list[Slide]:
        """A chart filling the body above its caption; *side* is a function
        ``side(box) -> blocks`` folding a small companion (a one-row table,
        a few bullets) into the right part of the slide."""
        body = BODY_BOX
        captions = [t for t in (self.clean(c, "a caption") for c in captions) if t]
        rest: list[str] = []
        while captions and paragraphs_height(captions, body.w, CAPTION_SIZE) > body.h * 0.3:
            rest.insert(0, captions.pop())  # a long caption continues on a text slide after the chart
        caption = self.caption_block(captions, body)
        chart_h = body.h - (caption.box.h + 10 if caption else 0)
        chart_w = body.w
        blocks: list = []
        if side is not None:
            side_w = body.w * side_share
            chart_w = body.w - side_w - GAP
            blocks += side(Box(body.x + chart_w + GAP, body.y, side_w, chart_h))
        blocks.insert(0, ChartBlock(Box(body.x, body.y, chart_w, chart_h), spec))
        if caption:
            blocks.append(caption)
        slides = self.pages(headline, [blocks], key)
        if rest:
            more = self.text(self.continued(self.clean(headline, "a slide headline")), rest, key)
            slides += [replace(s, continued=True) for s in more]
        return slides

    def key_figures_block(self, figures: Sequence[KeyFigure], box: Box) -> KeyFiguresBlock | None:
        """Key figures side by side in *box* (height: what they need)."""
        figures = [f for f in figures if f.value.strip()]
        if not figures:
            return None
        width = (box.w - GAP * (len(figures) - 1)) / len(figures)
        need = max(FIGURE_VALUE * 1.2 + measure.height(f.label, width - 16, FIGURE_LABEL)
                   + (measure.height(f.detail, width - 16, FIGURE_DETAIL) if f.detail else 0) for f in figures) + 22
        return KeyFiguresBlock(Box(box.x, box.y, box.w, min(need, box.h)), tuple(figures))


def _split_paragraph(text: str, width: float, size: float, limit: float) -> list[str]:
    """A paragraph taller than *limit* as parts at line boundaries."""
    lines = measure.wrap(text, width, size)
    per = max(1, int(limit // (size * measure.LEADING)))
    if len(lines) <= per:
        return [text]
    return [measure.join_lines(lines[i : i + per]) for i in range(0, len(lines), per)]


def grid_boxes(count: int, columns: int, box: Box, heights: Sequence[float] | None = None) -> list[Box]:
    """*count* boxes in rows of *columns* inside *box*, GAP apart; a row is as
    tall as its tallest entry in *heights* (equal rows without)."""
    rows = math.ceil(count / columns)
    width = (box.w - GAP * (columns - 1)) / columns
    if heights is None:
        row_h = [(box.h - GAP * (rows - 1)) / rows] * rows
    else:
        row_h = [max(heights[r * columns : (r + 1) * columns]) for r in range(rows)]
    boxes, top = [], box.y
    for r in range(rows):
        for c in range(columns):
            if r * columns + c < count:
                boxes.append(Box(box.x + c * (width + GAP), top, width, row_h[r]))
        top += row_h[r] + GAP
    return boxes


def _table_pages(maker: SlideMaker, headline, header, rows, weights=None, key: str = "", widths=None,
                 **options) -> list[Slide]:
    """Table slides (see layout_table.table_blocks for *options*); *weights*
    (or *widths*) are relative column widths."""
    from app.services.deck.layouts.table import one_slide_widths, table_blocks

    weights = weights or widths
    rows = [[maker.clean(cell, "a table cell") for cell in row] for row in rows]
    header = [maker.clean(h, "a table header") for h in header]
    if not rows:
        return []
    size, found = TABLE_SIZES[-1], None  # found: the column widths that keep the table on one slide
    for candidate in TABLE_SIZES[:-1]:  # the largest size that keeps the table on one slide
        found = one_slide_widths(header, rows, weights, size=candidate, **options)
        if found is not None:
            size = candidate
            break
    blocks = table_blocks(header, rows, weights, size=size, widths=found, **options)
    return maker.pages(headline, [[b] for b in blocks], key)


def _card_pages(maker: SlideMaker, headline, cards, key: str = "", most: int = 4, columns: int | None = None,
                stretch: bool = False, box: Box = BODY_BOX) -> list[Slide]:
    """Cards over as few slides as hold at most *most* each (3–4 a slide);
    when a card does not fit even at the smallest size, fewer cards a slide
    (wider cards) before any line is shortened."""
    from app.services.deck.layouts.cards import cards_block, cards_per_slide

    pages: list = []
    cut: list[str] = []
    fewest = 1 if columns is None else most
    for per_slide in range(most, fewest - 1, -1):
        pages, cut, start = [], [], 0
        for count in cards_per_slide(len(cards), per_slide):
            block, shortened = cards_block(cards[start : start + count], box, columns, stretch)
            cut += shortened
            pages.append([block])
            start += count
        if not cut:
            break
    for title in cut:
        maker.ctx.checker.note(MESSAGES("card_shortened", title=title))
    return maker.pages(headline, pages, key)


def _grid_pages(maker: SlideMaker, headline, quadrants, key: str = "") -> list[Slide]:
    """A two-by-two grid of ``(title, lines)`` cells; a cell that overflows
    continues in its place on the next slide."""
    from app.services.deck.layouts.cards import grid_pages

    cells = [(maker.clean(title, "a grid cell"), [t for t in (maker.clean(i, "a grid cell") for i in items) if t])
             for title, items in quadrants]
    return maker.pages(headline, [[b] for b in grid_pages(cells, BODY_BOX, maker.continued)], key)


SlideMaker.grid = _grid_pages
SlideMaker.table = _table_pages
SlideMaker.cards = _card_pages


def _timeline_pages(maker: SlideMaker, headline, start, end, rows, markers, key: str = "",
                    captions=()) -> list[Slide]:
    """Timeline slides: the whole period on one slide when its rows fit
    (rows sized to their labels); else one slide per half (quarter) of the
    period holding the rows active in it, which gives the phase labels twice
    the room; rows that still do not fit continue on follow-on slides."""
    import datetime as dt

    language = maker.ctx.language
    body = BODY_BOX
    caption = maker.caption_block(captions, body)
    room = body.h - (caption.box.h + 10 if caption else 0)
    label_width = min(200.0, max(110.0, max((measure.width_of(r.label, 12.0) for r in rows), default=0) + 14))
    whole = _timeline_chunks(start, end, rows, markers, room, label_width, language)
    windows = [(start, end, whole)]
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    for parts in (2, 4):
        if len(windows[0][2]) == 1 and len(windows) == 1 or months < parts * 2:
            break
        step = months // parts
        cuts = []
        for n in range(parts):
            first_month = start.month - 1 + n * step
            first = dt.date(start.year + first_month // 12, first_month % 12 + 1, 1) if n else start
            last_month = start.month - 1 + (n + 1) * step
            last = (dt.date(start.year + last_month // 12, last_month % 12 + 1, 1) - dt.timedelta(days=1)
                    if n < parts - 1 else end)
            active = [r for r in rows if r.start <= last and r.end >= first]
            if active:
                cuts.append((first, last, _timeline_chunks(first, last, active, markers, room, label_width,
                                                           language)))
        if sum(len(c) for *_, c in cuts) <= sum(len(c) for *_, c in windows):
            windows = cuts
    slides: list[Slide] = []
    from app.services.deck.layouts.timeline import geometry
    from app.services.deck.model import TimelineBlock

    for first, last, chunks in windows:
        label = _window_label(first, last, start, end, language)
        for chunk in chunks:
            block = TimelineBlock(Box(body.x, body.y, body.w, room), first, last, tuple(chunk), tuple(markers),
                                  label_width=label_width)
            g = geometry(block, language)
            header = g.rows_top - body.y
            grown = min(64.0, (room * 0.85 - header) / len(chunk))  # rows grow to use the slide, never beyond it
            if grown > min(row.height for row in g.rows):
                taller = TimelineBlock(block.box, first, last, tuple(chunk), tuple(markers), grown, label_width)
                if geometry(taller, language).height <= room:
                    block, g = taller, geometry(taller, language)
            block = TimelineBlock(Box(body.x, body.y, body.w, min(g.height, room)), first, last, tuple(chunk),
                                  tuple(markers), block.row_height, label_width)
            blocks = [block, caption] if caption else [block]
            title = headline(chunk, label) if callable(headline) else maker.clean(headline) + label
            slides += maker.pages(title, [blocks], key if not slides else f"{key}.{len(slides)}")
    return slides


def _window_label(first, last, start, end, language: str) -> str:
    """" · 1–6月" / " · Jan–Jun" for a part of the period; "" for all of it."""
    if (first, last) == (start, end):
        return ""
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    if language == "en":
        return f" · {names[first.month - 1]}–{names[last.month - 1]} {last.year}"
    return f"（{first.month}–{last.month}月）"


def _timeline_chunks(start, end, rows, markers, room: float, label_width: float, language: str) -> list[list]:
    """The rows in groups that fit *room* on a timeline of start … end."""
    from app.services.deck.layouts.timeline import geometry
    from app.services.deck.model import TimelineBlock

    pages, current = [], []
    for row in rows:
        trial = TimelineBlock(Box(BODY_BOX.x, BODY_BOX.y, BODY_BOX.w, room), start, end, tuple([*current, row]),
                              tuple(markers), label_width=label_width)
        if current and geometry(trial, language).height > room:
            pages.append(current)
            current = []
        current.append(row)
    pages.append(current)
    return pages


SlideMaker.timeline = _timeline_pages
