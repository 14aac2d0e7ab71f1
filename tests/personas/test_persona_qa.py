"""QA on Personas & segments: empty tabs say what to do first; table rows fit their text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.swot.test_swot_qa import dark_pixels, open_empty


def test_empty_persona_cards_and_tiers_show_a_hint(window, qtbot, plan_path):
    editor = open_empty(window, plan_path, "personas")
    qtbot.waitExposed(editor.cards)
    assert editor.empty_hint.showing()
    assert "Add persona" in editor.empty_hint.text
    assert dark_pixels(editor.cards.viewport()) > 20
    assert editor.tiers.empty_hint.showing()
    assert "standard four tiers" in editor.tiers.empty_hint.text
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert editor.model.rowCount() == 1 and not editor.empty_hint.showing()
    qtbot.mouseClick(editor.tiers.standard_button, Qt.LeftButton)
    assert editor.tiers.model.rowCount() == 4 and not editor.tiers.empty_hint.showing()
    window.undo_action.trigger()
    assert editor.tiers.empty_hint.showing()


def _rows_fit(table) -> bool:
    """Every row is as tall as its wrapped text needs at the shown column widths (not taller)."""
    minimum = table.verticalHeader().minimumSectionSize()
    return all(
        table.rowHeight(row) <= max(minimum, table.sizeHintForRow(row)) + 2 for row in range(table.model().rowCount())
    )


def test_tier_and_journey_rows_fit_their_text_when_their_tab_opens(window, qtbot):
    window.resize(1280, 860)
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("personas"))
    editor = window.editors["personas"]
    for tab, table in ((1, editor.tiers.table), (2, editor.journeys.table)):
        editor.tabs.setCurrentIndex(tab)
        qtbot.waitExposed(table)
        assert table.model().rowCount() > 0
        qtbot.waitUntil(lambda table=table: _rows_fit(table), timeout=2000)
