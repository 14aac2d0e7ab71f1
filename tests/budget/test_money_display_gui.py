"""Amounts the reader's way in the editors: a Chinese plan shows 万 / 亿
(8,000万元), an English one K / M (CNY 80.0M) — in the Budget summary,
its chart axes, the dashboard and the Forecast figures — while the cells a
user types into keep plain numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.deck_support import sample_plan

# the sample plans: envelope 80,000,000, reserve 10 %, 72,000,000 on lines, social media 28,800,000
EXPECTED = {
    "zh": {"reserve": "800万元", "allocated": "7,200万元", "social": ("社交媒体", "2,880万元"),
           "envelope": "8,000万元"},
    "en": {"reserve": "CNY 8.0M", "allocated": "CNY 72.0M", "social": ("Social media", "CNY 28.8M"),
           "envelope": "CNY 80.0M"},
}  # fmt: skip


def open_canvas(window, tmp_path, language: str, key: str):
    """The window showing canvas *key* of the sample plan in *language*."""
    assert window.open_plan(str(sample_plan(language, tmp_path)))
    window.navigator.setCurrentRow(list(window.editors).index(key))
    return window.editors[key]


def stop_problems(window) -> None:
    timer = getattr(window.problems, "_timer", None)
    if timer is not None:
        timer.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_budget_summary_writes_amounts_in_the_plans_units(window, tmp_path, language):
    editor = open_canvas(window, tmp_path, language, "budget")
    summary, expected = editor.summary, EXPECTED[language]
    assert summary.reserve_amount.text() == expected["reserve"]
    assert summary.allocated.text() == expected["allocated"]
    assert summary.unallocated.text() == ("0元" if language == "zh" else "CNY 0")
    shares = summary.shares_model
    rows = {shares.item(r, 0).text(): shares.item(r, 1).text() for r in range(shares.rowCount())}
    name, planned = expected["social"]
    assert rows[name] == planned
    assert summary.envelope_edit.text() == "80,000,000"  # typed here: stays a plain number
    stop_problems(window)


@pytest.mark.parametrize(("language", "unit"), [("zh", "万"), ("en", "M")])
def test_budget_chart_axes_use_the_plans_units(window, tmp_path, language, unit):
    editor = open_canvas(window, tmp_path, language, "budget")
    editor.charts.redraw()
    monthly, _donut, versus = editor.charts.figure.axes
    editor.charts.canvas.draw()
    for ax in (monthly, versus):
        ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text() not in ("", "0")]
        assert ticks and all(t.endswith(unit) for t in ticks), ticks
    assert monthly.yaxis.get_major_formatter()(36_000_000, 0) == ("3,600万" if language == "zh" else "36.0M")
    stop_problems(window)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_dashboard_budget_figures_use_the_plans_units(window, qtbot, tmp_path, language):
    board = open_canvas(window, tmp_path, language, "dashboard")
    qtbot.waitUntil(lambda: board.summary is not None)
    card = board.findChild(QLabel.__mro__[1], "dashboard-budget")
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert EXPECTED[language]["envelope"] in texts and EXPECTED[language]["allocated"] in texts
    stop_problems(window)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_forecast_money_figures_use_the_plans_units(window, tmp_path, language):
    from app.views.forecast.model import KEYS

    editor = open_canvas(window, tmp_path, language, "forecast")
    model = editor.model
    spend = model.index(0, KEYS.index("spend"))
    assert spend.data() == EXPECTED[language]["social"][1]
    revenue = model.index(0, KEYS.index("revenue")).data()
    if language == "zh":
        assert revenue[-2:] in ("万元", "亿元"), revenue
    else:
        assert revenue.startswith("CNY ") and revenue[-1] in "KMB", revenue
    if model.rows[0].inputs.get("spend_override") is None:
        assert spend.data(Qt.EditRole) == ""  # the override is typed plain; none is set
    stop_problems(window)
