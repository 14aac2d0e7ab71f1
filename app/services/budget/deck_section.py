"""The Budget section of the deck: the summary table per channel (planned,
actual, share, target share; total, reserve, unallocated, envelope) and the
three budget charts — monthly spend by channel, channel shares, planned vs
actual. Left out when the plan has no budget lines."""

from __future__ import annotations

from app.services.deck.registry import section_renderer

CHART_FONT = 11  # points on the slide

LABELS = {
    "en": {
        "summary": "Budget summary",
        "channel": "Channel",
        "planned": "Planned ({currency})",
        "actual": "Actual ({currency})",
        "share": "Share",
        "target": "Target share",
        "total": "Allocated to lines",
        "reserve": "Reserve pool ({pct})",
        "reserve_unset": "Reserve pool (not set)",
        "unallocated": "Unallocated",
        "envelope": "Budget envelope",
        "envelope_derived": "Budget envelope (lines + reserve)",
        "monthly": "Planned spend by month and channel",
        "monthly_caption": "Planned spend per month, stacked by channel; total {total} {currency}.",
        "shares": "Channel shares",
        "shares_caption": "Each channel's share of the {total} {currency} allocated to budget lines.",
        "versus": "Planned vs actual",
        "versus_caption": "Actual to date {actual} {currency} against {planned} {currency} planned for the same "
        "months ({variance}).",
        "versus_none": "No actual spend booked yet.",
        "planned_short": "Planned",
        "actual_short": "Actual",
        "unnamed": "Channel {n}",
    },
    "zh": {
        "summary": "预算汇总",
        "channel": "渠道",
        "planned": "计划（{currency}）",
        "actual": "实际（{currency}）",
        "share": "占比",
        "target": "目标占比",
        "total": "已分配预算",
        "reserve": "应急储备金（{pct}）",
        "reserve_unset": "应急储备金（未设置）",
        "unallocated": "未分配",
        "envelope": "预算总额",
        "envelope_derived": "预算总额（预算项 + 储备金）",
        "monthly": "各月计划投放（按渠道）",
        "monthly_caption": "按月计划投放，按渠道堆叠；合计 {total} {currency}。",
        "shares": "渠道占比",
        "shares_caption": "各渠道在已分配预算 {total} {currency} 中的占比。",
        "versus": "计划与实际对比",
        "versus_caption": "截至目前实际投放 {actual} {currency}，同期计划 {planned} {currency}（{variance}）。",
        "versus_none": "尚未录入实际投放。",
        "planned_short": "计划",
        "actual_short": "实际",
        "unnamed": "渠道 {n}",
    },
}


def label(ctx, key: str, **values) -> str:
    """A fixed word of these slides in the plan's language."""
    text = LABELS["en" if ctx.language == "en" else "zh"][key]
    return text.format(**values) if values else text


def money(value: float) -> str:
    """An amount with thousands separators, no decimals."""
    return f"{value:,.0f}"


@section_renderer("budget", order=60, title_zh="预算", title_en="Budget")
def budget_slides(ctx):
    """Summary table and the three charts (nothing when there are no budget lines)."""
    from app.services.budget.service import load_grid

    grid = load_grid(ctx.plan)
    if not grid.lines:
        return
    yield from summary_table(ctx, grid)
    yield from charts(ctx, grid)


def summary_table(ctx, grid):
    """Per channel: planned, actual, share, target share; then the totals."""
    currency = ctx.overview.get("currency") or ""
    header = [
        label(ctx, "channel"),
        label(ctx, "planned", currency=currency),
        label(ctx, "actual", currency=currency),
        label(ctx, "share"),
        label(ctx, "target"),
    ]
    body = []
    for n, share in enumerate(grid.shares(), 1):
        if not share.planned and not share.actual and share.target_pct is None:
            continue
        name = share.name.strip() or label(ctx, "unnamed", n=n)
        body.append(
            [
                ctx.text(name, f"channel {n}"),
                money(share.planned),
                money(share.actual),
                "" if share.share_pct is None else f"{share.share_pct:.1f} %",
                "" if share.target_pct is None else f"{share.target_pct:g} %",
            ]
        )
    env = grid.envelope()
    pct = env.reserve_pct
    body.append([label(ctx, "total"), money(env.allocated), money(env.actual), "100 %" if env.allocated else "", ""])
    body.append(
        [
            label(ctx, "reserve", pct=f"{pct:g} %") if pct is not None else label(ctx, "reserve_unset"),
            money(env.reserve),
            "",
            "",
            "",
        ]
    )
    body.append([label(ctx, "unallocated"), money(env.unallocated), "", "", ""])
    body.append([label(ctx, "envelope" if env.explicit else "envelope_derived"), money(env.envelope), "", "", ""])
    yield from ctx.slides.table(label(ctx, "summary"), header, body, widths=[3, 2, 2, 1.2, 1.4])


def charts(ctx, grid):
    """Monthly spend by channel, the share donut, planned vs actual."""
    from app.services.budget import plots as budget_plots

    data = budget_plots.chart_data(grid, ctx.language, ctx.plain)
    if data.empty or not grid.months:
        return
    currency = ctx.overview.get("currency") or ""
    env = grid.envelope()

    def monthly(figure):
        budget_plots.plot_monthly_by_channel(figure.add_subplot(), data, CHART_FONT)

    def donut(figure):
        budget_plots.plot_share_donut(figure.add_subplot(), data, money(env.allocated), CHART_FONT)

    def versus(figure):
        budget_plots.plot_planned_vs_actual(
            figure.add_subplot(), data, label(ctx, "planned_short"), label(ctx, "actual_short"), CHART_FONT
        )

    yield from ctx.slides.chart(
        label(ctx, "monthly"), monthly, [label(ctx, "monthly_caption", total=money(env.allocated), currency=currency)]
    )
    if env.allocated > 0:
        yield from ctx.slides.chart(
            label(ctx, "shares"), donut, [label(ctx, "shares_caption", total=money(env.allocated), currency=currency)]
        )
    booked = [(p, a) for p, a in zip(data.planned, data.actual, strict=True) if a is not None]
    if booked:
        planned, actual = sum(p for p, _ in booked), sum(a for _, a in booked)
        variance = f"{(actual - planned) / planned * 100:+.1f} %" if planned else "—"
        caption = label(
            ctx, "versus_caption", actual=money(actual), planned=money(planned), currency=currency, variance=variance
        )
    else:
        caption = label(ctx, "versus_none")
    yield from ctx.slides.chart(label(ctx, "versus"), versus, [caption])
