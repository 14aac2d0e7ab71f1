"""An empty scorecard says what to do; the hint goes once a KPI exists and
comes back when undo removes it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.services.plan.storage.plan_file import PlanFile


def test_an_empty_scorecard_says_how_to_start(window, plan_path):
    PlanFile.create(plan_path, title="Empty", language="en").close()
    assert window.open_plan(str(plan_path))
    window.show()
    window.navigator.setCurrentRow(list(window.editors).index("kpis"))
    editor = window.editors["kpis"]
    QApplication.processEvents()
    assert editor.empty.isVisible() and "Add KPI" in editor.empty.text()
    editor.add_button.click()
    QApplication.processEvents()
    assert editor.model.rowCount() == 1 and not editor.empty.isVisible()
    window.document.undo_stack.undo()
    QApplication.processEvents()
    assert editor.model.rowCount() == 0 and editor.empty.isVisible()


def test_a_read_only_empty_scorecard_does_not_ask_to_add(window, plan_path):
    PlanFile.create(plan_path, title="Empty", language="en").close()
    assert window.open_plan(str(plan_path), read_only=True)
    window.show()
    window.navigator.setCurrentRow(list(window.editors).index("kpis"))
    QApplication.processEvents()
    editor = window.editors["kpis"]
    assert not editor.add_button.isEnabled() and not editor.empty.isVisible()
