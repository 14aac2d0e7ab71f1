"""``stratdeck export PLAN --format pdf``: the deck from the command line,
exit codes, one-line errors, warnings as lines, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import assert_one_error_line, run
from deck_support import dividers, page_texts, plan_with, sample_plan
from file_checks import names_in

from app.services.deck import section_choices

ROOT = Path(__file__).resolve().parents[2]
ALL_SECTIONS = ", ".join(key for key, _title in section_choices("en"))

def test_export_pdf_writes_the_deck(capsys, tmp_path):
    plan = sample_plan("en", tmp_path)
    deck = tmp_path / "deck.pdf"
    code, out, err = run(capsys, "export", plan, "--format", "pdf", "-o", deck)
    assert (code, err) == (0, "")
    texts = page_texts(deck)
    assert out == f"Exported {deck} ({len(texts)} slides)\n"
    assert "Qiyun Tea Lab" in texts[0] and "Executive summary" in texts[1]
    for number, (_key, title) in enumerate(dividers("en"), 1):  # the whole deck: every registered section
        assert f"{number:02d}\n{title}\n" in texts[2]  # the agenda
        assert sum(title in text for text in texts) >= 2  # its slides carry it as their topic


def test_export_pdf_with_sections_and_password(capsys, tmp_path):
    from pypdf import PdfReader

    plan = sample_plan("zh", tmp_path)
    deck = tmp_path / "deck.pdf"
    code, _, err = run(capsys, "export", plan, "--format", "pdf", "-o", deck, "--sections", " overview ",
                       "--password", "open sesame")
    assert (code, err) == (0, "")
    reader = PdfReader(deck)
    assert reader.is_encrypted and reader.decrypt("open sesame")
    assert "计划概览" in reader.pages[2].extract_text()  # cover, summary, then the chosen section


def test_missing_characters_are_printed_as_warning_lines_and_exit_0(capsys, tmp_path):
    plan = plan_with(tmp_path, objectives=[("Grow 😀", "m", "t")])
    code, out, err = run(capsys, "export", plan, "--format", "pdf", "-o", tmp_path / "deck.pdf")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[1] == "Warning: U+1F600 😀 in objective 1 is not in the deck font; shown as U+FFFD \ufffd."


@pytest.mark.parametrize(
    ("extra", "code", "fragments"),
    [
        (["--sections", "overview,nope"], 2, ["Unknown deck section 'nope'", f"available: {ALL_SECTIONS}"]),
        (["--sections", ","], 2, ["at least one deck section"]),
        (["--part", "overview"], 2, ["--part is not used with --format pdf"]),
        (["--password", ""], 2, ["--password is empty"]),
        (["--format", "docx"], 2, ["Unknown export format 'docx'", "json, pdf"]),
    ],
    ids=["unknown-section", "no-section", "part", "empty-password", "unknown-format"],
)
def test_usage_errors_exit_2_with_one_line(capsys, tmp_path, extra, code, fragments):
    plan = plan_with(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = ["export", plan, "--format", "pdf", "-o", out_dir / "deck.pdf", *extra]
    got, out, err = run(capsys, *argv)
    assert (got, out) == (code, "")
    assert_one_error_line(err, *fragments)
    assert names_in(out_dir) == set()


def test_json_export_refuses_deck_options(capsys, tmp_path):
    plan = plan_with(tmp_path)
    code, out, err = run(capsys, "export", plan, "--format", "json", "-o", tmp_path / "p.json", "--password", "x")
    assert (code, out) == (2, "")
    assert_one_error_line(err, "only used with --format pdf")


def test_unwritable_target_and_bad_plan_exit_3(capsys, tmp_path):
    plan = plan_with(tmp_path)
    code, out, err = run(capsys, "export", plan, "--format", "pdf", "-o", tmp_path / "nowhere" / "deck.pdf")
    assert (code, out) == (3, "")
    assert_one_error_line(err, "does not exist")
    junk = tmp_path / "junk.stratdeck"
    junk.write_bytes(b"not a plan at all" * 10)
    code, out, err = run(capsys, "export", junk, "--format", "pdf", "-o", tmp_path / "deck.pdf")
    assert (code, out) == (3, "")
    assert err.startswith("stratdeck: ") and err.count("\n") == 1
    assert not (tmp_path / "deck.pdf").exists()


def test_importing_the_deck_package_loads_no_heavy_library():
    code = (
        "import sys; import app.services.deck as d; d.section_choices('zh'); "
        "print(sorted(m for m in ('reportlab', 'matplotlib', 'fontTools', 'svglib', 'pyaes') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _divider_pages(texts: list[str]) -> list[str]:
    """The divider slides' texts: they open with the section's number ("01")."""
    import re

    return [t for t in texts if re.match(r"\d\d\n", t)]


def test_dividers_option_chooses_none_every_section_or_long_sections(capsys, tmp_path):
    plan = sample_plan("en", tmp_path)
    counts = {}
    for choice in ("never", "auto", "always"):
        deck = tmp_path / f"{choice}.pdf"
        code, out, err = run(capsys, "export", plan, "--format", "pdf", "-o", deck, "--dividers", choice)
        assert (code, err) == (0, "")
        texts = page_texts(deck)
        counts[choice] = (len(texts), len(_divider_pages(texts)))
    assert counts["never"][1] == 0
    assert 0 < counts["auto"][1] < counts["always"][1] == len(dividers("en"))
    for choice in ("auto", "always"):  # the dividers are the only slides added
        assert counts[choice][0] - counts[choice][1] == counts["never"][0]


def test_dividers_option_is_refused_for_formats_without_slides(capsys, tmp_path):
    plan = sample_plan("en", tmp_path)
    code, out, err = run(capsys, "export", plan, "--format", "json", "-o", tmp_path / "p.json", "--dividers", "never")
    assert (code, out) == (2, "")
    assert_one_error_line(err, "--dividers is only used with --format pdf or pptx")
