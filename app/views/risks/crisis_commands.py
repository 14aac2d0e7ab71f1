"""Undo commands of the Risks and Playbooks canvases. Each wraps service
calls (given as functions of the plan) and returns the Change they
committed; the editors build them with the right service functions."""

from __future__ import annotations

from collections.abc import Callable

from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument

FIELD_MERGE_ID = 8042  # field edits of one typing session merge into one undo step


class EditFieldCommand(PlanCommand):
    """Set one field of one row through ``setter(plan, row_id, field, value)``.
    Edits of the same field of the same row in one typing session merge."""

    def __init__(
        self,
        document: PlanDocument,
        text: str,
        setter: Callable,
        row_id: str,
        field: str,
        old,
        new,
        session: int | None = None,
    ):
        super().__init__(document, text)
        self.setter, self.row_id, self.field, self.old, self.new = setter, row_id, field, old, new
        self.session = session

    def do(self) -> Change:
        return self.setter(self.document.plan, self.row_id, self.field, self.new)

    def undo_change(self) -> Change:
        return self.setter(self.document.plan, self.row_id, self.field, self.old)

    def id(self) -> int:
        return -1 if self.session is None else FIELD_MERGE_ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditFieldCommand) or self.session is None:
            return False
        if (other.row_id, other.field, other.session) != (self.row_id, self.field, self.session):
            return False  # row ids are unique across tables, so the setter need not be compared
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class AddRowCommand(PlanCommand):
    """Add a row with ``adder(plan, row_id) -> Change`` (None id the first
    time, the same id on redo) and undo with ``deleter(plan, row_id)``
    (returning a Change, or a (Change, snapshot) pair)."""

    def __init__(self, document: PlanDocument, text: str, adder: Callable, deleter: Callable):
        super().__init__(document, text)
        self.adder, self.deleter, self.row_id = adder, deleter, None

    def do(self) -> Change:
        change = self.adder(self.document.plan, self.row_id)
        self.row_id = change.ids[0]
        return change

    def undo_change(self) -> Change:
        result = self.deleter(self.document.plan, self.row_id)
        return result[0] if isinstance(result, tuple) else result


class DeleteRowCommand(PlanCommand):
    """Delete with ``deleter(plan, row_id) -> (Change, snapshot)``; undo puts
    everything back with ``restorer(plan, snapshot)``."""

    def __init__(self, document: PlanDocument, text: str, deleter: Callable, restorer: Callable, row_id: str):
        super().__init__(document, text)
        self.deleter, self.restorer, self.row_id, self.snapshot = deleter, restorer, row_id, None

    def do(self) -> Change:
        change, self.snapshot = self.deleter(self.document.plan, self.row_id)
        return change

    def undo_change(self) -> Change:
        return self.restorer(self.document.plan, self.snapshot)


class MoveRowCommand(PlanCommand):
    """Move a row with ``mover(plan, row_id, index)`` (one undo step)."""

    def __init__(self, document: PlanDocument, text: str, mover: Callable, row_id: str, old: int, new: int):
        super().__init__(document, text)
        self.mover, self.row_id, self.old, self.new = mover, row_id, old, new

    def do(self) -> Change:
        return self.mover(self.document.plan, self.row_id, self.new)

    def undo_change(self) -> Change:
        return self.mover(self.document.plan, self.row_id, self.old)


class CallCommand(PlanCommand):
    """Any edit given as a pair of functions of the plan, each returning a Change."""

    def __init__(self, document: PlanDocument, text: str, do: Callable, undo: Callable):
        super().__init__(document, text)
        self._do, self._undo = do, undo

    def do(self) -> Change:
        return self._do(self.document.plan)

    def undo_change(self) -> Change:
        return self._undo(self.document.plan)
