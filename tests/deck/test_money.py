"""Money the reader's way (app/models/money.py): 万/亿 for a Chinese plan,
K/M/B with the currency for an English one, one unit per table or chart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.money import axis_unit, compact, in_unit, money, unit_header


@pytest.mark.parametrize(("value", "zh", "en"), [
    (36_000_000, "3,600万元", "CNY 36.0M"),
    (100_000_000, "1亿元", "CNY 100M"),
    (120_000_000, "1.2亿元", "CNY 120M"),
    (5_000_000_000, "50亿元", "CNY 5.0B"),
    (8_500, "8,500元", "CNY 8.5K"),
    (-2_500_000, "-250万元", "CNY -2.5M"),
    (0, "0元", "CNY 0"),
])
def test_amounts_are_written_the_readers_way(value, zh, en):
    assert money(value, "CNY", "zh") == zh
    assert money(value, "CNY", "en") == en


def test_other_currencies_and_blanks():
    assert money(36_000_000, "USD", "zh") == "3,600万 USD"
    assert money(36_000_000, "USD", "en") == "USD 36.0M"
    assert money(None) == "" and money(float("nan")) == ""


def test_one_unit_per_column_named_in_its_header():
    scale, unit = axis_unit([28_800_000, 900, None], "zh")
    assert (scale, unit) == (1e4, "万") and unit_header(unit, "CNY", "zh") == "万元"
    assert [in_unit(v, scale) for v in (28_800_000, 11_500_000, 5_595_000)] == ["2,880", "1,150", "560"]
    scale, unit = axis_unit([72_000_000], "en")
    assert (scale, unit) == (1e6, "M") and unit_header(unit, "CNY", "en") == "CNY M"
    assert in_unit(28_800_000, scale) == "28.8"


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_compact_never_loses_the_order_of_magnitude(value):
    zh, en = compact(value, "zh"), compact(value, "en")
    assert ("亿" in zh) == (value >= 1e8) and ("万" in zh) == (1e4 <= value < 1e8)
    assert en[-1] in "KMB0123456789"
    assert not zh.startswith("0.") and "e" not in zh and "e" not in en
