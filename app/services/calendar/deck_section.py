"""The Calendar sections of the deck: timeline slides (section "calendar")
— one per quarter of the plan period, or per month when a quarter holds
more than DENSE_QUARTER campaigns — with the visible key dates and the
milestones marked, and the campaign table (section "campaigns")."""

from __future__ import annotations

import datetime as dt

from app.services.deck.registry import section_renderer

DENSE_QUARTER = 12  # more campaigns than this in a quarter: one slide per month
CAPTION_SPACE = 64.0  # points under the chart kept for the caption
STATUS = {
    "en": {"idea": "Idea", "planned": "Planned", "live": "Live", "done": "Done", "cancelled": "Cancelled"},
    "zh": {"idea": "构想", "planned": "已计划", "live": "进行中", "done": "已完成", "cancelled": "已取消"},
}
LABELS = {
    "en": {
        "timeline": "Campaign calendar · {window}",
        "quarter": "Q{q} {year}",
        "month": "{month} {year}",
        "key_dates": "Key dates: {items}.",
        "workdays": "adjusted working days {days}",
        "milestones": "Milestones: {items}.",
        "undated": "Not on the timeline (no dates): {names}.",
        "legend": "Shaded columns: public holidays · dark ticks: adjusted working days · orange: festivals · "
                  "brand colour: brand days · ◆ milestones. Bars: light = warm-up, full = launch, "
                  "medium = long tail.",
        "campaigns": "Campaigns",
        "name": "Campaign",
        "dates": "Dates",
        "status": "Status",
        "channels": "Channels",
        "owner": "Owner",
        "unnamed": "Campaign {n}",
        "separator": ", ",
        "item_separator": "; ",
    },
    "zh": {
        "timeline": "营销日历 · {window}",
        "quarter": "{year}年第{q}季度",
        "month": "{year}年{month}",
        "key_dates": "关键日期：{items}。",
        "workdays": "调休上班 {days}",
        "milestones": "里程碑：{items}。",
        "undated": "未上时间轴（没有日期）：{names}。",
        "legend": "浅红底：法定节假日 · 深色短条：调休上班日 · 橙色：电商节 · 品牌色：品牌日 · ◆ 里程碑。"
                  "活动条：浅色为预热，实色为爆发，中间色为长尾。",
        "campaigns": "活动一览",
        "name": "活动",
        "dates": "日期",
        "status": "状态",
        "channels": "渠道",
        "owner": "负责人",
        "unnamed": "活动 {n}",
        "separator": "、",
        "item_separator": "；",
    },
}
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


HEADLINES = {
    "en": {"timeline": "{n} campaigns over the year; the biggest push is {name} ({dates})",
           "timeline_window": "{window}: {n} campaigns; the biggest push is {name} ({dates})",
           "timeline_plain": "{n} campaigns on the calendar",
           "table": "{n} campaigns: {live} live, {planned} planned",
           "phases": "How each campaign unfolds: {n} phases",
           "objective": "Objective", "phase": "Phase", "what": "What happens", "personas": "Personas"},
    "zh": {"timeline": "全年 {n} 个营销活动，重头戏是{name}（{dates}）",
           "timeline_window": "{window}：{n} 个营销活动，重头戏是{name}（{dates}）",
           "timeline_plain": "日历上共 {n} 个营销活动",
           "table": "{n} 个营销活动：{live} 个进行中，{planned} 个已计划",
           "phases": "各活动的节奏：共 {n} 个阶段",
           "objective": "活动目标", "phase": "阶段", "what": "阶段说明", "personas": "目标人群"},
}  # fmt: skip
PEAK_KINDS = {"festival", "brand_day", "holiday"}


def headline(ctx, key: str, **values) -> str:
    """A computed headline or column title in the plan's language."""
    return HEADLINES["en" if ctx.language == "en" else "zh"][key].format(**values)


def word(ctx, key: str, **values) -> str:
    """A fixed word of these slides in the plan's language."""
    text = LABELS["en" if ctx.language == "en" else "zh"][key]
    return text.format(**values) if values else text


def _parse(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@section_renderer("calendar", order=50, title_zh="营销日历", title_en="Campaign calendar")
def calendar_slides(ctx):
    """The plan period as one Gantt: a row per campaign in its own colour,
    phases labelled with names and dates, key dates and milestones marked."""
    from app.services.calendar.data import load_campaigns
    from app.services.deck.layouts.timeline import short_date
    from app.services.deck.model import Marker, Phase, TimelineRow

    views = load_campaigns(ctx.conn)
    dated = [v for v in views if v.dated]
    milestones = [m for m in ctx.rows("milestone") if _parse(m.get("date"))]
    if not dated:
        if views:
            ctx.leave_out("left_out_calendar")
        return
    period = (_parse(ctx.overview.get("period_start")), _parse(ctx.overview.get("period_end")))
    if not (period[0] and period[1] and period[0] <= period[1]):
        period = (min(v.start for v in dated), max(v.end for v in dated))
    palette = ctx.theme.model().palette
    rows = []
    for n, view in enumerate(dated):
        name = ctx.clean(view.row.get("name"), f"campaign {n + 1}") or word(ctx, "unnamed", n=n + 1)
        colour = view.row.get("color") or palette[n % len(palette)]
        phases = []
        for phase in view.phases:
            first, last = _parse(phase.get("start_date")), _parse(phase.get("end_date"))
            if first and last and first <= last:
                phases.append(Phase(ctx.clean(phase.get("name"), f"phase of {name}"), first, last,
                                    phase.get("kind") or ""))
        rows.append(TimelineRow(name, view.start, view.end, colour, tuple(phases)))
    markers = []
    for n, row in enumerate(ctx.rows("key_date"), 1):
        first = _parse(row.get("date"))
        if not row.get("visible") or first is None or row.get("kind") == "workday":
            continue
        last = _parse(row.get("end_date")) or first
        day = last if row.get("kind") == "festival" and last > first else first  # 双11 on 11.11, 618 on 6.18
        markers.append(Marker(day, ctx.clean(row.get("name"), f"key date {n}"), row.get("kind") or "key_date"))
    if period[0] <= ctx.today <= period[1]:
        markers.append(Marker(ctx.today, ctx.label("today"), "today"))
    def title(shown: list, window: str) -> str:
        """The headline of a timeline slide: its campaigns and the longest one."""
        longest = max(shown, key=lambda row: (row.end - row.start).days)
        dates = f"{short_date(longest.start, ctx.language)}–{short_date(longest.end, ctx.language)}"
        key = "timeline" if not window else "timeline_window"
        return headline(ctx, key, n=len(shown), name=longest.label, dates=dates, window=window.strip(" ·（）"))

    undated = [ctx.clean(v.row.get("name")) for v in views if not v.dated]
    caption = []
    if milestones:
        items = word(ctx, "item_separator").join(
            f"{short_date(_parse(m['date']), ctx.language)} {ctx.clean(m.get('name'), 'a milestone')}"
            for m in sorted(milestones, key=lambda m: m["date"]))
        caption.append(word(ctx, "milestones", items=items))
    if undated:
        caption.append(word(ctx, "undated", names=word(ctx, "separator").join(undated)))
    yield from ctx.slides.timeline(title, period[0], period[1], rows, markers, "calendar.timeline", caption)


@section_renderer("campaigns", order=52, title_zh="活动一览", title_en="Campaigns", group="calendar")
def campaign_table_slides(ctx):
    """The campaign table (name, dates, status, objective, channels,
    personas, owner), then the phases that carry a description."""
    from app.services.calendar.data import load_campaigns
    from app.services.deck.labels import format_period

    views = load_campaigns(ctx.conn)
    if not views:
        return
    language = "en" if ctx.language == "en" else "zh"
    sep = word(ctx, "separator")
    header = [word(ctx, "name"), word(ctx, "dates"), word(ctx, "status"), headline(ctx, "objective"),
              word(ctx, "channels"), headline(ctx, "personas"), word(ctx, "owner")]
    rows, counts = [], {}
    for n, view in enumerate(views, 1):
        row = view.row
        counts[row.get("status")] = counts.get(row.get("status"), 0) + 1
        dates = format_period(ctx.language, row.get("start_date"), row.get("end_date")) if view.dated else ""
        rows.append([ctx.clean(row.get("name"), f"campaign {n}") or word(ctx, "unnamed", n=n), dates,
                     STATUS[language].get(row.get("status"), row.get("status") or ""),
                     ctx.clean(row.get("objective"), f"campaign {n} (objective)"),
                     ctx.clean(sep.join(view.channels), f"campaign {n} (channels)"),
                     ctx.clean(sep.join(view.personas), f"campaign {n} (personas)"),
                     ctx.clean(row.get("owner"), f"campaign {n} (owner)")])
    title = headline(ctx, "table", n=len(views), live=counts.get("live", 0), planned=counts.get("planned", 0))
    yield from ctx.slides.table(title, header, rows, [2.2, 2.2, 0.9, 3.2, 1.8, 1.6, 1.3], "campaigns.table")
    phases = []
    for n, view in enumerate(views, 1):
        for phase in view.phases:
            what = ctx.clean(phase.get("description"), f"campaign {n} (phase description)")
            if what:
                dates = format_period(ctx.language, phase.get("start_date"), phase.get("end_date"))
                phases.append([ctx.clean(view.row.get("name")), ctx.clean(phase.get("name")), dates, what])
    if phases:
        header = [word(ctx, "name"), headline(ctx, "phase"), word(ctx, "dates"), headline(ctx, "what")]
        yield from ctx.slides.table(headline(ctx, "phases", n=len(phases)), header, phases, [2, 2.2, 2, 4],
                                    "campaigns.phases")
