"""The Calendar sections of the deck: timeline slides (section "calendar")
— one per quarter of the plan period, or per month when a quarter holds
more than DENSE_QUARTER campaigns — with the visible key dates and the
milestones marked, and the campaign table (section "campaigns")."""

from __future__ import annotations

import datetime as dt

from app.services.deck.registry import section_renderer
from app.services.plan.wording import Wording

DENSE_QUARTER = 12  # more campaigns than this in a quarter: one slide per month
CAPTION_SPACE = 64.0  # points under the chart kept for the caption
STATUS = Wording({
    "idea": ("Idea",
             "构想"),
    "planned": ("Planned",
                "已计划"),
    "live": ("Live",
             "进行中"),
    "done": ("Done",
             "已完成"),
    "cancelled": ("Cancelled",
                  "已取消"),
})  # fmt: skip
# A fixed word of these slides in the plan's language.
word = Wording({
    "timeline": ("Campaign calendar · {window}",
                 "营销日历 · {window}"),
    "quarter": ("Q{q} {year}",
                "{year}年第{q}季度"),
    "month": ("{month} {year}",
              "{year}年{month}"),
    "key_dates": ("Key dates: {items}.",
                  "关键日期：{items}。"),
    "workdays": ("adjusted working days {days}",
                 "调休上班 {days}"),
    "milestones": ("Milestones: {items}.",
                   "里程碑：{items}。"),
    "undated": ("Not on the timeline (no dates): {names}.",
                "未上时间轴（没有日期）：{names}。"),
    "legend": ("Shaded columns: public holidays · dark ticks: adjusted working days · orange: festivals · "
               "brand colour: brand days · ◆ milestones. Bars: light = warm-up, full = launch, medium = long tail.",
               "浅红底：法定节假日 · 深色短条：调休上班日 · 橙色：电商节 · 品牌色：品牌日 · ◆ 里程碑。"
               "活动条：浅色为预热，实色为爆发，中间色为长尾。"),
    "campaigns": ("Campaigns",
                  "活动一览"),
    "name": ("Campaign",
             "活动"),
    "dates": ("Dates",
              "日期"),
    "status": ("Status",
               "状态"),
    "channels": ("Channels",
                 "渠道"),
    "owner": ("Owner",
              "负责人"),
    "unnamed": ("Campaign {n}",
                "活动 {n}"),
    "separator": (", ",
                  "、"),
    "item_separator": ("; ",
                       "；"),
})  # fmt: skip
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# A computed headline or column title in the plan's language.
headline = Wording({
    "timeline": ("{n} campaigns over the year; the biggest push is {name} ({dates})",
                 "全年 {n} 个营销活动，重头戏是{name}（{dates}）"),
    "timeline_window": ("{window}: {n} campaigns; the biggest push is {name} ({dates})",
                        "{window}：{n} 个营销活动，重头戏是{name}（{dates}）"),
    "timeline_plain": ("{n} campaigns on the calendar",
                       "日历上共 {n} 个营销活动"),
    "table": ("{n} campaigns: {live} live, {planned} planned",
              "{n} 个营销活动：{live} 个进行中，{planned} 个已计划"),
    "phases": ("How each campaign unfolds: {n} phases",
               "各活动的节奏：共 {n} 个阶段"),
    "objective": ("Objective",
                  "活动目标"),
    "phase": ("Phase",
              "阶段"),
    "what": ("What happens",
             "阶段说明"),
    "personas": ("Personas",
                 "目标人群"),
})  # fmt: skip
PEAK_KINDS = {"festival", "brand_day", "holiday"}


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
                     STATUS.texts[language].get(row.get("status"), row.get("status") or ""),
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
