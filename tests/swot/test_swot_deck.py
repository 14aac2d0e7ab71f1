"""SWOT and TOWS in the PDF deck: the grid with items heaviest first, the
evidence table, the TOWS table with what each strategy pairs; long quadrants
continue on more slides; empty canvases are left out."""

from __future__ import annotations

from app.services.plan.storage.plan_file import PlanFile
from app.services.swot import service as svc
from app.services.swot import strategies as tows
from tests.deck_support import build, page_texts, plan_with, sample_plan, squash


def test_the_sample_deck_shows_swot_and_tows_in_english(tmp_path):
    result = build(sample_plan("en", tmp_path), tmp_path / "deck.pdf", sections=["swot", "tows"])
    assert list(result.warnings) == []
    pages = [squash(t) for t in page_texts(tmp_path / "deck.pdf")]
    grid = next(p for p in pages if "Strengths" in p and "Threats" in p and "(weight5)" in p)
    assert grid.index("S1High-mountainwholeleaf") < grid.index("S2Large,activeprivate-community")
    assert any("SWOTitemsrestonnamedevidence" in p and "blindtest(n=600)" in p for p in pages)
    tows_pages = "".join(p for p in pages if p.startswith("TOWSstrategies"))  # the tracker
    assert "SO1" in tows_pages and "WT2" in tows_pages
    assert "LaunchOsmanthusCold-BrewOolong" in tows_pages and "O1Unsweetenedteakeepsgrowingfast" in tows_pages


def test_the_chinese_deck_labels_the_quadrants_in_chinese(tmp_path):
    result = build(sample_plan("zh", tmp_path), tmp_path / "deck.pdf", sections=["swot", "tows"])
    assert list(result.warnings) == []
    text = squash("".join(page_texts(tmp_path / "deck.pdf")))
    for word in ("SWOT分析", "优势(S)", "劣势(W)", "机会(O)", "威胁(T)", "TOWS策略矩阵", "对应条目", "（权重5）"):
        assert word in text, word


def test_items_are_ordered_by_weight_and_a_long_quadrant_continues(tmp_path):
    path = plan_with(tmp_path, title="Long SWOT")
    with PlanFile.open(path, keep_backups=0) as plan:
        for n in range(60):
            svc.add_item(plan, "S", f"Strength number {n:02d} with a reasonably long description", 1 + n % 5)
        svc.add_item(plan, "T", "Lonely threat", 2)
        heavy = svc.add_item(plan, "W", "Heavy weakness", 5).ids[0]
        svc.add_item(plan, "W", "Light weakness", 1, index=0)
        strategy = tows.add_strategy(plan, "WT", "Hedge").ids[0]
        tows.set_citations(plan, strategy, [heavy])
    result = build(path, tmp_path / "deck.pdf", sections=["swot", "tows"])
    pages = [squash(t) for t in page_texts(tmp_path / "deck.pdf")]
    grids = [p for p in pages if p.startswith("SWOTanalysis")]
    assert len(grids) >= 2 and "threats(cont.)" in grids[1] and "Strengths(cont.)" in grids[1]
    assert "W1Heavyweakness(weight5)" in grids[0] and "W2Lightweakness(weight1)" in grids[0]
    shown = "".join(grids)
    assert all(f"Strengthnumber{n:02d}" in shown for n in range(60))
    assert shown.index("Strengthnumber04") < shown.index("Strengthnumber00")  # weight 5 before weight 1
    assert "Nonelisted." in grids[0]  # opportunities
    assert any("W1Heavyweakness" in p and "Hedge" in p for p in pages if p.startswith("TOWSstrategies"))
    assert result.pages == len(pages)


def test_empty_swot_and_tows_leave_no_slides(tmp_path):
    path = plan_with(tmp_path, title="Empty", objectives=[("Grow", "GMV", "+20 %")])
    build(path, tmp_path / "deck.pdf", sections=["overview", "swot", "tows"])
    text = "".join(page_texts(tmp_path / "deck.pdf"))
    assert "Objectives" in text
    assert "Strengths" not in text and "Kind" not in text and "Pairs" not in text
