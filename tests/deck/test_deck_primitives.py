"""The slide makers sections build on (ctx.slides): two-by-two grid, cards,
chart + caption, bullets and over-long headlines — content continues on
(cont.) slides, stays inside the page and nothing is lost."""

from __future__ import annotations

import pytest
from deck_support import PAGE_H, PAGE_W, build, page_texts, plan_with, squash, text_runs

from app.services.deck import registry


@pytest.fixture
def section(monkeypatch):
    """Register a throw-away section whose renderer the test supplies."""

    def register(render):
        spec = registry.SectionSpec("probe", 50, "探针", "Probe", render)
        monkeypatch.setitem(registry._SECTIONS, "probe", spec)

    return register


def _inside_page(pdf) -> None:
    for page, text, x0, x1, y, _ in text_runs(pdf):
        assert 47.5 <= x0 and x1 <= PAGE_W - 47.5 and 23.5 <= y <= PAGE_H, (page, text, x0, x1, y)


def test_grid_cells_that_overflow_continue_in_place(tmp_path, section):
    long_items = [f"Strength number {n} with some words to wrap around" for n in range(40)]

    def render(ctx):
        yield from ctx.slides.grid("SWOT probe", [
            ("Strengths", long_items),
            ("Weaknesses", ["Short weakness"]),
            (ctx.text("Opp <b>", "quadrant O"), ["x" * 3000]),
            ("Threats", []),
        ])

    section(render)
    pdf = tmp_path / "grid.pdf"
    build(plan_with(tmp_path), pdf, sections=["probe"])
    texts = page_texts(pdf)
    grid_pages = [t for t in texts if "SWOT probe" in t]
    assert len(grid_pages) >= 3 and "SWOT probe (cont.)" in grid_pages[1]
    assert "Strengths (cont.)" in grid_pages[1] and "Weaknesses (cont.)" not in grid_pages[1]
    whole = squash("".join(texts))
    for item in long_items:
        assert squash(item) in whole
    assert "Opp<b>" in whole and whole.count("x") >= 3000
    _inside_page(pdf)


def test_cards_chart_and_caption(tmp_path, section):
    from app.services.deck.model import Card, CardLine, ChartSpec, Series

    spec = ChartSpec("bar", ("社交", "电商", "$search$"), (Series("Planned", (40.0, 30.0, 15.0)),))

    def render(ctx):
        cards = [Card(f"Card {n}", (CardLine(f"value {n}"),)) for n in range(1, 7)]
        yield from ctx.slides.cards("Six cards", cards)
        yield from ctx.slides.chart("A chart", spec, ["Caption line " * 3, "Second caption"])
        yield from ctx.slides.chart("Long caption", spec, [f"caption {n} " * 20 for n in range(30)])

    section(render)
    pdf = tmp_path / "cards.pdf"
    result = build(plan_with(tmp_path), pdf, sections=["probe"])
    texts = page_texts(pdf)
    whole = "\n".join(texts)
    for n in range(1, 7):
        assert f"Card {n}" in whole and f"value {n}" in whole
    assert len([t for t in texts if "Card " in t]) == 2  # six cards: three a slide
    assert "Second caption" in whole and "$search$" in whole
    assert all(f"caption {n} " in whole for n in range(30))
    assert result.warnings == []
    _inside_page(pdf)


def test_a_headline_too_long_for_two_lines_is_cut_with_an_ellipsis(tmp_path, section):
    title = "A very long slide title that goes on " * 12

    def render(ctx):
        yield from ctx.slides.bullets(ctx.text(title, "probe title"), ["first bullet"])

    section(render)
    pdf = tmp_path / "title.pdf"
    build(plan_with(tmp_path), pdf, sections=["probe"])
    page = [t for t in page_texts(pdf) if "first bullet" in t][0]
    assert "…" in page
    _inside_page(pdf)


def test_theme_keeps_text_readable_on_a_light_brand_colour():
    from app.services.deck.theme import Theme, contrast

    light = Theme.from_overview({"brand_color": "#FFF200"}, "", "", "en")
    assert light.on_brand != "#FFFFFF" and contrast(light.ink, "#FFFFFF") >= 4.5
    dark = Theme.from_overview({"brand_color": "#2F6B5A"}, "", "", "en")
    assert dark.on_brand == "#FFFFFF" and dark.ink == "#2F6B5A"
    assert Theme.from_overview({"brand_color": "nonsense"}, "", "", "en").brand == "#1F4E79"


def test_a_damaged_logo_is_a_warning_not_a_failure(tmp_path):
    from app.services.plan.storage.plan_file import PlanFile

    path = plan_with(tmp_path)
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        conn.execute("UPDATE plan SET logo = ?, logo_mime = 'image/png'", (b"\x89PNG\r\n\x1a\nbroken",))
    result = build(path, tmp_path / "deck.pdf")
    assert "The plan's logo could not be read; the deck is drawn without it." in [str(w) for w in result.warnings]
