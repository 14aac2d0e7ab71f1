"""Where key dates come from: Chinese public holidays and adjusted working
days (调休上班日) from the ``chinese_calendar`` package (the State Council's
published schedules) or, for a year it does not have yet, the ``holidays``
package's estimate; and the e-commerce festival presets as rules.

No date table is typed here: the holiday dates come from those packages at
run time, the festivals from the rules in :data:`FESTIVALS`. Both packages
are imported inside the functions (start-up speed). See docs/calendar.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

# Holiday keys and their names. chinese_calendar names holidays by its
# Holiday enum's English value, holidays.China (zh_CN) by Chinese names.
HOLIDAY_NAMES = {
    "new_year": ("元旦", "New Year's Day"),
    "spring": ("春节", "Spring Festival"),
    "qingming": ("清明节", "Qingming Festival"),
    "labour": ("劳动节", "Labour Day"),
    "dragon_boat": ("端午节", "Dragon Boat Festival"),
    "mid_autumn": ("中秋节", "Mid-Autumn Festival"),
    "national": ("国庆节", "National Day"),
    "victory_70": ("抗战胜利70周年纪念日", "Victory Day (70th anniversary)"),
}
_OFFICIAL_KEYS = {
    "New Year's Day": "new_year",
    "Spring Festival": "spring",
    "Tomb-sweeping Day": "qingming",
    "Labour Day": "labour",
    "Dragon Boat Festival": "dragon_boat",
    "Mid-autumn Festival": "mid_autumn",
    "National Day": "national",
    "Anti-Fascist 70th Day": "victory_70",
}
_ESTIMATE_KEYS = {
    "元旦": "new_year",
    "农历除夕": "spring",
    "春节": "spring",
    "清明节": "qingming",
    "劳动节": "labour",
    "端午节": "dragon_boat",
    "中秋节": "mid_autumn",
    "国庆节": "national",
}
PROVISIONAL = {"zh": "（暂定）", "en": " (provisional)"}
WORKDAY = {"zh": "调休上班（{holiday}）", "en": "Adjusted working day ({holiday})"}
LAST_SUPPORTED_YEAR = 2099


@dataclass(frozen=True)
class Festival:
    """An e-commerce festival preset: names and the rule giving its dates.

    ``start``/``end`` are (month, day); ``end`` None makes it a single day.
    ``before_new_year`` instead gives (days, days) before Chinese New Year's
    Eve for festivals that follow the lunar calendar."""

    key: str
    zh: str
    en: str
    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    before_new_year: tuple[int, int] | None = None

    def dates(self, year: int) -> tuple[dt.date, dt.date | None]:
        """The festival's first and last day in *year* (last None for one day)."""
        if self.before_new_year:
            eve = lunar_new_year(year) - dt.timedelta(days=1)
            first, last = self.before_new_year
            return eve - dt.timedelta(days=first), eve - dt.timedelta(days=last)
        end = dt.date(year, *self.end) if self.end else None
        return dt.date(year, *self.start), end


# The presets (docs/calendar.md explains each choice). Ranges end on the peak day.
FESTIVALS = (
    Festival("nianhuo", "年货节", "New Year Shopping Festival", before_new_year=(31, 11)),
    Festival("520", "520 表白日", "520 Day", (5, 20)),
    Festival("618", "618 年中大促", "618 Mid-Year Festival", (6, 1), (6, 18)),
    Festival("99", "99 划算节", "99 Bargain Festival", (9, 9)),
    Festival("double11", "双11", "Singles' Day (11.11)", (10, 20), (11, 11)),
    Festival("double12", "双12", "Double 12 (12.12)", (12, 12)),
)


@dataclass(frozen=True)
class KeyDateEntry:
    """A key date a source proposes: kind, name, first and last day, and
    whether it is provisional (the government has not published the year)."""

    kind: str
    name: str
    date: str
    end_date: str | None = None
    provisional: bool = False


@cache
def official_years() -> frozenset[int]:
    """Years whose holiday schedule the installed chinese_calendar has."""
    from chinese_calendar import constants

    return frozenset(day.year for day in constants.holidays)


def is_provisional(year: int) -> bool:
    """True when *year*'s holidays are an estimate (no published schedule yet)."""
    return year not in official_years()


def supported_years() -> range:
    """Years key dates can be added for: from chinese_calendar's first year on."""
    return range(min(official_years()), LAST_SUPPORTED_YEAR + 1)


@cache
def lunar_new_year(year: int) -> dt.date:
    """The first day of the Spring Festival (正月初一) in *year*."""
    import holidays

    days = holidays.China(years=year, language="zh_CN")
    return min(day for day, name in days.items() if "春节" in name and "补假" not in name)


def _runs(days: list[dt.date], joins) -> list[tuple[dt.date, dt.date]]:
    """Sorted *days* merged into (first, last) runs; ``joins(a, b)`` says
    whether day b continues the run ending on day a."""
    runs: list[list[dt.date]] = []
    for day in sorted(days):
        if runs and joins(runs[-1][1], day):
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [(first, last) for first, last in runs]


def _only_weekend_between(a: dt.date, b: dt.date) -> bool:
    gap = [a + dt.timedelta(days=n) for n in range(1, (b - a).days)]
    return all(day.weekday() >= 5 for day in gap)


def _with_weekends(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """A break widened by the weekend days that touch it (a Friday holiday
    means a Friday-to-Sunday break)."""
    while (first - dt.timedelta(days=1)).weekday() >= 5:
        first -= dt.timedelta(days=1)
    while (last + dt.timedelta(days=1)).weekday() >= 5:
        last += dt.timedelta(days=1)
    return first, last


def _named(key: str, language: str) -> str:
    zh, en = HOLIDAY_NAMES[key]
    return zh if language == "zh" else en


def _breaks(by_key: dict[str, list[dt.date]], joins, widen: bool) -> list[tuple[dt.date, dt.date, list[str]]]:
    """Days off per holiday merged into breaks: each holiday's days joined
    into runs, then runs of different holidays that overlap or touch (国庆
    and 中秋 in one week) merged into one break naming both."""
    runs = []
    for key, days in by_key.items():
        for first, last in _runs(sorted(set(days)), joins):
            runs.append((*(_with_weekends(first, last) if widen else (first, last)), key))
    merged: list[list] = []
    for first, last, key in sorted(runs):
        if merged and (first - merged[-1][1]).days <= 1:
            merged[-1][1] = max(merged[-1][1], last)
            if key not in merged[-1][2]:
                merged[-1][2].append(key)
        else:
            merged.append([first, last, [key]])
    return [(first, last, keys) for first, last, keys in merged]


def _break_entry(first: dt.date, last: dt.date, keys: list[str], language: str, provisional: bool) -> KeyDateEntry:
    joiner = "、" if language == "zh" else " & "
    name = joiner.join(_named(key, language) for key in keys) + (PROVISIONAL[language] if provisional else "")
    end = last.isoformat() if last != first else None
    return KeyDateEntry("holiday", name, first.isoformat(), end, provisional)


def _official(year: int, language: str) -> list[KeyDateEntry]:
    """Holidays (whole breaks, weekends inside them included) and adjusted
    working days of a published year, from chinese_calendar."""
    from chinese_calendar import constants

    by_key: dict[str, list[dt.date]] = {}
    for day, name in constants.holidays.items():
        if abs(day.year - year) <= 1:  # a break may cross the new year
            by_key.setdefault(_OFFICIAL_KEYS.get(name, "new_year"), []).append(day)
    found = [
        _break_entry(first, last, keys, language, False)
        for first, last, keys in _breaks(by_key, lambda a, b: (b - a).days == 1, widen=False)
        if first.year <= year <= last.year
    ]
    for day, name in constants.workdays.items():
        if day.year == year:
            holiday = _named(_OFFICIAL_KEYS.get(name, "new_year"), language)
            found.append(KeyDateEntry("workday", WORKDAY[language].format(holiday=holiday), day.isoformat()))
    return found


def _estimated(year: int, language: str) -> list[KeyDateEntry]:
    """Holidays of a year not yet published, estimated by holidays.China
    (statutory days, a weekend clash moved to the next working day) and
    widened by the weekends they touch. The adjusted working days cannot be
    estimated: only the State Council's notice decides them."""
    import holidays

    by_key: dict[str, list[dt.date]] = {}
    for day, names in holidays.China(years=range(year - 1, year + 2), language="zh_CN").items():
        for name in names.split("; "):
            base = name.split("（")[0]
            if base in _ESTIMATE_KEYS:
                by_key.setdefault(_ESTIMATE_KEYS[base], []).append(day)
    return [
        _break_entry(first, last, keys, language, True)
        for first, last, keys in _breaks(by_key, _only_weekend_between, widen=True)
        if first.year <= year <= last.year
    ]


def holiday_entries(year: int, language: str = "zh") -> list[KeyDateEntry]:
    """Public holidays and adjusted working days of *year*, by date; names in
    *language* ('en', anything else is Chinese), provisional ones marked."""
    language = "en" if language == "en" else "zh"
    found = _estimated(year, language) if is_provisional(year) else _official(year, language)
    return sorted(found, key=lambda e: (e.date, e.kind))


def festival_entries(year: int, language: str = "zh") -> list[KeyDateEntry]:
    """The e-commerce festival presets of *year*, by date."""
    found = []
    for festival in FESTIVALS:
        first, last = festival.dates(year)
        name = festival.en if language == "en" else festival.zh
        found.append(KeyDateEntry("festival", name, first.isoformat(), last.isoformat() if last else None))
    return sorted(found, key=lambda e: e.date)


def festival_names() -> set[str]:
    """Every preset festival name in both languages (to spot presets already added)."""
    return {name for f in FESTIVALS for name in (f.zh, f.en)}
