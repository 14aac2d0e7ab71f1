"""``stratdeck export PLAN --format pptx``: the editable deck from the
command line — the PDF's slides, chosen sections, one-line errors, never
over the plan, no traceback."""

from __future__ import annotations

import zipfile

from cli_support import assert_one_error_line, run
from deck_support import page_texts, sample_plan
from file_checks import sha256
from pptx import Presentation

from app.services.cli_commands import export_formats


def test_pptx_is_an_export_format():
    assert "pptx" in export_formats()


def test_export_pptx_writes_the_pdfs_slides(capsys, tmp_path):
    plan = sample_plan("en", tmp_path)
    pptx, pdf = tmp_path / "deck.pptx", tmp_path / "deck.pdf"
    code, out, err = run(capsys, "export", plan, "--format", "pptx", "-o", pptx)
    assert (code, err) == (0, "")
    slides = Presentation(pptx).slides
    assert out == f"Exported {pptx} ({len(slides)} slides)\n"
    assert run(capsys, "export", plan, "--format", "pdf", "-o", pdf)[0] == 0
    assert len(page_texts(pdf)) == len(slides)
    assert slides[0].shapes.title.text_frame.text.startswith("Qiyun")


def test_export_pptx_with_sections(capsys, tmp_path):
    plan = sample_plan("zh", tmp_path)
    whole, part = tmp_path / "whole.pptx", tmp_path / "budget.pptx"
    assert run(capsys, "export", plan, "--format", "pptx", "-o", whole)[0] == 0
    code, _, err = run(capsys, "export", plan, "--format", "pptx", "-o", part, "--sections", "budget")
    assert (code, err) == (0, "")
    assert 3 <= len(Presentation(part).slides) < len(Presentation(whole).slides)
    assert any("预算" in slide.shapes.title.text_frame.text for slide in Presentation(part).slides)


def test_export_pptx_errors_are_one_line_and_write_nothing(capsys, tmp_path):
    plan = sample_plan("en", tmp_path)
    target = tmp_path / "deck.pptx"
    code, _, err = run(capsys, "export", plan, "--format", "pptx", "-o", target, "--sections", "nonsense")
    assert code == 2
    assert_one_error_line(err, "Unknown deck section 'nonsense'", "overview")
    code, _, err = run(capsys, "export", plan, "--format", "pptx", "-o", target, "--password", "x")
    assert code == 2
    assert_one_error_line(err, "--password is only used with --format pdf")
    code, _, err = run(capsys, "export", plan, "--format", "pptx", "-o", target, "--part", "calendar")
    assert code == 2
    assert_one_error_line(err, "--part is not used with --format pptx")
    code, _, err = run(capsys, "export", plan, "--format", "pptx", "-o", tmp_path / "missing" / "deck.pptx")
    assert code == 3
    assert_one_error_line(err, "does not exist")
    assert not target.exists()


def test_export_pptx_never_overwrites_the_plan(capsys, tmp_path):
    plan = sample_plan("en", tmp_path)
    before = sha256(plan)
    code, _, err = run(capsys, "export", plan, "--format", "pptx", "-o", plan)
    assert code == 2
    assert_one_error_line(err, "is the plan itself")
    assert sha256(plan) == before
    assert not zipfile.is_zipfile(plan)
