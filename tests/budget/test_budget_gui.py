"""The Budget canvas as a user drives it: typing, Tab and Enter, paste from
Excel as one undo step, fill right, Delete, refused amounts, undo/redo,
lines, layers, the summary and the file after reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from app.services.plan.storage.plan_file import PlanFile
from tests.budget_support import budget_plan
from tests.gui_support import stored


@pytest.fixture
def budget(window, plan_path):
    """The window showing the Budget canvas of a small plan: (editor, ids, path)."""
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    ids = budget_plan(plan, reserve=10)
    plan.close()
    assert window.open_plan(str(plan_path))
    window.navigator.setCurrentRow(list(window.editors).index("budget"))
    editor = window.editors["budget"]
    yield editor, ids, plan_path
    # The Problems panel defers its run once a run was slow (a loaded machine);
    # its timer must not fire into the next test after this window's plan closed.
    timer = getattr(window.problems, "_timer", None)
    if timer is not None:
        timer.stop()


def cell(path, line_id, month, layer="planned"):
    return stored(path, f"SELECT {layer} FROM budget_cell WHERE budget_line_id = ? AND month = ?", (line_id, month))


def go(editor, line_id, month, layer="planned"):
    editor.grid.go_to(editor.model.row_of(line_id, layer), editor.model.month_col[month])
    return editor.grid.table


def type_cell(qtbot, view, text, key=Qt.Key_Return):
    """Type *text* into the current cell (the first key opens the editor, as
    for a user) and finish with *key*; the delegate commits Enter queued."""
    qtbot.keyClick(view, text[0])
    cell_editor = view.focusWidget()
    qtbot.keyClicks(cell_editor, text[1:])
    qtbot.keyClick(cell_editor, key)
    qtbot.wait(20)


def shown(editor, line_id, month, layer="planned"):
    return editor.model.index(editor.model.row_of(line_id, layer), editor.model.month_col[month]).data()


def test_typing_stores_the_amount_and_enter_moves_down(budget, qtbot):
    editor, ids, path = budget
    view = go(editor, ids["tmall"], "2027-03")
    type_cell(qtbot, view, "1500")
    assert cell(path, ids["tmall"], "2027-03") == 1500
    assert shown(editor, ids["tmall"], "2027-03") == "1,500"
    assert view.currentIndex().row() == editor.model.row_of(ids["tmall"]) + 1
    total_column = editor.model.columnCount() - 1
    assert editor.model.index(editor.model.row_of(ids["tmall"]), total_column).data() == "1,500"
    assert editor.summary.allocated.text() == "CNY 1.5K"


def test_tab_moves_right_and_from_the_line_columns_into_the_months(budget, qtbot):
    editor, ids, path = budget
    view = go(editor, ids["xhs"], "2027-01")
    type_cell(qtbot, view, "7", Qt.Key_Tab)
    assert cell(path, ids["xhs"], "2027-01") == 7
    assert editor.model.month_of(view.currentIndex().column()) == "2027-02"
    editor.grid.go_to(editor.model.row_of(ids["xhs"]), 4)  # the note, last frozen column
    qtbot.keyClick(editor.grid.frozen, Qt.Key_Tab)
    assert editor.grid.table.hasFocus()
    assert editor.model.month_of(editor.grid.selection_model().currentIndex().column()) == "2027-01"


def test_paste_block_from_excel_is_one_undo_step(budget, qtbot):
    editor, ids, path = budget
    stack = window_stack(editor)
    go(editor, ids["tmall"], "2027-01")
    QGuiApplication.clipboard().setText("1,000\t2000\n3000\t\n")
    count = stack.count()
    qtbot.keyClick(editor.grid.table, Qt.Key_V, Qt.ControlModifier)
    assert stack.count() == count + 1
    assert [cell(path, ids["tmall"], m) for m in ("2027-01", "2027-02")] == [1000, 2000]
    assert cell(path, ids["xhs"], "2027-01") == 3000
    stack.undo()
    assert stored(path, "SELECT count(*) FROM budget_cell") == 0
    assert shown(editor, ids["tmall"], "2027-01") == ""
    stack.redo()
    assert stored(path, "SELECT sum(planned) FROM budget_cell") == 6000
    assert shown(editor, ids["xhs"], "2027-01") == "3,000"


def test_paste_with_a_bad_value_changes_nothing(budget, qtbot):
    editor, ids, path = budget
    go(editor, ids["tmall"], "2027-01")
    QGuiApplication.clipboard().setText("10\t-5\n")
    editor.paste()
    assert stored(path, "SELECT count(*) FROM budget_cell") == 0
    assert "2027-02 planned: '-5' is negative" in editor.banner.text()


def test_fill_right_copies_the_first_amount_in_one_step(budget, qtbot):
    editor, ids, path = budget
    editor.edit_cells([(ids["xhs"], "2027-01", "planned", 250)])
    view = go(editor, ids["xhs"], "2027-01")
    row = editor.model.row_of(ids["xhs"])
    last = editor.model.index(row, editor.model.month_col["2027-04"])
    editor.grid.selection_model().select(QItemSelection(view.currentIndex(), last), QItemSelectionModel.ClearAndSelect)
    stack = window_stack(editor)
    count = stack.count()
    qtbot.keyClick(view, Qt.Key_R, Qt.ControlModifier)
    assert [cell(path, ids["xhs"], f"2027-0{m}") for m in range(1, 5)] == [250, 250, 250, 250]
    assert stack.count() == count + 1
    stack.undo()
    assert stored(path, "SELECT count(*) FROM budget_cell") == 1


def test_delete_clears_the_selected_cells_in_one_step(budget, qtbot):
    editor, ids, path = budget
    editor.edit_cells([(ids["xhs"], "2027-01", "planned", 1), (ids["xhs"], "2027-02", "planned", 2)])
    view = go(editor, ids["xhs"], "2027-01")
    row = editor.model.row_of(ids["xhs"])
    selection = editor.grid.selection_model()
    selection.select(editor.model.index(row, editor.model.month_col["2027-02"]), QItemSelectionModel.Select)
    stack = window_stack(editor)
    count = stack.count()
    qtbot.keyClick(view, Qt.Key_Delete)
    assert stored(path, "SELECT count(*) FROM budget_cell") == 0
    assert stack.count() == count + 1
    stack.undo()
    assert stored(path, "SELECT sum(planned) FROM budget_cell") == 3


def test_refused_negative_shows_why_and_changes_nothing(budget, qtbot):
    editor, ids, path = budget
    editor.edit_cells([(ids["tmall"], "2027-03", "planned", 40)])
    stack = window_stack(editor)
    count = stack.count()
    view = go(editor, ids["tmall"], "2027-03")
    type_cell(qtbot, view, "-5")
    assert editor.banner.isVisible()
    assert editor.banner.text() == (
        "Budget line 'E-commerce / 直通车', 2027-03 planned: '-5' is negative; amounts are 0 or more."
    ).replace("E-commerce", "电商平台")
    assert cell(path, ids["tmall"], "2027-03") == 40
    assert shown(editor, ids["tmall"], "2027-03") == "40"
    assert stack.count() == count
    editor.edit_cells([(ids["tmall"], "2027-03", "planned", 41)])
    assert not editor.banner.isVisible()


def test_actual_layer_and_both_layers(budget, qtbot):
    editor, ids, path = budget
    editor.set_layers(("planned", "actual"))
    assert editor.model.rowCount() == 2 * 3 + 2
    view = go(editor, ids["tmall"], "2027-02", "actual")
    type_cell(qtbot, view, "99")
    assert cell(path, ids["tmall"], "2027-02", "actual") == 99
    # spent against no plan: the cell is flagged, with a tooltip
    index = editor.model.index(editor.model.row_of(ids["tmall"], "actual"), editor.model.month_col["2027-02"])
    assert "against no plan" in index.data(Qt.ToolTipRole)
    assert index.data(Qt.BackgroundRole) is not None
    assert editor.layer_box.currentText() == "Planned and actual"


def test_add_edit_and_delete_lines_with_undo(budget, qtbot):
    editor, ids, path = budget
    editor.edit_cells([(ids["xhs"], "2027-05", "planned", 5)])
    go(editor, ids["xhs"], "2027-05")
    editor.delete_lines()
    assert stored(path, "SELECT count(*) FROM budget_line") == 2
    assert editor.model.row_of(ids["xhs"]) == -1
    window_stack(editor).undo()
    assert cell(path, ids["xhs"], "2027-05") == 5
    assert editor.model.row_of(ids["xhs"]) == 1
    editor.add_line()
    assert stored(path, "SELECT count(*) FROM budget_line") == 4
    new_row = editor.grid.selection_model().currentIndex().row()
    assert editor.model.setData(editor.model.index(new_row, 3), "Wang")
    assert stored(path, "SELECT count(*) FROM budget_line WHERE owner = 'Wang'") == 1
    editor.move_line(-1)
    assert stored(path, "SELECT position FROM budget_line WHERE owner = 'Wang'") == 1


def test_envelope_and_reserve_from_the_summary(budget, qtbot):
    editor, ids, path = budget
    editor.edit_cells([(ids["tmall"], "2027-01", "planned", 90_000)])
    editor.edit_plan_value("total_budget", "120,000")
    assert stored(path, "SELECT total_budget FROM plan") == 120_000
    assert editor.summary.unallocated.text() == "CNY 18.0K"
    editor.edit_plan_value("reserve_pct", "50")
    assert editor.summary.unallocated.text() == "CNY 30.0K over the envelope"
    editor.edit_plan_value("reserve_pct", "120")
    assert "is not a percentage from 0 to 99" in editor.banner.text()
    assert stored(path, "SELECT reserve_pct FROM plan") == 50


def test_reopened_file_shows_the_edits(budget, qtbot, window):
    editor, ids, path = budget
    editor.edit_cells([(ids["buzz"], "2027-03", "planned", "12 345")])
    window.close_plan()
    assert window.open_plan(str(path))
    reopened = window.editors["budget"]
    assert shown(reopened, ids["buzz"], "2027-03") == "12,345"


def test_charts_redraw_after_a_pause_only_when_visible(budget, qtbot):
    editor, ids, path = budget
    editor.tabs.setCurrentWidget(editor.charts)
    editor.edit_cells([(ids["tmall"], "2027-01", "planned", 10)])
    qtbot.waitUntil(lambda: editor.charts.draw_count == 1, timeout=5000)
    for value in (11, 12, 13):
        editor.edit_cells([(ids["tmall"], "2027-01", "planned", value)])
    assert editor.charts.draw_count == 1  # typing never waits for a redraw
    qtbot.waitUntil(lambda: editor.charts.draw_count == 2, timeout=5000)
    editor.tabs.setCurrentWidget(editor.summary)
    editor.edit_cells([(ids["tmall"], "2027-01", "planned", 14)])
    qtbot.wait(500)
    assert editor.charts.draw_count == 2 and editor.charts.dirty


def test_problems_panel_finding_opens_the_cell(budget, qtbot, window):
    editor, ids, path = budget
    editor.edit_cells([(ids["tmall"], "2027-02", "planned", 100), (ids["tmall"], "2027-02", "actual", 200)])
    window.problems.refresh(window.document.plan)  # at once, even if the panel defers on a loaded machine
    finding = next(f for f in window.problems.model.findings if f.rule == "budget.cell_variance")
    window.open_finding(finding)
    current = editor.grid.selection_model().currentIndex()
    assert editor.model.month_of(current.column()) == "2027-02"
    assert editor.model.where(current.row())[0]["id"] == ids["tmall"]


def window_stack(editor):
    return editor.document.undo_stack


def test_channel_drop_down_and_renamed_channels_follow(budget, qtbot, window):
    from app.services.plan.changes import Change

    editor, ids, path = budget
    row = editor.model.row_of(ids["xhs"])
    assert editor.model.setData(editor.model.index(row, 0), ids["Search"])
    assert stored(path, "SELECT channel_id FROM budget_line WHERE id = ?", (ids["xhs"],)) == ids["Search"]
    assert editor.model.index(row, 0).data() == "Search"
    window.document.plan.conn.execute("UPDATE channel SET name = 'SEM' WHERE id = ?", (ids["Search"],))
    window.on_change(Change("calendar", "channel", (ids["Search"],), ("name",)))
    assert editor.model.index(editor.model.row_of(ids["xhs"]), 0).data() == "SEM"
    window.document.undo_stack.undo()
    assert editor.model.index(editor.model.row_of(ids["xhs"]), 0).data() == "社交媒体"


def test_read_only_plan_cannot_be_edited(window, plan_path):
    plan = PlanFile.create(plan_path, title="Budget", language="en")
    ids = budget_plan(plan, reserve=10)
    plan.close()
    assert window.open_plan(str(plan_path), read_only=True)
    editor = window.editors["budget"]
    index = editor.model.index(editor.model.row_of(ids["tmall"]), editor.model.month_col["2027-01"])
    assert not index.flags() & Qt.ItemIsEditable
    assert not editor.paste_action.isEnabled() and not editor.add_action.isEnabled()


def test_an_edit_repaints_its_cell_and_sums_only(budget, qtbot):
    editor, ids, path = budget
    model = editor.model
    rects = []
    model.dataChanged.connect(
        lambda top, bottom, roles=(): rects.append((top.row(), top.column(), bottom.row(), bottom.column()))
    )
    editor.edit_cells([(ids["xhs"], "2027-05", "planned", 700)])

    def repainted(row, column):
        return any(r0 <= row <= r1 and c0 <= column <= c1 for r0, c0, r1, c1 in rects)

    row, totals, may = model.row_of(ids["xhs"]), model.line_rows(), model.month_col["2027-05"]
    quarter = model.columnCount() - 1 - len(model.quarters) + 1  # Q2 is the second quarter column
    for cell_row, column in ((row, may), (row, quarter), (row, model.columnCount() - 1), (totals, may)):
        assert repainted(cell_row, column)
    assert not repainted(row, model.month_col["2027-04"]) and not repainted(model.row_of(ids["tmall"]), may)
    assert shown(editor, ids["xhs"], "2027-05") == "700"


def test_summary_shares_and_findings_follow_edits(budget, qtbot):
    editor, ids, path = budget
    shares = editor.summary.shares_model
    first = [shares.item(r, 0) for r in range(shares.rowCount())]
    editor.edit_cells([(ids["tmall"], "2027-01", "planned", 300), (ids["xhs"], "2027-01", "planned", 100)])
    row = next(r for r in range(shares.rowCount()) if shares.item(r, 0).text() == "电商平台")
    assert [shares.item(row, c).text() for c in range(4)] == ["电商平台", "CNY 300", "75.0 %", "30 %"]
    assert shares.item(row, 2).toolTip()  # off its target share: red with a reason
    assert [shares.item(r, 0) for r in range(shares.rowCount())] == first  # updated in place, not rebuilt
    assert editor.summary.allocated.text() == "CNY 400" and editor.summary.allocated.isReadOnly()
    editor.edit_cells([(ids["tmall"], "2027-02", "planned", 100), (ids["tmall"], "2027-02", "actual", 200)])
    assert not hasattr(editor.summary, "findings")  # the Problems panel lists them, not a box of its own
    from app.services.budget import service as budget_service

    finding = next(f for f in budget_service.budget_findings(editor.document.plan) if "2027-02" in f.message)
    editor.go_to_finding(finding)
    current = editor.grid.selection_model().currentIndex()
    assert editor.model.month_of(current.column()) == "2027-02"


def test_narrow_charts_keep_month_labels_apart(budget, qtbot):
    editor, ids, path = budget
    editor.edit_cells([(ids["tmall"], month, "planned", 10) for month in editor.model.months])
    editor.tabs.setCurrentWidget(editor.charts)
    editor.charts.redraw()
    counts = {}
    for width in (2000, 420):
        editor.charts.canvas.resize(width, 240)
        editor.charts.redraw()
        monthly, _donut, versus = editor.charts.figure.axes[:3]
        counts[width] = [len([t for t in ax.get_xticklabels() if t.get_text()]) for ax in (monthly, versus)]
    assert counts[2000] == [12, 12]  # every month when there is room
    assert all(0 < count <= 6 for count in counts[420])  # every other (or fewer) on a narrow canvas
