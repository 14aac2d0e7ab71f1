"""Fixed words on the slides, in the plan's language (zh or en), and the
date formats that go with them. Both tables hold every key
(tests/test_deck_labels.py checks it)."""

from __future__ import annotations

import datetime as dt

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "agenda": "Agenda",
        "cont": "{title} (cont.)",
        "key_facts": "Key facts",
        "objectives": "Objectives",
        "market_context": "Market context",
        "number": "#",
        "objective": "Objective",
        "metric": "Metric",
        "target": "Target",
        "period": "Period",
        "currency": "Currency",
        "owner": "Owner",
        "brand": "Brand",
        "date": "Date",
        "not_set": "not set",
        "period_range": "{start} – {end}",
        "months": "{n} months",
        "month": "1 month",
        "days": "{n} days",
        "period_caption": "Plan period {range}, {length}.",
        "period_today": "Deck date {date}: {done} of the period has passed.",
        "today": "Deck date",
        "closing_title": "Thank you",
        "closing_subtitle": "Questions and discussion",
        "subject": "Marketing plan deck",
        "untitled": "Untitled plan",
        "no_objectives": "No objectives yet.",
        "slides_count": "{n} slides",
        "agenda_headline": "The plan in {n} parts",
        "summary": "Executive summary",
        "omitted": "Left out of the deck: {what} ({why}).",
    },
    "zh": {
        "agenda": "目录",
        "cont": "{title}（续）",
        "key_facts": "关键信息",
        "objectives": "营销目标",
        "market_context": "市场背景",
        "number": "序号",
        "objective": "目标",
        "metric": "衡量指标",
        "target": "目标值",
        "period": "计划周期",
        "currency": "币种",
        "owner": "负责人",
        "brand": "品牌",
        "date": "日期",
        "not_set": "未设置",
        "period_range": "{start} 至 {end}",
        "months": "{n} 个月",
        "month": "1 个月",
        "days": "{n} 天",
        "period_caption": "计划周期 {range}，共 {length}。",
        "period_today": "制作日期 {date}：计划周期已过 {done}。",
        "today": "制作日期",
        "closing_title": "谢谢",
        "closing_subtitle": "讨论与问答",
        "subject": "营销计划汇报",
        "untitled": "未命名计划",
        "no_objectives": "尚未设定目标。",
        "slides_count": "{n} 页",
        "agenda_headline": "计划分为 {n} 个部分",
        "summary": "执行摘要",
        "omitted": "Left out of the deck: {what} ({why}).",
    },
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def language_of(value: str | None) -> str:
    """The label language for a plan language (anything but 'en' is 'zh',
    the plan file's default)."""
    return "en" if value == "en" else "zh"


def label(language: str, key: str, **values) -> str:
    """The fixed text *key* in *language*, with ``{placeholders}`` filled."""
    text = LABELS[language_of(language)][key]
    return text.format(**values) if values else text


def format_date(language: str, value: dt.date | str | None) -> str:
    """A date as people write it: ``2027年1月1日`` or ``1 Jan 2027``."""
    if value in (None, ""):
        return label(language, "not_set")
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value  # shown as stored; the plan's rules flag it elsewhere
    if language_of(language) == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def format_period(language: str, start: str | None, end: str | None) -> str:
    """``1 Jan – 31 Dec 2027`` / ``2027年1月1日 至 12月31日`` (the year once when
    both ends share it), or 'not set' when both ends are missing."""
    if not start and not end:
        return label(language, "not_set")
    try:
        first, last = dt.date.fromisoformat(start or ""), dt.date.fromisoformat(end or "")
    except ValueError:
        first = last = None
    if first and last and first.year == last.year:
        if language_of(language) == "zh":
            short_end = f"{last.month}月{last.day}日"
            return label(language, "period_range", start=format_date(language, first), end=short_end)
        short_start = format_date(language, first).rsplit(" ", 1)[0]
        return label(language, "period_range", start=short_start, end=format_date(language, last))
    return label(language, "period_range", start=format_date(language, start), end=format_date(language, end))


def period_length(language: str, start: str | None, end: str | None) -> str | None:
    """``12 months`` (whole calendar months) or ``45 days``; None if unknown."""
    try:
        first, last = dt.date.fromisoformat(start or ""), dt.date.fromisoformat(end or "")
    except ValueError:
        return None
    after = last + dt.timedelta(days=1)
    if first.day == 1 and after.day == 1:
        months = (after.year - first.year) * 12 + after.month - first.month
        return label(language, "month") if months == 1 else label(language, "months", n=months)
    return label(language, "days", n=(last - first).days + 1)
