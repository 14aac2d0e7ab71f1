"""The Campaign calendar editor: the filter (table and timeline), the month
grid, the detail panel (channels, personas, colour, phases, milestones) and
the Problems-panel jump."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.calendar import service as svc
from app.services.plan.storage.plan_file import PlanFile
from tests.calendar_editor_support import build_calendar
from tests.gui_support import stored


@pytest.fixture
def calendar(window, plan_path, monkeypatch):
    """The window showing a plan with two campaigns on the calendar canvas."""
    from app.views.shell.problems_panel import ProblemsPanel

    # Problems refresh at once: a refresh deferred on a busy machine could fire on a closed plan.
    monkeypatch.setattr(ProblemsPanel, "QUICK_SECONDS", 60.0)
    plan = PlanFile.create(plan_path, title="Calendar")
    ids = build_calendar(plan)
    plan.close()
    assert window.open_plan(str(plan_path))
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    QApplication.processEvents()
    return window, editor, ids


def _timeline_names(editor) -> list[str]:
    timeline = editor.timeline
    return [timeline.campaigns.campaign_at(row)["name"] for row in timeline.visible_rows()]


def _table_names(editor) -> list[str]:
    return [editor.proxy.index(row, 0).data() for row in range(editor.proxy.rowCount())]


@pytest.mark.parametrize(
    ("criterion", "value", "expected"),
    [
        ("status", "planned", ["双11 大促"]),
        ("owner", "Chen", ["Spring launch"]),
        ("channel", "ecommerce", ["双11 大促"]),
        ("persona", "office", ["Spring launch"]),
    ],
)
def test_the_filter_hides_rows_in_the_table_and_the_timeline(calendar, criterion, value, expected):
    _window, editor, ids = calendar
    assert sorted(_timeline_names(editor)) == ["Spring launch", "双11 大促"]
    editor.filters.choose(criterion, ids.get(value, value))
    assert _table_names(editor) == expected
    assert _timeline_names(editor) == expected
    assert editor.filters.count.text() == "1 of 2"
    editor.filters.clear()
    assert len(_timeline_names(editor)) == 2


def test_the_search_text_filters_and_the_filter_survives_an_edit(calendar):
    window, editor, ids = calendar
    editor.filters.search.setText("spring")
    assert _table_names(editor) == ["Spring launch"]
    row = editor.proxy.proxy_row_of(ids["spring"])
    assert editor.proxy.setData(editor.proxy.index(row, 2), "Wang")  # owner
    assert _timeline_names(editor) == ["Spring launch"]
    assert editor.filters.boxes["owner"].findData("Wang") > 0  # the owner list follows the edit


def test_the_month_grid_lists_campaigns_phases_milestones_and_key_dates(calendar):
    window, editor, ids = calendar
    assert editor.key_dates_panel.add_brand_day(dt.date(2027, 10, 25))
    model = editor.key_dates_panel.model
    assert model.setData(model.index(0, 1), "Member day")
    editor.views.setCurrentWidget(editor.month_grid)
    editor.month_grid.show_month(2027, 10)
    assert editor.month_grid.title.text() == "October 2027"
    entries = editor.month_grid.entries_on(dt.date(2027, 10, 25))
    assert entries == ["Warm-up · 双11 大促", "◆ Stock-in", "Member day"]  # work first: a small cell hides the rest
    editor.month_grid.next_button.click()
    assert editor.month_grid.title.text() == "November 2027"
    assert "Launch · 双11 大促" in editor.month_grid.entries_on(dt.date(2027, 11, 11))
    editor.month_grid.next_button.click()
    assert editor.month_grid.entries_on(dt.date(2027, 12, 20)) == ["◆ Year review"]
    editor.month_grid.previous_button.click()
    editor.filters.choose("status", "idea")  # the filter applies to the month grid too
    assert "Launch · 双11 大促" not in editor.month_grid.entries_on(dt.date(2027, 11, 11))
    assert not editor.month_grid.canvas.grab().isNull()


def test_key_dates_are_added_hidden_and_deleted_with_undo(calendar):
    window, editor, _ids = calendar
    panel, stack = editor.key_dates_panel, window.document.undo_stack
    assert panel.add_presets()
    names = [r["name"] for r in panel.model.rows]
    assert "Singles' Day (11.11)" in names or "双11" in names
    assert any(r["kind"] == "holiday" for r in panel.model.rows)
    assert stack.count() == 1
    count = len(panel.model.rows)
    assert len(editor.timeline.key_dates) == count
    assert panel.model.setData(panel.model.index(0, 0), Qt.Unchecked.value, Qt.CheckStateRole)
    assert len(editor.timeline.key_dates) == count - 1  # a hidden key date is not marked
    panel.table.selectRow(1)
    assert panel.delete_selected()
    assert len(panel.model.rows) == count - 1
    stack.undo()
    stack.undo()
    assert len(editor.timeline.key_dates) == count
    stack.undo()
    assert panel.model.rows == []
    stack.redo()
    assert len(panel.model.rows) == count
    assert not panel.add_presets() or stack.count() == 1  # nothing new: no second undo step


def test_detail_panel_edits_channels_colour_and_phases_with_undo(calendar):
    window, editor, ids = calendar
    stack, path = window.document.undo_stack, window.document.plan.path
    editor.select_campaign(ids["spring"])
    detail = editor.detail
    assert detail.title.text() == "Spring launch"
    item = next(
        detail.channels.item(i)
        for i in range(detail.channels.count())
        if detail.channels.item(i).data(Qt.UserRole) == ids["ecommerce"]
    )
    item.setCheckState(Qt.Checked)
    assert svc.get_campaign(window.document.plan, ids["spring"])["channels"] == [ids["social"], ids["ecommerce"]]
    stack.undo()
    assert svc.get_campaign(window.document.plan, ids["spring"])["channels"] == [ids["social"]]
    window.dialog_log.color = "#2e9d57"
    detail.choose_color()
    assert stored(path, "SELECT color FROM campaign WHERE id = ?", (ids["spring"],)) == "#2E9D57"
    detail.add_phase_button.click()
    phases = svc.get_campaign(window.document.plan, ids["spring"])["phases"]
    assert [(p["kind"], p["start_date"], p["end_date"]) for p in phases] == [("warm_up", "2027-03-01", "2027-03-07")]
    assert detail.phases.rowCount() == 1
    assert detail.phases.setData(detail.phases.index(0, 1), "Seeding")
    assert detail.phases.index(0, 1).data() == "Seeding"
    stack.undo()
    stack.undo()
    assert svc.get_campaign(window.document.plan, ids["spring"])["phases"] == []
    assert detail.phases.rowCount() == 0


def test_phase_end_before_start_in_the_detail_panel_is_refused(calendar):
    window, editor, ids = calendar
    from PySide6.QtCore import QDate

    editor.select_campaign(ids["d11"])
    detail = editor.detail
    assert not detail.phases.setData(detail.phases.index(1, 3), QDate(2027, 10, 1))
    assert "Phase 'launch' of campaign '双11 大促': the end 2027-10-01 is before the start 2027-11-01." in (
        editor.banner.text()
    )
    assert svc.get_campaign(window.document.plan, ids["d11"])["phases"][1]["end_date"] == "2027-11-11"


def test_milestones_are_added_and_removed_in_the_detail_panel(calendar):
    window, editor, ids = calendar
    editor.select_campaign(ids["d11"])
    detail = editor.detail
    detail.add_milestone_button.click()
    assert [m["name"] for m in svc.get_campaign(window.document.plan, ids["d11"])["milestones"]] == [
        "Stock-in",
        "New milestone",
    ]
    detail.milestone_table.selectRow(0)
    detail.remove_milestone_button.click()
    assert [m["name"] for m in editor.model.campaign(ids["d11"])["milestones"]] == ["New milestone"]
    window.document.undo_stack.undo()
    assert [m["name"] for m in editor.model.campaign(ids["d11"])["milestones"]] == ["Stock-in", "New milestone"]


def test_clicking_a_bar_selects_the_campaign_and_focus_field_finds_a_phase(calendar):
    _window, editor, ids = calendar
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    timeline = editor.timeline
    timeline.scroll_to_date(dt.date(2027, 3, 15))
    row = editor.proxy.proxy_row_of(ids["spring"])
    point = QPoint(int(timeline.x_of(dt.date(2027, 3, 15))), timeline.row_top(row) + 10)
    QTest.mouseClick(timeline.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert editor.selected_id == ids["spring"]
    assert editor.table.currentIndex().row() == row
    editor.filters.choose("status", "idea")  # hides 双11
    editor.focus_field("end_date", ids["launch"])
    assert editor.selected_id == ids["d11"]
    assert editor.table.currentIndex().column() == 4
    assert editor.proxy.rowCount() == 2  # the filter was cleared to show it


def test_the_demo_plan_calendar_paints_in_every_zoom(window):
    assert window.open_demo()
    editor = window.editors["calendar"]
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    assert editor.model.rowCount() >= 6
    for zoom in ("week", "month", "quarter"):
        editor.timeline.set_zoom(zoom)
        assert not editor.timeline.viewport().grab().isNull()
    assert editor.timeline.key_dates  # festivals and brand days are marked


def test_every_refused_calendar_edit_reads_in_chinese(qapp, new_plan):
    from app.services.plan.errors import EditRefused
    from app.views.common import translations
    from app.views.common.message_text import message_text

    ids = build_calendar(new_plan)
    attempts = [
        lambda: svc.update_campaign(new_plan, ids["d11"], "end_date", "2027-01-01"),
        lambda: svc.update_campaign(new_plan, ids["d11"], "start_date", "2027-02-30"),
        lambda: svc.update_campaign(new_plan, ids["d11"], "status", "paused"),
        lambda: svc.update_campaign(new_plan, ids["d11"], "color", "red"),
        lambda: svc.update_campaign(new_plan, ids["d11"], "objective", "x" * 5001),
        lambda: svc.update_campaign(new_plan, ids["d11"], "owner", 3),
        lambda: svc.set_phase_dates(new_plan, ids["launch"], "2027-11-05", "2027-11-01"),
        lambda: svc.update_phase(new_plan, ids["launch"], "kind", "teaser"),
        lambda: svc.update_phase(new_plan, ids["launch"], "end_date", "soon"),
        lambda: svc.update_milestone(new_plan, ids["stock"], "date", "2027-13-01"),
        lambda: svc.move_campaign(new_plan, svc.add_campaign(new_plan, {"name": "x"}).ids[0], 3),
        lambda: svc.move_campaign(new_plan, ids["d11"], 99_999),
        lambda: svc.update_campaign(new_plan, "gone", "name", "x"),
        lambda: svc.update_phase(new_plan, "gone", "name", "x"),
        lambda: svc.update_milestone(new_plan, "gone", "name", "x"),
        lambda: svc.set_campaign_channels(new_plan, ids["d11"], ["gone"]),
        lambda: svc.set_campaign_personas(new_plan, ids["d11"], ["gone"]),
    ]
    assert translations.install_language("zh")
    try:
        for attempt in attempts:
            with pytest.raises(EditRefused) as refused:
                attempt()
            english = str(refused.value)
            chinese = message_text(refused.value)
            assert chinese != english and any("\u4e00" <= c <= "\u9fff" for c in chinese), english
            assert not any(word in chinese for word in ("the end", "the start", "must be", " is ")), chinese
        with pytest.raises(EditRefused) as refused:
            svc.update_campaign(new_plan, ids["d11"], "end_date", "2027-01-01")
        assert message_text(refused.value) == "营销活动“双11 大促”：结束日期 2027-01-01 早于开始日期 2027-10-20。"
        with pytest.raises(EditRefused) as refused:
            svc.update_campaign(new_plan, ids["d11"], "owner", 3)
        assert message_text(refused.value) == "营销活动“双11 大促”：负责人不是文字。"
    finally:
        translations.install_language("en")


def test_sorting_the_table_orders_the_timeline_rows_too(calendar):
    _window, editor, _ids = calendar
    assert _timeline_names(editor) == ["双11 大促", "Spring launch"]  # plan order at first
    editor.table.sortByColumn(3, Qt.AscendingOrder)  # by start
    assert _table_names(editor) == ["Spring launch", "双11 大促"]
    assert _timeline_names(editor) == ["Spring launch", "双11 大促"]
    editor.table.sortByColumn(1, Qt.DescendingOrder)  # by status, in workflow order
    assert _timeline_names(editor) == ["双11 大促", "Spring launch"]


def test_double_clicking_a_bar_opens_its_name_for_editing(calendar):
    _window, editor, ids = calendar
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    timeline = editor.timeline
    timeline.scroll_to_date(dt.date(2027, 3, 15))
    row = editor.proxy.proxy_row_of(ids["spring"])
    point = QPoint(int(timeline.x_of(dt.date(2027, 3, 15))), timeline.row_top(row) + 10)
    QTest.mouseDClick(timeline.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert editor.selected_id == ids["spring"]
    assert editor.table.state() == QAbstractItemView.EditingState
    assert editor.table.findChild(QLineEdit).text() == "Spring launch"
