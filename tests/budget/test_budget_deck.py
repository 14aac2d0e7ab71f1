"""The Budget section of the deck: summary table, the three charts with
captions, both languages, and plans without budget lines."""

from __future__ import annotations

from app.services.plan.plan_file import PlanFile
from tests.budget_support import budget_plan
from tests.deck_support import build, page_texts, sample_plan, squash


def test_sample_budget_section_in_english(tmp_path):
    result = build(sample_plan("en", tmp_path), tmp_path / "deck.pdf", sections=["budget"])
    assert result.warnings == []
    pages = [squash(t) for t in page_texts(tmp_path / "deck.pdf")]
    summary = next(p for p in pages if "Budgetsummary" in p)
    for text in (
        "Channel",
        "Planned(CNY)",
        "Actual(CNY)",
        "Targetshare",
        "Socialmedia",
        "28,800,000",
        "40.0%",
        "Allocatedtolines",
        "72,000,000",
        "Reservepool(10%)",
        "8,000,000",
        "Unallocated",
        "Budgetenvelope",
        "80,000,000",
    ):
        assert text in summary, text
    joined = "".join(pages)
    for title in ("Plannedspendbymonthandchannel", "Channelshares", "Plannedvsactual"):
        assert title in joined
    assert "Actualtodate27,216,900CNYagainst26,508,000CNYplannedforthesamemonths(+2.7%)." in joined
    assert "E-commerceplatforms" in next(p for p in pages if "Channelshares" in p)  # chart text stays text


def test_sample_budget_section_in_chinese(tmp_path):
    result = build(sample_plan("zh", tmp_path), tmp_path / "deck.pdf", sections=["budget"])
    assert result.warnings == []
    joined = "".join(squash(t) for t in page_texts(tmp_path / "deck.pdf"))
    for text in (
        "预算汇总",
        "计划（CNY）",
        "目标占比",
        "社交媒体",
        "应急储备金（10%）",
        "预算总额",
        "渠道占比",
        "计划与实际对比",
    ):
        assert text in joined, text


def test_plan_without_budget_lines_has_no_budget_slides(new_plan, tmp_path):
    path = new_plan.path
    new_plan.close()
    build(path, tmp_path / "deck.pdf", sections=["budget"])
    joined = "".join(page_texts(tmp_path / "deck.pdf"))
    assert "Budget summary" not in joined and "预算汇总" not in joined


def test_lines_without_amounts_give_the_table_only(plan_path, tmp_path):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    budget_plan(plan)
    plan.close()
    build(plan_path, tmp_path / "deck.pdf", sections=["budget"])
    joined = squash("".join(page_texts(tmp_path / "deck.pdf")))
    assert "Budgetsummary" in joined and "Reservepool(notset)" in joined
    assert "Plannedvsactual" not in joined
