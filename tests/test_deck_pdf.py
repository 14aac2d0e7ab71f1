"""The deck read back from the PDF: cover, section titles and the plan's
Chinese text are there, the font is embedded as a subset, labels follow the
plan's language, metadata and outline are set, sections can be chosen."""

from __future__ import annotations

import json
import re

import pytest
from deck_support import build, page_texts, pdf_fonts, plan_with, sample_plan, squash

from app.services import paths
from app.services.deck import section_choices
from app.services.deck.labels import LABELS


@pytest.fixture(scope="module")
def zh_deck(tmp_path_factory):
    """The Chinese sample plan's deck: (plan JSON, result, pdf path)."""
    folder = tmp_path_factory.mktemp("zh-deck")
    pdf = folder / "deck.pdf"
    seen = []
    result = build(sample_plan("zh", folder), pdf, progress=lambda done, total: seen.append((done, total)))
    document = json.loads((paths.samples_dir() / "qiyun-tea-2027-zh.json").read_text("utf-8"))
    return document, result, pdf, seen


def test_zh_deck_shows_cover_sections_and_the_plans_chinese_text(zh_deck):
    document, result, pdf, _ = zh_deck
    texts = page_texts(pdf)
    assert result.pages == len(texts) >= 6
    plan = document["plan"]
    assert plan["title"] in texts[0] and plan["brand"] in texts[0]  # the cover
    assert "2027年1月1日 至 12月31日" in texts[0] and plan["owner"] in texts[0] and "2027年6月5日" in texts[0]
    whole = squash("".join(texts))
    for _key, title in section_choices("zh"):
        assert title in texts[1]  # agenda
        assert squash(title) in whole
    for objective in document["objective"]:
        for field in ("text", "metric", "target"):
            assert squash(objective[field]) in whole
    for block in plan["market_context"].split("\n\n"):
        assert squash(block) in whole
    assert "谢谢" in texts[-1]
    assert result.warnings == []


def test_every_page_has_the_footer_with_page_of_total(zh_deck):
    document, result, pdf, _ = zh_deck
    texts = page_texts(pdf)
    for number, text in enumerate(texts[1:], 2):
        assert f"{number} / {result.pages}" in text
        assert document["plan"]["confidentiality"] in text
        assert document["plan"]["title"] in text


def test_font_is_embedded_as_a_subset_and_nothing_else_is_needed(zh_deck):
    _, _, pdf, _ = zh_deck
    fonts = pdf_fonts(pdf)
    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata_outline_and_progress(zh_deck):
    from pypdf import PdfReader

    document, result, pdf, seen = zh_deck
    reader = PdfReader(pdf)
    assert reader.metadata.title == document["plan"]["title"]
    assert reader.metadata.author == document["plan"]["owner"]
    assert "栖云茶研" in reader.metadata.subject
    assert [entry.title for entry in reader.outline] == [title for _key, title in section_choices("zh")]
    assert reader.get_destination_page_number(reader.outline[0]) == 2  # the divider after cover and agenda
    assert seen[0] == (0, result.pages) and seen[-1] == (result.pages, result.pages)
    assert [done for done, _ in seen] == list(range(result.pages + 1))


def test_english_plan_gets_english_labels(tmp_path):
    pdf = tmp_path / "en.pdf"
    result = build(sample_plan("en", tmp_path), pdf)
    text = "\n".join(page_texts(pdf))
    for label in ("Agenda", "Overview", "Key facts", "Objectives", "Market context", "Metric", "Thank you"):
        assert label in text
    assert "1 Jan – 31 Dec 2027" in text
    for zh_label in ("目录", "营销目标", "谢谢", "（续）"):
        assert zh_label not in text
    assert result.sections == ["overview"]


def test_chinese_plan_has_no_english_labels(zh_deck):
    _, _, pdf, _ = zh_deck
    text = "\n".join(page_texts(pdf))
    for en_label in ("Agenda", "Objectives", "Thank you", "Key facts", "(cont.)"):
        assert en_label not in text


def test_label_tables_are_complete_in_both_languages():
    assert set(LABELS["zh"]) == set(LABELS["en"])
    for language in ("zh", "en"):
        assert all(value.strip() for value in LABELS[language].values())
        assert LABELS[language]["cont"].format(title="X").startswith("X")


def test_only_the_chosen_sections_are_in_the_deck(tmp_path, monkeypatch):
    from app.services.deck import registry

    @registry.section_renderer("extra_test", order=99, title_zh="测试章节", title_en="Extra test section")
    def extra(ctx):
        yield from ctx.slides.bullets("Extra slide", ["only in the extra section"])

    try:
        plan = sample_plan("en", tmp_path)
        build(plan, tmp_path / "both.pdf")
        both = "\n".join(page_texts(tmp_path / "both.pdf"))
        assert "Extra test section" in both and "only in the extra section" in both and "Key facts" in both
        build(plan, tmp_path / "extra.pdf", sections=["extra_test"])
        extra_only = "\n".join(page_texts(tmp_path / "extra.pdf"))
        assert "Extra test section" in extra_only and "only in the extra section" in extra_only
        assert "Overview" not in extra_only and "Key facts" not in extra_only and "Objectives" not in extra_only
        build(plan, tmp_path / "overview.pdf", sections=["overview"])
        overview_only = "\n".join(page_texts(tmp_path / "overview.pdf"))
        assert "Extra test section" not in overview_only and "Key facts" in overview_only
    finally:
        registry._SECTIONS.pop("extra_test", None)


def test_unknown_or_no_section_is_a_usage_error_naming_the_valid_ones(tmp_path):
    from app.services.errors import UsageError

    plan = plan_with(tmp_path)
    with pytest.raises(UsageError, match=r"Unknown deck section 'swot' \(available: overview\)"):
        build(plan, tmp_path / "deck.pdf", sections=["swot"])
    with pytest.raises(UsageError, match="at least one"):
        build(plan, tmp_path / "deck.pdf", sections=[])
    assert not (tmp_path / "deck.pdf").exists()


def test_a_plan_with_nothing_filled_in_still_builds(tmp_path):
    plan = plan_with(tmp_path, language="zh", title="")
    result = build(plan, tmp_path / "empty.pdf")
    text = "\n".join(page_texts(tmp_path / "empty.pdf"))
    assert "未命名计划" in text and "尚未设定目标" in text and "未设置" in text
    assert result.warnings == []
