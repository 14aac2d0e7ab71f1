"""The executive summary after the cover: the whole plan for a busy
reviewer. Key figures (the budget envelope, the reserve, the number of
campaigns, the KPIs on track) over three columns: the objectives with their
targets, the channel mix and the main campaigns with dates, the top risks.
An item the plan does not hold is left out (never "not set")."""

from __future__ import annotations

import datetime as dt

from app.services.deck.layouts.slides import GAP, bullets_height
from app.services.deck.model import BODY_BOX, Box, Bullet, BulletsBlock, KeyFigure, Slide
from app.services.plan.wording import Wording

word = Wording({
    "objectives": ("Objectives",
                   "目标"),
    "moves": ("Budget and big moves",
              "预算与重点举措"),
    "risks": ("Risks and KPIs",
              "风险与 KPI"),
    "envelope": ("Budget envelope",
                 "预算总额"),
    "reserve": ("Reserve",
                "应急储备金"),
    "campaigns": ("Campaigns",
                  "营销活动"),
    "kpis": ("KPIs on track",
             "KPI 达标"),
    "n_objectives": ("{n} objectives",
                     "{n} 项目标"),
    "budget": ("a {money} budget",
               "预算 {money}"),
    "n_campaigns": ("{n} campaigns",
                    "{n} 个营销活动"),
    "mix": ("Channel mix: {items}",
            "渠道结构：{items}"),
    "risk": ("{title} ({level})",
             "{title}（{level}）"),
    "kpi_line": ("KPIs: {green} of {n} on track",
                 "KPI：{n} 项中 {green} 项达标"),
    "reserve_detail": ("{pct}% of the envelope",
                       "占预算总额 {pct}%"),
    "period": ("{start} – {end}",
               "{start}–{end}"),
    "top_risks": ("{high} of {n} risks rated high",
                  "{n} 项风险中 {high} 项为高"),
})  # fmt: skip
TOP = 3
DIGEST = {"zh": 60, "en": 110}  # characters of a summary item; the whole text is on its section's slide


def summary_slides(ctx) -> list[Slide]:
    """The summary slide (none for a plan that holds nothing to summarise)."""
    figures, parts = [], []
    objectives, count = _objectives(ctx)
    if count:
        parts.append(word(ctx, "n_objectives", n=count))
    moves, risks = [], []
    envelope = _budget(ctx, figures, moves)
    if envelope:
        parts.append(word(ctx, "budget", money=envelope))
    campaigns = _campaigns(ctx, moves)
    if campaigns:
        parts.append(word(ctx, "n_campaigns", n=campaigns))
        figures.append(KeyFigure(str(campaigns), word(ctx, "campaigns")))
    _kpis(ctx, figures, risks)
    _risks(ctx, risks)
    columns = [(word(ctx, "objectives"), objectives), (word(ctx, "moves"), moves), (word(ctx, "risks"), risks)]
    columns = [(h, items) for h, items in columns if items]
    if not columns and not figures:
        return []
    blocks = []
    top = BODY_BOX.y
    block = ctx.slides.key_figures_block(figures[:4], Box(BODY_BOX.x, top, BODY_BOX.w, 96))
    if block:
        blocks.append(block)
        top = block.box.bottom + GAP
    if columns:
        width = (BODY_BOX.w - GAP * (len(columns) - 1)) / len(columns)
        height = BODY_BOX.bottom - top
        sizes = (16.0, 15.0, 14.0, 13.0, 12.0, 11.0, 10.0)
        size = next((z for z in sizes if all(bullets_height(items, width, z, heading) <= height
                                             for heading, items in columns)), sizes[-1])
        for n, (heading, items) in enumerate(columns):
            while len(items) > 1 and bullets_height(items, width, size, heading) > height:
                items = items[:-1]  # the summary keeps the first items; every item is on its section's slides
            box = Box(BODY_BOX.x + n * (width + GAP), top, width, height)
            blocks.append(BulletsBlock(Box(box.x, box.y, width, bullets_height(items, width, size, heading)),
                                       tuple(items), False, heading, size))
    separator = "，" if ctx.language != "en" else ", "
    headline = _period(ctx) + separator.join(parts) if parts else ctx.label("summary")
    slide = ctx.slides.slide(headline, blocks, "summary", kind="summary")
    from dataclasses import replace

    return [replace(slide, section="summary", tracker=ctx.label("summary"))]


def _period(ctx) -> str:
    start, end = ctx.overview.get("period_start"), ctx.overview.get("period_end")
    if not (start and end):
        return ""
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return ""
    if ctx.language == "en":
        return f"{first.year}: " if first.year == last.year else f"{first.year}–{last.year}: "
    return f"{first.year}年：" if first.year == last.year else f"{first.year}–{last.year}年："


def _objectives(ctx) -> tuple[list[Bullet], int]:
    items = []
    for n, row in enumerate(ctx.rows("objective"), 1):
        text = ctx.clean(row["text"], f"objective {n}")
        target = ctx.clean(row["target"], f"objective {n} (target)")
        if text:
            item = f"{text}{'：' if ctx.language != 'en' else ': '}{target}" if target else text
            items.append(Bullet(_digest(ctx, item)))
    return items[:5], len(items)


def _budget(ctx, figures: list, moves: list) -> str:
    from app.services.budget.service import load_grid

    grid = load_grid(ctx.plan)
    env = grid.envelope()
    if not env.envelope:
        return ""
    envelope = ctx.money(env.envelope)
    figures.append(KeyFigure(envelope, word(ctx, "envelope")))
    if env.reserve and env.reserve_pct is not None:
        figures.append(KeyFigure(ctx.money(env.reserve), word(ctx, "reserve"),
                                 word(ctx, "reserve_detail", pct=f"{env.reserve_pct:g}")))
    shares = sorted((s for s in grid.shares() if s.share_pct), key=lambda s: -s.planned)
    if shares:
        separator = "、" if ctx.language != "en" else ", "
        items = separator.join(f"{ctx.clean(s.name)} {s.share_pct:.0f}%" for s in shares[:4])
        moves.append(Bullet(word(ctx, "mix", items=items)))
    return envelope


def _campaigns(ctx, moves: list) -> int:
    from app.services.calendar.data import load_campaigns
    from app.services.deck.layouts.timeline import short_date

    views = [v for v in load_campaigns(ctx.conn) if ctx.clean(v.row.get("name"))]
    dated = sorted((v for v in views if v.dated), key=lambda v: -((v.end - v.start).days))
    for view in sorted(dated[:TOP], key=lambda v: v.start):
        dates = f"{short_date(view.start, ctx.language)}–{short_date(view.end, ctx.language)}"
        name = _digest(ctx, ctx.clean(view.row["name"]))
        moves.append(Bullet(f"{name}（{dates}）" if ctx.language != "en" else f"{name} ({dates})"))
    return len(views)


def _kpis(ctx, figures: list, risks: list) -> None:
    from app.services.forecast import kpis

    card = kpis.scorecard(ctx.plan)
    if not card:
        return
    green = sum(1 for _kpi, status in card if status.status == "green")
    measured = sum(1 for _kpi, status in card if status.status in ("green", "amber", "red"))
    if measured:
        figures.append(KeyFigure(f"{green}/{len(card)}", word(ctx, "kpis")))
        risks.append(Bullet(word(ctx, "kpi_line", green=green, n=len(card))))


def _risks(ctx, items: list) -> None:
    from app.models.risks import rules
    from app.services.risks import crisis_labels

    risks = ctx.rows("risk")
    top = [r for r in rules.top_risks(risks, TOP) if ctx.clean(r["title"])]
    for risk in top:
        level = crisis_labels.label(ctx.language, rules.level(rules.score(risk["likelihood"], risk["impact"])))
        items.append(Bullet(_digest(ctx, word(ctx, "risk", title=ctx.clean(risk["title"]), level=level))))


def _digest(ctx, text: str) -> str:
    """*text* cut to a summary item's length with "…"."""
    limit = DIGEST["en" if ctx.language == "en" else "zh"]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
