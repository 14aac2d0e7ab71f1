"""The slides around the sections: cover, agenda, section dividers and the
closing slide. Texts that could be long (a 300-character title) are scaled
down inside their boxes rather than clipped."""

from __future__ import annotations

from reportlab.platypus import Spacer

from app.services.deck.slides import Box, Slide, shrink_to_fit
from app.services.deck.theme import PAGE_H, PAGE_W

COVER_BAND_BOTTOM = 212.0  # the brand-coloured band fills the page above this line
COVER_X = 64.0
COVER_W = PAGE_W - 2 * COVER_X
COVER_LOGO = (170.0, 96.0)  # logo box on the white part of the cover, right-aligned


def _fit(slide: Slide, flowables: list, box: Box, align_bottom: bool = False) -> None:
    """Place *flowables* in *box*, scaled down if they do not fit."""
    frame, height = shrink_to_fit(flowables, box.width, box.height)
    offset = box.height - height if align_bottom else 0.0
    slide.place(frame, box, offset, height)


def cover(ctx) -> Slide:
    """Title, brand, period, owner, date and logo."""
    make, plan = ctx.slides, ctx.overview
    title = plan.get("title") or ctx.label("untitled")
    slide = Slide("cover", ctx.checker.plain(title, "plan title"))
    heading = [make.para(ctx.text(title, "plan title"), "cover_title")]
    if plan.get("brand"):
        heading += [Spacer(1, 10), make.para(ctx.text(plan["brand"], "brand"), "cover_brand")]
    _fit(slide, heading, Box(COVER_X, PAGE_H - 70, COVER_W, PAGE_H - 70 - COVER_BAND_BOTTOM - 30), align_bottom=True)
    facts = [
        (ctx.label("period"), ctx.period()),
        (ctx.label("owner"), ctx.text(plan.get("owner") or ctx.label("not_set"), "owner")),
        (ctx.label("date"), ctx.date(ctx.today)),
    ]
    width = COVER_W - (COVER_LOGO[0] + 24 if ctx.theme.logo else 0)
    column = (width - 2 * 24) / 3
    for index, (name, value) in enumerate(facts):
        box = Box(COVER_X + index * (column + 24), COVER_BAND_BOTTOM - 44, column, 112)
        _fit(slide, [make.para(name, "cover_label"), Spacer(1, 4), make.para(value, "cover_line")], box)
    return slide


def agenda(ctx, sections) -> list[Slide]:
    """The chosen sections, numbered, in deck order."""
    return ctx.slides.agenda(ctx.label("agenda"), [spec.title(ctx.language) for spec in sections])


def divider(ctx, number: int, spec) -> Slide:
    """A full-colour slide opening section *number*; it carries the section's
    bookmark in the PDF outline."""
    make = ctx.slides
    title = spec.title(ctx.language)
    slide = Slide("divider", title, section=spec.key, bookmark=title)
    _fit(slide, [make.para(f"{number:02d}", "divider_number")], Box(COVER_X, 360, COVER_W, 72))
    _fit(slide, [make.para(title, "divider_title")], Box(COVER_X, 280, COVER_W, 120))
    return slide


def closing(ctx) -> Slide:
    """'Thank you' / '谢谢', an invitation to discuss, the plan and its owner."""
    make, plan = ctx.slides, ctx.overview
    slide = Slide("closing", ctx.label("closing_title"))
    middle = [
        make.para(ctx.label("closing_title"), "closing_title"),
        Spacer(1, 14),
        make.para(ctx.label("closing_subtitle"), "closing_line"),
    ]
    _fit(slide, middle, Box(COVER_X, 350, COVER_W, 120))
    lines = [ctx.text(plan.get("title") or ctx.label("untitled"), "plan title")]
    if plan.get("owner"):
        lines.append(ctx.text(plan["owner"], "owner"))
    _fit(slide, [make.para(line, "closing_small") for line in lines], Box(COVER_X, 150, COVER_W, 80))
    return slide
