"""The Budget section of the deck: summary table, the three charts with
captions, both languages, and plans without budget lines."""

from __future__ import annotations

from app.services.plan.storage.plan_file import PlanFile
from tests.budget_support import budget_plan
from tests.deck_support import build, page_texts, sample_plan, squash


def test_sample_budget_section_in_english(tmp_path):
    result = build(sample_plan("en", tmp_path), tmp_path / "deck.pdf", sections=["budget"])
    assert result.warnings == []
    pages = [squash(t) for t in page_texts(tmp_path / "deck.pdf")]
    summary = next(p for p in pages if "thelargestchannel" in p)  # "Social media takes 40% of … the largest channel"
    assert "Socialmediatakes40%oftheallocatedbudget" in summary
    for text in (
        "Channel",
        "Planned(CNYM)",  # one unit for the table, named in the header
        "Actual(CNYM)",
        "Targetshare",
        "Socialmedia",
        "28.8",
        "40%",
        "Allocatedtolines",
        "72",
        "Reservepool(10%)",
        "8",
        "Budgetenvelope",
        "80",
    ):
        assert text in summary, text
    joined = "".join(pages)
    for title in ("Spendpeaksin", "oftheCNY72.0Mallocated", "Actualspend"):  # the charts' headlines
        assert title in joined
    assert "ActualtodateCNY27.2MagainstCNY26.5Mplannedforthesamemonths(+2.7%)." in joined
    assert "E-commerceplatforms" in next(p for p in pages if "oftheCNY72.0Mallocated" in p)  # chart text stays text


def test_sample_budget_section_in_chinese(tmp_path):
    result = build(sample_plan("zh", tmp_path), tmp_path / "deck.pdf", sections=["budget"])
    assert result.warnings == []
    joined = "".join(squash(t) for t in page_texts(tmp_path / "deck.pdf"))
    for text in (
        "社交媒体占已分配预算40%，为最大渠道",
        "计划（万元）",
        "目标占比",
        "2,880",
        "应急储备金（10%）",
        "预算总额",
        "8,000",
        "投放高峰在",
        "实际投放2,722万元",
    ):
        assert text in joined, text
    assert "36,000,000" not in joined and "28,800,000" not in joined  # money in 万, never raw


def test_plan_without_budget_lines_has_no_budget_slides(new_plan, tmp_path):
    path = new_plan.path
    new_plan.close()
    result = build(path, tmp_path / "deck.pdf", sections=["budget"])
    joined = "".join(page_texts(tmp_path / "deck.pdf"))
    assert result.sections == [] and "largest channel" not in joined and "预算" not in joined


def test_lines_without_amounts_give_the_table_only(plan_path, tmp_path):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    budget_plan(plan)
    plan.close()
    build(plan_path, tmp_path / "deck.pdf", sections=["budget"])
    joined = squash("".join(page_texts(tmp_path / "deck.pdf")))
    assert "Budgetenvelope" in joined and "notset" not in joined  # no placeholder for the unset reserve
    assert "Actualspend" not in joined and "Spendpeaks" not in joined
