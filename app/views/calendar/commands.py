"""Undo commands of the campaign calendar. Each one calls calendar_service;
a drag on the timeline is one command, pushed on release."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.calendar import service as svc
from app.services.plan.changes import Change
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


def edit_campaign(document, campaign: dict, field: str, value) -> EditFieldCommand:
    """Set one field of a campaign (table cell, detail panel)."""
    text = QCoreApplication.translate("CalendarCommands", "Edit campaign")
    return EditFieldCommand(document, text, svc.update_campaign, campaign["id"], field, campaign.get(field), value)


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


def move_campaign(document, campaign_id: str, days: int) -> CallCommand:
    """Move a campaign (with its phases and tied milestones) by *days*."""
    text = QCoreApplication.translate("CalendarCommands", "Move campaign")
    return _shift(document, text, svc.move_campaign, campaign_id, days)


def set_campaign_dates(document, campaign: dict, start: str | None, end: str | None) -> CallCommand:
    """Resize a campaign (both dates; phases stay)."""
    text = QCoreApplication.translate("CalendarCommands", "Change campaign dates")
    return _redate(document, text, svc.set_campaign_dates, campaign, start, end)


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


def edit_phase(document, phase: dict, field: str, value) -> EditFieldCommand:
    """Set one field of a phase."""
    text = QCoreApplication.translate("CalendarCommands", "Edit phase")
    return EditFieldCommand(document, text, svc.update_phase, phase["id"], field, phase.get(field), value)


def move_phase(document, phase_id: str, days: int) -> CallCommand:
    """Move a phase by *days*."""
    text = QCoreApplication.translate("CalendarCommands", "Move phase")
    return _shift(document, text, svc.move_phase, phase_id, days)


def set_phase_dates(document, phase: dict, start: str | None, end: str | None) -> CallCommand:
    """Resize a phase (both dates)."""
    text = QCoreApplication.translate("CalendarCommands", "Change phase dates")
    return _redate(document, text, svc.set_phase_dates, phase, start, end)


def edit_milestone(document, milestone: dict, field: str, value) -> EditFieldCommand:
    """Set one field of a milestone."""
    text = QCoreApplication.translate("CalendarCommands", "Edit milestone")
    return EditFieldCommand(document, text, svc.update_milestone, milestone["id"], field, milestone.get(field), value)


def add_campaign(document, values: dict) -> AddRowCommand:
    """Add a campaign at the end."""
    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add campaign"),
        lambda plan, item_id: svc.add_campaign(plan, values, None, item_id),
        svc.delete_campaign,
    )


def add_phase(document, campaign_id: str, values: dict) -> AddRowCommand:
    """Add a phase at the end of a campaign's phases."""
    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add phase"),
        lambda plan, item_id: svc.add_phase(plan, campaign_id, values, None, item_id),
        svc.delete_phase,
    )


def add_milestone(document, values: dict) -> AddRowCommand:
    """Add a milestone at the end."""
    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add milestone"),
        lambda plan, item_id: svc.add_milestone(plan, values, None, item_id),
        svc.delete_milestone,
    )


def delete_campaign(document, campaign_id: str) -> DeleteRowCommand:
    """Delete a campaign."""
    text = QCoreApplication.translate("CalendarCommands", "Delete campaign")
    return DeleteCommand(document, text, campaign_id, svc.delete_campaign, svc.restore_campaign)


def delete_phase(document, phase_id: str) -> DeleteRowCommand:
    """Delete a phase."""
    text = QCoreApplication.translate("CalendarCommands", "Delete phase")
    return DeleteCommand(document, text, phase_id, svc.delete_phase, svc.restore_phase)


def delete_milestone(document, milestone_id: str) -> DeleteRowCommand:
    """Delete a milestone."""
    text = QCoreApplication.translate("CalendarCommands", "Delete milestone")
    return DeleteCommand(document, text, milestone_id, svc.delete_milestone, svc.restore_milestone)


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
