"""The Forecast & ROI slide spends its width on figures: no empty Note column
when no figure is missing, so "2.70 (under 3)" stays on one line."""

from __future__ import annotations

import pytest
from cli_support import run
from deck_support import page_texts

from app.services.plan.samples import create_demo_plan


@pytest.mark.parametrize(
    ("language", "flag", "note"), [("en", "2.70 (under 3)", "Note"), ("zh", "2.70（低于 3）", "说明")]
)
def test_results_table_has_no_empty_note_column_and_keeps_the_flag_whole(capsys, tmp_path, language, flag, note):
    plan = create_demo_plan(language, tmp_path)
    out = tmp_path / "deck.pdf"
    code, _, _ = run(capsys, "export", plan, "--format", "pdf", "-o", out, "--sections", "forecast")
    assert code == 0
    results = [t for t in page_texts(out) if "LTV/CAC" in t and "ROI" in t]
    assert results
    lines = results[0].splitlines()
    assert any(flag in line for line in lines), lines  # not wrapped inside the cell
    assert note not in [word for line in lines for word in line.split()]
