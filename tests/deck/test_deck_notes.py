"""The deck's own texts stored in the plan: a headline override replaces a
slide's computed headline (its continuation slides too), speaker notes per
section reach the slide model (presenter view, PPTX), both undo by setting
the previous text, and bad input is refused with nothing changed."""

from __future__ import annotations

import pytest
from deck_support import TODAY, build, page_texts, sample_plan

from app.services.deck import notes_service
from app.services.deck.model import build_slides
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile


def test_a_headline_override_replaces_the_computed_one_and_undo_brings_it_back(tmp_path):
    path = sample_plan("en", tmp_path)
    with PlanFile.open(path) as plan:
        computed = next(s for s in build_slides(plan, today=TODAY).slides if s.headline_key == "budget.summary")
        change = notes_service.set_headline(plan, "budget.summary", "  Social leads   the mix ")
        assert change.extra["before"] == "" and notes_service.headline_of(plan, "budget.summary") == \
            "Social leads the mix"
    build(path, tmp_path / "deck.pdf")
    texts = page_texts(tmp_path / "deck.pdf")
    assert any("Social leads the mix" in t for t in texts) and not any(computed.headline in t for t in texts)
    with PlanFile.open(path) as plan:
        notes_service.set_headline(plan, "budget.summary", change.extra["before"])  # what undo does
        again = next(s for s in build_slides(plan, today=TODAY).slides if s.headline_key == "budget.summary")
    assert again.headline == computed.headline


def test_section_notes_reach_every_slide_of_the_section(tmp_path):
    path = sample_plan("zh", tmp_path)
    with PlanFile.open(path) as plan:
        notes_service.set_notes(plan, "risks", "强调双11前完成两家供应商备份。\n数字：12 分。")
        notes_service.set_notes(plan, "summary", "先讲结论。")
        deck = build_slides(plan, today=TODAY)
    risk_slides = [s for s in deck.slides if s.section == "risks"]
    assert risk_slides and all(s.notes == "强调双11前完成两家供应商备份。\n数字：12 分。" for s in risk_slides)
    assert [s.notes for s in deck.slides if s.section == "summary"] == ["先讲结论。"]
    assert all(not s.notes for s in deck.slides if s.section not in ("risks", "summary"))


def test_the_panel_lists_each_slide_key_once_with_its_headline(tmp_path):
    with PlanFile.open(sample_plan("en", tmp_path)) as plan:
        notes_service.set_headline(plan, "risks.heat", "Two risks hit the 11.11 peak")
        slides = notes_service.slide_list(plan)
    keys = [s["key"] for s in slides]
    assert len(keys) == len(set(keys)) and keys[0] == "summary"
    heat = next(s for s in slides if s["key"] == "risks.heat")
    assert heat["overridden"] and heat["headline"] == "Two risks hit the 11.11 peak" and heat["topic"] == "Risks"


@pytest.mark.parametrize(("call", "field"), [
    (lambda plan: notes_service.set_headline(plan, "budget.summary", "x" * 161), "headline"),
    (lambda plan: notes_service.set_headline(plan, " ", "text"), "slide_key"),
    (lambda plan: notes_service.set_notes(plan, "budget", "x" * 20001), "notes"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_changes(tmp_path, call, field):
    with PlanFile.open(sample_plan("en", tmp_path)) as plan:
        before = plan.conn.execute("SELECT count(*) FROM deck_headline").fetchone()[0], \
            plan.conn.execute("SELECT count(*) FROM deck_note").fetchone()[0]
        with pytest.raises(EditRefused) as refused:
            call(plan)
        assert refused.value.field == field and "\n" not in str(refused.value)
        after = plan.conn.execute("SELECT count(*) FROM deck_headline").fetchone()[0], \
            plan.conn.execute("SELECT count(*) FROM deck_note").fetchone()[0]
    assert after == before
