"""Undo commands of the campaign calendar. Each one calls calendar_service;
a drag on the timeline is one command, pushed on release."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.calendar import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument


class CalendarCommand(PlanCommand):
    """An edit whose do and undo are two service calls given as functions of
    the plan (the usual case: set a value, set it back)."""

    def __init__(self, document: PlanDocument, text: str, do, undo):
        super().__init__(document, text)
        self._do, self._undo = do, undo

    def do(self) -> Change:
        return self._do(self.document.plan)

    def undo_change(self) -> Change:
        return self._undo(self.document.plan)


def edit_campaign(document, campaign: dict, field: str, value) -> CalendarCommand:
    """Set one field of a campaign (table cell, detail panel)."""
    old, cid = campaign.get(field), campaign["id"]
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Edit campaign"),
        lambda plan: svc.update_campaign(plan, cid, field, value),
        lambda plan: svc.update_campaign(plan, cid, field, old),
    )


def move_campaign(document, campaign_id: str, days: int) -> CalendarCommand:
    """Move a campaign (with its phases and tied milestones) by *days*."""
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Move campaign"),
        lambda plan: svc.move_campaign(plan, campaign_id, days),
        lambda plan: svc.move_campaign(plan, campaign_id, -days),
    )


def set_campaign_dates(document, campaign: dict, start: str | None, end: str | None) -> CalendarCommand:
    """Resize a campaign (both dates; phases stay)."""
    cid, old = campaign["id"], (campaign["start_date"], campaign["end_date"])
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Change campaign dates"),
        lambda plan: svc.set_campaign_dates(plan, cid, start, end),
        lambda plan: svc.set_campaign_dates(plan, cid, *old),
    )


def set_links(document, campaign: dict, what: str, ids: list[str]) -> CalendarCommand:
    """Replace the channels or personas (*what*) of a campaign."""
    cid, old = campaign["id"], list(campaign[what])
    setter = svc.set_campaign_channels if what == "channels" else svc.set_campaign_personas
    text = (
        QCoreApplication.translate("CalendarCommands", "Change channels")
        if what == "channels"
        else QCoreApplication.translate("CalendarCommands", "Change personas")
    )
    return CalendarCommand(document, text, lambda plan: setter(plan, cid, ids), lambda plan: setter(plan, cid, old))


def edit_phase(document, phase: dict, field: str, value) -> CalendarCommand:
    """Set one field of a phase."""
    pid, old = phase["id"], phase.get(field)
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Edit phase"),
        lambda plan: svc.update_phase(plan, pid, field, value),
        lambda plan: svc.update_phase(plan, pid, field, old),
    )


def move_phase(document, phase_id: str, days: int) -> CalendarCommand:
    """Move a phase by *days*."""
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Move phase"),
        lambda plan: svc.move_phase(plan, phase_id, days),
        lambda plan: svc.move_phase(plan, phase_id, -days),
    )


def set_phase_dates(document, phase: dict, start: str | None, end: str | None) -> CalendarCommand:
    """Resize a phase (both dates)."""
    pid, old = phase["id"], (phase["start_date"], phase["end_date"])
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Change phase dates"),
        lambda plan: svc.set_phase_dates(plan, pid, start, end),
        lambda plan: svc.set_phase_dates(plan, pid, *old),
    )


def edit_milestone(document, milestone: dict, field: str, value) -> CalendarCommand:
    """Set one field of a milestone."""
    mid, old = milestone["id"], milestone.get(field)
    return CalendarCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Edit milestone"),
        lambda plan: svc.update_milestone(plan, mid, field, value),
        lambda plan: svc.update_milestone(plan, mid, field, old),
    )


class AddCommand(PlanCommand):
    """Add a campaign, phase or milestone; redo re-adds it with the same id,
    so later commands still find it."""

    def __init__(self, document: PlanDocument, text: str, add, delete):
        super().__init__(document, text)
        self._add, self._delete, self.item_id = add, delete, None

    def do(self) -> Change:
        change = self._add(self.document.plan, self.item_id)
        self.item_id = change.ids[-1]
        return change

    def undo_change(self) -> Change:
        return self._delete(self.document.plan, self.item_id)[0]


def add_campaign(document, values: dict) -> AddCommand:
    """Add a campaign at the end."""
    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add campaign"),
        lambda plan, item_id: svc.add_campaign(plan, values, None, item_id),
        svc.delete_campaign,
    )


def add_phase(document, campaign_id: str, values: dict) -> AddCommand:
    """Add a phase at the end of a campaign's phases."""
    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add phase"),
        lambda plan, item_id: svc.add_phase(plan, campaign_id, values, None, item_id),
        svc.delete_phase,
    )


def add_milestone(document, values: dict) -> AddCommand:
    """Add a milestone at the end."""
    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add milestone"),
        lambda plan, item_id: svc.add_milestone(plan, values, None, item_id),
        svc.delete_milestone,
    )


class DeleteCommand(PlanCommand):
    """Delete a campaign, phase or milestone; undo restores it from the
    snapshot the service returned (place, phases and links included)."""

    def __init__(self, document: PlanDocument, text: str, item_id: str, delete, restore):
        super().__init__(document, text)
        self.item_id, self._delete, self._restore, self.snapshot = item_id, delete, restore, None

    def do(self) -> Change:
        change, self.snapshot = self._delete(self.document.plan, self.item_id)
        return change

    def undo_change(self) -> Change:
        return self._restore(self.document.plan, self.snapshot)


def delete_campaign(document, campaign_id: str) -> DeleteCommand:
    """Delete a campaign."""
    text = QCoreApplication.translate("CalendarCommands", "Delete campaign")
    return DeleteCommand(document, text, campaign_id, svc.delete_campaign, svc.restore_campaign)


def delete_phase(document, phase_id: str) -> DeleteCommand:
    """Delete a phase."""
    text = QCoreApplication.translate("CalendarCommands", "Delete phase")
    return DeleteCommand(document, text, phase_id, svc.delete_phase, svc.restore_phase)


def delete_milestone(document, milestone_id: str) -> DeleteCommand:
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


def edit_key_date(document, key_date: dict, field: str, value) -> CalendarCommand:
    """Set one field (name, kind, date, end_date, visible) of a key date."""
    from app.services.calendar import key_dates

    kid, old = key_date["id"], key_date.get(field)
    text = (
        QCoreApplication.translate("CalendarCommands", "Show or hide key date")
        if field == "visible"
        else QCoreApplication.translate("CalendarCommands", "Edit key date")
    )
    return CalendarCommand(
        document,
        text,
        lambda plan: key_dates.update_key_date(plan, kid, field, value),
        lambda plan: key_dates.update_key_date(plan, kid, field, old),
    )


def add_brand_day(document, name: str, date: str, end_date: str | None = None) -> AddCommand:
    """Add a brand day at the end of the key dates."""
    from app.services.calendar import key_dates

    return AddCommand(
        document,
        QCoreApplication.translate("CalendarCommands", "Add brand day"),
        lambda plan, item_id: key_dates.add_brand_day(plan, name, date, end_date, None, item_id),
        key_dates.delete_key_date,
    )


def delete_key_date(document, key_date_id: str) -> DeleteCommand:
    """Delete a key date."""
    from app.services.calendar import key_dates

    text = QCoreApplication.translate("CalendarCommands", "Delete key date")
    return DeleteCommand(document, text, key_date_id, key_dates.delete_key_date, key_dates.restore_key_date)
