"""The Overview section of the deck: the objectives with metric and target,
and the market context (its first sentence is the headline). The plan's
period, brand and owner are on the cover; targets and budget on the
executive summary."""

from __future__ import annotations

import re

from app.services.deck.registry import section_renderer
from app.services.plan.wording import Wording

# A fixed text of these slides in the plan's language.
word = Wording({
    "objectives_all": ("{n} objectives, each with a metric and a target",
                       "{n} 项目标，均有衡量指标与目标值"),
    "objectives_gap": ("{n} objectives; {m} still lack a target",
                       "{n} 项目标，其中 {m} 项尚缺目标值"),
    "one_objective": ("One objective: {text}",
                      "本期目标：{text}"),
    "number": ("#",
               "序号"),
    "objective": ("Objective",
                  "目标"),
    "metric": ("Metric",
               "衡量指标"),
    "target": ("Target",
               "目标值"),
    "context": ("Market context",
                "市场背景"),
})  # fmt: skip
_SENTENCE = re.compile(r"^(.{12,80}?[。！？；]|.{12,150}?[.!?;](?=\s))")


@section_renderer("overview", order=10, title_zh="计划概览", title_en="Overview")
def overview_slides(ctx):
    """Objectives and market context (empty parts are left out)."""
    yield from objectives(ctx)
    yield from market_context(ctx)


def objectives(ctx):
    """The objectives table: number, objective, metric, target."""
    rows = []
    for n, row in enumerate(ctx.rows("objective"), 1):
        text = ctx.clean(row["text"], f"objective {n}")
        if text:
            rows.append([str(len(rows) + 1), text, ctx.clean(row["metric"], f"objective {n} (metric)"),
                         ctx.clean(row["target"], f"objective {n} (target)")])
    if not rows:
        ctx.leave_out("left_out_objectives")
        return
    missing = sum(1 for r in rows if not r[3])
    if len(rows) == 1:
        headline = word(ctx, "one_objective", text=rows[0][1] + (f"（{rows[0][3]}）" if rows[0][3] else ""))
    elif missing:
        headline = word(ctx, "objectives_gap", n=len(rows), m=missing)
    else:
        headline = word(ctx, "objectives_all", n=len(rows))
    header = [word(ctx, k) for k in ("number", "objective", "metric", "target")]
    yield from ctx.slides.table(headline, header, rows, [0.6, 5, 2.4, 2.4], "overview.objectives")


def market_context(ctx):
    """The market context: its first sentence as the headline, the text
    (one paragraph per blank-line-separated block) under it."""
    text = ctx.clean(ctx.overview.get("market_context"), "market context").replace("\r\n", "\n")
    blocks = [block.strip("\n") for block in text.split("\n\n") if block.strip()]
    if not blocks:
        return
    match = _SENTENCE.match(blocks[0].replace("\n", " "))
    headline = match.group(1).rstrip("。；;") if match else word(ctx, "context")
    yield from ctx.slides.text(headline, blocks, key="overview.context")
