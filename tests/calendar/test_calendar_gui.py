"""The Campaign calendar editor: dragging bars, phases and edges on the
timeline, zoom, undo/redo, refused dates, and reopening the file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services.calendar import service as svc
from app.services.plan.storage.plan_file import PlanFile
from app.views.calendar.timeline_scale import BAR_TOP, PHASE_TOP, ZOOMS
from tests.calendar_editor_support import build_calendar
from tests.gui_support import stored


@pytest.fixture
def calendar(window, plan_path, monkeypatch):
    """The window showing a plan with two campaigns on the calendar canvas."""
    immediate_problems(monkeypatch)
    plan = PlanFile.create(plan_path, title="Calendar")
    ids = build_calendar(plan)
    plan.close()
    assert window.open_plan(str(plan_path))
    window.resize(1280, 860)
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    editor.timeline.set_zoom("week")
    QApplication.processEvents()
    return window, editor, ids


def immediate_problems(monkeypatch) -> None:
    """Problems refresh at once after each edit: a refresh deferred on a busy
    machine could otherwise fire after the test closed the plan."""
    from app.views.shell.problems_panel import ProblemsPanel

    monkeypatch.setattr(ProblemsPanel, "QUICK_SECONDS", 60.0)


def _row(editor, campaign_id):
    return editor.proxy.proxy_row_of(campaign_id)


def _point(timeline, campaign_id, day: str, lower: bool = False) -> QPoint:
    """Where on the timeline a campaign's row meets *day* (name strip or phase strip)."""
    date = dt.date.fromisoformat(day)
    timeline.scroll_to_date(date)
    row = timeline.campaigns.proxy_row_of(campaign_id)
    timeline.ensure_row_visible(row)
    x = timeline.x_of(date) + timeline.scale.day_width / 2
    y = timeline.row_top(row) + (PHASE_TOP + 3 if lower else BAR_TOP + 3)
    return QPoint(int(x), int(y))


def _drag(timeline, start: QPoint, dx: float, steps: int = 4) -> None:
    viewport = timeline.viewport()
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + QPoint(int(dx * i / steps), 0))
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, start + QPoint(int(dx), 0))


def _dates(window, campaign_id):
    campaign = svc.get_campaign(window.document.plan, campaign_id)
    return campaign["start_date"], campaign["end_date"], [(p["start_date"], p["end_date"]) for p in campaign["phases"]]


def test_dragging_a_bar_moves_the_campaign_and_its_phases_as_one_undo_step(calendar):
    window, editor, ids = calendar
    timeline, stack = editor.timeline, window.document.undo_stack
    before = _dates(window, ids["d11"])
    start = _point(timeline, ids["d11"], "2027-10-24")
    _drag(timeline, start, 5 * timeline.scale.day_width, steps=10)
    assert stack.count() == 1
    assert _dates(window, ids["d11"])[:2] == ("2027-10-25", "2027-11-20")
    assert _dates(window, ids["d11"])[2][0] == ("2027-10-25", "2027-11-05")
    assert stored(window.document.plan.path, "SELECT date FROM milestone WHERE id = ?", (ids["stock"],)) == "2027-10-30"
    assert editor.model.campaign(ids["d11"])["start_date"] == "2027-10-25"  # the table shows it
    stack.undo()
    assert _dates(window, ids["d11"]) == before
    stack.redo()
    assert _dates(window, ids["d11"])[:2] == ("2027-10-25", "2027-11-20")


def test_the_drag_is_previewed_and_committed_only_on_release(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    start = _point(timeline, ids["d11"], "2027-10-24")
    QTest.mousePress(timeline.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(timeline.viewport(), start + QPoint(int(3 * timeline.scale.day_width), 0))
    assert timeline.drag is not None and timeline.drag.days == 3
    assert _dates(window, ids["d11"])[0] == "2027-10-20"  # nothing stored yet
    assert window.document.undo_stack.count() == 0
    QTest.mouseRelease(timeline.viewport(), Qt.LeftButton, Qt.NoModifier, start)  # back where it started
    assert window.document.undo_stack.count() == 0
    assert _dates(window, ids["d11"])[0] == "2027-10-20"


def test_dragging_the_end_edge_resizes_the_campaign_only(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    phases = _dates(window, ids["d11"])[2]
    end = dt.date(2027, 11, 15)
    timeline.scroll_to_date(end)
    row = _row(editor, ids["d11"])
    edge = QPoint(int(timeline.x_of(end) + timeline.scale.day_width - 1), timeline.row_top(row) + BAR_TOP + 3)
    _drag(timeline, edge, 4 * timeline.scale.day_width)
    assert _dates(window, ids["d11"]) == ("2027-10-20", "2027-11-19", phases)
    window.document.undo_stack.undo()
    assert _dates(window, ids["d11"])[:2] == ("2027-10-20", "2027-11-15")


def test_dragging_the_start_edge_back_makes_the_campaign_longer(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    start = dt.date(2027, 3, 1)
    timeline.scroll_to_date(start)
    edge = QPoint(int(timeline.x_of(start) + 1), timeline.row_top(_row(editor, ids["spring"])) + BAR_TOP + 3)
    _drag(timeline, edge, -10 * timeline.scale.day_width)
    assert _dates(window, ids["spring"])[:2] == ("2027-02-19", "2027-03-31")


def test_dragging_a_phase_moves_that_phase_only(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    point = _point(timeline, ids["d11"], "2027-11-05", lower=True)
    _drag(timeline, point, -2 * timeline.scale.day_width)
    start, end, phases = _dates(window, ids["d11"])
    assert (start, end) == ("2027-10-20", "2027-11-15")
    assert phases == [("2027-10-20", "2027-10-31"), ("2027-10-30", "2027-11-09"), ("2027-11-12", "2027-11-15")]
    assert window.document.undo_stack.count() == 1


def test_dragging_a_phase_edge_resizes_the_phase(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    day = dt.date(2027, 11, 11)
    timeline.scroll_to_date(day)
    row = _row(editor, ids["d11"])
    edge = QPoint(int(timeline.x_of(day) + timeline.scale.day_width - 1), timeline.row_top(row) + PHASE_TOP + 3)
    _drag(timeline, edge, 1 * timeline.scale.day_width)
    assert _dates(window, ids["d11"])[2][1] == ("2027-11-01", "2027-11-12")


def test_zoom_levels_change_the_day_width_and_keep_the_dates(calendar):
    _window, editor, _ids = calendar
    timeline = editor.timeline
    timeline.scroll_to_date(dt.date(2027, 6, 15))
    for zoom in ("quarter", "month", "week"):
        editor.zoom_box.setCurrentIndex(editor.zoom_box.findData(zoom))
        editor.zoom_box.activated.emit(editor.zoom_box.currentIndex())
        assert timeline.scale.day_width == ZOOMS[zoom]
        middle = timeline.date_at_x((timeline.viewport().width() + 220) / 2)
        assert abs((middle - dt.date(2027, 6, 15)).days) <= 2
    assert timeline.scale.width > 365 * ZOOMS["week"]
    wheel = QWheelEvent(
        QPointF(400, 200),
        QPointF(400, 200),
        QPoint(),
        QPoint(0, 120),
        Qt.NoButton,
        Qt.ControlModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(timeline.viewport(), wheel)  # Ctrl+wheel up: zoom in from week stays at week
    assert timeline.zoom == "week"
    wheel = QWheelEvent(
        QPointF(400, 200),
        QPointF(400, 200),
        QPoint(),
        QPoint(0, -120),
        Qt.NoButton,
        Qt.ControlModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(timeline.viewport(), wheel)
    assert timeline.zoom == "month"
    assert editor.zoom_box.currentData() == "month"


def test_end_before_start_in_the_table_is_refused_with_the_message_shown(calendar):
    window, editor, ids = calendar
    index = editor.proxy.index(_row(editor, ids["d11"]), 4)  # End
    from PySide6.QtCore import QDate

    assert not editor.proxy.setData(index, QDate(2027, 10, 1))
    assert editor.banner.isVisible()
    assert "the end 2027-10-01 is before the start 2027-10-20" in editor.banner.text()
    assert _dates(window, ids["d11"])[1] == "2027-11-15"
    assert window.document.undo_stack.count() == 0
    assert editor.proxy.index(index.row(), 4).data() == "15 Nov 2027"


def test_table_edits_are_undoable_and_survive_reopening(calendar, plan_path):
    window, editor, ids = calendar
    row = _row(editor, ids["spring"])
    assert editor.proxy.setData(editor.proxy.index(row, 0), "Spring tea launch")
    assert editor.proxy.setData(editor.proxy.index(row, 1), "live")
    assert editor.proxy.index(_row(editor, ids["spring"]), 1).data() == "Live"
    window.document.undo_stack.undo()
    assert stored(plan_path, "SELECT status FROM campaign WHERE id = ?", (ids["spring"],)) == "idea"
    window.document.undo_stack.redo()
    point = _point(editor.timeline, ids["spring"], "2027-03-10")
    _drag(editor.timeline, point, 2 * editor.timeline.scale.day_width)
    window.close_plan()
    assert window.open_plan(str(plan_path))
    editor = window.editors["calendar"]
    campaign = editor.model.campaign(ids["spring"])
    assert (campaign["name"], campaign["status"], campaign["start_date"]) == ("Spring tea launch", "live", "2027-03-03")


def test_add_and_delete_campaign_with_undo(calendar):
    window, editor, ids = calendar
    assert editor.add_campaign()
    new_id = editor.selected_id
    assert editor.model.campaign(new_id)["name"] == "New campaign"
    assert editor.timeline.campaigns.rowCount() == 3
    editor.select_campaign(ids["d11"])
    assert editor.delete_selected()
    assert editor.model.campaign(ids["d11"]) is None
    window.document.undo_stack.undo()
    restored = editor.model.campaign(ids["d11"])
    assert len(restored["phases"]) == 3 and restored["channels"] == [ids["ecommerce"], ids["social"]]
    window.document.undo_stack.undo()
    assert editor.model.campaign(new_id) is None


def test_five_thousand_campaigns_open_and_scroll(window, plan_path, monkeypatch):
    from tests.calendar_editor_support import bulk_campaigns

    immediate_problems(monkeypatch)
    plan = PlanFile.create(plan_path, title="Big")
    bulk_campaigns(plan, 5000)
    plan.close()
    assert window.open_plan(str(plan_path))
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    timeline = window.editors["calendar"].timeline
    QApplication.processEvents()
    bar = timeline.verticalScrollBar()
    assert bar.maximum() > 100_000
    import time

    began = time.perf_counter()
    for step in range(20):
        bar.setValue(step * bar.maximum() // 20)
        timeline.viewport().grab()
    per_frame = (time.perf_counter() - began) / 20
    assert len(timeline.visible_rows()) < 40
    assert per_frame < 0.25, f"{per_frame * 1000:.0f} ms per frame"


def test_keyboard_selects_rows_and_moves_the_selected_campaign(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key_Down)
    assert editor.selected_id == ids["d11"]
    QTest.keyClick(timeline, Qt.Key_Down)
    assert editor.selected_id == ids["spring"]
    QTest.keyClick(timeline, Qt.Key_Right, Qt.AltModifier)
    QTest.keyClick(timeline, Qt.Key_Left, Qt.AltModifier | Qt.ShiftModifier)
    assert _dates(window, ids["spring"])[:2] == ("2027-02-23", "2027-03-25")
    assert window.document.undo_stack.count() == 2
    QTest.keyClick(timeline, Qt.Key_Minus)
    assert timeline.zoom == "month"


def test_a_read_only_plan_cannot_be_dragged(window, plan_path, monkeypatch):
    immediate_problems(monkeypatch)
    plan = PlanFile.create(plan_path, title="Calendar")
    ids = build_calendar(plan)
    plan.close()
    assert window.open_plan(str(plan_path), read_only=True)
    editor = window.editors["calendar"]
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor.timeline.set_zoom("week")
    _drag(editor.timeline, _point(editor.timeline, ids["d11"], "2027-10-24"), 5 * editor.timeline.scale.day_width)
    assert editor.model.campaign(ids["d11"])["start_date"] == "2027-10-20"
    assert window.document.undo_stack.count() == 0
    assert not editor.add_button.isEnabled()
    assert not editor.proxy.flags(editor.proxy.index(0, 0)) & Qt.ItemIsEditable


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pixels=st.integers(-400, 400), zoom=st.sampled_from(list(ZOOMS)))
def test_a_drag_moves_by_the_snapped_number_of_days(calendar, pixels, zoom):
    window, editor, ids = calendar
    timeline = editor.timeline
    timeline.set_zoom(zoom)
    start = _point(timeline, ids["d11"], "2027-11-03")
    _drag(timeline, start, pixels, steps=3)
    days = round(int(pixels) / timeline.scale.day_width)
    expected = (dt.date(2027, 10, 20) + dt.timedelta(days=days)).isoformat()
    assert _dates(window, ids["d11"])[0] == expected
    assert window.document.undo_stack.count() == (1 if days else 0)
    if days:
        window.document.undo_stack.undo()
        window.document.undo_stack.clear()
    assert _dates(window, ids["d11"])[0] == "2027-10-20"
