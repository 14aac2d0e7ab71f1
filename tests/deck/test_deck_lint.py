"""Deck lint (tests/deck/deck_lint.py) on the plans a reviewer sees: both
samples, every template, a template-only plan and a plan with one campaign."""

from __future__ import annotations

from pathlib import Path

import pytest
from deck_lint import lint
from deck_support import sample_plan

from app.services.plan import paths

TEMPLATES = sorted(p.name for p in (paths.resources_dir() / "templates").glob("*.json"))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_sample_decks_are_clean(tmp_path, language):
    assert lint(sample_plan(language, tmp_path), tmp_path) == []


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_plan_made_from_each_template_has_a_clean_deck(tmp_path, template):
    from app.services.plan import templates

    key, language = Path(template).stem.rsplit("-", 1)
    plan = templates.create_from_template(key, language, tmp_path / f"{key}-{language}.stratdeck")
    assert lint(plan, tmp_path) == []


def test_a_plan_with_one_campaign_has_a_clean_deck(tmp_path):
    from app.services.plan.storage.plan_file import PlanFile

    path = sample_plan("zh", tmp_path)
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        keep = conn.execute("SELECT id FROM campaign ORDER BY position LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM campaign WHERE id != ?", (keep,))
        for table in ("competitor", "persona", "risk", "kpi", "swot_item", "tows_strategy", "value_tier"):
            conn.execute(f'DELETE FROM "{table}"')
    assert lint(path, tmp_path) == []


def test_the_lint_catches_what_it_is_for(tmp_path, monkeypatch):
    from deck_support import plan_with

    from app.services.deck import registry
    from app.services.deck.model import BODY_BOX, Box, TextBlock

    def render(ctx):
        tiny = TextBlock(Box(BODY_BOX.x, BODY_BOX.y, 300, 20), ("set far too small",), "body", 7.0)
        one = TextBlock(Box(BODY_BOX.x, 300, 400, 60), ("first block over the second",), "body", 14.0)
        two = TextBlock(Box(BODY_BOX.x, 302, 400, 60), ("second block under the first",), "body", 14.0)
        wide = TextBlock(Box(BODY_BOX.x, 400, 50, 20), ("a line much wider than its box",), "body", 14.0)
        yield ctx.slides.slide("Sparse slide", [tiny])
        yield ctx.slides.slide("Crowded slide", [one, two, wide])
        yield ctx.slides.slide("只", [TextBlock(Box(BODY_BOX.x, 200, 29, 60), ("测试一", ), "body", 14.0)])

    monkeypatch.setitem(registry._SECTIONS, "probe", registry.SectionSpec("probe", 50, "探针", "Probe", render))
    problems = lint(plan_with(tmp_path), tmp_path, sections=["probe"], dividers="always")
    text = "\n".join(problems)
    assert "set at 7.0 pt" in text
    assert "“Sparse slide”: body" in text and "covered" in text
    assert "overlaps" in text
    assert "outside its box" in text
    assert "one-character line" in text
    assert "1 dividers for 3 content slides" not in text  # one divider for three slides is allowed
