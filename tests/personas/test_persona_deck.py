"""The persona, value-tier and journey slides: their text is in the PDF, a
photo is drawn, a bad photo is a warning, empty canvases add no slides."""

from __future__ import annotations

from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.personas import tiers as tier_service
from app.services.plan.storage.plan_file import PlanFile
from tests.deck_support import build, page_texts, plan_with, sample_plan, squash
from tests.persona_support import png_file


def _plan(tmp_path, language="en"):
    path = plan_with(tmp_path, language=language, title="Persona deck")
    plan = PlanFile.open(path)
    return path, plan


def test_cards_tiers_and_journeys_are_in_the_deck(tmp_path):
    path, plan = _plan(tmp_path)
    with plan:
        pid = persona_service.add_persona(
            plan,
            {
                "name": "Lin Yue",
                "role": "Product manager",
                "age_band": "25–34",
                "customer_share_pct": 52,
                "goals": "Cut sugar",
                "quote": "Tea, not milk tea.",
            },
        ).ids[0]
        persona_service.add_persona(plan, {"name": "Zhou Min", "pain_points": "No time"})
        persona_service.set_photo_from_file(plan, pid, png_file(tmp_path / "lin.png", 300, 400))
        tier_service.add_standard_tiers(plan)
        journey_service.set_stage_field(plan, pid, "awareness", "touchpoints", "Xiaohongshu notes")
        journey_service.set_stage_field(plan, pid, "advocacy", "tactic", "Referral gift")
    result = build(path, tmp_path / "deck.pdf", sections=["personas", "value_tiers", "journeys"])
    assert result.warnings == []
    text = squash("".join(page_texts(tmp_path / "deck.pdf")))
    for expected in (
        "LinYue",
        "ProductManager".replace("M", "m"),
        "52%ofcustomers",
        "Cutsugar",
        "“Tea,notmilktea.”",
        "ZhouMin",
        "N2time".replace("2", "o"),
        "Diamond",
        "Within48hours",
        "Total100%",
        "LinYue:thejourneyfromawarenesstoadvocacy",
        "Xiaohongshunotes",
        "Referralgift",
        "Advocacy",
    ):
        assert expected in text
    assert "ZhouMin:thejourney" not in text  # no journey, no map
    from pypdf import PdfReader

    images = [img for page in PdfReader(tmp_path / "deck.pdf").pages for img in page.images]
    assert len(images) == 1


def test_chinese_sample_deck_has_the_persona_sections(tmp_path):
    path = sample_plan("zh", tmp_path)
    result = build(path, tmp_path / "zh.pdf", sections=["personas", "value_tiers", "journeys"])
    assert result.warnings == []
    text = squash("".join(page_texts(tmp_path / "zh.pdf")))
    for expected in ("用户画像", "都市白领·林悦", "客户价值分层", "钻石客户", "合计", "从认知到推荐的客户旅程", "认知",
                     "推荐"):
        assert expected in text


def test_a_photo_that_cannot_be_read_is_a_warning_not_a_failure(tmp_path):
    path, plan = _plan(tmp_path)
    with plan:
        pid = persona_service.add_persona(plan, {"name": "Broken"}).ids[0]
        with plan.transaction() as conn:  # bytes that passed no check (a hand-edited file)
            conn.execute("UPDATE persona SET photo = ?, photo_mime = 'image/png' WHERE id = ?", (b"garbage", pid))
    result = build(path, tmp_path / "deck.pdf", sections=["personas"])
    assert [str(w) for w in result.warnings] == [
        "The photo of persona 'Broken' could not be read; the card is drawn without it."
    ]
    assert "Broken" in "".join(page_texts(tmp_path / "deck.pdf"))


def test_empty_canvases_add_no_slides(tmp_path):
    path, plan = _plan(tmp_path)
    plan.close()
    result = build(path, tmp_path / "deck.pdf", sections=["personas", "value_tiers", "journeys"])
    # cover and closing only: an empty section leaves no divider and no agenda entry
    assert result.pages == 2
    assert result.sections == []
