"""An empty budget says what to do next: set the period, then (with channels)
add the first line; the hint goes with the first line and comes back on undo."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.services.overview import service as overview_service
from app.services.plan.rows import insert_row
from app.services.plan.storage.plan_file import PlanFile


def test_a_budget_without_lines_says_how_to_add_the_first(window, plan_path):
    with PlanFile.create(plan_path, title="Empty budget", language="en") as plan:
        overview_service.set_period(plan, "2027-01-01", "2027-06-30")
        insert_row(plan, "channel", {"name": "Social", "color": "#336699"})
    assert window.open_plan(str(plan_path))
    window.show()
    window.navigator.setCurrentRow(list(window.editors).index("budget"))
    QApplication.processEvents()
    editor = window.editors["budget"]
    assert editor.empty_hint.isVisible() and "Add line" in editor.empty_hint.text()
    editor.add_line()
    QApplication.processEvents()
    assert len(editor.model.grid.lines) == 1 and not editor.empty_hint.isVisible()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert not editor.model.grid.lines and editor.empty_hint.isVisible()
