"""A field too long for the deck is cut with a note: the deck stays within a
page budget however much text a plan holds (docs/reliability.md, limits)."""

from __future__ import annotations

import time

from app.services.overview import service as overview_service
from app.services.plan.limits import DECK_TEXT_LIMIT
from tests.deck_support import build, page_texts


def test_a_megabyte_of_objective_text_is_cut_with_a_warning(new_plan, plan_path, tmp_path):
    huge = "增长" * 500_000  # 1,000,000 characters in one objective (an older plan, or a file made by hand)
    overview_service.add_objective(new_plan, "增长")
    with new_plan.transaction() as conn:
        conn.execute("UPDATE objective SET text = ?", (huge,))
    new_plan.close()
    started = time.perf_counter()
    result = build(plan_path, tmp_path / "deck.pdf")
    elapsed = time.perf_counter() - started
    assert result.pages < 20  # not hundreds of slides of one field
    assert elapsed < 30
    warnings = [str(w) for w in result.warnings]
    assert any(f"first {DECK_TEXT_LIMIT:,} characters" in w for w in warnings), warnings
    text = "".join(page_texts(tmp_path / "deck.pdf"))
    assert "增长增长" in text and "…" in text
