"""The whole deck read back from the PDF: the demo plan's zh and en decks hold
every registered section (agenda entry, bookmark; a divider where the section
group has three or more slides) in registry order after the cover and the
executive summary, and the plan's own text; only the bundled font is in the
file (as a subset); labels follow the plan's language; metadata and outline
are set; sections can be chosen, and a section without slides leaves no
trace."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from deck_support import ONLY_WITH_SNAPSHOTS, all_pdf_fonts, build, dividers, page_texts, plan_with, squash

from app.services.deck import registry, section_choices
from app.services.deck.labels import LABELS
from app.services.plan import samples


@dataclass
class Deck:
    """A demo deck built once per module: the sample JSON, the DeckResult,
    the PDF, the progress reports and the text of every page."""

    document: dict
    result: object
    pdf: Path
    progress: list
    texts: list[str]


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[str, Deck]:
    """The demo plan's deck in Chinese and in English (all sections)."""
    folder = tmp_path_factory.mktemp("demo-decks")
    built = {}
    for language in ("zh", "en"):
        plan = samples.create_demo_plan(language, folder)
        pdf = folder / f"{language}.pdf"
        seen = []
        result = build(plan, pdf, progress=lambda done, total, seen=seen: seen.append((done, total)))
        document = json.loads(samples.sample_json(language).read_text("utf-8"))
        built[language] = Deck(document, result, pdf, seen, page_texts(pdf))
    return built


def _bookmark_pages(pdf: Path) -> list[tuple[str, int]]:
    """``(title, 0-based page)`` of each top-level outline entry."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    return [(e.title, reader.get_destination_page_number(e)) for e in reader.outline if not isinstance(e, list)]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_registered_section_is_in_the_demo_deck_in_registry_order(decks, language):
    deck = decks[language]
    specs = registry.registered()
    assert [s.order for s in specs] == sorted(s.order for s in specs)
    # the demo plan fills every canvas (and has no snapshot to compare with)
    assert deck.result.sections == [s.key for s in specs if s.key not in ONLY_WITH_SNAPSHOTS]
    assert squash(deck.texts[1]).startswith(squash(LABELS[language]["summary"]))  # answer first
    agenda = squash(deck.texts[2])
    assert squash(LABELS[language]["agenda"]) in agenda
    assert not any(squash(LABELS[language]["cont"].format(title=LABELS[language]["agenda"])) in squash(t)
                   for t in deck.texts)  # the agenda fits one slide
    for number, (_key, title) in enumerate(dividers(language), 1):
        assert squash(f"{number:02d}{title}") in agenda
    marks = _bookmark_pages(deck.pdf)
    assert [title for title, _ in marks] == [title for _key, title in dividers(language)]
    pages = [page for _, page in marks]
    assert pages == sorted(pages) and pages[0] == 3
    for page, following in zip(pages, [*pages[1:], len(deck.texts) - 1], strict=True):
        assert following - page >= 1, f"section at page {page + 1} has no slide"
    divider_pages = [i for i, t in enumerate(deck.texts) if re.match(r"0\d\n", t)]
    assert divider_pages and set(divider_pages) <= set(pages)
    content = len(deck.texts) - len(divider_pages) - 2
    assert len(divider_pages) * 3 <= content  # at most one divider per three content slides
    for page in range(1, len(deck.texts) - 1):
        assert f"{page + 1} / {deck.result.pages}" in deck.texts[page]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_whole_demo_deck_embeds_only_the_bundled_font_as_a_subset(decks, language):
    deck = decks[language]
    fonts = all_pdf_fonts(deck.pdf)
    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert b"/Helvetica" not in deck.pdf.read_bytes()
    assert deck.result.substituted_fonts == {}  # no renderer asked for another font


def test_a_renderer_asking_for_a_standard_font_is_caught_and_drawn_in_the_deck_font(tmp_path, monkeypatch):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing, String

    from app.services.deck.pdf import pdf_blocks

    original = pdf_blocks.draw_block

    def draw_block(r, block, slide):  # a renderer drawing a reportlab String and a Times text
        original(r, block, slide)
        drawing = Drawing(300, 40)
        drawing.add(String(10, 10, "chart label in the default font"))
        renderPDF.draw(drawing, r.c, 60, 300)
        r.c.setFont("Times-Roman", 12)
        r.c.drawString(60, 200, "text in Times")

    monkeypatch.setattr(pdf_blocks, "draw_block", draw_block)
    pdf = tmp_path / "probe.pdf"
    result = build(plan_with(tmp_path, objectives=[("Grow", "Sales", "+10 %")]), pdf, sections=["overview"])
    text = "\n".join(page_texts(pdf))
    assert "chart label in the default font" in text and "text in Times" in text
    assert {f["/BaseFont"].split("+")[-1] for f in all_pdf_fonts(pdf)} == {"WenQuanYiMicroHei"}
    assert set(result.substituted_fonts) == {"Helvetica", "Times-Roman"}


def test_zh_deck_shows_the_cover_and_the_plans_chinese_text(decks):
    deck = decks["zh"]
    texts, plan = deck.texts, deck.document["plan"]
    assert deck.result.pages == len(texts)
    assert plan["title"] in texts[0] and plan["brand"] in texts[0]  # the cover
    assert "2027年1月1日 至 12月31日" in texts[0] and plan["owner"] in texts[0] and "2027年6月5日" in texts[0]
    whole = squash("".join(texts))
    for objective in deck.document["objective"]:
        for field in ("text", "metric", "target"):
            assert squash(objective[field]) in whole
    for block in plan["market_context"].split("\n\n"):
        assert squash(block) in whole
    assert "谢谢" in texts[-1]
    assert deck.result.warnings == []


def test_every_page_has_the_footer_with_page_of_total(decks):
    deck = decks["zh"]
    for number, text in enumerate(deck.texts[1:], 2):
        assert f"{number} / {deck.result.pages}" in text
        assert deck.document["plan"]["confidentiality"] in text
        assert deck.document["plan"]["title"] in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_metadata_outline_and_progress(decks, language):
    from pypdf import PdfReader

    deck = decks[language]
    reader = PdfReader(deck.pdf)
    assert reader.metadata.title == deck.document["plan"]["title"]
    assert reader.metadata.author == deck.document["plan"]["owner"]
    assert deck.document["plan"]["brand"] in reader.metadata.subject
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert [entry.title for entry in top] == [title for _key, title in dividers(language)]
    nested = [e.title for entry in reader.outline if isinstance(entry, list) for e in entry]
    shown = [title for key, title in section_choices(language) if key not in ONLY_WITH_SNAPSHOTS]
    assert sorted([e.title for e in top] + nested) == sorted(shown)
    seen = deck.progress
    assert seen[0] == (0, deck.result.pages) and seen[-1] == (deck.result.pages, deck.result.pages)
    assert [done for done, _ in seen] == list(range(deck.result.pages + 1))


def test_english_plan_gets_english_labels(decks):
    deck = decks["en"]
    text = "\n".join(deck.texts)
    for label in ("Executive summary", "Agenda", "Overview", "Objectives", "Metric", "Thank you"):
        assert label in text
    assert "1 Jan – 31 Dec 2027" in text
    for zh_label in ("目录", "营销目标", "谢谢", "（续）", *(spec.title_zh for spec in registry.registered())):
        assert zh_label not in text
    assert deck.result.warnings == []


def test_chinese_plan_has_no_english_labels(decks):
    text = "\n".join(decks["zh"].texts)
    english_titles = [spec.title_en for spec in registry.registered() if spec.title_en != spec.title_zh]
    for en_label in ("Agenda", "Objectives", "Thank you", "Executive summary", "(cont.)", "weekly", "monthly",
                     *english_titles):
        assert en_label not in text


def test_label_tables_are_complete_in_both_languages():
    assert set(LABELS["zh"]) == set(LABELS["en"])
    for language in ("zh", "en"):
        assert all(value.strip() for value in LABELS[language].values())
        assert LABELS[language]["cont"].format(title="X").startswith("X")


def _probe(monkeypatch, key, order, title, slides):
    def render(ctx):
        for heading, line in slides:
            yield from ctx.slides.bullets(heading, [line])

    spec = registry.SectionSpec(key, order, f"{title}（中文）", title, render)
    monkeypatch.setitem(registry._SECTIONS, key, spec)


def test_only_the_chosen_sections_are_in_the_deck_in_registry_order(tmp_path, monkeypatch):
    _probe(monkeypatch, "extra_test", 5, "Extra test section", [("Extra slide", "only in the extra section")])
    plan = plan_with(tmp_path, objectives=[("Grow", "Sales", "+10 %")])
    result = build(plan, tmp_path / "both.pdf", sections=["overview", "extra_test"], dividers="always")
    texts = page_texts(tmp_path / "both.pdf")
    assert result.sections == ["extra_test", "overview"]  # order 5 comes before Overview's 10
    assert texts[2].startswith("01\nExtra test section") and "only in the extra section" in texts[3]
    assert texts[4].startswith("02\nOverview")
    result = build(plan, tmp_path / "extra.pdf", sections=["extra_test"])
    extra_only = "\n".join(page_texts(tmp_path / "extra.pdf"))
    assert "only in the extra section" in extra_only and result.sections == ["extra_test"]
    assert "Overview" not in extra_only and "Sales" not in extra_only  # the summary names the plan's objectives
    build(plan, tmp_path / "overview.pdf", sections=["overview"])
    overview_only = "\n".join(page_texts(tmp_path / "overview.pdf"))
    assert "Extra test section" not in overview_only and "Objectives" in overview_only


def test_a_section_without_slides_leaves_no_divider_agenda_entry_or_bookmark(tmp_path, monkeypatch):
    from pypdf import PdfReader

    _probe(monkeypatch, "empty_probe", 11, "Empty probe section", [])
    _probe(monkeypatch, "full_probe", 12, "Full probe section", [("Probe slide", "probe text")])
    pdf = tmp_path / "deck.pdf"
    plan = plan_with(tmp_path, objectives=[("Grow", "Sales", "+10 %")])
    result = build(plan, pdf, sections=["overview", "empty_probe", "full_probe"], dividers="always")
    texts = page_texts(pdf)
    assert result.sections == ["overview", "full_probe"]
    assert "Empty probe section" not in "\n".join(texts)
    assert [e.title for e in PdfReader(pdf).outline] == ["Overview", "Full probe section"]
    assert any(t.startswith("02\nFull probe section") for t in texts)
    divider_texts = [t for t in texts if re.match(r"0\d\n", t)]
    assert len(divider_texts) == 2 and result.pages == len(texts)
    result = build(plan, tmp_path / "auto.pdf", sections=["overview", "empty_probe", "full_probe"])
    assert not [t for t in page_texts(tmp_path / "auto.pdf") if re.match(r"0\d\n", t)]  # one-slide sections


def test_divider_choice_auto_always_never(tmp_path, monkeypatch):
    _probe(monkeypatch, "three", 11, "Three slides", [(f"Slide {n}", f"line {n}") for n in range(3)])
    _probe(monkeypatch, "one", 12, "One slide", [("Lonely slide", "alone")])
    plan = plan_with(tmp_path)
    counts = {}
    for choice in ("auto", "always", "never"):
        pdf = tmp_path / f"{choice}.pdf"
        build(plan, pdf, sections=["three", "one"], dividers=choice)
        counts[choice] = [t.split("\n")[1] for t in page_texts(pdf) if re.match(r"0\d\n", t)]
    assert counts == {"auto": ["Three slides"], "always": ["Three slides", "One slide"], "never": []}
    from app.services.plan.errors import UsageError

    with pytest.raises(UsageError, match="divider"):
        build(plan, tmp_path / "bad.pdf", dividers="sometimes")


def test_a_deck_whose_chosen_sections_are_all_empty_is_cover_and_closing(tmp_path, monkeypatch):
    _probe(monkeypatch, "empty_probe", 11, "Empty probe section", [])
    pdf = tmp_path / "deck.pdf"
    result = build(plan_with(tmp_path), pdf, sections=["empty_probe"])
    texts = page_texts(pdf)
    assert result.sections == [] and result.pages == len(texts) == 2
    assert "Deck test plan" in texts[0] and "Thank you" in texts[1]


def test_unknown_or_no_section_is_a_usage_error_naming_the_valid_ones(tmp_path):
    from app.services.plan.errors import UsageError

    plan = plan_with(tmp_path)
    valid = ", ".join(spec.key for spec in registry.registered())
    with pytest.raises(UsageError, match=re.escape(f"Unknown deck section 'nope' (available: {valid})")):
        build(plan, tmp_path / "deck.pdf", sections=["overview", "nope"])
    with pytest.raises(UsageError, match="at least one"):
        build(plan, tmp_path / "deck.pdf", sections=[])
    assert not (tmp_path / "deck.pdf").exists()


def test_a_plan_with_nothing_filled_in_still_builds_without_placeholders(tmp_path):
    plan = plan_with(tmp_path, language="zh", title="")
    result = build(plan, tmp_path / "empty.pdf")
    texts = page_texts(tmp_path / "empty.pdf")
    text = "\n".join(texts)
    assert "未命名计划" in text and "未设置" not in text and "—" not in texts[0]
    assert result.sections == [] and len(texts) == 2  # cover and closing: nothing to show yet
    assert [str(w) for w in result.warnings] == ["Left out of the deck: the objectives slide (no objectives)."]


def test_a_section_whose_renderer_fails_is_left_out_with_a_warning(tmp_path, monkeypatch):
    def broken(ctx):
        yield from ctx.slides.bullets("Half a section", ["never shown"])
        raise KeyError("budget_line")

    monkeypatch.setitem(registry._SECTIONS, "broken", registry.SectionSpec("broken", 12, "坏", "Broken probe", broken))
    pdf = tmp_path / "deck.pdf"
    result = build(plan_with(tmp_path, objectives=[("Grow", "Sales", "+10 %")]), pdf, sections=["overview", "broken"])
    text = "\n".join(page_texts(pdf))
    assert result.sections == ["overview"] and "Objective" in text
    assert "Broken probe" not in text and "never shown" not in text
    assert [str(w) for w in result.warnings] == [
        "The section “Broken probe” could not be laid out (KeyError: 'budget_line'); the deck was made without it."
    ]


def test_a_grouped_section_shares_the_divider_of_its_group(tmp_path, monkeypatch):
    from pypdf import PdfReader

    def slides(line):
        return lambda ctx: ctx.slides.bullets(line, [line.lower()])

    for key, order, title, group in (("lead", 11, "Lead probe", None), ("follower", 12, "Follower probe", "lead"),
                                     ("next", 13, "Next probe", None)):
        spec = registry.SectionSpec(key, order, f"{title}（中文）", title, slides(f"{title} slide"), group)
        monkeypatch.setitem(registry._SECTIONS, key, spec)
    pdf = tmp_path / "grouped.pdf"
    result = build(plan_with(tmp_path), pdf, sections=["lead", "follower", "next"], dividers="always")
    texts = page_texts(pdf)
    assert result.sections == ["lead", "follower", "next"]
    assert [t.split("\n")[0] for t in texts[1:6]] == ["01", "Lead probe", "Follower probe", "02", "Next probe"]
    assert "Lead probe slide" in texts[2] and "Follower probe slide" in texts[3]
    assert texts[3].startswith("Follower probe")  # its tracker names the grouped section
    outline = PdfReader(pdf).outline
    assert [outline[0].title, outline[1][0].title, outline[2].title] == ["Lead probe", "Follower probe", "Next probe"]
    build(plan_with(tmp_path), tmp_path / "alone.pdf", sections=["follower"], dividers="always")
    assert page_texts(tmp_path / "alone.pdf")[1].startswith("01\nFollower probe")
