"""The Budget section of the deck: the summary table per channel (planned,
actual, share, target share; total, reserve, unallocated, envelope) and the
three budget charts — monthly spend by channel, channel shares, planned vs
actual. Left out when the plan has no budget lines."""

from __future__ import annotations

from app.services.deck.registry import section_renderer
from app.services.plan.wording import Wording

CHART_FONT = 11  # points on the slide

# A fixed word of these slides in the plan's language.
label = Wording({
    "summary": ("Budget summary",
                "预算汇总"),
    "channel": ("Channel",
                "渠道"),
    "planned": ("Planned ({unit})",
                "计划（{unit}）"),
    "actual": ("Actual ({unit})",
               "实际（{unit}）"),
    "share": ("Share",
              "占比"),
    "target": ("Target share",
               "目标占比"),
    "total": ("Allocated to lines",
              "已分配预算"),
    "reserve": ("Reserve pool ({pct})",
                "应急储备金（{pct}）"),
    "reserve_unset": ("Reserve pool (not set)",
                      "应急储备金（未设置）"),
    "unallocated": ("Unallocated",
                    "未分配"),
    "envelope": ("Budget envelope",
                 "预算总额"),
    "envelope_derived": ("Budget envelope (lines + reserve)",
                         "预算总额（预算项 + 储备金）"),
    "monthly": ("Planned spend by month and channel",
                "各月计划投放（按渠道）"),
    "monthly_caption": ("Planned spend per month, stacked by channel; total {total}.",
                        "按月计划投放，按渠道堆叠；合计 {total}。"),
    "shares": ("Channel shares",
               "渠道占比"),
    "shares_caption": ("Each channel's share of the {total} allocated to budget lines.",
                       "各渠道在已分配预算 {total} 中的占比。"),
    "versus": ("Planned vs actual",
               "计划与实际对比"),
    "versus_caption": ("Actual to date {actual} against {planned} planned for the same months ({variance}).",
                       "截至目前实际投放 {actual}，同期计划 {planned}（{variance}）。"),
    "versus_none": ("No actual spend booked yet.",
                    "尚未录入实际投放。"),
    "planned_short": ("Planned",
                      "计划"),
    "actual_short": ("Actual",
                     "实际"),
    "unnamed": ("Channel {n}",
                "渠道 {n}"),
})  # fmt: skip


# A computed headline or column title in the plan's language.
headline = Wording({
    "mix": ("{channel} takes {share}% of the allocated budget, the largest channel",
            "{channel}占已分配预算 {share}%，为最大渠道"),
    "mix_plain": ("{total} allocated across {n} channels",
                  "已分配预算 {total}，覆盖 {n} 个渠道"),
    "monthly": ("Spend peaks in {month} at {amount}, {share}% of the year",
                "投放高峰在{month}：{amount}，占全年 {share}%"),
    "donut": ("{top} of {n} channels take {share}% of the {total} allocated",
              "前 {top} 个渠道占已分配预算 {total} 的 {share}%"),
    "versus": ("Actual spend {actual} is {gap} planned for the same months",
               "实际投放 {actual}，较同期计划{gap}"),
    "over": ("{pct}% over",
             "超出 {pct}%"),
    "under": ("{pct}% under",
              "低 {pct}%"),
    "on": ("on",
           "持平"),
    "lines": ("{n} budget lines: sub-channels, owners and notes",
              "{n} 条预算明细：子渠道、负责人与说明"),
    "note": ("Note",
             "说明"),
    "line": ("Budget line",
             "预算项"),
    "campaign": ("Campaign",
                 "活动"),
    "owner": ("Owner",
              "负责人"),
    "sub": ("Sub-channel",
            "子渠道"),
})  # fmt: skip


@section_renderer("budget", order=60, title_zh="预算", title_en="Budget")
def budget_slides(ctx):
    """Summary table, the channel mix, monthly spend, planned vs actual (when
    actuals exist) and the budget lines' details (nothing without lines)."""
    from app.services.budget.service import load_grid

    grid = load_grid(ctx.plan)
    if not grid.lines:
        return
    yield from summary_table(ctx, grid)
    yield from charts(ctx, grid)
    yield from line_details(ctx, grid)


def summary_table(ctx, grid):
    """Per channel: planned, actual, share, target share, note; then the
    totals. Amounts in one unit per table (万元 / CNY M) named in the header."""
    from app.models.money import axis_unit, in_unit, unit_header

    env = grid.envelope()
    scale, unit = axis_unit([env.envelope, env.allocated], ctx.language)
    unit_name = unit_header(unit, ctx.currency, ctx.language)

    def amount(value):
        return in_unit(value, scale)

    header = [label(ctx, "channel"), label(ctx, "planned", unit=unit_name), label(ctx, "actual", unit=unit_name),
              label(ctx, "share"), label(ctx, "target"), headline(ctx, "note")]
    notes = {c["id"]: ctx.clean(c.get("note"), f"channel {n} (note)") for n, c in enumerate(grid.channels, 1)}
    body = []
    shares = []
    for n, share in enumerate(grid.shares(), 1):
        if not share.planned and not share.actual and share.target_pct is None:
            continue
        name = ctx.clean(share.name, f"channel {n}") or label(ctx, "unnamed", n=n)
        shares.append((share.planned, name, share.share_pct))
        body.append([name, amount(share.planned), amount(share.actual) if share.actual else "",
                     "" if share.share_pct is None else f"{share.share_pct:.0f}%",
                     "" if share.target_pct is None else f"{share.target_pct:g}%", notes.get(share.channel_id, "")])
    pct = env.reserve_pct
    body.append([label(ctx, "total"), amount(env.allocated), amount(env.actual) if env.actual else "",
                 "100%" if env.allocated else "", "", ""])
    if pct is not None or env.reserve:
        body.append([label(ctx, "reserve", pct=f"{pct:g}%") if pct is not None else label(ctx, "reserve_unset"),
                     amount(env.reserve), "", "", "", ""])
    if env.unallocated:
        body.append([label(ctx, "unallocated"), amount(env.unallocated), "", "", "", ""])
    body.append([label(ctx, "envelope" if env.explicit else "envelope_derived"), amount(env.envelope), "", "", "",
                 ""])
    planned, top, share = max(shares) if shares else (0, "", None)
    title = (headline(ctx, "mix", channel=top, share=f"{share:.0f}") if planned and share is not None else
             headline(ctx, "mix_plain", total=ctx.money(env.allocated), n=len(shares)))
    yield from ctx.slides.table(title, header, body, [2.4, 1.6, 1.6, 1, 1.2, 3.2], "budget.summary",
                                total_row=True)


def charts(ctx, grid):
    """The channel mix donut, monthly spend stacked by channel, planned vs
    actual (left out, with a warning, while no actual is booked)."""
    from app.services.budget import plots as budget_plots
    from app.services.deck.model import ChartSpec, Series

    data = budget_plots.chart_data(grid, ctx.language, ctx.plain)
    if data.empty or not grid.months:
        return
    env = grid.envelope()
    shares = [(name, colour, value) for name, colour, value in data.shares if value > 0]
    if env.allocated > 0 and len(shares) > 1:
        ordered = sorted(shares, key=lambda s: -s[2])
        top = min(2, len(ordered))
        share = sum(v for *_, v in ordered[:top]) / env.allocated * 100
        spec = ChartSpec("donut", tuple(n for n, _, _ in ordered), (Series("", tuple(v for *_, v in ordered)),),
                         ctx.value_format([env.allocated]), centre=ctx.money(env.allocated),
                         colours=tuple(c for _, c, _ in ordered))
        yield from ctx.slides.chart(headline(ctx, "donut", top=top, n=len(ordered), share=f"{share:.0f}",
                                             total=ctx.money(env.allocated)),
                                    spec, [label(ctx, "shares_caption", total=ctx.money(env.allocated))],
                                    "budget.mix")
    totals = data.planned
    if any(totals):
        peak = max(range(len(totals)), key=lambda i: totals[i])
        series = tuple(Series(name, tuple(values), colour) for name, colour, values in data.series)
        spec = ChartSpec("stacked_bar", tuple(data.month_labels), series, ctx.value_format(totals))
        share = totals[peak] / sum(totals) * 100
        yield from ctx.slides.chart(headline(ctx, "monthly", month=data.month_labels[peak],
                                             amount=ctx.money(totals[peak]), share=f"{share:.0f}"), spec,
                                    [label(ctx, "monthly_caption", total=ctx.money(env.allocated))],
                                    "budget.monthly")
    booked = [(p, a) for p, a in zip(data.planned, data.actual, strict=True) if a is not None]
    if not booked:
        ctx.leave_out("left_out_actuals")
        return
    planned, actual = sum(p for p, _ in booked), sum(a for _, a in booked)
    gap = (actual - planned) / planned * 100 if planned else 0
    words = headline(ctx, "over" if gap > 0.5 else "under" if gap < -0.5 else "on", pct=f"{abs(gap):.0f}")
    spec = ChartSpec("bar", tuple(data.month_labels),
                     (Series(label(ctx, "planned_short"), tuple(data.planned), "#9AA5B1"),
                      Series(label(ctx, "actual_short"), tuple(data.actual), ctx.theme.brand)),
                     ctx.value_format(data.planned), labels=len(data.month_labels) <= 6)
    variance = f"{gap:+.1f}%"
    caption = label(ctx, "versus_caption", actual=ctx.money(actual), planned=ctx.money(planned), currency="",
                    variance=variance).replace(" ，", "，").replace("  ", " ").replace(" （", "（")
    yield from ctx.slides.chart(headline(ctx, "versus", actual=ctx.money(actual), gap=words), spec, [caption],
                                "budget.versus")


def line_details(ctx, grid):
    """The budget lines that carry a sub-channel, owner or note, with their
    planned totals (an appendix-style table)."""
    from app.models.money import axis_unit, in_unit, unit_header

    rows = []
    totals = []
    for n, line in enumerate(grid.lines, 1):
        where = f"budget line {n}"
        texts = [ctx.clean(line.get(k), f"{where} ({k})") for k in ("sub_channel", "owner", "note")]
        if not any(texts):
            continue
        channel = grid.channel_by_id.get(line.get("channel_id"), {})
        campaign = grid.campaigns.get(line.get("campaign_id") or "", {})
        total = sum(grid.values["planned"].get(line["id"], {}).values())
        totals.append(total)
        rows.append([ctx.clean(channel.get("name")), texts[0], ctx.clean(campaign.get("name")), texts[1], total,
                     texts[2]])
    if not rows:
        return
    scale, unit = axis_unit(totals, ctx.language)
    for row in rows:
        row[4] = in_unit(row[4], scale) if row[4] else ""
    header = [label(ctx, "channel"), headline(ctx, "sub"), headline(ctx, "campaign"), headline(ctx, "owner"),
              label(ctx, "planned", unit=unit_header(unit, ctx.currency, ctx.language)), headline(ctx, "note")]
    yield from ctx.slides.table(headline(ctx, "lines", n=len(rows)), header, rows, [1.2, 1.6, 1.6, 1.2, 1.2, 3],
                                "budget.lines")
