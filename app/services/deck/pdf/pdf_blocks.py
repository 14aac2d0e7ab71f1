"""Drawing the text-like blocks of the slide model in the PDF: text,
bullets, tables, cards and key figures (charts: pdf_charts; timelines:
pdf_timeline). Every text is wrapped with measure.wrap at the size the
layout chose, so it lies inside the box the layout measured."""

from __future__ import annotations

from app.services.deck.layouts import measure
from app.services.deck.layouts.cards import CARD_LABEL, CARD_PAD, CARD_SUBTITLE, CARD_TITLE, LINE_GAP, PHOTO
from app.services.deck.layouts.slides import BULLET_INDENT, FIGURE_DETAIL, FIGURE_LABEL, FIGURE_VALUE, PARAGRAPH_GAP
from app.services.deck.layouts.table import PAD_X, PAD_Y, row_height
from app.services.deck.model import (
    PAGE_H,
    BulletsBlock,
    CardsBlock,
    ChartBlock,
    KeyFiguresBlock,
    TableBlock,
    TextBlock,
    TimelineBlock,
)


def draw_block(r, block, slide) -> None:
    """Draw one block of *slide* with renderer *r*."""
    if isinstance(block, TextBlock):
        _text(r, block, slide)
    elif isinstance(block, BulletsBlock):
        _bullets(r, block)
    elif isinstance(block, TableBlock):
        _table(r, block)
    elif isinstance(block, CardsBlock):
        _cards(r, block)
    elif isinstance(block, KeyFiguresBlock):
        _figures(r, block)
    elif isinstance(block, ChartBlock):
        from app.services.deck.pdf import pdf_charts

        pdf_charts.draw_chart(r, block)
    elif isinstance(block, TimelineBlock):
        from app.services.deck.pdf import pdf_timeline

        pdf_timeline.draw_timeline(r, block)


def _text(r, block: TextBlock, slide) -> None:
    t = r.theme
    on_colour = slide.kind in ("cover", "divider", "closing") and block.style in ("title", "on_brand", "number")
    colour = {"caption": t.muted, "label": t.muted, "lead": t.ink}.get(block.style, t.text)
    if on_colour:
        colour = t.soft if block.style == "number" and t.on_brand == "#FFFFFF" else t.on_brand
    top = block.box.y
    for paragraph in block.paragraphs:
        top = r.text(paragraph, block.box.x, top, block.box.w, block.size, colour, block.align)
        top += block.size * PARAGRAPH_GAP


def _bullets(r, block: BulletsBlock) -> None:
    t, size = r.theme, block.size
    top, box = block.box.y, block.box
    if block.heading:
        top = r.text(block.heading, box.x, top, box.w, size, t.ink) + size * PARAGRAPH_GAP
    for n, item in enumerate(block.items, 1):
        indent = BULLET_INDENT * (item.level + 1)
        mark = f"{n}." if block.numbered else ("•" if item.level == 0 else "–")
        r.lines([mark], box.x + BULLET_INDENT * item.level, top, BULLET_INDENT, size, t.ink)
        lines = measure.wrap(f"{item.lead}{item.text}" if item.lead else item.text, box.w - indent, size)
        if item.lead and lines:
            lead_lines = measure.wrap(item.lead, box.w - indent, size)
            if len(lead_lines) == 1 and lines[0].startswith(lead_lines[0]):
                r.lines([lead_lines[0]], box.x + indent, top, box.w - indent, size, t.ink)
                rest = lines[0][len(lead_lines[0]):]
                from app.services.deck.layouts.measure import width_of

                r.lines([rest], box.x + indent + width_of(lead_lines[0], size), top, box.w, size, t.text)
                top = r.lines(lines[1:], box.x + indent, top + size * measure.LEADING, box.w - indent, size, t.text)
                top += size * PARAGRAPH_GAP
                continue
        top = r.lines(lines, box.x + indent, top, box.w - indent, size, t.text) + size * PARAGRAPH_GAP


def _table(r, block: TableBlock) -> None:
    t, size = r.theme, block.size
    widths = block.weights
    x0, top = block.box.x, block.box.y
    head = [c.title for c in block.columns]
    head_h = row_height(head, widths, size)
    r.fill(x0, top, sum(widths), head_h, t.brand)
    _row(r, head, [c.align for c in block.columns], widths, x0, top, size, t.on_brand)
    top += head_h
    fills = {(c, row): colour for c, row, colour in block.fills}
    for index, row in enumerate(block.rows):
        h = row_height(row, widths, size)
        last = block.total_row and index == len(block.rows) - 1
        if last:
            r.fill(x0, top, sum(widths), h, t.tint)
        elif index % 2:
            r.fill(x0, top, sum(widths), h, "#F6F8FA")
        x = x0
        for c, w in enumerate(widths):
            if (c, index) in fills:
                r.fill(x, top, w, h, fills[(c, index)])
            x += w
        _row(r, row, [c.align for c in block.columns], widths, x0, top, size, t.text, bold=last)
        r.rule(x0, top + h, x0 + sum(widths), top + h, t.rule, 0.5 if not last else 1.0)
        top += h


def _row(r, cells, aligns, widths, x, top, size, colour, bold: bool = False) -> None:
    for cell, align, w in zip(cells, aligns, widths, strict=True):
        lines = measure.wrap(cell, w - 2 * PAD_X, size)
        r.lines(lines, x + PAD_X, top + PAD_Y, w - 2 * PAD_X, size, colour, align, bold)
        x += w


def _cards(r, block: CardsBlock) -> None:
    t = r.theme
    for card, box in zip(block.cards, block.card_boxes, strict=True):
        r.fill(box.x, box.y, box.w, box.h, t.tint)
        r.fill(box.x, box.y, box.w, 3.5, card.accent or t.brand)
        inner = box.w - 2 * CARD_PAD
        photo = r.image(card.image) if card.image else None
        head_w = inner - (PHOTO + 8 if card.image else 0)
        top = r.text(card.title, box.x + CARD_PAD, box.y + CARD_PAD, head_w, CARD_TITLE, t.ink)
        if card.subtitle:
            top = r.text(card.subtitle, box.x + CARD_PAD, top + 2, head_w, CARD_SUBTITLE, t.muted)
        if card.image:
            top = max(top, box.y + CARD_PAD + PHOTO)
            if photo is not None:
                iw, ih = photo.getSize()
                scale = PHOTO / max(iw, ih)
                r.c.drawImage(photo, box.right - CARD_PAD - iw * scale, PAGE_H - box.y - CARD_PAD - ih * scale,
                              iw * scale, ih * scale, mask="auto")
        for line in card.lines:
            top += block.size * LINE_GAP + 2
            if line.label:
                top = r.text(line.label, box.x + CARD_PAD, top, inner, CARD_LABEL, t.ink)
            top = r.text(line.text, box.x + CARD_PAD, top, inner, block.size, t.text)


def _figures(r, block: KeyFiguresBlock) -> None:
    t = r.theme
    count = len(block.figures)
    gap = 16.0
    width = (block.box.w - gap * (count - 1)) / count
    for n, figure in enumerate(block.figures):
        x = block.box.x + n * (width + gap)
        r.fill(x, block.box.y, 3.5, block.box.h, t.brand)
        value_size = FIGURE_VALUE
        while value_size > 14 and measure.width_of(figure.value, value_size) > width - 16:
            value_size -= 2
        top = r.lines([figure.value], x + 12, block.box.y + 6, width - 16, value_size, t.ink)
        top += FIGURE_VALUE * 1.2 - value_size * measure.LEADING
        top = r.text(figure.label, x + 12, top, width - 16, FIGURE_LABEL, t.text)
        if figure.detail:
            r.text(figure.detail, x + 12, top, width - 16, FIGURE_DETAIL, t.muted)
