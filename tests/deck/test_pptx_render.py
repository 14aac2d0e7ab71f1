"""The PPTX renderer on a hand-made deck holding every block and chart kind:
what a user opening the file in PowerPoint or WPS finds — text as text,
tables as tables, native charts whose numbers live in an embedded workbook,
pictures, notes, a 16:9 template with the brand colour in its theme, the
East-Asian font and the language on every run — and that hostile text
stays text."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Pt
from pptx_support import HOSTILE, every_block_deck, pptx_texts, xml_parts

from app.services.deck.model import ValueFormat
from app.services.deck.pptx import write_pptx
from app.services.deck.pptx.charts import number_format
from app.services.plan.errors import PlanWriteError

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _png(colour: str = "#C8102E", size=(120, 40)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The every-block deck (with a logo and a persona photo) written once."""
    folder = tmp_path_factory.mktemp("pptx")
    deck = every_block_deck(logo=_png(), photo=_png("#336699", (80, 80)))
    target = folder / "deck.pptx"
    progress = []
    result = write_pptx(deck, target, progress=lambda done, total: progress.append((done, total)))
    return deck, target, result, progress


def test_the_file_reopens_with_one_slide_per_model_slide_and_their_headlines(written):
    deck, target, result, progress = written
    presentation = Presentation(target)
    assert result.slides == len(presentation.slides) == len(deck.slides)
    assert progress[0] == (0, len(deck.slides)) and progress[-1] == (len(deck.slides), len(deck.slides))
    titles = [slide.shapes.title.text_frame.text for slide in presentation.slides]
    assert titles == [slide.headline for slide in deck.slides]
    assert (presentation.slide_width, presentation.slide_height) == (Pt(960), Pt(540))


def test_every_text_of_the_model_is_editable_text_in_the_file(written):
    deck, target, _, _ = written
    texts = pptx_texts(target)
    summary = texts[1]
    for expected in ("1亿", "GMV 目标", "较去年 +25%", "3,600万", "主要战役", "双十一：预热期 10月20日–10月31日",
                     "执行摘要 · Summary", "启云茶饮 2027 · 内部资料"):
        assert expected in summary
    assert "渠道" in texts[3] and "1,440" in texts[3] and "合计" in texts[3] and "3,600万" in texts[3]
    assert "都市白领" in texts[6] and "28–35 岁" in texts[6] and "R1 R2" in texts[6]
    assert "双十一大促" in texts[7] and "预热" in texts[7] and "双11" in texts[7]
    assert "品牌：启云茶饮" in texts[0] and "年度营销计划" in texts[0]


def test_tables_are_real_tables_with_the_header_in_the_theme_colour(written):
    _, target, _, _ = written
    slide = Presentation(target).slides[3]
    tables = [shape.table for shape in slide.shapes if shape.has_table]
    assert len(tables) == 1
    table = tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["渠道", "金额（万元）"]
    assert [row.cells[1].text for row in list(table.rows)[1:]] == ["1,440", "1,080", "540", "540", "3,600"]
    header_fill = table.cell(0, 0)._tc.tcPr.find(f"{A}solidFill/{A}schemeClr")
    assert header_fill.get("val") == "accent1"  # a Variant or a company template recolours it
    assert table.cell(5, 1).text_frame.paragraphs[0].runs[0].font.bold  # the total row


def test_every_chart_is_native_with_its_numbers_in_an_embedded_workbook(written):
    from openpyxl import load_workbook

    _, target, _, _ = written
    parts = xml_parts(target)
    charts = sorted(name for name in parts if name.startswith("ppt/charts/chart") and name.endswith(".xml"))
    assert len(charts) == 5  # donut, stacked, bar, line, scatter (the heat map is shapes)
    kinds = set()
    for name in charts:
        rels = etree.fromstring(parts[name.replace("charts/", "charts/_rels/") + ".rels"])
        targets = [rel.get("Target") for rel in rels if rel.get("Type").endswith("/package")]
        assert len(targets) == 1, name
        workbook = parts["ppt/embeddings/" + targets[0].rsplit("/", 1)[1]]
        assert zipfile.is_zipfile(io.BytesIO(workbook))
        sheet = load_workbook(io.BytesIO(workbook)).active
        assert sheet.max_row >= 2
        root = etree.fromstring(parts[name])
        kinds |= {el.tag.split("}")[1] for el in root.iter() if el.tag.endswith(("barChart", "doughnutChart",
                                                                                  "lineChart", "scatterChart"))}
    assert kinds == {"barChart", "doughnutChart", "lineChart", "scatterChart"}
    donut = next(shape.chart for shape in Presentation(target).slides[3].shapes if shape.has_chart)
    assert list(donut.plots[0].categories) == ["社交媒体", "电商平台", "线下门店", "KOL"]
    assert list(donut.plots[0].series[0].values) == [1440, 1080, 540, 540]  # in 万, as the labels say


def test_amounts_are_labelled_in_the_readers_unit():
    zh = ValueFormat("money", "CNY", "zh", 1e4, "万")
    assert number_format(zh, [1440, 1080]) == '#,##0"万"'
    assert number_format(zh, [12.5, 3]) == '#,##0.0"万"'
    assert number_format(ValueFormat("money", "CNY", "en", 1e6, "M"), [36.0, 14.4]) == '#,##0.0"M"'
    assert number_format(ValueFormat("percent"), [40, 30]) == '0"%"'


def test_every_run_names_its_east_asian_and_latin_fonts_and_its_language(written):
    _, target, _, _ = written
    parts = xml_parts(target)
    slides = [name for name in parts if name.startswith(("ppt/slides/slide", "ppt/charts/chart", "ppt/notesSlides/"))
              and name.endswith(".xml")]
    checked = 0
    for name in slides:
        root = etree.fromstring(parts[name])
        assert all(run.find(f"{A}rPr") is not None for run in root.iter(f"{A}r")), name
        for rpr in root.iter(f"{A}rPr"):
            text = rpr.getparent().findtext(f"{A}t") or ""
            assert rpr.find(f"{A}ea").get("typeface") == "Microsoft YaHei", (name, text)
            assert rpr.find(f"{A}latin").get("typeface") == "Arial", (name, text)
            expected = "zh-CN" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en-US"
            assert rpr.get("lang") == expected, (name, text)
            checked += 1
    assert checked > 80


def test_the_template_carries_the_brand_colour_fonts_layouts_footer_and_slide_numbers(written):
    deck, target, _, _ = written
    parts = xml_parts(target)
    theme = etree.fromstring(parts["ppt/theme/theme1.xml"])
    assert theme.find(f".//{A}accent1/{A}srgbClr").get("val") == deck.theme.brand[1:]
    assert theme.find(f".//{A}majorFont/{A}ea").get("typeface") == "Microsoft YaHei"
    presentation = Presentation(target)
    names = [slide.slide_layout.name for slide in presentation.slides]
    assert names[0] == "Title Slide" and names[2] == "Section Header" and names[3] == "Title Only"
    content = presentation.slides[3]
    kinds = {shape.placeholder_format.type.name for shape in content.placeholders}
    assert {"FOOTER", "SLIDE_NUMBER", "TITLE"} <= kinds
    number = etree.fromstring(parts["ppt/slides/slide4.xml"]).find(f".//{A}fld")
    assert number.get("type") == "slidenum" and number.findtext(f"{A}t") == "4"


def test_logo_and_persona_photo_are_pictures_and_notes_are_the_slides_notes(written):
    _, target, _, _ = written
    presentation = Presentation(target)
    pictures = [[shape.name for shape in slide.shapes if shape.shape_type == 13] for slide in presentation.slides]
    assert "Logo" in pictures[0] and "Logo" in pictures[3]
    assert "Photo" in pictures[6]
    notes = presentation.slides[1].notes_slide.notes_text_frame.text
    assert notes == "讲解要点：预算 3,600万，储备 10%。\nSecond line <b>bold</b>"
    assert not presentation.slides[3].has_notes_slide


def test_hostile_text_stays_text_and_the_package_stays_well_formed(written):
    _, target, _, _ = written
    parts = xml_parts(target)
    summary = parts["ppt/slides/slide2.xml"]
    root = etree.fromstring(summary)  # well-formed
    texts = "".join(t.text or "" for t in root.iter(f"{A}t"))
    assert 'Hostile <a:t>&amp;</a:t> <p:sp/> ]]> "' in texts and 'r:id="rId1"' in texts and "😀" in texts
    assert not any(c in texts for c in "\x01\x02\x0b\x1f\ud800\u202e\ufeff")
    assert HOSTILE not in texts  # the control characters were dropped, nothing else
    assert not root.findall(f".//{A}t/*")  # no element inside any text
    tree = root.find(f"{P}cSld/{P}spTree")
    assert len(tree) - 2 == len(Presentation(target).slides[1].shapes)  # only the shapes the renderer made
    rels = etree.fromstring(parts["ppt/slides/_rels/slide2.xml.rels"])
    assert all(rel.get("Type").endswith(("/slideLayout", "/notesSlide", "/image")) for rel in rels)
    for name, data in parts.items():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(data)


def test_written_through_a_temporary_file_and_never_half(tmp_path):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the previous deck")
    write_pptx(every_block_deck(), target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]  # no temporary file left
    with pytest.raises(PlanWriteError):
        write_pptx(every_block_deck(), tmp_path)  # a folder
    with pytest.raises(PlanWriteError):
        write_pptx(every_block_deck(), tmp_path / "missing" / "deck.pptx")
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_chart_names_stay_text_in_the_embedded_workbook(tmp_path):
    """A category or series named like a formula or a link is a text cell
    when the user opens Edit Data, never a live formula or hyperlink."""
    from openpyxl import load_workbook

    from app.services.deck import model as m

    hostile = ("=HYPERLINK(\"http://x.example\",\"a\")", "=cmd|' /C calc'!A0", "http://x.example/", "+1", "40")
    chart = m.ChartSpec("bar", hostile, (m.Series("=SUM(A1:A9)", (1e4, 2e4, 3e4, 4e4, 5e4)),),
                        m.ValueFormat("money", "CNY", "zh", 1e4, "万"))
    deck = m.Deck("zh", every_block_deck().theme,
                  (m.Slide("content", "budget", "公式不生效", blocks=(m.ChartBlock(m.BODY_BOX, chart),)),))
    target = tmp_path / "hostile.pptx"
    write_pptx(deck, target)
    parts = xml_parts(target)
    workbook = next(data for name, data in parts.items() if name.startswith("ppt/embeddings/"))
    sheet = load_workbook(io.BytesIO(workbook)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert {cell.value for cell in cells if cell.data_type == "s"} >= {*hostile, "=SUM(A1:A9)"}
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert not sheet._hyperlinks
    chart_shape = next(shape for shape in Presentation(target).slides[0].shapes if shape.has_chart)
    assert list(chart_shape.chart.plots[0].categories) == list(hostile)


def test_brand_colours_refer_to_the_theme_so_variants_recolour_them(written):
    deck, target, _, _ = written
    parts = xml_parts(target)
    scheme = etree.fromstring(parts["ppt/theme/theme1.xml"]).find(f".//{A}clrScheme")
    assert all(slot.find(f"{A}srgbClr") is not None for slot in scheme)  # the scheme itself holds the values
    summary = etree.fromstring(parts["ppt/slides/slide2.xml"])
    slots = {el.get("val") for el in summary.iter(f"{A}schemeClr")}
    assert {"tx1", "tx2", "accent1"} <= slots  # body text, ink (tracker, figures), brand rules
    rgb = {el.get("val") for el in summary.iter(f"{A}srgbClr")}
    assert deck.theme.brand[1:] not in rgb and deck.theme.ink[1:] not in rgb
