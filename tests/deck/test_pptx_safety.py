"""The PPTX under hostile, extreme and empty plans: markup in every overview
field stays literal text; an extreme plan (5,000-character objectives, 300
more, a 300-character title) exports with every slide of the PDF and no
text lost; an empty plan exports; the plan is never the target."""

from __future__ import annotations

import pytest
from deck_support import TODAY, build, page_texts, plan_with
from file_checks import sha256
from pptx import Presentation
from pptx_support import pptx_texts, xml_parts

from app.services.deck.pptx import export_pptx
from app.services.plan.errors import PlanWriteError
from app.services.plan.storage.plan_file import PlanFile

MARKUP = '<img src="/etc/passwd"/> & <b>bold ]]> <p:sp/> r:embed="rId1"'


def _export(plan_path, target, **options):
    with PlanFile.open(plan_path, read_only=True) as plan:
        return export_pptx(plan, target, today=TODAY, **options)


def test_markup_in_plan_fields_is_literal_text(tmp_path):
    plan = plan_with(tmp_path, title=MARKUP, brand=MARKUP, owner="<a href='http://x'>link</a>",
                     confidentiality="<font size=40>", market_context=f"{MARKUP}\n\n&amp;&lt; <unclosed",
                     objectives=[(MARKUP, "<i>", "&nbsp;")])
    target = tmp_path / "deck.pptx"
    _export(plan, target)
    whole = "\n".join(pptx_texts(target))
    assert whole.count(MARKUP) >= 3  # cover title, objectives table, market context
    for literal in ("<a href='http://x'>link</a>", "<i>", "&nbsp;", "&amp;&lt; <unclosed"):
        assert literal in whole
    parts = xml_parts(target)
    images = [name for name in parts if name.startswith("ppt/media/")]
    assert images == []  # no markup loaded a picture
    for name, data in parts.items():
        if name.endswith(".rels"):
            assert b"passwd" not in data and b"http://x" not in data, name


@pytest.fixture(scope="module")
def extreme(tmp_path_factory):
    folder = tmp_path_factory.mktemp("extreme")
    rows = [("ж" * 5000, "metric of the long one", "target of the long one"), ("测" * 5000, "长", "长")]
    rows += [(f"Row {n:03d} objective", f"metric {n:03d}", f"target {n:03d}") for n in range(1, 301)]
    plan = plan_with(folder, title="T" * 300, owner="O" * 200, objectives=rows,
                     market_context="Ω" * 5000 + "\n\n" + "word " * 2000, confidentiality="C" * 100)
    pdf, pptx = folder / "deck.pdf", folder / "deck.pptx"
    result = build(plan, pdf)
    _export(plan, pptx)
    return result, pdf, pptx


def test_an_extreme_plan_keeps_every_slide_and_all_its_text(extreme):
    result, pdf, pptx = extreme
    slides = Presentation(pptx).slides
    assert len(slides) == result.pages
    texts = "".join("".join(text.split()) for text in pptx_texts(pptx))
    assert texts.count("ж") >= 5000 and texts.count("测") >= 5000
    for n in (1, 150, 300):
        assert f"Row{n:03d}objective" in texts
    assert "word" * 2000 in texts or texts.count("word") >= 2000
    assert len(page_texts(pdf)) == len(slides)


def test_an_empty_plan_exports(tmp_path):
    plan = plan_with(tmp_path, title="Empty")
    target = tmp_path / "empty.pptx"
    result = _export(plan, target)
    assert result.slides == len(Presentation(target).slides) >= 2


def test_the_plan_is_never_the_target(tmp_path):
    plan = plan_with(tmp_path, title="Mine")
    before = sha256(plan)
    with pytest.raises(PlanWriteError, match="plan itself"):
        _export(plan, plan)
    assert sha256(plan) == before
    with pytest.raises(PlanWriteError, match="folder"):
        _export(plan, tmp_path)
