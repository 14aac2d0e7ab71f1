"""The timeline's context menu (right click, Menu key, Shift+F10) and the
incremental update of the campaign list when a campaign is added or deleted:
each menu action is one undo step, and adding or deleting keeps the
selection and the scroll position."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services.calendar import service as svc
from app.services.plan.storage.plan_file import PlanFile
from app.views.calendar.timeline_scale import BAR_TOP, HEADER_H, ROW_H
from tests.calendar_editor_support import build_calendar, bulk_campaigns
from tests.gui_support import stored


def _open(window, plan_path, monkeypatch, build):
    from app.views.shell.problems_panel import ProblemsPanel

    monkeypatch.setattr(ProblemsPanel, "QUICK_SECONDS", 60.0)
    plan = PlanFile.create(plan_path, title="Calendar")
    ids = build(plan)
    plan.close()
    assert window.open_plan(str(plan_path))
    window.resize(1280, 860)
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    editor.timeline.set_zoom("week")
    QApplication.processEvents()
    return editor, ids


@pytest.fixture
def calendar(window, plan_path, monkeypatch):
    """The window showing two campaigns on the calendar canvas."""
    editor, ids = _open(window, plan_path, monkeypatch, build_calendar)
    return window, editor, ids


def _right_click(timeline, pos: QPoint) -> None:
    """Send the context-menu event a right click sends."""
    viewport = timeline.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, pos, viewport.mapToGlobal(pos)))


def _bar_point(timeline, campaign_id: str, day: str) -> QPoint:
    date = dt.date.fromisoformat(day)
    timeline.scroll_to_date(date)
    row = timeline.campaigns.proxy_row_of(campaign_id)
    timeline.ensure_row_visible(row)
    return QPoint(int(timeline.x_of(date) + timeline.scale.day_width / 2), timeline.row_top(row) + BAR_TOP + 3)


def _action(menu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, name
    return action


def _choose(menu, name: str) -> None:
    """Choose a menu entry as a click does: the action runs, the menu closes."""
    _action(menu, name).trigger()
    menu.close()
    QApplication.processEvents()


def _menu(editor):
    menu = editor.context_menu
    assert menu is not None and menu.isVisible()
    return menu


def test_right_click_on_a_bar_adds_a_phase_as_one_undo_step(calendar):
    window, editor, ids = calendar
    stack = window.document.undo_stack
    pos = _bar_point(editor.timeline, ids["spring"], "2027-03-10")
    _right_click(editor.timeline, pos)
    menu = _menu(editor)
    assert menu.objectName() == "calendar-campaign-menu"
    assert editor.selected_id == ids["spring"]
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Edit details", "Add phase", "Add milestone on 10 Mar 2027", "Change status", "Delete campaign"]
    depth = stack.count()
    _choose(menu, "menu-add-phase")
    phases = svc.get_campaign(window.document.plan, ids["spring"])["phases"]
    assert [(p["kind"], p["start_date"], p["end_date"]) for p in phases] == [("warm_up", "2027-03-01", "2027-03-07")]
    assert stack.count() == depth + 1
    stack.undo()
    assert svc.get_campaign(window.document.plan, ids["spring"])["phases"] == []
    stack.redo()
    assert len(editor.model.campaign(ids["spring"])["phases"]) == 1


def test_menu_adds_a_milestone_on_the_clicked_day_and_changes_the_status(calendar, plan_path):
    window, editor, ids = calendar
    stack = window.document.undo_stack
    pos = _bar_point(editor.timeline, ids["d11"], "2027-11-03")
    _right_click(editor.timeline, pos)
    _choose(_menu(editor), "menu-add-milestone")
    tied = editor.model.campaign(ids["d11"])["milestones"]
    assert sorted(m["date"] for m in tied) == ["2027-10-25", "2027-11-03"]
    _right_click(editor.timeline, pos)
    menu = _menu(editor)
    assert _action(menu, "menu-status-planned").isChecked()
    depth = stack.count()
    _choose(menu, "menu-status-live")
    assert stack.count() == depth + 1
    assert stored(plan_path, "SELECT status FROM campaign WHERE id = ?", (ids["d11"],)) == "live"
    stack.undo()
    assert stored(plan_path, "SELECT status FROM campaign WHERE id = ?", (ids["d11"],)) == "planned"
    stack.undo()
    assert len(editor.model.campaign(ids["d11"])["milestones"]) == 1
    stack.redo()
    stack.redo()
    window.close_plan()
    assert window.open_plan(str(plan_path))
    campaign = window.editors["calendar"].model.campaign(ids["d11"])
    assert campaign["status"] == "live" and len(campaign["milestones"]) == 2


def test_menu_deletes_a_campaign_and_undo_brings_it_back(calendar):
    window, editor, ids = calendar
    pos = _bar_point(editor.timeline, ids["d11"], "2027-10-28")
    _right_click(editor.timeline, pos)
    _choose(_menu(editor), "menu-delete")
    assert editor.model.campaign(ids["d11"]) is None
    assert editor.timeline.campaigns.rowCount() == 1
    window.document.undo_stack.undo()
    restored = editor.model.campaign(ids["d11"])
    assert len(restored["phases"]) == 3 and len(restored["milestones"]) == 1
    assert editor.model.row_of(ids["d11"]) == 0  # back in its place


def test_menu_on_empty_space_adds_a_campaign_starting_that_day(calendar):
    window, editor, ids = calendar
    timeline = editor.timeline
    timeline.scroll_to_date(dt.date(2027, 6, 15))
    pos = QPoint(int(timeline.x_of(dt.date(2027, 6, 15)) + 3), HEADER_H + 2 * ROW_H + 10)  # below the two rows
    _right_click(timeline, pos)
    menu = _menu(editor)
    assert menu.objectName() == "calendar-empty-menu"
    action = _action(menu, "menu-new-campaign")
    assert action.text() == "New campaign starting 15 Jun 2027"
    depth = window.document.undo_stack.count()
    action.trigger()
    new = editor.model.campaign(editor.selected_id)
    assert (new["start_date"], new["end_date"], new["status"]) == ("2027-06-15", "2027-06-28", "idea")
    assert window.document.undo_stack.count() == depth + 1
    window.document.undo_stack.undo()
    assert editor.model.rowCount() == 2


def test_on_a_row_but_beside_the_bar_is_empty_space(calendar):
    window, editor, ids = calendar
    pos = _bar_point(editor.timeline, ids["spring"], "2027-05-20")
    _right_click(editor.timeline, pos)
    assert _action(_menu(editor), "menu-new-campaign").text().endswith("20 May 2027")


@pytest.mark.parametrize("keys", [(Qt.Key_Menu, Qt.NoModifier), (Qt.Key_F10, Qt.ShiftModifier)])
def test_the_menu_key_and_shift_f10_open_the_selected_campaigns_menu(calendar, keys):
    window, editor, ids = calendar
    timeline = editor.timeline
    timeline.setFocus()
    QTest.keyClick(timeline, *keys)
    assert _menu(editor).objectName() == "calendar-empty-menu"  # nothing selected yet
    editor.context_menu.close()
    QApplication.processEvents()
    editor.select_campaign(ids["d11"])
    timeline.setFocus()
    QTest.keyClick(timeline, *keys)
    menu = _menu(editor)
    assert menu.objectName() == "calendar-campaign-menu"
    assert _action(menu, "menu-add-milestone").text() == "Add milestone on 20 Oct 2027"  # the campaign's start
    _choose(menu, "menu-edit")
    assert editor.lists.currentWidget() is editor.table
    assert editor.table.currentIndex().row() == editor.proxy.proxy_row_of(ids["d11"])


def test_read_only_plan_menu_offers_no_edits(window, plan_path, monkeypatch):
    from app.views.shell.problems_panel import ProblemsPanel

    monkeypatch.setattr(ProblemsPanel, "QUICK_SECONDS", 60.0)
    plan = PlanFile.create(plan_path, title="Calendar")
    ids = build_calendar(plan)
    plan.close()
    assert window.open_plan(str(plan_path), read_only=True)
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    editor.select_campaign(ids["spring"])
    editor.timeline.request_keyboard_menu()
    menu = _menu(editor)
    for name in ("menu-add-phase", "menu-add-milestone", "menu-status", "menu-delete"):
        assert not menu.findChild(object, name).isEnabled()
    assert _action(menu, "menu-edit").isEnabled()


# -- incremental add and delete ---------------------------------------------------------
def _many(plan) -> dict:
    with plan.transaction() as conn:
        conn.execute("UPDATE plan SET period_start = '2027-01-01', period_end = '2027-12-31'")
    bulk_campaigns(plan, 300)
    return {}


def test_adding_and_deleting_keeps_the_selection_and_the_scroll_position(window, plan_path, monkeypatch):
    editor, _ids = _open(window, plan_path, monkeypatch, _many)
    stack, timeline = window.document.undo_stack, editor.timeline
    resets = []
    editor.model.modelReset.connect(lambda: resets.append(1))
    chosen = editor.model.rows[200]["id"]
    editor.select_campaign(chosen)
    scroll = timeline.verticalScrollBar().value()
    assert scroll > 0
    table_scroll = editor.table.verticalScrollBar().value()
    victim = editor.model.rows[250]["id"]  # below the selection: nothing above it moves
    from app.views.calendar import commands

    assert window.document.execute(commands.delete_campaign(window.document, victim))
    assert editor.model.rowCount() == 299 and editor.model.campaign(victim) is None
    assert editor.selected_id == chosen and timeline.selected_id == chosen
    assert editor.table.currentIndex().data(Qt.UserRole + 1) == chosen
    assert timeline.verticalScrollBar().value() == scroll
    assert editor.table.verticalScrollBar().value() == table_scroll
    stack.undo()
    assert editor.model.row_of(victim) == 250 and editor.selected_id == chosen
    assert timeline.verticalScrollBar().value() == scroll
    stack.redo()
    stack.undo()
    assert resets == []  # no full re-read
    assert [r["id"] for r in editor.model.rows] == [c["id"] for c in svc.list_campaigns(window.document.plan)]


def test_the_list_follows_every_add_delete_undo_and_redo(calendar):
    window, editor, ids = calendar
    from app.views.calendar import commands

    doc, stack = window.document, window.document.undo_stack
    for index, name in ((0, "First"), (1, "Second"), (None, "Last")):
        command = commands.AddCommand(
            doc,
            "add",
            lambda plan, item_id, i=index, n=name: svc.add_campaign(plan, {"name": n}, i, item_id),
            svc.delete_campaign,
        )
        assert doc.execute(command)
    doc.execute(commands.delete_campaign(doc, ids["d11"]))
    expected = [c["id"] for c in svc.list_campaigns(doc.plan)]
    assert [r["id"] for r in editor.model.rows] == expected
    assert [r["name"] for r in editor.model.rows] == ["First", "Second", "Spring launch", "Last"]
    for _ in range(4):
        stack.undo()
        assert [r["id"] for r in editor.model.rows] == [c["id"] for c in svc.list_campaigns(doc.plan)]
    for _ in range(4):
        stack.redo()
        assert [r["id"] for r in editor.model.rows] == [c["id"] for c in svc.list_campaigns(doc.plan)]
    assert [r["name"] for r in editor.model.rows] == ["First", "Second", "Spring launch", "Last"]
