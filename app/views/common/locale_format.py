"""Numbers, money, dates and times as the interface language writes them
(QLocale): ¥1,234.50 and 2026年11月11日 in Chinese, 11 Nov 2026 in English.

Plan data stays ISO (2026-11-11) in the file; only what is shown changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.views.common import translations

DATE_FORMATS = {"zh": "yyyy年M月d日", "en": "d MMM yyyy"}
TIME_FORMATS = {"zh": "HH:mm:ss", "en": "HH:mm:ss"}
CURRENCY_SYMBOLS = {
    "CNY": "¥",
    "JPY": "¥",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "HKD": "HK$",
    "TWD": "NT$",
    "KRW": "₩",
    "SGD": "S$",
    "AUD": "A$",
    "CAD": "C$",
    "CHF": "CHF ",
}


def _language(language: str | None) -> str:
    return language or translations.current_language()


def locale(language: str | None = None) -> QLocale:
    """The QLocale of *language* (default: the interface language)."""
    return translations.locale_for(_language(language))


def _qdate(value) -> QDate:
    if isinstance(value, QDate):
        return value
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return QDate(value.year, value.month, value.day)


def format_date(value, language: str | None = None) -> str:
    """A date (ISO text, datetime.date or QDate) in the interface language."""
    lang = _language(language)
    return locale(lang).toString(_qdate(value), DATE_FORMATS.get(lang, DATE_FORMATS["en"]))


def date_edit_format(language: str | None = None) -> str:
    """Display format for date fields."""
    return DATE_FORMATS.get(_language(language), DATE_FORMATS["en"])


def format_time(value: QTime | dt.time | None = None, language: str | None = None) -> str:
    """A clock time (default: now)."""
    lang = _language(language)
    if value is None:
        value = QTime.currentTime()
    elif isinstance(value, dt.time):
        value = QTime(value.hour, value.minute, value.second)
    return locale(lang).toString(value, TIME_FORMATS.get(lang, "HH:mm:ss"))


def format_datetime(value: dt.datetime, language: str | None = None) -> str:
    """Date and time, e.g. 2026年11月23日 11:48:06 / 23 Nov 2026 11:48:06."""
    lang = _language(language)
    return f"{format_date(value.date(), lang)} {format_time(value.time(), lang)}"


def format_number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """A number with the locale's grouping, e.g. 1,234,567."""
    loc = locale(language)
    return (
        loc.toString(int(value))
        if decimals == 0 and float(value).is_integer()
        else loc.toString(float(value), "f", decimals)
    )


def format_money(amount: float, currency: str = "CNY", language: str | None = None) -> str:
    """An amount of money, e.g. ¥1,234.50 (two decimals; none for JPY/KRW)."""
    symbol = CURRENCY_SYMBOLS.get(currency, f"{currency} ")
    decimals = 0 if currency in ("JPY", "KRW") else 2
    loc = locale(language)
    text = loc.toString(abs(float(amount)), "f", decimals)
    return f"-{symbol}{text}" if amount < 0 else f"{symbol}{text}"


def format_size(size: int, language: str | None = None) -> str:
    """A file size, e.g. 84 KB."""
    return f"{format_number(max(1, round(size / 1024)), language=language)} KB"


def duration_label(minutes: int | None) -> str:
    """A duration given in minutes, as a planner says it: "30 min", "2 h",
    "1 h 30 min", "1 day", "2 days 4 h" ('' when not set)."""
    if minutes is None:
        return ""
    minutes = int(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        one_day = QCoreApplication.translate("LocaleFormat", "1 day")
        parts.append(
            one_day if days == 1 else QCoreApplication.translate("LocaleFormat", "{days} days").format(days=days)
        )
    if hours:
        parts.append(QCoreApplication.translate("LocaleFormat", "{hours} h").format(hours=hours))
    if mins or not parts:
        parts.append(QCoreApplication.translate("LocaleFormat", "{minutes} min").format(minutes=mins))
    return " ".join(parts)
