"""The timeline's context menu (right click, the Menu key or Shift+F10).

On a campaign's bar or name: edit its details, add a phase, add a milestone
on that day, change its status, delete it. On empty space: a new campaign
starting on the day under the mouse. Every action is one undo command."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from app.services.calendar.service import CAMPAIGN_STATUSES
from app.views.calendar import commands
from app.views.calendar.labels import status_label
from app.views.calendar.timeline_scale import HEADER_H, LABEL_W, ROW_H, campaign_dates
from app.views.common.locale_format import format_date


def _action(menu: QMenu, name: str, text: str, slot, enabled: bool = True):
    action = menu.addAction(text)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    return action


def campaign_menu(editor, campaign: dict, day: dt.date) -> QMenu:
    """The menu of one campaign (*day*: the day under the mouse, for a milestone)."""
    editable = not editor.document.read_only
    cid = campaign["id"]
    menu = QMenu(editor.timeline, objectName="calendar-campaign-menu")

    def selected(then):
        def run(*_args):
            editor.select_campaign(cid)
            then()

        return run

    _action(
        menu,
        "menu-edit",
        QCoreApplication.translate("CalendarContextMenu", "Edit details"),
        lambda *_a: editor.edit_name(cid),
    )
    menu.addSeparator()
    _action(
        menu,
        "menu-add-phase",
        QCoreApplication.translate("CalendarContextMenu", "Add phase"),
        selected(editor.detail.add_phase),
        editable,
    )
    _action(
        menu,
        "menu-add-milestone",
        QCoreApplication.translate("CalendarContextMenu", "Add milestone on %s") % format_date(day),
        selected(lambda: add_milestone(editor, cid, day)),
        editable,
    )
    statuses = menu.addMenu(QCoreApplication.translate("CalendarContextMenu", "Change status"))
    statuses.setObjectName("menu-status")
    statuses.setEnabled(editable)
    group = QActionGroup(statuses)
    for status in CAMPAIGN_STATUSES:
        action = _action(
            statuses, "menu-status-" + status, status_label(status), selected(_set_status(editor, cid, status))
        )
        action.setCheckable(True)
        action.setChecked(campaign["status"] == status)
        group.addAction(action)
    menu.addSeparator()
    _action(
        menu,
        "menu-delete",
        QCoreApplication.translate("CalendarContextMenu", "Delete campaign"),
        lambda *_a: editor.document.execute(commands.delete_campaign(editor.document, cid)),
        editable,
    )
    return menu


def _set_status(editor, campaign_id: str, status: str):
    def run() -> None:
        campaign = editor.model.campaign(campaign_id)
        if campaign is not None and campaign["status"] != status:
            editor.document.execute(commands.edit_campaign(editor.document, campaign, "status", status))

    return run


def add_milestone(editor, campaign_id: str, day: dt.date) -> bool:
    """Add a milestone on *day* tied to the campaign (one undo step)."""
    values = {
        "name": QCoreApplication.translate("CalendarContextMenu", "New milestone"),
        "date": day.isoformat(),
        "campaign_id": campaign_id,
    }
    return editor.document.execute(commands.add_milestone(editor.document, values))


def empty_menu(editor, day: dt.date) -> QMenu:
    """The menu of empty timeline space: a new campaign starting on *day*."""
    menu = QMenu(editor.timeline, objectName="calendar-empty-menu")
    _action(
        menu,
        "menu-new-campaign",
        QCoreApplication.translate("CalendarContextMenu", "New campaign starting %s") % format_date(day),
        lambda *_a: editor.add_campaign_at(day),
        not editor.document.read_only,
    )
    return menu


def build_menu(editor, campaign_id: str, day: dt.date) -> QMenu:
    """The context menu for a campaign (by id) or, with no id, for empty space."""
    campaign = editor.model.campaign(campaign_id) if campaign_id else None
    return campaign_menu(editor, campaign, day) if campaign is not None else empty_menu(editor, day)


def target_at(timeline, pos: QPoint) -> tuple[str, dt.date]:
    """(campaign id or "", day) for a right click at viewport point *pos*:
    the campaign when on its name or its bar (the day under the mouse, or
    its start from the name column), else empty space on the day under it."""
    row = timeline.row_at(pos.y())
    day = timeline.date_at_x(max(pos.x(), LABEL_W))
    if row < 0:
        return "", day
    campaign = timeline.campaigns.campaign_at(row)
    start, end = campaign_dates(campaign, None)
    right = timeline.x_of(end) + timeline.scale.day_width if end else 0
    on_bar = start is not None and end is not None and timeline.x_of(start) <= pos.x() < right
    if pos.x() < LABEL_W:
        return campaign["id"], start or day
    return (campaign["id"], day) if on_bar else ("", day)


def keyboard_target(timeline) -> tuple[str, dt.date, QPoint]:
    """(campaign id or "", day, viewport point) for the Menu key: the selected
    campaign, the menu under its bar's start; else the day in the middle."""
    row = timeline.campaigns.proxy_row_of(timeline.selected_id) if timeline.selected_id else -1
    width = timeline.viewport().width()
    middle = LABEL_W + (width - LABEL_W) / 2
    if row < 0:
        return "", timeline.date_at_x(middle), QPoint(int(middle), HEADER_H + 4)
    timeline.ensure_row_visible(row)
    start = campaign_dates(timeline.campaigns.campaign_at(row), None)[0]
    x = max(LABEL_W + 4, min(width - 8, int(timeline.x_of(start)) + 4)) if start else LABEL_W // 2
    pos = QPoint(int(x), timeline.row_top(row) + ROW_H)  # under the bar, which stays in sight
    return timeline.selected_id, start or timeline.date_at_x(middle), pos
