"""The one-page war-room playbooks (``--format playbooks``), the risks CSV
part and the Risks / Crisis-playbooks deck sections, read back with pypdf."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import playbooks as playbook_service
from tests.cli_support import assert_one_error_line, run
from tests.deck_support import build, page_texts, pdf_fonts, sample_plan, squash
from tests.risks_support import add_steps, pdf_text_sizes, playbook_plan


def test_the_cli_writes_one_a4_page_per_playbook(capsys, tmp_path):
    path = tmp_path / "crisis.stratdeck"
    playbook_plan(path)
    target = tmp_path / "war room.pdf"
    code, out, err = run(capsys, "export", path, "--format", "playbooks", "-o", target)
    assert code == 0 and err == "" and out == f"Exported {target} (1 playbooks, one page each)\n"
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    text = squash(reader.pages[0].extract_text())
    today = dt.date.today()
    for expected in (
        "Complaint",
        "Level 1 (critical)",  # the name already says the level: not "Level 1 · Level 1 (critical)"
        "Respond within 1 h · updates every 24 h",
        "escalate to CEO",
        "500 posts in 2 hours",
        "Risk: Leak",
        "1. PR director — Zheng Wan",
        "2. CEO — Xu Wentao",
        "T+0",
        "T+1 h",
        "T+4 h",
        "Form the task force",
        "Spokesperson",
        f"On {today.day} ",
        "we heard about Qiyun Cold brew.",
    ):
        assert squash(expected) in text, expected
    assert "{" not in text


def test_a_long_playbook_still_fits_one_page_and_chinese_is_embedded(tmp_path):
    path = tmp_path / "long.stratdeck"
    ids = playbook_plan(path, brand="栖云茶研", product="桂花乌龙冷泡茶")
    add_steps(path, ids["playbook"], 22)
    with PlanFile.open(path) as plan:
        from app.services.risks.playbook_pdf import write_playbooks_pdf

        playbooks, pages, warnings = write_playbooks_pdf(plan.conn, tmp_path / "long.pdf")
    assert (playbooks, pages, warnings) == (1, 1, [])
    texts = page_texts(tmp_path / "long.pdf")
    assert len(texts) == 1
    assert squash("第 21 步") in squash(texts[0]) and "栖云茶研桂花乌龙冷泡茶" in squash(texts[0])
    assert "响应时间线" in texts[0] and "发言人" in texts[0]
    assert min(size for _, size in pdf_text_sizes(tmp_path / "long.pdf")[0]) >= 8 - 0.01  # still readable
    fonts = pdf_fonts(tmp_path / "long.pdf")
    assert fonts and all("WenQuanYi" in font["/BaseFont"] for font in fonts)
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in fonts)


def test_playbook_export_errors_are_one_line_with_exit_codes(capsys, tmp_path, plan_path):
    PlanFile.create(plan_path, title="Empty").close()
    code, _, err = run(capsys, "export", plan_path, "--format", "playbooks", "-o", tmp_path / "x.pdf")
    assert code == 2
    assert_one_error_line(err, "no crisis playbooks")
    path = tmp_path / "crisis.stratdeck"
    playbook_plan(path)
    code, _, err = run(capsys, "export", path, "--format", "playbooks", "--part", "risks", "-o", tmp_path / "x.pdf")
    assert code == 2
    assert_one_error_line(err, "--part is not used with --format playbooks")
    (tmp_path / "bad.stratdeck").write_bytes(b"not a plan")
    code, _, err = run(capsys, "export", tmp_path / "bad.stratdeck", "--format", "playbooks", "-o", tmp_path / "y.pdf")
    assert code == 3
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_the_risks_csv_part_from_the_cli(capsys, tmp_path):
    plan = sample_plan("zh", tmp_path)
    target = tmp_path / "risks.csv"
    code, out, _ = run(capsys, "export", plan, "--format", "csv", "--part", "risks", "-o", target)
    assert code == 0 and out == f"Exported {target} (8 rows)\n"
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("风险,类别,描述,可能性,影响程度,评分,等级,负责人")  # headers in the plan's language
    assert lines[1].split(",")[1] == "supply_chain"


def test_the_deck_shows_heat_map_top_risks_and_one_slide_per_playbook(tmp_path):
    result = build(sample_plan("en", tmp_path), tmp_path / "deck.pdf", sections=["risks", "playbooks"])
    assert list(result.warnings) == []
    texts = page_texts(tmp_path / "deck.pdf")
    joined = squash(" ".join(texts))
    for expected in (
        "8 risks; score = likelihood × impact",
        "of 8 risks rated high or critical",  # the heat map's headline
        "R1",  # risk ids in the heat map's cells and beside it
        "Mitigation",
        "3 severity levels",
        "Product complaint trending",
        "Member data leak",
        "Key supplier failure",
        "Response timeline",
        "Escalation chain",
        "Holding statement",
        "T+1 h",
    ):
        assert squash(expected) in joined, expected
    playbook_pages = [t for t in texts if "Response timeline" in t]
    assert len(playbook_pages) == 3  # one slide per playbook
    assert not any("{brand}" in t or "{product}" in t for t in texts)
    assert any("Osmanthus Oolong" in t for t in playbook_pages)


def test_empty_canvases_leave_their_sections_out(tmp_path, plan_path):
    PlanFile.create(plan_path, title="Empty", language="en").close()
    with PlanFile.open(plan_path) as plan:
        playbook_service.add_standard_levels(plan)  # levels alone are not a crisis plan
    result = build(plan_path, tmp_path / "deck.pdf", sections=["overview", "risks", "playbooks"])
    assert [str(w) for w in result.warnings] == ["Left out of the deck: the objectives slide (no objectives)."]
    assert result.sections == []
    joined = " ".join(page_texts(tmp_path / "deck.pdf"))
    assert "Risks" not in joined and "Crisis playbooks" not in joined and "Severity" not in joined


def test_the_chinese_deck_sections_use_chinese_labels(tmp_path):
    result = build(sample_plan("zh", tmp_path), tmp_path / "deck.pdf", sections=["risks", "playbooks"])
    assert list(result.warnings) == []
    joined = squash(" ".join(page_texts(tmp_path / "deck.pdf")))
    for expected in (
        "项风险中",  # the heat map's headline: "8 项风险中 6 项为高…"
        "缓解措施",
        "级事件分级",
        "响应时间线",
        "上报链条",
        "初步声明",
        "T+1小时",
        "栖云茶研桂花乌龙冷泡茶",
    ):
        assert expected in joined, expected
