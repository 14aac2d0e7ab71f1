"""Money the reader's way: one formatter for amounts in decks, editors and
export captions. A Chinese plan writes 万 / 亿 (``3,600万``, ``1.2亿``, plain
below 1万), an English one K / M / B (``CNY 36.0M``); the currency goes in
front in English (``CNY 36.0M``) and as 元 / the code after the unit in
Chinese (``3,600万元``, ``3,600万 USD``). Pure functions, no I/O."""

from __future__ import annotations

import math

_ZH_UNITS = ((1e8, "亿"), (1e4, "万"))
_EN_UNITS = ((1e9, "B"), (1e6, "M"), (1e3, "K"))


def _is_zh(language: str | None) -> bool:
    return language != "en"


def _trim(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number


def compact(value: float, language: str | None = "zh", digits: int = 1) -> str:
    """*value* with its big-number unit and no currency: ``3,600万``,
    ``1.2亿``, ``8,500`` / ``36.0M``, ``850K``, ``8,500``."""
    sign = "-" if value < 0 else ""
    amount = abs(value)
    units = _ZH_UNITS if _is_zh(language) else _EN_UNITS
    for size, unit in units:
        if amount >= size:
            scaled = amount / size
            if _is_zh(language):
                text = f"{scaled:,.0f}" if scaled >= 1000 or scaled == round(scaled) else _trim(f"{scaled:,.{digits}f}")
            else:
                text = f"{scaled:,.{digits}f}" if scaled < 100 else f"{scaled:,.0f}"
            return f"{sign}{text}{unit}"
    return f"{sign}{amount:,.0f}"


def currency_word(currency: str | None, language: str | None) -> str:
    """How the currency follows a Chinese amount (元 for CNY/RMB) or leads an
    English one (the ISO code)."""
    code = (currency or "").strip().upper()
    if _is_zh(language):
        return "元" if code in ("", "CNY", "RMB") else f" {code}"
    return code or "CNY"


def money(value: float | None, currency: str | None = "CNY", language: str | None = "zh") -> str:
    """An amount with its unit and currency: ``3,600万元``, ``1.2亿元``,
    ``CNY 36.0M``; '' for None or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = compact(float(value), language)
    word = currency_word(currency, language)
    return f"{text}{word}" if _is_zh(language) else f"{word} {text}"


def axis_unit(values, language: str | None = "zh") -> tuple[float, str]:
    """``(scale, unit)`` for one chart or table column: the unit of its
    largest value (万 for 36,000,000 in Chinese, M in English), so every
    number in it shares one unit."""
    largest = max((abs(v) for v in values if v is not None), default=0.0)
    units = _ZH_UNITS if _is_zh(language) else _EN_UNITS
    for size, unit in units:
        if largest >= size:
            return size, unit
    return 1.0, ""


def unit_header(unit: str, currency: str | None, language: str | None) -> str:
    """A header naming the unit: ``金额（万元）`` part ``万元`` / ``CNY M``."""
    word = currency_word(currency, language).strip()
    if _is_zh(language):
        return f"{unit}{word}" if word == "元" else f"{unit} {word}".strip()
    return f"{word} {unit}".strip()


def in_unit(value: float | None, scale: float, digits: int | None = None) -> str:
    """*value* divided by *scale*, grouped: ``3,600`` (万), ``36.0`` (M)."""
    if value is None:
        return ""
    scaled = value / scale
    if digits is None:
        digits = 0 if scale == 1 or abs(scaled) >= 100 or scaled == round(scaled) else 1
    return f"{scaled:,.{digits}f}"


def format_value(value: float | None, fmt) -> str:
    """A chart value as labelled on the data, by a ValueFormat-like *fmt*
    (kind, currency, language): money compact without currency
    (the axis names it), percentages with %, counts grouped."""
    if value is None:
        return ""
    if fmt.kind == "percent":
        return f"{value:.0f}%" if abs(value - round(value)) < 0.05 else f"{value:.1f}%"
    if fmt.kind == "money":
        return compact(value, fmt.language)
    if fmt.kind == "score":
        return _trim(f"{value:.1f}")
    return compact(value, fmt.language) if abs(value) >= 1e4 else f"{value:,.0f}"


def format_axis(value: float | None, fmt) -> str:
    """An axis tick in the chart's unit (scale), no currency."""
    if value is None:
        return ""
    if fmt.kind == "percent":
        return f"{value:.0f}%"
    return _trim(in_unit(value, fmt.scale or 1.0, 1)) if fmt.scale != 1 else f"{value:,.0f}"
