"""Undo commands of personas and their journeys. Each calls a service and
returns the Change it committed; a delete is one step with its journey."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import (
    AddRowCommand,
    ArrangeCommand,
    CallCommand,
    DeleteRowCommand,
    RowCommands,
    SetValueCommand,
    values_adder,
)

translate = QCoreApplication.translate

PERSONAS = RowCommands(
    lambda: (translate("PersonaCommands", "Add persona"), translate("PersonaCommands", "Delete persona"),
             translate("PersonaCommands", "Move persona"), translate("PersonaCommands", "Edit persona")),
    add=values_adder(persona_service.add_persona),
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


def ReorderPersonasCommand(document: PlanDocument, persona_ids: list[str], index: int) -> ArrangeCommand:
    """Drag of one or more cards to another place: the card order before and after."""
    ids = list(persona_ids)
    return ArrangeCommand(
        document,
        QCoreApplication.translate("PersonaCommands", "Move persona"),
        lambda plan: persona_service.move_personas(plan, ids, index),
        persona_service.persona_order,
        persona_service.set_persona_order,
    )


def SetPhotoCommand(document: PlanDocument, persona_id: str, old: tuple, new: tuple) -> CallCommand:
    """Replace or remove a persona's photo ((data, mime) before and after)."""
    text = (
        QCoreApplication.translate("PersonaCommands", "Change photo")
        if new[0]
        else QCoreApplication.translate("PersonaCommands", "Remove photo")
    )
    return SetValueCommand(
        document, text, lambda plan, photo: persona_service.set_photo(plan, persona_id, *photo), old, new
    )


def EditStageCommand(document: PlanDocument, persona_id: str, stage: str, field: str, old: str, new: str):
    """Set one field of one journey stage (one cell of the journey grid)."""
    # a stage emptied by this edit comes back under its own id on undo
    row_id = journey_service.stored_stage_id(document.plan, persona_id, stage)

    def set_cell(plan, value: str) -> Change:
        return journey_service.set_stage_field(plan, persona_id, stage, field, value, row_id)

    return SetValueCommand(document, QCoreApplication.translate("PersonaCommands", "Edit journey"), set_cell, old, new)


def SetJourneyCommand(document: PlanDocument, persona_id: str, old: list[dict], new: list[dict], text: str):
    """Replace a persona's whole journey (paste, clear): one undo step."""
    return SetValueCommand(
        document, text, lambda plan, rows: journey_service.set_journey(plan, persona_id, rows), old, new
    )
