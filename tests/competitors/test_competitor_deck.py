"""The Competitors slides: the competitor table and the positioning map, in
both languages, on the axes stored in the plan; left out when empty."""

from __future__ import annotations

from app.services.competitors import service as svc
from app.services.plan.storage.plan_file import PlanFile
from tests.deck_support import build, page_texts, plan_with, sample_plan, squash


def test_the_sample_deck_has_the_competitor_table_and_map(tmp_path):
    pdf = tmp_path / "zh.pdf"
    result = build(sample_plan("zh", tmp_path), pdf, sections=["competitors", "positioning"])
    assert result.warnings == []
    text = squash("".join(page_texts(pdf)))
    for expected in ("个主要竞品，拾叶份额最高（31%）", "栖云茶研（本品牌）", "拾叶", "鹿溪茶仓", "全国铺货", "31%",
                     "栖云茶研品质评分", "横轴价格"):
        assert squash(expected) in text, expected


def test_the_map_uses_the_plan_axes_and_lists_competitors_off_the_map(tmp_path):
    path = plan_with(tmp_path, language="en")
    with PlanFile.open(path) as plan:
        svc.add_competitor(
            plan,
            {
                "name": "Qiyun Tea Lab",
                "is_own_brand": True,
                "innovation_score": 8,
                "custom_y_score": 7,
                "market_share_pct": 6.8,
                "strengths": "Blind-test winner",
            },
        )
        svc.add_competitor(plan, {"name": "Luxi Tea Depot", "innovation_score": 6})
        svc.set_axes(plan, svc.Axes("innovation", "custom_y", "", "Online buzz"))
    pdf = tmp_path / "en.pdf"
    build(path, pdf, sections=["competitors", "positioning"])
    pages = page_texts(pdf)
    text = squash("".join(pages))
    assert squash("Qiyun Tea Lab (our brand)") in text and "Blind-testwinner" in text and "6.8%" in text
    map_page = next(p for p in pages if p.startswith("Positioning"))  # its tracker
    assert "Online buzz" in map_page and "Innovation" in map_page
    assert squash("Not on the map (a score is missing): Luxi Tea Depot.") in squash(map_page)


def test_an_empty_competitor_table_leaves_both_sections_out(tmp_path):
    pdf = tmp_path / "empty.pdf"
    result = build(plan_with(tmp_path, language="en"), pdf, sections=["overview", "competitors", "positioning"])
    text = "".join(page_texts(pdf))
    assert "Competitor" not in text and "Positioning" not in text
    assert result.sections == [] and result.pages == 2  # cover and closing: the plan holds nothing yet
