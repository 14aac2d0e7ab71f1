"""The deck's "What changed since …" section: built on the slide model (so
the PDF and the PPTX renderers draw the same slides), right after the
summary, comparing with the newest snapshot that differs from the plan."""

from __future__ import annotations

import datetime as dt

import pytest
from review_support import demo_copy

from app.services.deck.model import BulletsBlock, KeyFiguresBlock, build_slides
from app.services.plan.storage.plan_file import PlanFile
from app.services.review import snapshots

TODAY = dt.date(2027, 4, 1)
EDITS = (
    "UPDATE campaign SET start_date = date(start_date, '+7 days'), end_date = date(end_date, '+7 days') "
    "WHERE position = 1",
    "UPDATE campaign SET status = 'cancelled' WHERE position = 2",
    "UPDATE risk SET likelihood = 5 WHERE position = 3",
    "UPDATE budget_cell SET planned = planned * 1.2 "
    "WHERE budget_line_id = (SELECT id FROM budget_line ORDER BY position LIMIT 1)",
)


def _bullets(slide) -> list[str]:
    return [f"{b.lead}{b.text}" for block in slide.blocks if isinstance(block, BulletsBlock) for b in block.items]


@pytest.fixture
def edited(tmp_path):
    path = demo_copy(tmp_path / "plans", "en")
    with PlanFile.open(path, keep_backups=0) as plan:
        snapshots.take_snapshot(plan, "Q2 review")
        with plan.transaction() as conn:
            for sql in EDITS:
                conn.execute(sql)
        snapshots.take_snapshot(plan, "Reviewed now", kind="review")  # same as the plan: skipped
    return path


def test_the_changes_that_matter_are_listed_after_the_summary(edited):
    with PlanFile.open(edited, read_only=True) as plan:
        deck = build_slides(plan, today=TODAY)
    kinds = [(s.kind, s.section) for s in deck.slides]
    assert kinds[1] == ("summary", "summary")
    first = next(i for i, s in enumerate(deck.slides) if s.section == "changes")
    assert [s.section for s in deck.slides[:first]] == ["cover", "summary", "agenda"]
    slide = deck.slides[first]
    assert slide.headline.startswith("Since “Q2 review” (") and "changes that matter" in slide.headline
    lines = _bullets(slide)
    assert any(line.startswith("Campaigns: moved ") for line in lines)
    assert any(line.startswith("Campaigns: cancelled ") for line in lines)
    assert any(line.startswith("Risks: escalated: ") and "(critical)" in line for line in lines)
    assert any(line.startswith("Budget: Allocated CNY") for line in lines)
    figures = next(b for b in slide.blocks if isinstance(b, KeyFiguresBlock))
    assert figures.figures[0].label == "Allocated budget"
    assert sum(1 for s in deck.slides if s.section == "changes") <= 2


def test_no_snapshot_means_no_section_and_no_warning(tmp_path):
    path = demo_copy(tmp_path / "plans", "zh")
    with PlanFile.open(path, read_only=True) as plan:
        deck = build_slides(plan, sections=["changes", "overview"], today=TODAY)
    assert not any(s.section == "changes" for s in deck.slides)
    assert not any("what changed" in w for w in deck.warnings)


def test_the_section_is_in_chinese_for_a_chinese_plan(tmp_path):
    path = demo_copy(tmp_path / "plans", "zh")
    with PlanFile.open(path, keep_backups=0) as plan:
        snapshots.take_snapshot(plan, "Q2 评审")
        with plan.transaction() as conn:
            conn.execute(EDITS[2])
    with PlanFile.open(path, read_only=True) as plan:
        deck = build_slides(plan, sections=["changes"], today=TODAY)
    slide = next(s for s in deck.slides if s.section == "changes")
    assert slide.headline.startswith("自“Q2 评审”（") and slide.headline.endswith("以来：1 项重要变化")
    assert _bullets(slide)[0].startswith("风险：升级：")


def test_the_pptx_has_the_changes_slide_too(edited, tmp_path, capsys):
    from pptx import Presentation

    from tests.cli_support import run

    target = tmp_path / "review.pptx"
    code, _out, err = run(capsys, "export", edited, "--format", "pptx", "-o", target, "--sections", "changes,overview")
    assert code == 0, err
    texts = [
        " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        for slide in Presentation(str(target)).slides
    ]
    changes = next(t for t in texts if "Since “Q2 review”" in t)
    assert "Campaigns: cancelled" in changes
    assert "escalated" in changes
