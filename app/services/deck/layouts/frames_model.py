"""The slides around the sections as model slides: cover, agenda, section
dividers and the closing slide. Long texts are set at the largest size that
fits their box; nothing on the cover reads "not set" (a missing fact is left
out)."""

from __future__ import annotations

from app.services.deck.labels import period_length
from app.services.deck.layouts import measure
from app.services.deck.model import BODY_BOX, PAGE_H, PAGE_W, Box, Slide, TextBlock

COVER_BAND_BOTTOM = 328.0  # from the top: the brand band fills the page above this line
COVER_X = 64.0
COVER_W = PAGE_W - 2 * COVER_X
TITLE_SIZES = (40.0, 34.0, 28.0, 24.0, 20.0, 16.0, 13.0, 11.0, 9.0)


def fitted(paragraphs: list[str], box: Box, style: str, sizes=TITLE_SIZES, bottom: bool = False,
           align: str = "left") -> TextBlock:
    """A text block at the largest of *sizes* whose text fits *box* (the
    block as tall as its text; at the bottom of *box* with *bottom*)."""
    for size in sizes:
        h = sum(measure.height(p, box.w, size) for p in paragraphs)
        if h <= box.h:
            break
    y = box.bottom - h if bottom else box.y
    return TextBlock(Box(box.x, y, box.w, min(h, box.h)), tuple(paragraphs), style, size, align)


def cover(ctx) -> Slide:
    """Title and brand on the band; under it the facts that are set (period
    with its length, owner, deck date)."""
    clean = ctx.slides.clean
    plan = ctx.overview
    title = clean(plan.get("title"), "plan title") or ctx.label("untitled")
    blocks = [fitted([title], Box(COVER_X, 70, COVER_W - 40, 190), "title", bottom=True)]
    brand = clean(plan.get("brand"), "brand")
    if brand:
        blocks.append(fitted([brand], Box(COVER_X, 270, COVER_W, 40), "on_brand", (20.0, 16.0, 13.0, 11.0)))
    facts = []
    if plan.get("period_start") or plan.get("period_end"):
        length = period_length(ctx.language, plan.get("period_start"), plan.get("period_end"))
        facts.append((ctx.label("period"), ctx.period() + (f"（{length}）" if length and ctx.language == "zh"
                                                           else f" ({length})" if length else "")))
    owner = clean(plan.get("owner"), "owner")
    if owner:
        facts.append((ctx.label("owner"), owner))
    facts.append((ctx.label("date"), ctx.date(ctx.today)))
    logo_room = 200.0 if ctx.theme.logo else 0.0
    room = COVER_W - logo_room - 24 * (len(facts) - 1)
    needs = [max(measure.width_of(value, 16.0), 80.0) for _, value in facts]
    widths = [room * need / sum(needs) for need in needs]
    x = COVER_X
    for (name, value), width in zip(facts, widths, strict=True):
        blocks.append(TextBlock(Box(x, COVER_BAND_BOTTOM + 40, width, 16), (name,), "label", 11.0))
        blocks.append(fitted([value], Box(x, COVER_BAND_BOTTOM + 60, width, 60), "body", (16.0, 14.0, 12.0, 10.0)))
        x += width + 24
    return Slide("cover", "cover", title, tuple(blocks), headline_key="cover")


def agenda(ctx, groups: list[tuple]) -> list[Slide]:
    """The sections of the deck, numbered, with how many slides each has:
    one column at the largest size that fits, else two columns (always
    one slide)."""
    from app.services.deck.layouts.slides import GAP
    from app.services.deck.layouts.table import table_blocks

    rows = [[f"{n:02d}", spec.title(ctx.language), ctx.label("slides_count", n=count)]
            for n, (spec, count) in enumerate(groups, 1)]
    header = ["", ctx.label("agenda"), ""]
    blocks: list = []
    for size in (16.0, 14.0, 13.0, 12.0):
        found = table_blocks(header, rows, [0.5, 6, 1.2], size=size)
        if len(found) == 1:
            blocks = found
            break
    else:
        half = (len(rows) + 1) // 2
        width = (BODY_BOX.w - GAP) / 2
        for size in (14.0, 13.0, 12.0, 11.0, 10.0, 9.0):
            left = table_blocks(header, rows[:half], [0.6, 6, 1.4], Box(BODY_BOX.x, BODY_BOX.y, width, BODY_BOX.h),
                                size=size)
            right = table_blocks(header, rows[half:], [0.6, 6, 1.4],
                                 Box(BODY_BOX.x + width + GAP, BODY_BOX.y, width, BODY_BOX.h), size=size)
            blocks = left[:1] + right[:1]
            if len(left) == 1 and len(right) == 1:
                break
    from dataclasses import replace

    slide = ctx.slides.slide(ctx.label("agenda_headline", n=len(groups)), blocks, "agenda")
    return [replace(slide, section="agenda", tracker=ctx.label("agenda"))]


def divider(ctx, number: int, spec) -> Slide:
    """A full-colour slide opening section *number* (its bookmark)."""
    title = spec.title(ctx.language)
    blocks = (TextBlock(Box(COVER_X, 150, COVER_W, 80), (f"{number:02d}",), "number", 60.0),
              fitted([title], Box(COVER_X, 240, COVER_W, 120), "title"))
    return Slide("divider", spec.key, title, blocks, subtitle=f"{number:02d}", tracker=title,
                 headline_key=f"divider.{spec.key}")


def closing(ctx) -> Slide:
    """'Thank you' / '谢谢', an invitation to discuss, the plan and its owner."""
    clean = ctx.slides.clean
    title = ctx.label("closing_title")
    lines = [clean(ctx.overview.get("title"), "plan title") or ctx.label("untitled")]
    owner = clean(ctx.overview.get("owner"), "owner")
    if owner:
        lines.append(owner)
    blocks = (TextBlock(Box(COVER_X, 180, COVER_W, 60), (title,), "title", 44.0, "center"),
              TextBlock(Box(COVER_X, 250, COVER_W, 26), (ctx.label("closing_subtitle"),), "on_brand", 18.0, "center"),
              fitted(lines, Box(COVER_X, PAGE_H - 170, COVER_W, 60), "on_brand", (13.0, 11.0, 9.0), align="center"))
    return Slide("closing", "closing", title, blocks, headline_key="closing")


__all__ = ["BODY_BOX", "agenda", "closing", "cover", "divider"]
