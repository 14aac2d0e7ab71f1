"""Undo commands of personas and their journeys. Each calls a service and
returns the Change it committed; a delete is one step with its journey."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument
from app.views.common.row_commands import AddRowCommand, DeleteRowCommand, RowCommands

translate = QCoreApplication.translate

PERSONAS = RowCommands(
    lambda: (translate("PersonaCommands", "Add persona"), translate("PersonaCommands", "Delete persona"),
             translate("PersonaCommands", "Move persona"), translate("PersonaCommands", "Edit persona")),
    add=lambda plan, row_id, index, values=None: persona_service.add_persona(plan, values or {}, index, row_id),
    delete=lambda plan, row_id: persona_service.delete_personas(plan, [row_id]),
    restore=persona_service.restore_personas, move=persona_service.move_persona, update=persona_service.update_persona,
    merge="personas.field", session=0,
)
AddPersonaCommand, MovePersonaCommand, EditPersonaCommand = PERSONAS.add, PERSONAS.move, PERSONAS.edit


def DuplicatePersonaCommand(document: PlanDocument, persona_id: str) -> AddRowCommand:
    """Copy a persona with its photo and journey, right after it."""
    return AddRowCommand(
        document,
        QCoreApplication.translate("PersonaCommands", "Duplicate persona"),
        lambda plan, row_id: persona_service.duplicate_persona(plan, persona_id, row_id),
        PERSONAS.deleter,
    )


def DeletePersonasCommand(document: PlanDocument, persona_ids: list[str]) -> DeleteRowCommand:
    """Delete personas with their journeys (one undo step brings all back)."""
    text = (
        QCoreApplication.translate("PersonaCommands", "Delete persona")
        if len(persona_ids) == 1
        else QCoreApplication.translate("PersonaCommands", "Delete personas")
    )
    return DeleteRowCommand(
        document, text, persona_service.delete_personas, persona_service.restore_personas, list(persona_ids)
    )


class ReorderPersonasCommand(PlanCommand):
    """Drag of one or more cards to another place: the card order before and after."""

    def __init__(self, document: PlanDocument, persona_ids: list[str], index: int):
        super().__init__(document, QCoreApplication.translate("PersonaCommands", "Move persona"))
        self.persona_ids, self.index, self.before, self.after = list(persona_ids), index, None, None

    def do(self) -> Change:
        if self.after is not None:
            return persona_service.set_persona_order(self.document.plan, self.after)
        self.before = persona_service.persona_order(self.document.plan)
        change = persona_service.move_personas(self.document.plan, self.persona_ids, self.index)
        self.after = persona_service.persona_order(self.document.plan)
        return change

    def undo_change(self) -> Change:
        return persona_service.set_persona_order(self.document.plan, self.before)


class SetPhotoCommand(PlanCommand):
    """Replace or remove a persona's photo."""

    def __init__(self, document: PlanDocument, persona_id: str, old: tuple, new: tuple):
        super().__init__(
            document,
            QCoreApplication.translate("PersonaCommands", "Change photo")
            if new[0]
            else QCoreApplication.translate("PersonaCommands", "Remove photo"),
        )
        self.persona_id, self.old, self.new = persona_id, old, new

    def do(self) -> Change:
        return persona_service.set_photo(self.document.plan, self.persona_id, *self.new)

    def undo_change(self) -> Change:
        return persona_service.set_photo(self.document.plan, self.persona_id, *self.old)


class EditStageCommand(PlanCommand):
    """Set one field of one journey stage (one cell of the journey grid)."""

    def __init__(self, document: PlanDocument, persona_id: str, stage: str, field: str, old: str, new: str):
        super().__init__(document, QCoreApplication.translate("PersonaCommands", "Edit journey"))
        self.persona_id, self.stage, self.field, self.old, self.new = persona_id, stage, field, old, new
        # a stage emptied by this edit comes back under its own id on undo
        self.row_id = journey_service.stored_stage_id(document.plan, persona_id, stage)

    def _set(self, value: str) -> Change:
        plan = self.document.plan
        return journey_service.set_stage_field(plan, self.persona_id, self.stage, self.field, value, self.row_id)

    def do(self) -> Change:
        return self._set(self.new)

    def undo_change(self) -> Change:
        return self._set(self.old)


class SetJourneyCommand(PlanCommand):
    """Replace a persona's whole journey (paste, clear): one undo step."""

    def __init__(self, document: PlanDocument, persona_id: str, old: list[dict], new: list[dict], text: str):
        super().__init__(document, text)
        self.persona_id, self.old, self.new = persona_id, old, new

    def do(self) -> Change:
        return journey_service.set_journey(self.document.plan, self.persona_id, self.new)

    def undo_change(self) -> Change:
        return journey_service.set_journey(self.document.plan, self.persona_id, self.old)
