"""The Forecast & ROI and KPI canvases as a user meets them: type inputs
and see the figures follow, undo, reopen the plan, follow the budget,
refusals in the banner, the scorecard's colours and words."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.services.plan.changes import Change
from app.views.forecast.kpi_model import COLUMNS as KPI_COLUMNS
from app.views.forecast.model import KEYS


def show(window, key: str):
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index(key))
    return window.editors[key]


def cell(model, row: int, key: str) -> str:
    keys = KEYS if hasattr(model, "table") else KPI_COLUMNS
    return model.index(row, keys.index(key)).data()


def settle(window) -> None:
    """Run the Problems rules now: under load the panel defers them to a
    timer, and a deferred refresh should not outlive the test's plan."""
    window.problems.refresh(window.document.plan)


def type_into(qtbot, view, index, text: str) -> None:
    """Select a cell, type over it and press Enter, as a user does."""
    if view.state() != view.State.EditingState:  # Add KPI already opened the name for typing
        view.setCurrentIndex(index)
        view.edit(index)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    # the delegate commits Enter queued, then hides and deletes its editor
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_typing_an_input_updates_the_figures_undo_and_reopen(qtbot, window):
    assert window.open_demo()
    editor = show(window, "forecast")
    model = editor.model
    search = next(i for i, r in enumerate(model.rows) if r.channel == "Search")
    assert cell(model, search, "ltv_cac") == "2.70 (under 3)"
    assert cell(model, search, "customers") == "112,500"
    type_into(qtbot, editor.table, model.index(search, KEYS.index("cac")), "80")
    # 10,800,000 / 80 = 135,000 customers; LTV 259.44 / 80 = 3.24, no longer flagged
    assert cell(model, search, "customers") == "135,000"
    assert cell(model, search, "ltv_cac") == "3.24"
    assert cell(model, len(model.rows), "channel") == "Total"
    window.document.undo_stack.undo()
    assert cell(model, search, "ltv_cac") == "2.70 (under 3)"
    window.document.undo_stack.redo()
    path = window.document.plan.path
    settle(window)
    window.close_plan()
    assert window.open_plan(str(path))
    model = show(window, "forecast").model
    assert cell(model, search, "cac") == "80.00" and cell(model, search, "customers") == "135,000"
    settle(window)


def test_spend_override_and_clearing_it_and_a_refusal_in_the_banner(qtbot, window):
    assert window.open_demo()
    editor = show(window, "forecast")
    model = editor.model
    spend = model.index(0, KEYS.index("spend"))
    assert model.setData(spend, "1,000,000")
    assert cell(model, 0, "spend") == "CNY 1.0M"  # the plan's (English) way; typed plain
    assert spend.data(Qt.EditRole) == "1,000,000"
    assert "override" in spend.data(Qt.ToolTipRole)
    assert model.setData(model.index(0, KEYS.index("spend")), "")
    assert cell(model, 0, "spend") == "CNY 28.8M"  # back to the budget
    assert not model.setData(model.index(0, KEYS.index("gross_margin_pct")), "250")
    assert editor.banner.isVisible() and "Gross margin (%) for Social media" in editor.banner.text()
    assert cell(model, 0, "gross_margin_pct") == "62.0"
    settle(window)


def test_blank_figures_say_why_and_the_budget_drives_spend(qtbot, window):
    assert window.open_demo()
    editor = show(window, "forecast")
    model = editor.model
    assert model.setData(model.index(1, KEYS.index("avg_order_value")), "")
    index = model.index(1, KEYS.index("revenue"))
    assert index.data() == "—" and index.data(Qt.ToolTipRole) == "Average order value not set"
    plan = window.document.plan
    channel = model.rows[0].channel_id
    with plan.transaction() as conn:  # the Budget canvas plans 1,200,000 more for social media
        line = conn.execute("SELECT id FROM budget_line WHERE channel_id = ? ORDER BY position", (channel,)).fetchone()
        conn.execute("UPDATE budget_cell SET planned = planned + 1200000 WHERE budget_line_id = ? AND month = "
                     "'2027-01'", line)
    window.on_change(Change("budget", "budget_cell", line))
    assert cell(model, 0, "spend") == "CNY 30.0M"  # was 28.8M
    settle(window)


def test_scorecard_add_edit_status_reorder_delete_and_undo(qtbot, window):
    assert window.open_demo()
    editor = show(window, "kpis")
    model = editor.table.model()  # the status filter's proxy: all KPIs, in plan order
    count = model.rowCount()
    assert cell(model, 0, "status") == "▲ At risk"
    assert model.index(0, KPI_COLUMNS.index("status")).data(Qt.BackgroundRole).color().name() == "#ffe8b3"
    editor.table.setCurrentIndex(model.index(count - 1, 0))
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert model.rowCount() == count + 1
    new_row = count
    type_into(qtbot, editor.table, model.index(new_row, 0), "Mini-program sign-ups")
    assert cell(model, new_row, "status") == "○ No data"
    type_into(qtbot, editor.table, model.index(new_row, KPI_COLUMNS.index("target")), "5000")
    type_into(qtbot, editor.table, model.index(new_row, KPI_COLUMNS.index("actual")), "5200")
    assert cell(model, new_row, "status") == "● On track"
    # the campaign picker
    index = model.index(new_row, KPI_COLUMNS.index("campaign_id"))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    box = editor.table.findChild(QComboBox, "kpi-campaign_id")
    box.setCurrentIndex(box.findText("8·18 Qiyun Tea Day"))
    box.activated.emit(box.currentIndex())
    qtbot.wait(20)
    assert cell(model, new_row, "campaign_id") == "8·18 Qiyun Tea Day"
    editor.table.setCurrentIndex(model.index(new_row, 0))
    qtbot.mouseClick(editor.up_button, Qt.LeftButton)
    assert cell(model, new_row - 1, "name") == "Mini-program sign-ups"
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert model.rowCount() == count
    window.document.undo_stack.undo()  # the delete
    assert cell(model, new_row - 1, "campaign_id") == "8·18 Qiyun Tea Day"
    for _ in range(6):  # move, campaign, actual, target, name, add
        window.document.undo_stack.undo()
    assert model.rowCount() == count
    settle(window)


def test_problems_finding_opens_the_cell(qtbot, window):
    assert window.open_demo()
    finding = next(f for f in window.problems.model.findings if f.rule == "forecast.ltv_cac_low")
    window.open_finding(finding)
    editor = window.editors["forecast"]
    assert window.editor_stack.currentWidget() is editor
    current = editor.table.currentIndex()
    assert editor.model.rows[current.row()].channel == "Search" and KEYS[current.column()] == "cac"
