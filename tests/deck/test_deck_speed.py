"""Deck speed work that must not change what a deck shows: the chart cache
(charts.plot_drawing keyed by chart_key) never brings back an old drawing
when anything a chart shows has changed (captured data, a global it reads,
its size, the theme, matplotlib settings, a plan edit), and the character
map taken from reportlab is the font's best cmap."""

from __future__ import annotations

import dataclasses

import pytest
from deck_support import TODAY, page_texts, sample_plan, squash
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.deck import chart_key, charts
from app.services.deck.theme import Theme

BAR_COLOUR = "#336699"  # read by global_plot as a module global


@pytest.fixture(autouse=True)
def fresh_cache():
    charts.clear_cache()
    yield
    charts.clear_cache()


def drawn_texts(node) -> list[str]:
    """Every text string in a reportlab Drawing."""
    from reportlab.graphics.shapes import String

    if isinstance(node, String):
        return [node.text]
    return [text for child in getattr(node, "contents", []) for text in drawn_texts(child)]


def fill_colours(node) -> set[str]:
    """The fill colours of a Drawing's shapes, as hex."""
    colour = getattr(node, "fillColor", None)
    found = {"#" + colour.hexval()[2:].upper()} if colour is not None and hasattr(colour, "hexval") else set()
    for child in getattr(node, "contents", []):
        found |= fill_colours(child)
    return found


def titled(title: str, values=(1, 2)):
    def plot(figure):
        ax = figure.add_subplot()
        ax.bar(["a", "b"], list(values))
        ax.set_title(title)

    return plot


def global_plot(figure):
    figure.add_subplot().bar(["a"], [1], color=BAR_COLOUR)


@dataclasses.dataclass
class Series:
    name: str
    values: list


def test_an_unchanged_chart_is_not_drawn_again(monkeypatch):
    drawn = []
    real = charts._draw_chart
    monkeypatch.setattr(charts, "_draw_chart", lambda *args: drawn.append(1) or real(*args))
    first = charts.plot_drawing(titled("销售额"), 400, 300, Theme())
    assert charts.plot_drawing(titled("销售额"), 400, 300, Theme()) is first  # a fresh closure, same inputs
    assert len(drawn) == 1
    assert "销售额" in drawn_texts(first)


def test_changed_data_title_size_or_theme_gives_a_new_drawing():
    first = charts.plot_drawing(titled("Q1"), 400, 300, Theme())
    renamed = charts.plot_drawing(titled("Q2"), 400, 300, Theme())
    assert "Q2" in drawn_texts(renamed) and "Q1" not in drawn_texts(renamed)
    assert charts.plot_drawing(titled("Q1", (1, 3)), 400, 300, Theme()) is not first
    assert charts.plot_drawing(titled("Q1"), 400, 200, Theme()).height == pytest.approx(200)
    assert charts.plot_drawing(titled("Q1"), 400, 300, Theme(brand="#AA0000")) is not first
    assert charts.plot_drawing(titled("Q1"), 400, 300, Theme()) is first


def test_a_changed_module_global_gives_a_new_drawing(monkeypatch):
    blue = charts.plot_drawing(global_plot, 300, 200, Theme())
    assert "#336699" in fill_colours(blue)
    monkeypatch.setattr(f"{__name__}.BAR_COLOUR", "#CC3300")
    red = charts.plot_drawing(global_plot, 300, 200, Theme())
    assert "#CC3300" in fill_colours(red)
    assert "#336699" not in fill_colours(red)


def test_changed_content_of_a_captured_dataclass_gives_a_new_drawing():
    series = Series("渠道", [1, 2])

    def plot(figure):
        figure.add_subplot().bar(["a", "b"], series.values, label=series.name)
        figure.legend()

    first = charts.plot_drawing(plot, 400, 300, Theme())
    series.name = "门店"  # mutated in place: same object, new content
    second = charts.plot_drawing(plot, 400, 300, Theme())
    assert second is not first
    assert "门店" in drawn_texts(second)


def test_matplotlib_settings_changed_outside_give_a_new_drawing():
    from matplotlib import rcParams

    first = charts.plot_drawing(titled("rc"), 400, 300, Theme())
    saved = rcParams["axes.titlesize"]
    try:
        rcParams["axes.titlesize"] = 30
        assert charts.plot_drawing(titled("rc"), 400, 300, Theme()) is not first
    finally:
        rcParams["axes.titlesize"] = saved


def test_a_plot_capturing_something_unkeyable_is_drawn_every_time(monkeypatch):
    drawn = []
    real = charts._draw_chart
    monkeypatch.setattr(charts, "_draw_chart", lambda *args: drawn.append(1) or real(*args))
    handle = object()  # no content to fingerprint (think: an open file)

    def plot(figure):
        figure.add_subplot().set_title(f"{id(handle) and 'x'}")

    charts.plot_drawing(plot, 300, 200, Theme())
    charts.plot_drawing(plot, 300, 200, Theme())
    assert chart_key.chart_key(plot) is None
    assert len(drawn) == 2


def test_a_plot_that_changes_what_it_captured_is_not_kept():
    seen: list = []

    def plot(figure):
        seen.append(len(seen))
        figure.add_subplot().set_title(str(len(seen)))

    first = charts.plot_drawing(plot, 300, 200, Theme())
    second = charts.plot_drawing(plot, 300, 200, Theme())
    assert "1" in drawn_texts(first) and "2" in drawn_texts(second)


def test_a_plot_reading_the_plan_while_it_runs_is_not_kept(tmp_path, monkeypatch):
    from app.services.deck.builder import _context
    from app.services.plan.plan_file import PlanFile

    drawn = []
    real = charts._draw_chart
    monkeypatch.setattr(charts, "_draw_chart", lambda plot, *args: drawn.append(plot) or real(plot, *args))
    with PlanFile.open(sample_plan("en", tmp_path), read_only=True) as plan:
        ctx = _context(plan, TODAY)

        def plot(figure):
            figure.add_subplot().set_title(str(len(ctx.rows("objective"))))

        def labelled(figure):
            figure.add_subplot().set_title(ctx.label("agenda"))  # the language only: covered by the key

        for _ in range(2):
            charts.plot_drawing(plot, 300, 200, ctx.theme)
            charts.plot_drawing(labelled, 300, 200, ctx.theme)
    assert drawn == [plot, labelled, plot]  # the plan reader is drawn anew each time


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.integers(), st.floats(allow_nan=False), st.text(max_size=5)), max_size=6),
       st.lists(st.one_of(st.integers(), st.floats(allow_nan=False), st.text(max_size=5)), max_size=6))
def test_keys_differ_exactly_when_the_captured_values_differ(left, right):
    def plot_of(values):
        return lambda figure: figure.add_subplot().plot(values)

    def typed(values):
        return [(type(v), v if not isinstance(v, float) or v != 0 else str(v)) for v in values]

    same = chart_key.chart_key(plot_of(left))[0] == chart_key.chart_key(plot_of(right))[0]
    assert same == (typed(left) == typed(right))


def test_a_plan_edit_shows_in_the_rebuilt_charts(tmp_path):
    from app.services.deck import build_deck
    from app.services.plan.plan_file import PlanFile

    path = sample_plan("en", tmp_path)
    with PlanFile.open(path, read_only=True) as plan:
        build_deck(plan, tmp_path / "before.pdf", sections=["budget"], today=TODAY)
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        conn.execute("UPDATE channel SET name = 'Zeppelin ads' WHERE position = 0")
    with PlanFile.open(path, read_only=True) as plan:
        build_deck(plan, tmp_path / "after.pdf", sections=["budget"], today=TODAY)
    before, after = squash(" ".join(page_texts(tmp_path / "before.pdf"))), page_texts(tmp_path / "after.pdf")
    chart_pages = [text for text in after if "Planned spend by month" in text or "Channel shares" in text]
    assert chart_pages and all("Zeppelinads" in squash(text) for text in chart_pages)
    assert "Zeppelinads" not in before


def test_the_character_map_from_reportlab_is_the_fonts_best_cmap():
    from reportlab.pdfbase.pdfmetrics import getFont

    from app.services.deck import fonts

    name = fonts.register_reportlab()
    assert frozenset(getFont(name).face.charToGlyph) == fonts.cmap_characters()
