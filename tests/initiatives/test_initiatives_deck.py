"""The Strategy & actions slides, built on the deck slide model: the
strategy house, roadmap by quarter, RACI matrix, checkpoints and the chain
objective → pillar → initiative → KPI → budget."""

from __future__ import annotations

import datetime as dt

import pytest
from initiatives_support import IDS, strategy_plan

from app.services.deck.model import CardsBlock, TableBlock, TextBlock, build_slides
from app.services.initiatives import service

SECTIONS = ["strategy", "initiative_list", "roadmap", "raci", "checkpoints", "chain"]


@pytest.fixture
def plan(tmp_path):
    opened = strategy_plan(tmp_path / "deck.stratdeck")
    second = service.add_initiative(opened, IDS["pillar"], {"name": "会员中台", "quarter": "2027-Q3"}).ids[0]
    service.set_links(opened, second, "kpi", [IDS["kpi"]])
    service.add_pillar(opened, {"name": "品牌建设", "intent": "提升美誉度"})
    yield opened
    opened.close()


def _slides(plan, language="en"):
    deck = build_slides(plan, SECTIONS, language, today=dt.date(2027, 1, 15), dividers="never")
    return [s for s in deck.slides if s.section in SECTIONS]


def _blocks(slide, kind):
    return [b for b in slide.blocks if isinstance(b, kind)]


def test_the_house_has_the_objectives_on_top_and_a_column_per_pillar(plan):
    house = next(s for s in _slides(plan) if s.section == "strategy")
    roof = _blocks(house, TextBlock)[0]
    assert "GMV 1.2 亿" in roof.paragraphs[0]
    cards = _blocks(house, CardsBlock)[0]
    assert [c.title for c in cards.cards] == ["Omnichannel", "品牌建设"]
    assert [line.text for line in cards.cards[0].lines] == ["Douyin live studio", "会员中台"]
    assert roof.box.bottom <= cards.box.y  # the roof above the columns
    assert house.headline == "2 pillars and 2 initiatives carry the plan's 1 objectives"


def test_roadmap_raci_checkpoints_and_chain(plan):
    slides = {s.section: s for s in _slides(plan)}
    roadmap = _blocks(slides["roadmap"], TableBlock)[0]
    assert [c.title for c in roadmap.columns] == ["Pillar", "2027-Q1", "2027-Q2", "2027-Q3"]
    assert roadmap.rows[0][2] == "Douyin live studio" and roadmap.rows[0][3] == "会员中台"
    raci = _blocks(slides["raci"], TableBlock)[0]
    assert raci.rows[0] == ("Douyin live studio", "A") and (1, 0, "#F6C28B") in raci.fills
    checkpoints = _blocks(slides["checkpoints"], TableBlock)[0]
    assert checkpoints.rows[0][1:] == ("H1 review", "GMV 0.8", "On track", "") or checkpoints.rows[0][1] == "H1 review"
    chain = _blocks(slides["chain"], TableBlock)[0]
    assert [c.title for c in chain.columns] == ["Objective", "Pillar", "Initiative", "KPIs", "Budget"]
    first = dict(zip([c.title for c in chain.columns], chain.rows[0], strict=True))
    assert (first["Objective"], first["Initiative"], first["KPIs"]) == ("GMV 1.2 亿", "Douyin live studio", "GMV")
    assert "50" in first["Budget"]


def test_chinese_headlines_and_an_empty_plan_has_no_strategy_slides(plan, new_plan):
    zh = {s.section: s.headline for s in _slides(plan, "zh")}
    assert zh["strategy"] == "2 大策略支柱、2 项举措支撑 1 个目标"
    assert zh["raci"].startswith("2 项举措中 1 项")
    assert _slides(new_plan) == []


def test_the_initiatives_table_says_who_when_status_and_cost(plan):
    table = _blocks(next(s for s in _slides(plan) if s.section == "initiative_list"), TableBlock)[0]
    assert [c.title for c in table.columns] == ["Initiative", "Owner", "When", "Status", "Cost"]  # no description set
    first = dict(zip([c.title for c in table.columns], table.rows[0], strict=True))
    assert first["Owner"] == "Wang Kexin · E-commerce"
    assert (first["When"], first["Status"], first["Cost"]) == (
        "1 Mar 2027 – 30 Jun 2027", "In progress · high priority", "CNY 50.0K",
    )  # fmt: skip
