"""Channels in Budget › Summary › Channels as a user drives them: add on an
empty plan then add a budget line, rename (calendar filter and detail,
forecast follow), delete that asks first and undo that brings everything
back, and the file after reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.services.calendar import service as calendar_service
from app.services.exchange import json_exchange
from app.services.forecast import service as forecast_service
from app.services.overview import service as overview_service
from app.services.plan.storage.plan_file import PlanFile
from tests.budget_support import budget_plan
from tests.gui_support import stored_rows as stored


def show(window, key):
    window.navigator.setCurrentRow(list(window.editors).index(key))
    return window.editors[key]


def names(editor) -> list[str]:
    model = editor.summary.shares_model
    return [model.item(row, 0).text() for row in range(model.rowCount())]


def exported(path) -> dict:
    with PlanFile.open(path, read_only=True) as plan:
        document = json_exchange.export_plan(plan.conn)
    document["plan"].pop("modified_at")
    return document


def type_into(qtbot, editor, channel_id, column, text):
    """Double-click a channel cell, type *text* and press Enter, as a user would."""
    view = editor.summary.shares
    view.closePersistentEditor(view.currentIndex())
    editor.summary.select_channel(channel_id, column)
    view.setFocus()
    view.edit(view.currentIndex())
    field = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Return)
    qtbot.wait(20)


@pytest.fixture
def busy(window, plan_path):
    """A plan whose social channel has two budget lines, a campaign and forecast inputs."""
    plan = PlanFile.create(plan_path, title="Channels", language="en")
    ids = budget_plan(plan)
    calendar_service.set_campaign_channels(plan, ids["launch"], [ids["社交媒体"], ids["Search"]])
    forecast_service.set_input(plan, ids["社交媒体"], "cac", 12)
    plan.close()
    assert window.open_plan(str(plan_path))
    yield ids
    timer = getattr(window.problems, "_timer", None)
    if timer is not None:
        timer.stop()


def test_empty_plan_gets_a_channel_then_a_budget_line(window, plan_path, qtbot):
    plan = PlanFile.create(plan_path, title="Blank", language="en")
    overview_service.set_period(plan, "2027-01-01", "2027-12-31")
    plan.close()
    assert window.open_plan(str(plan_path))
    editor = show(window, "budget")
    assert "Summary › Channels" in editor.empty_hint.text()
    assert editor.summary.channel_buttons["standard"].isVisibleTo(editor)
    editor.summary.channel_buttons["add"].click()
    assert names(editor) == ["New channel"]
    type_into(qtbot, editor, editor.summary.current_channel_id(), 0, "Douyin")
    assert stored(plan_path, "SELECT name FROM channel") == [("Douyin",)]
    assert not editor.summary.channel_buttons["standard"].isVisibleTo(editor)
    channel_id = editor.summary.current_channel_id()
    type_into(qtbot, editor, channel_id, 3, "25")
    type_into(qtbot, editor, channel_id, 5, "#2e86ab")
    assert stored(plan_path, "SELECT target_share_pct, color FROM channel") == [(25.0, "#2E86AB")]
    editor.add_line()
    assert stored(plan_path, "SELECT channel_id FROM budget_line") == [(channel_id,)]
    window.document.undo_stack.undo()  # the line
    window.document.undo_stack.undo()  # the colour: one step per cell edit
    assert stored(plan_path, "SELECT target_share_pct, color FROM channel") == [(25.0, None)]
    window.close_plan()
    assert window.open_plan(str(plan_path))  # reopened: the channel is there, the line is not
    editor = show(window, "budget")
    assert names(editor) == ["Douyin"] and editor.model.grid.lines == []
    assert editor.summary.shares_model.item(0, 3).text() == "25 %"


def test_refused_values_show_in_the_banner_and_change_nothing(busy, window, plan_path, qtbot):
    editor = show(window, "budget")
    type_into(qtbot, editor, busy["Search"], 0, "offline")
    assert "already a channel named 'Offline'" in editor.banner.text()
    type_into(qtbot, editor, busy["Search"], 3, "140")
    assert "Target share" in editor.banner.text()
    assert stored(plan_path, "SELECT name, target_share_pct FROM channel WHERE id = ?", (busy["Search"],)) == [
        ("Search", 15.0)
    ]
    assert names(editor)[2] == "Search"


def test_standard_channels_and_moving(window, plan_path, qtbot):
    plan = PlanFile.create(plan_path, title="Blank", language="zh")
    plan.close()
    assert window.open_plan(str(plan_path))
    editor = show(window, "budget")
    editor.summary.channel_buttons["standard"].click()
    assert names(editor) == ["社交媒体", "电商平台", "搜索引擎", "线下渠道"]
    editor.summary.select_channel(editor.summary.shares_model.item(3, 0).data(Qt.UserRole))
    editor.summary.channel_buttons["up"].click()
    assert names(editor) == ["社交媒体", "电商平台", "线下渠道", "搜索引擎"]
    assert editor.summary.current_channel_id() == editor.summary.shares_model.item(2, 0).data(Qt.UserRole)
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert names(editor) == [] and editor.summary.channel_buttons["standard"].isVisibleTo(editor)


def test_rename_shows_in_calendar_filter_and_detail_and_forecast(busy, window, qtbot):
    calendar = show(window, "calendar")
    forecast = show(window, "forecast")
    editor = show(window, "budget")
    type_into(qtbot, editor, busy["社交媒体"], 0, "Social")
    box = calendar.filters.boxes["channel"]
    assert "Social" in [box.itemText(i) for i in range(box.count())]
    calendar.select_campaign(busy["launch"])
    detail = calendar.detail.channels
    assert "Social" in [detail.item(i).text() for i in range(detail.count())]
    assert "Social" in [row.channel for row in forecast.model.rows]
    window.document.undo_stack.undo()
    assert "社交媒体" in [box.itemText(i) for i in range(box.count())]
    assert "社交媒体" in [row.channel for row in forecast.model.rows]


def test_delete_asks_what_goes_and_undo_restores_everything(busy, window, plan_path, qtbot):
    calendar = show(window, "calendar")
    forecast = show(window, "forecast")
    editor = show(window, "budget")
    before = exported(plan_path)
    editor.summary.select_channel(busy["社交媒体"])
    window.dialog_log.answer_confirm = False
    editor.summary.channel_buttons["delete"].click()
    asked = window.dialog_log.confirmations[-1]
    assert "社交媒体" in asked and "2 budget line(s)" in asked and "1 campaign(s)" in asked and "forecast" in asked
    assert exported(plan_path) == before  # cancelled: nothing changed
    window.dialog_log.answer_confirm = True
    editor.summary.channel_buttons["delete"].click()
    assert "社交媒体" not in names(editor)
    assert stored(plan_path, "SELECT COUNT(*) FROM budget_line") == [(1,)]
    box = calendar.filters.boxes["channel"]
    assert "社交媒体" not in [box.itemText(i) for i in range(box.count())]
    assert "社交媒体" not in [row.channel for row in forecast.model.rows]
    window.document.undo_stack.undo()  # one step brings all of it back
    assert exported(plan_path) == before
    assert "社交媒体" in names(editor) and editor.model.rowCount() > 0
    assert "社交媒体" in [box.itemText(i) for i in range(box.count())]
    assert "社交媒体" in [row.channel for row in forecast.model.rows]
    window.document.undo_stack.redo()
    assert "社交媒体" not in names(editor)
    window.close_plan()
    after = exported(plan_path)
    assert [c["name"] for c in after["channel"]] == ["电商平台", "Search", "Offline"]
    assert not [link for link in after["campaign_channel"] if link["channel_id"] == busy["社交媒体"]]


def test_unused_channel_is_deleted_without_asking(busy, window, plan_path):
    editor = show(window, "budget")
    editor.summary.select_channel(busy["Offline"])
    editor.summary.channel_buttons["delete"].click()
    assert window.dialog_log.confirmations == []
    assert "Offline" not in names(editor)


@pytest.fixture
def chinese(qapp):
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def test_refused_channel_edits_read_in_chinese(new_plan, chinese):
    from app.services.budget import channels as channel_service
    from app.services.plan.errors import EditRefused
    from app.views.common.message_text import message_text

    channel_id = channel_service.add_channel(new_plan, "抖音").ids[0]
    channel_service.add_channel(new_plan, "小红书")
    messages = []
    for field, value in (("name", " "), ("name", "小红书"), ("target_share_pct", "120"), ("color", "red")):
        with pytest.raises(EditRefused) as refused:
            channel_service.update_channel(new_plan, channel_id, field, value)
        messages.append(message_text(refused.value))
    assert messages == [
        "渠道名称不能为空。",
        "已有名为“小红书”的渠道。",
        "目标占比必须是 0 到 100 之间的数字（百分比），或留空。",
        "渠道颜色必须是类似 #2E86AB 的颜色值，或留空。",
    ]
