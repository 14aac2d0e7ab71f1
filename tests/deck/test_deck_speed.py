"""Deck speed work that must not change what a deck shows: charts are specs
drawn natively (matplotlib never loads on the deck path), a plan edit shows
in the rebuilt charts (nothing cached across builds brings back old data),
and the character map taken from reportlab is the font's best cmap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from deck_support import TODAY, page_texts, sample_plan, squash

ROOT = Path(__file__).resolve().parents[2]


def test_building_the_whole_deck_never_imports_matplotlib_or_svglib(tmp_path):
    plan = sample_plan("zh", tmp_path)
    code = (
        "import sys; from app.services.plan.storage.plan_file import PlanFile; "
        "from app.services.deck import build_deck; "
        f"plan = PlanFile.open({str(plan)!r}, read_only=True); "
        f"build_deck(plan, {str(tmp_path / 'deck.pdf')!r}); plan.close(); "
        "print(sorted(m for m in ('matplotlib', 'svglib', 'pandas') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "deck.pdf").stat().st_size > 10_000


def test_a_plan_edit_shows_in_the_rebuilt_charts(tmp_path):
    from app.services.deck import build_deck
    from app.services.plan.storage.plan_file import PlanFile

    path = sample_plan("en", tmp_path)
    with PlanFile.open(path, read_only=True) as plan:
        build_deck(plan, tmp_path / "before.pdf", sections=["budget"], today=TODAY)
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        conn.execute("UPDATE channel SET name = 'Zeppelin ads' WHERE position = 0")
    with PlanFile.open(path, read_only=True) as plan:
        build_deck(plan, tmp_path / "after.pdf", sections=["budget"], today=TODAY)
    before, after = squash(" ".join(page_texts(tmp_path / "before.pdf"))), page_texts(tmp_path / "after.pdf")
    chart_pages = [text for text in after if "Spend peaks in" in text or "of the CNY" in text]
    assert len(chart_pages) == 2 and all("Zeppelinads" in squash(text) for text in chart_pages)
    assert "Zeppelinads" not in before


def test_the_character_map_from_reportlab_is_the_fonts_best_cmap():
    from reportlab.pdfbase.pdfmetrics import getFont

    from app.services.deck import fonts

    name = fonts.register_reportlab()
    assert frozenset(getFont(name).face.charToGlyph) == fonts.cmap_characters()
