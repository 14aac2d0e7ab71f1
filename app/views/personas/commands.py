"""Undo commands of personas and their journeys. Each calls a service and
returns the Change it committed; a delete is one step with its journey."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument

PERSONA_FIELD_MERGE = 3000
JOURNEY_MERGE = 3100


class AddPersonaCommand(PlanCommand):
    """Add a persona (the same id on redo, so later commands still find it)."""

    def __init__(self, document: PlanDocument, index: int, values: dict | None = None):
        super().__init__(document, QCoreApplication.translate("PersonaCommands", "Add persona"))
        self.index, self.values, self.persona_id = index, values or {}, None

    def do(self) -> Change:
        change = persona_service.add_persona(self.document.plan, self.values, self.index, self.persona_id)
        self.persona_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return persona_service.delete_personas(self.document.plan, [self.persona_id])[0]


class DuplicatePersonaCommand(PlanCommand):
    """Copy a persona with its photo and journey, right after it."""

    def __init__(self, document: PlanDocument, persona_id: str):
        super().__init__(document, QCoreApplication.translate("PersonaCommands", "Duplicate persona"))
        self.source, self.persona_id = persona_id, None

    def do(self) -> Change:
        change = persona_service.duplicate_persona(self.document.plan, self.source, self.persona_id)
        self.persona_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        return persona_service.delete_personas(self.document.plan, [self.persona_id])[0]


class DeletePersonasCommand(PlanCommand):
    """Delete personas with their journeys (one undo step brings all back)."""

    def __init__(self, document: PlanDocument, persona_ids: list[str]):
        text = (
            QCoreApplication.translate("PersonaCommands", "Delete persona")
            if len(persona_ids) == 1
            else QCoreApplication.translate("PersonaCommands", "Delete personas")
        )
        super().__init__(document, text)
        self.persona_ids, self.snapshot = list(persona_ids), None

    def do(self) -> Change:
        change, self.snapshot = persona_service.delete_personas(self.document.plan, self.persona_ids)
        return change

    def undo_change(self) -> Change:
        return persona_service.restore_personas(self.document.plan, self.snapshot)


class MovePersonaCommand(PlanCommand):
    """Move a persona card to another place."""

    def __init__(self, document: PlanDocument, persona_id: str, old_index: int, new_index: int):
        super().__init__(document, QCoreApplication.translate("PersonaCommands", "Move persona"))
        self.persona_id, self.old_index, self.new_index = persona_id, old_index, new_index

    def do(self) -> Change:
        return persona_service.move_persona(self.document.plan, self.persona_id, self.new_index)

    def undo_change(self) -> Change:
        return persona_service.move_persona(self.document.plan, self.persona_id, self.old_index)


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


class EditPersonaCommand(PlanCommand):
    """Set one persona field. Typing in one field of one persona (until the
    field loses focus: the *session*) merges into one undo step."""

    def __init__(self, document: PlanDocument, persona_id: str, field: str, old, new, session: int = 0):
        super().__init__(document, QCoreApplication.translate("PersonaCommands", "Edit persona"))
        self.persona_id, self.field, self.old, self.new, self.session = persona_id, field, old, new, session

    def do(self) -> Change:
        return persona_service.update_persona(self.document.plan, self.persona_id, self.field, self.new)

    def undo_change(self) -> Change:
        return persona_service.update_persona(self.document.plan, self.persona_id, self.field, self.old)

    def id(self) -> int:
        return PERSONA_FIELD_MERGE

    def mergeWith(self, other) -> bool:
        key = (other.persona_id, other.field, other.session) if isinstance(other, EditPersonaCommand) else None
        if key != (self.persona_id, self.field, self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


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
