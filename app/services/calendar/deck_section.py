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


def word(ctx, key: str, **values) -> str:
    """A fixed calendar text in the deck's language."""
    text = LABELS["en" if ctx.language == "en" else "zh"][key]
    return text.format(**values) if values else text


def _month_name(ctx, day: dt.date) -> str:
    return MONTHS_EN[day.month - 1] if ctx.language == "en" else f"{day.month}月"


def _day(ctx, day: dt.date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]}" if ctx.language == "en" else f"{day.month}月{day.day}日"


def _span_text(ctx, start: dt.date, end: dt.date) -> str:
    return _day(ctx, start) if start == end else f"{_day(ctx, start)}–{_day(ctx, end)}"


def _parse(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _quarters(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Calendar quarters touching [first, last], clipped to it."""
    found = []
    start = dt.date(first.year, 3 * ((first.month - 1) // 3) + 1, 1)
    while start <= last:
        following = dt.date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1)
        found.append((max(start, first), min(following - dt.timedelta(days=1), last)))
        start = following
    return found


def _months(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    found = []
    start = dt.date(first.year, first.month, 1)
    while start <= last:
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        found.append((max(start, first), min(following - dt.timedelta(days=1), last)))
        start = following
    return found


def _overlaps(start: dt.date, end: dt.date, window: tuple[dt.date, dt.date]) -> bool:
    return start <= window[1] and end >= window[0]


def timeline_windows(period: tuple[dt.date, dt.date], spans: list[tuple[dt.date, dt.date]]) -> list[tuple]:
    """The windows of the timeline: ``(first, last, "quarter"|"month")``,
    a quarter split into months when more than DENSE_QUARTER spans touch it."""
    windows = []
    for quarter in _quarters(*period):
        count = sum(1 for span in spans if _overlaps(*span, quarter))
        if count > DENSE_QUARTER:
            windows += [(*month, "month") for month in _months(*quarter)]
        else:
            windows.append((*quarter, "quarter"))
    return windows


@section_renderer("calendar", order=50, title_zh="营销日历", title_en="Campaign calendar")
def calendar_slides(ctx):
    """Timeline slides of the plan period (empty windows left out)."""
    from app.services.calendar.data import load_campaigns

    views = load_campaigns(ctx.conn)
    milestones = [m for m in ctx.rows("milestone") if _parse(m.get("date"))]
    dated = [v for v in views if v.dated]
    if not dated and not milestones:
        return
    period = (_parse(ctx.overview.get("period_start")), _parse(ctx.overview.get("period_end")))
    if not (period[0] and period[1] and period[0] <= period[1]):
        days = [v.start for v in dated] + [v.end for v in dated] + [_parse(m["date"]) for m in milestones]
        period = (min(days), max(days))
    marks = _key_marks(ctx)
    names = {v.row["id"]: _campaign_name(ctx, v.row, n) for n, v in enumerate(views, 1)}
    undated = [names[v.row["id"]] for v in views if not v.dated]
    for first, last, kind in timeline_windows(period, [(v.start, v.end) for v in dated]):
        window = (first, last)
        bars = [_bar(ctx, v, names[v.row["id"]]) for v in dated if _overlaps(v.start, v.end, window)]
        loose = [m for m in milestones if first <= _parse(m["date"]) <= last]
        if not bars and not loose:
            continue
        yield from _window_slides(ctx, window, kind, bars, marks, loose, undated)


def _campaign_name(ctx, row: dict, index: int) -> str:
    return ctx.plain((row.get("name") or "").strip() or word(ctx, "unnamed", n=index), f"campaign {index}")


def _bar(ctx, view, name: str):
    from app.services.calendar.deck_gantt import Bar

    colour = view.row.get("color") or next((c for c in view.channel_colors if c), None) or ctx.theme.brand
    phases = [(_parse(p["start_date"]), _parse(p["end_date"]), p.get("kind") or "custom") for p in view.phases]
    phases = [p for p in phases if p[0] and p[1] and p[0] <= p[1]]
    days = [_parse(m.get("date")) for m in view.milestones]
    return Bar(name, view.start, view.end, colour, phases, [d for d in days if d])


def _key_marks(ctx) -> list:
    """The visible key dates as lane marks."""
    from app.services.calendar.deck_gantt import Mark

    marks = []
    for n, row in enumerate(ctx.rows("key_date"), 1):
        start = _parse(row.get("date"))
        if not row.get("visible") or start is None:
            continue
        end = _parse(row.get("end_date")) or start
        marks.append(Mark(ctx.plain(row.get("name") or "", f"key date {n}"), start, max(end, start), row["kind"]))
    return marks


def _window_title(ctx, window: tuple[dt.date, dt.date], kind: str) -> str:
    first = window[0]
    if kind == "month":
        return word(ctx, "timeline", window=word(ctx, "month", month=_month_name(ctx, first), year=first.year))
    return word(ctx, "timeline", window=word(ctx, "quarter", q=(first.month - 1) // 3 + 1, year=first.year))


def _window_slides(ctx, window, kind, bars, marks, loose, undated):
    """One slide per window (more when the rows do not fit): the chart and
    under it the key dates, milestones and legend in words."""
    from app.services.calendar.deck_gantt import Mark, chart_height, gantt, rows_that_fit
    from app.services.deck import fonts
    from app.services.deck.primitives import spacer
    from app.services.deck.theme import BODY_H, BODY_W

    font = fonts.register_reportlab()
    first, last = window
    months = [
        (start, f"{_month_name(ctx, start)} {start.year}" if ctx.language == "en" else f"{start.year}年{start.month}月")
        for start, _ in _months(first, last)
    ]
    shown = [m for m in marks if _overlaps(m.start, m.end, window)]
    milestone_marks = [
        Mark(ctx.plain(m.get("name") or "", "a milestone"), _parse(m["date"]), _parse(m["date"]), "milestone")
        for m in loose
    ]
    caption = _caption(ctx, shown, milestone_marks, undated)
    height = BODY_H - CAPTION_SPACE
    capacity = rows_that_fit(height)
    chunks = [bars[i : i + capacity] for i in range(0, len(bars), capacity)] or [[]]
    title = _window_title(ctx, window, kind)
    for index, chunk in enumerate(chunks):
        size = chart_height(len(chunk), height)
        drawing = gantt(window, months, chunk, shown + milestone_marks, BODY_W, size, ctx.theme, font)
        paragraphs = [ctx.slides.para(text, "caption", where="the calendar caption") for text in caption]
        heading = title if index == 0 else ctx.slides.continued(title)
        yield from ctx.slides.flow_slides(heading, [drawing, spacer(10), *paragraphs])


def _caption(ctx, marks, milestone_marks, undated) -> list[str]:
    """The words under a timeline: key dates, milestones, undated campaigns, legend."""
    sep = word(ctx, "item_separator")
    lines = []
    key_items = [f"{_span_text(ctx, m.start, m.end)} {m.label}" for m in marks if m.kind != "workday"]
    workdays = [_day(ctx, m.start) for m in marks if m.kind == "workday"]
    if workdays:
        key_items.append(word(ctx, "workdays", days=word(ctx, "separator").join(workdays)))
    if key_items:
        lines.append(word(ctx, "key_dates", items=sep.join(key_items)))
    if milestone_marks:
        items = sep.join(f"{_day(ctx, m.start)} {m.label}" for m in milestone_marks)
        lines.append(word(ctx, "milestones", items=items))
    if undated:
        lines.append(word(ctx, "undated", names=word(ctx, "separator").join(undated)))
    lines.append(word(ctx, "legend"))
    return lines


@section_renderer("campaigns", order=52, title_zh="活动一览", title_en="Campaigns", group="calendar")
def campaign_table_slides(ctx):
    """The campaign summary table: name, dates, status, channels, owner."""
    from app.services.calendar.data import load_campaigns
    from app.services.deck.labels import format_period

    views = load_campaigns(ctx.conn)
    if not views:
        return
    language = "en" if ctx.language == "en" else "zh"
    header = [word(ctx, key) for key in ("name", "dates", "status", "channels", "owner")]
    rows = []
    for n, view in enumerate(views, 1):
        row = view.row
        dates = format_period(ctx.language, row.get("start_date"), row.get("end_date"))
        rows.append(
            [
                ctx.text((row.get("name") or "").strip() or word(ctx, "unnamed", n=n), f"campaign {n}"),
                dates,
                STATUS[language].get(row.get("status"), row.get("status") or ""),
                ctx.text(word(ctx, "separator").join(view.channels), f"campaign {n} (channels)"),
                ctx.text(row.get("owner") or "", f"campaign {n} (owner)"),
            ]
        )
    yield from ctx.slides.table(word(ctx, "campaigns"), header, rows, widths=[3.0, 2.6, 1.0, 2.6, 2.0])
