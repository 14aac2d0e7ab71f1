"""Undo commands of the campaign calendar. Each one calls calendar_service;
a drag on the timeline is one command, pushed on release."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.calendar import service as svc
from app.services.plan.changes import Change
from app.views.common.label_table import LabelTable
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import AddRowCommand, CallCommand, DeleteRowCommand, EditFieldCommand

CalendarCommand = CallCommand  # an edit given as two service calls, functions of the plan


def AddCommand(document: PlanDocument, text: str, add, delete) -> AddRowCommand:
    """Add a campaign, phase or milestone; redo re-adds it with the same id
    (the last of the Change's ids), so later commands still find it."""
    return AddRowCommand(document, text, add, delete, id_at=-1)


def DeleteCommand(document: PlanDocument, text: str, item_id: str, delete, restore) -> DeleteRowCommand:
    """Delete a campaign, phase or milestone; undo restores it from the
    snapshot the service returned (place, phases and links included)."""
    return DeleteRowCommand(document, text, delete, restore, item_id)


# The undo texts of the campaign, phase and milestone rows, "<operation> <kind>".
TEXTS = LabelTable("CalendarCommands", {
    "add campaign": QT_TRANSLATE_NOOP("CalendarCommands", "Add campaign"),
    "edit campaign": QT_TRANSLATE_NOOP("CalendarCommands", "Edit campaign"),
    "move campaign": QT_TRANSLATE_NOOP("CalendarCommands", "Move campaign"),
    "dates campaign": QT_TRANSLATE_NOOP("CalendarCommands", "Change campaign dates"),
    "delete campaign": QT_TRANSLATE_NOOP("CalendarCommands", "Delete campaign"),
    "add phase": QT_TRANSLATE_NOOP("CalendarCommands", "Add phase"),
    "edit phase": QT_TRANSLATE_NOOP("CalendarCommands", "Edit phase"),
    "move phase": QT_TRANSLATE_NOOP("CalendarCommands", "Move phase"),
    "dates phase": QT_TRANSLATE_NOOP("CalendarCommands", "Change phase dates"),
    "delete phase": QT_TRANSLATE_NOOP("CalendarCommands", "Delete phase"),
    "add milestone": QT_TRANSLATE_NOOP("CalendarCommands", "Add milestone"),
    "edit milestone": QT_TRANSLATE_NOOP("CalendarCommands", "Edit milestone"),
    "delete milestone": QT_TRANSLATE_NOOP("CalendarCommands", "Delete milestone"),
})


class CalendarRows(NamedTuple):
    """The undo commands of one kind of calendar row (campaign, phase or
    milestone) over its service calls; a milestone has no move or dates."""

    kind: str
    add_row: Callable  # add(plan, *args, index, row_id): at the end when index is None
    update: Callable
    delete_row: Callable
    restore: Callable
    shift: Callable | None = None  # shift(plan, id, days)
    set_dates: Callable | None = None  # set_dates(plan, id, start, end)

    def add(self, document, *args) -> AddRowCommand:
        """Add a row at the end; *args* go to the service before the index
        (a phase's campaign id, the row's values)."""
        adder = self.add_row
        text = TEXTS.text(f"add {self.kind}")
        return AddCommand(document, text, lambda plan, item_id: adder(plan, *args, None, item_id), self.delete_row)

    def edit(self, document, item: dict, field: str, value) -> EditFieldCommand:
        """Set one field of a row (table cell, detail panel)."""
        text = TEXTS.text(f"edit {self.kind}")
        return EditFieldCommand(document, text, self.update, item["id"], field, item.get(field), value)

    def move(self, document, item_id: str, days: int) -> CallCommand:
        """Move a row by *days* (a campaign with its phases and tied milestones)."""
        return _shift(document, TEXTS.text(f"move {self.kind}"), self.shift, item_id, days)

    def redate(self, document, item: dict, start: str | None, end: str | None) -> CallCommand:
        """Set both dates of a row (a campaign's phases stay)."""
        return _redate(document, TEXTS.text(f"dates {self.kind}"), self.set_dates, item, start, end)

    def delete(self, document, item_id: str) -> DeleteRowCommand:
        """Delete a row; undo restores it and what went with it."""
        return DeleteCommand(document, TEXTS.text(f"delete {self.kind}"), item_id, self.delete_row, self.restore)


def _shift(document, text: str, mover, item_id: str, days: int) -> CallCommand:
    """Move an item by *days* with ``mover(plan, id, days)``; undo moves it back."""
    return CallCommand(
        document, text, lambda plan: mover(plan, item_id, days), lambda plan: mover(plan, item_id, -days)
    )


def _redate(document, text: str, setter, item: dict, start: str | None, end: str | None) -> CallCommand:
    """Set both dates of an item with ``setter(plan, id, start, end)``; undo sets the old ones."""
    item_id, old = item["id"], (item["start_date"], item["end_date"])
    return CallCommand(
        document, text, lambda plan: setter(plan, item_id, start, end), lambda plan: setter(plan, item_id, *old)
    )


CAMPAIGNS = CalendarRows(
    "campaign", svc.add_campaign, svc.update_campaign, svc.delete_campaign, svc.restore_campaign,
    svc.move_campaign, svc.set_campaign_dates,
)  # fmt: skip
PHASES = CalendarRows(
    "phase", svc.add_phase, svc.update_phase, svc.delete_phase, svc.restore_phase, svc.move_phase, svc.set_phase_dates
)
MILESTONES = CalendarRows(
    "milestone", svc.add_milestone, svc.update_milestone, svc.delete_milestone, svc.restore_milestone
)
add_campaign, edit_campaign, delete_campaign = CAMPAIGNS.add, CAMPAIGNS.edit, CAMPAIGNS.delete
move_campaign, set_campaign_dates = CAMPAIGNS.move, CAMPAIGNS.redate
add_phase, edit_phase, delete_phase = PHASES.add, PHASES.edit, PHASES.delete
move_phase, set_phase_dates = PHASES.move, PHASES.redate
add_milestone, edit_milestone, delete_milestone = MILESTONES.add, MILESTONES.edit, MILESTONES.delete


def set_links(document, campaign: dict, what: str, ids: list[str]) -> CallCommand:
    """Replace the channels or personas (*what*) of a campaign."""
    cid, old = campaign["id"], list(campaign[what])
    setter = svc.set_campaign_channels if what == "channels" else svc.set_campaign_personas
    text = (
        QCoreApplication.translate("CalendarCommands", "Change channels")
        if what == "channels"
        else QCoreApplication.translate("CalendarCommands", "Change personas")
    )
    return CalendarCommand(document, text, lambda plan: setter(plan, cid, ids), lambda plan: setter(plan, cid, old))


# -- key dates (app.services.calendar.key_dates) ------------------------------------------
class AddKeyDatesForYearsCommand(PlanCommand):
    """Add the holidays, working days and festivals of the plan's years; undo
    deletes exactly the rows it added, redo puts the same rows back."""

    def __init__(self, document: PlanDocument):
        super().__init__(document, QCoreApplication.translate("CalendarCommands", "Add holidays and festivals"))
        self.added: tuple[str, ...] = ()
        self.snapshot: dict | None = None

    def do(self) -> Change:
        from app.services.calendar import key_dates

        if self.snapshot is None:
            change = key_dates.add_key_dates_for_years(self.document.plan)
            self.added = change.ids
            self.setObsolete(not self.added)  # nothing new: no undo step
            return change
        change = key_dates.restore_key_dates(self.document.plan, self.snapshot)  # one transaction
        self.snapshot = None
        return Change(change.canvas, "key_date", self.added, structure=True)

    def undo_change(self) -> Change:
        from app.services.calendar import key_dates

        change, self.snapshot = key_dates.delete_key_dates(self.document.plan, self.added)  # one transaction
        return Change(change.canvas, "key_date", self.added, structure=True)


def edit_key_date(document, key_date: dict, field: str, value) -> EditFieldCommand:
    """Set one field (name, kind, date, end_date, visible) of a key date."""
    from app.services.calendar import key_dates

    text = (
        QCoreApplication.translate("CalendarCommands", "Show or hide key date")
        if field == "visible"
        else QCoreApplication.translate("CalendarCommands", "Edit key date")
    )
    return EditFieldCommand(
        document, text, key_dates.update_key_date, key_date["id"], field, key_date.get(field), value
    )


def add_brand_day(document, name: str, date: str, end_date: str | None = None) -> AddRowCommand:
    """Add a brand day at the end of the key dates."""
    from app.services.calendar import key_dates

    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add brand day"),
        lambda plan, item_id: key_dates.add_brand_day(plan, name, date, end_date, None, item_id),
        key_dates.delete_key_date,
    )


def delete_key_date(document, key_date_id: str) -> DeleteRowCommand:
    """Delete a key date."""
    from app.services.calendar import key_dates

    text = QCoreApplication.translate("CalendarCommands", "Delete key date")
    return DeleteCommand(document, text, key_date_id, key_dates.delete_key_date, key_dates.restore_key_date)
