"""Engine layout rules every section gets: line breaking (English words kept
whole, Chinese punctuation never starting a line), table columns widened
for long words, numeric columns right-aligned, a one-slide agenda."""

from __future__ import annotations

import pytest
from deck_support import build, page_texts, plan_with, squash, text_runs
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.deck import registry
from app.services.deck.layouts.linebreak import CLOSING, OPENING, split_text

SIZE = 10.0


def _lines(text: str, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.services.deck.fonts import register_reportlab

    font = register_reportlab()
    return [line for _, line in split_text(text, [stringWidth(c, font, SIZE) for c in text], width)]


def _width(line: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.services.deck.fonts import register_reportlab

    return stringWidth(line, register_reportlab(), SIZE)


@pytest.fixture
def section(monkeypatch):
    """Register a throw-away section whose renderer the test supplies."""

    def register(render, key="probe", order=50, title="Probe"):
        monkeypatch.setitem(registry._SECTIONS, key, registry.SectionSpec(key, order, title, title, render))

    return register


def test_english_words_stay_whole_in_a_narrow_column():
    text = "Premium supermarkets, convenience stores, Tmall; desk-friendly e-commerce"
    for width in (70, 90, 120):  # "supermarkets," is 64 pt wide
        lines = _lines(text, width)
        assert " ".join(lines).replace("- ", "-") == text  # breaks only at spaces and after hyphens
        assert all(_width(line) <= width for line in lines)


def test_chinese_lines_never_start_with_closing_or_end_with_opening_punctuation():
    text = "投放 KOC 真实测评＋信息流，突出“0 糖 0 卡，冷水 3 分钟出味”；“一周冷泡计划”（第 3 天）。会员日积分翻倍！"
    for width in range(30, 200, 7):
        lines = _lines(text, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        for line in lines:
            assert _width(line) <= width
            assert line[0] not in CLOSING or len(line) == 1, (width, lines)
            assert line[-1] not in OPENING, (width, lines)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="测试营销，。；“”（）ab1- ", min_size=1, max_size=80), st.integers(min_value=12, max_value=160))
def test_line_breaking_keeps_every_character_and_the_width(text, width):
    lines = _lines(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(_width(line) <= width + 1e-6 or len(line) == 1 for line in lines)


def test_table_columns_widen_for_long_words_and_numbers_line_up(tmp_path, section):
    def render(ctx):
        rows = [["Mingting", "Premium supermarkets, convenience stores", "28,800,000"],
                ["Shiye", "Nationwide supermarkets", "900"]]
        yield from ctx.slides.table("Narrow table", ["Name", "Channels", "Planned (CNY)"], rows, widths=[4, 0.6, 1])

    section(render)
    pdf = tmp_path / "table.pdf"
    build(plan_with(tmp_path), pdf, sections=["probe"])
    text = "\n".join(page_texts(pdf))
    for word in ("supermarkets,", "convenience", "Nationwide"):
        assert f"\n{word}" in text or f" {word}" in text or f"{word}\n" in text, text  # never cut inside
    runs = {run[1]: run for run in text_runs(pdf) if run[1] in ("28,800,000", "900", "Planned (CNY)")}
    rights = {round(run[3]) for run in runs.values()}
    assert len(runs) == 3 and max(rights) - min(rights) <= 1  # right-aligned in their column


def test_fifteen_sections_share_a_one_slide_agenda(tmp_path, monkeypatch, section):
    monkeypatch.setattr(registry, "_SECTIONS", {})
    for n in range(15):
        section(lambda ctx, n=n: ctx.slides.bullets(f"Slide {n}", ["text"]), key=f"s{n}", order=n,
                title=f"Section number {n} with a long title")
    pdf = tmp_path / "agenda.pdf"
    result = build(plan_with(tmp_path), pdf)
    texts = page_texts(pdf)
    assert result.sections == [f"s{n}" for n in range(15)]
    assert "Agenda (cont.)" not in "".join(texts)
    for n in range(15):
        assert squash(f"{n + 1:02d}Section number {n} with a long title") in squash(texts[1])  # no summary: empty



def test_paragraphs_with_line_breaks_follow_the_same_rules():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from app.services.deck.fonts import register_reportlab

    style = ParagraphStyle("probe", fontName=register_reportlab(), fontSize=SIZE, leading=14, wordWrap="CJK")
    text = "第一行：品牌认知度，复购率；“冷泡一夏”。<br/>second line with supermarkets, convenience stores"
    for width in (40, 66, 90, 140):
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        lines = ["".join(word.text for word in line.words) for line in paragraph.blPara.lines]
        assert "".join(lines).replace(" ", "") == text.replace("<br/>", "").replace(" ", "")
        assert "supermarkets," in " ".join(lines).split() or width < 66
        for line in lines:
            stripped = line.strip()
            assert stripped[:1] not in CLOSING or len(stripped) == 1, (width, lines)
            assert _width(stripped) <= width + 1e-6 or len(stripped) == 1


def test_a_number_stays_with_its_chinese_unit():
    from app.services.deck.layouts.linebreak import may_break

    text = "10月20日–11月11日 双11"
    for b in range(1, len(text)):
        if text[b - 1].isdigit() and text[b] in "月日":
            assert not may_break(text, b), text[:b] + "|" + text[b:]
    assert may_break("日双", 1)  # between two CJK characters a line may still break


_BREAK_CHARACTERS = "ab Z9-/,.;:!?()[]%$\u3000\xa0\u2009\t营销年月日万（）《》“”，。、…é\u2e7f\u2e80"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_BREAK_CHARACTERS, min_size=1, max_size=30))
def test_the_line_breakers_fast_loop_breaks_where_the_rules_say(text):
    from app.services.deck.layouts.linebreak import _text_break_at, break_at

    for end in range(1, len(text) + 1):
        for start in range(end):
            assert _text_break_at(text, start, end) == break_at(text, start, end)
