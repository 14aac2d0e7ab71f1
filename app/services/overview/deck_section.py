"""The Overview section of the deck: key facts (with the period timeline),
objectives with metric and target, and the market context as running text."""

from __future__ import annotations

import datetime as dt

from app.services.deck.labels import period_length
from app.services.deck.registry import section_renderer


@section_renderer("overview", order=10, title_zh="计划概览", title_en="Overview")
def overview_slides(ctx):
    """Key facts, objectives, market context (empty parts are left out)."""
    yield from key_facts(ctx)
    yield from objectives(ctx)
    yield from market_context(ctx)


def _dates(overview: dict) -> tuple[dt.date, dt.date] | None:
    try:
        start = dt.date.fromisoformat(overview.get("period_start") or "")
        end = dt.date.fromisoformat(overview.get("period_end") or "")
    except ValueError:
        return None
    return (start, end) if start <= end else None


def key_facts(ctx):
    """Cards for period, currency, owner and brand; under them the period
    as a timeline when both ends are set."""
    from app.services.deck.charts import period_timeline
    from app.services.deck.primitives import Card

    plan = ctx.overview
    not_set = ctx.label("not_set")
    length = period_length(ctx.language, plan.get("period_start"), plan.get("period_end"))
    cards = [
        Card(ctx.label("period"), [ctx.period()] + ([length] if length else [])),
        Card(ctx.label("currency"), [ctx.text(plan.get("currency") or not_set, "currency")]),
        Card(ctx.label("owner"), [ctx.text(plan.get("owner") or not_set, "owner")]),
        Card(ctx.label("brand"), [ctx.text(plan.get("brand") or not_set, "brand")]),
    ]
    widths = (1.5, 0.8, 1.2, 1.0)  # the period needs the most room, the currency code the least
    dates = _dates(plan)
    if dates is None:
        yield from ctx.slides.cards(ctx.label("key_facts"), cards, widths=widths)
        return
    start, end = dates
    caption = [ctx.label("period_caption", range=ctx.period(), length=length or "")]
    if start <= ctx.today <= end:
        share = ((ctx.today - start).days + 1) / ((end - start).days + 1)
        caption.append(ctx.label("period_today", date=ctx.date(ctx.today), done=f"{share:.0%}"))
    plot = period_timeline(start, end, ctx.today, ctx.theme, ctx.language, ctx.date(ctx.today))
    yield from ctx.slides.cards(ctx.label("key_facts"), cards, chart=plot, caption=caption, widths=widths)


def objectives(ctx):
    """The objectives table: number, objective, metric, target."""
    rows = ctx.rows("objective")
    if not rows:
        yield from ctx.slides.bullets(ctx.label("objectives"), [ctx.label("no_objectives")])
        return
    header = [ctx.label("number"), ctx.label("objective"), ctx.label("metric"), ctx.label("target")]
    body = [
        [
            str(n),
            ctx.text(row["text"], f"objective {n}"),
            ctx.text(row["metric"], f"objective {n} (metric)"),
            ctx.text(row["target"], f"objective {n} (target)"),
        ]
        for n, row in enumerate(rows, 1)
    ]
    yield from ctx.slides.table(ctx.label("objectives"), header, body, widths=[0.6, 5, 2.4, 2.4])


def market_context(ctx):
    """The market context, one paragraph per blank-line-separated block,
    continued over as many slides as it needs."""
    text = (ctx.overview.get("market_context") or "").replace("\r\n", "\n")
    blocks = [block.strip("\n") for block in text.split("\n\n") if block.strip()]
    if blocks:
        where = "market context"
        yield from ctx.slides.text(ctx.label("market_context"), [ctx.text(b, where) for b in blocks])
