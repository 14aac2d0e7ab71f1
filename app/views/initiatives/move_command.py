"""Moving an initiative to another pillar as one undo step: undo puts it
back into its old pillar at its exact old position, redo repeats the move
to the same place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.initiatives import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument


class MoveToPillarCommand(PlanCommand):
    """Move one initiative into *pillar_id* (at its end the first time)."""

    def __init__(self, document: PlanDocument, initiative_id: str, pillar_id: str):
        super().__init__(document, QCoreApplication.translate("InitiativeDetail", "Move to pillar"))
        self.initiative_id, self.pillar_id = initiative_id, pillar_id
        self.moved: dict | None = None  # the service's record of where it was and where it went

    def do(self) -> Change:
        index = None if self.moved is None else self.moved["position"]
        change = svc.move_initiative_to_pillar(self.document.plan, self.initiative_id, self.pillar_id, index)
        self.moved = change.extra
        return change

    def undo_change(self) -> Change:
        moved = self.moved
        return svc.move_initiative_to_pillar(
            self.document.plan, self.initiative_id, moved["old_pillar_id"], moved["old_position"]
        )
