"""The PPTX of real plans — both samples and every template, zh and en —
holds the PDF deck's slides: python-pptx re-opens it; the same slide count
and headlines in the same order; at least 98 % of the PDF's words are text
in the PPTX; every chart carries its workbook; every slide with a table in
the model has a real PowerPoint table. Then LibreOffice converts them all
(one run) and nothing it draws stands outside its shape's box."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from deck_support import TODAY, build, page_texts, sample_plan
from pptx import Presentation
from pptx_support import pptx_texts, tokens, xml_parts

from app.services.deck.model import build_slides
from app.services.deck.pptx import write_pptx
from app.services.plan import templates
from app.services.plan.storage.plan_file import PlanFile

PLANS = [("sample", "zh"), ("sample", "en")] + [(t.key, language) for language in ("zh", "en")
                                                 for t in templates.list_templates(language)]
PAGE_NUMBER = re.compile(r"\b\d+ / \d+\s*$")  # the PDF's "12 / 43"; the PPTX numbers slides with a field


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[tuple[str, str], dict]:
    """Each plan's model, PDF and PPTX, built once."""
    folder = tmp_path_factory.mktemp("pptx-decks")
    built = {}
    for key, language in PLANS:
        if key == "sample":
            plan = sample_plan(language, folder)
        else:
            plan = templates.create_from_template(key, language, folder / f"{key}-{language}.stratdeck")
        pdf, pptx = folder / f"{key}-{language}.pdf", folder / f"{key}-{language}.pptx"
        result = build(plan, pdf)
        with PlanFile.open(plan, read_only=True) as opened:
            model = build_slides(opened, today=TODAY)
        write_pptx(model, pptx)
        built[(key, language)] = {"model": model, "pdf": pdf, "pptx": pptx, "pages": result.pages}
    return built


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_same_slides_and_headlines_as_the_pdf(decks, plan):
    deck = decks[plan]
    presentation = Presentation(deck["pptx"])
    assert len(presentation.slides) == deck["pages"] == len(deck["model"].slides)
    titles = [" ".join(slide.shapes.title.text_frame.text.split()) for slide in presentation.slides]
    assert titles == [" ".join(slide.headline.split()) for slide in deck["model"].slides]
    pdf_pages = [re.sub(r"\s+", "", text) for text in page_texts(deck["pdf"])]
    for page, title in zip(pdf_pages, titles, strict=True):
        assert re.sub(r"\s+", "", title)[:12] in page  # the headline the PDF shows on that page


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_at_least_98_percent_of_the_pdf_words_are_pptx_text(decks, plan):
    deck = decks[plan]
    pdf_words = Counter(t for page in page_texts(deck["pdf"]) for t in tokens(PAGE_NUMBER.sub("", page)))
    pptx_words = Counter(t for text in pptx_texts(deck["pptx"]) for t in tokens(text))
    missing = pdf_words - pptx_words
    share = 1 - sum(missing.values()) / max(sum(pdf_words.values()), 1)
    assert share >= 0.98, f"{share:.1%} found; missing: {missing.most_common(20)}"


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_every_chart_has_its_workbook_and_every_table_slide_a_real_table(decks, plan):
    deck = decks[plan]
    parts = xml_parts(deck["pptx"])
    charts = [name for name in parts if re.fullmatch(r"ppt/charts/chart\d+\.xml", name)]
    for name in charts:
        rels = parts[name.replace("charts/", "charts/_rels/") + ".rels"].decode()
        assert "relationships/package" in rels and ".xlsx" in rels, name
    native = sum(1 for slide in deck["model"].slides for block in slide.blocks
                 if type(block).__name__ == "ChartBlock" and block.chart.kind != "heatmap")
    assert len(charts) == native
    presentation = Presentation(deck["pptx"])
    for number, (model, slide) in enumerate(zip(deck["model"].slides, presentation.slides, strict=True), 1):
        tables = sum(1 for block in model.blocks if type(block).__name__ == "TableBlock")
        real = sum(1 for shape in slide.shapes if shape.has_table)
        assert real == tables, f"slide {number}: {tables} tables in the model, {real} in the PPTX"


def test_the_demo_decks_hold_charts_and_tables(decks):
    for language in ("zh", "en"):
        parts = xml_parts(decks[("sample", language)]["pptx"])
        assert sum(1 for name in parts if re.fullmatch(r"ppt/charts/chart\d+\.xml", name)) >= 4
        assert sum(1 for name in parts if name.startswith("ppt/embeddings/")) >= 4


def test_libreoffice_renders_every_deck_with_nothing_outside_its_box_or_overlapping(decks, tmp_path):
    from libreoffice_support import convert_many, find_soffice, overlapping_words, word_boxes, words_outside

    soffice, why = find_soffice()
    if soffice is None:
        pytest.skip(why)
    files = [deck["pptx"] for deck in decks.values()]
    result, pdfs = convert_many(soffice, files, tmp_path)
    assert result.returncode == 0, result.stderr
    problems = []
    for (plan, deck), pdf in zip(decks.items(), pdfs, strict=True):
        assert pdf.exists(), f"LibreOffice wrote no PDF for {plan}"
        assert len(word_boxes(pdf)) == len(deck["model"].slides)
        problems += [f"{plan[0]}-{plan[1]} {line}" for line in words_outside(deck["pptx"], pdf)]
        problems += [f"{plan[0]}-{plan[1]} {line}" for line in overlapping_words(pdf)]
    assert problems == []



def test_speaker_notes_and_headline_overrides_from_the_plan_reach_the_pptx(tmp_path):
    from app.services.deck import notes_service
    from app.services.deck.pptx import export_pptx

    plan_path = sample_plan("zh", tmp_path)
    with PlanFile.open(plan_path) as plan:
        notes_service.set_notes(plan, "budget", "强调储备金 10%，\n双11 前再评估一次。<b>不是标记</b>")
        slides = notes_service.slide_list(plan)
        key = next(s["key"] for s in slides if s.get("section") == "budget")
        notes_service.set_headline(plan, key, "预算向社交媒体倾斜")
    with PlanFile.open(plan_path, read_only=True) as plan:
        export_pptx(plan, tmp_path / "notes.pptx", today=TODAY)
    presentation = Presentation(tmp_path / "notes.pptx")
    budget = [slide for slide in presentation.slides
              if slide.has_notes_slide and "强调储备金" in slide.notes_slide.notes_text_frame.text]
    assert budget, "no slide carries the budget section's notes"
    assert budget[0].notes_slide.notes_text_frame.text == "强调储备金 10%，\n双11 前再评估一次。<b>不是标记</b>"
    titles = [slide.shapes.title.text_frame.text for slide in presentation.slides]
    assert "预算向社交媒体倾斜" in titles


def test_the_decks_outline_becomes_powerpoint_sections(decks):
    from lxml import etree

    deck = decks[("sample", "en")]
    root = etree.fromstring(xml_parts(deck["pptx"])["ppt/presentation.xml"])
    p14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"
    sections = root.findall(f".//{p14}section")
    bookmarks = [" ".join(s.bookmark.split()) for s in deck["model"].slides if s.bookmark]
    assert [s.get("name") for s in sections][1:] == bookmarks and len(bookmarks) >= 5
    members = [int(i.get("id")) for s in sections for i in s.iter(f"{p14}sldId")]
    listed = [int(i.get("id")) for i in root.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}sldIdLst")]
    assert members == listed  # every slide in exactly one section, in order


def test_the_plans_logo_and_persona_photos_are_pictures(tmp_path):
    import io

    from PIL import Image

    from app.services.deck.pptx import export_pptx
    from app.services.overview import service as overview
    from app.services.personas import service as personas

    def png(colour, size):
        buffer = io.BytesIO()
        Image.new("RGB", size, colour).save(buffer, "PNG")
        return buffer.getvalue()

    plan_path = sample_plan("en", tmp_path)
    with PlanFile.open(plan_path) as plan:
        overview.set_logo(plan, png("#AA3344", (240, 80)), "image/png")
        first = plan.conn.execute("SELECT id FROM persona ORDER BY position").fetchone()[0]
        personas.set_photo(plan, first, png("#336699", (120, 120)), "image/png")
    with PlanFile.open(plan_path, read_only=True) as plan:
        result = export_pptx(plan, tmp_path / "pictures.pptx", today=TODAY)
    slides = Presentation(tmp_path / "pictures.pptx").slides
    pictures = [[shape.name for shape in slide.shapes if shape.shape_type == 13] for slide in slides]
    assert "Logo" in pictures[0]  # the cover
    assert sum("Logo" in names for names in pictures) >= len(slides) // 2  # every content slide's headline row
    assert any("Photo" in names for names in pictures)
    assert result.warnings == [] or all("logo" not in w.lower() for w in result.warnings)
