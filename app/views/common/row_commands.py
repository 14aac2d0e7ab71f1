"""Generic undo commands over a service's row operations: add, delete
(restoring exactly what the service returned), move, edit one field (with
the keystrokes of one field visit merged into one step) and any pair of
calls. Each canvas declares its table's operations once in a
:class:`RowCommands`; undo merge ids come from :func:`merge_id` by name."""

from __future__ import annotations

from collections.abc import Callable

from app.services.plan.changes import Change
from app.views.common.plan_document import PlanCommand, PlanDocument

_MERGE_IDS: dict[str, int] = {}


def merge_id(name: str) -> int:
    """The undo merge id of *name* (e.g. ``"calendar.field"``): the same
    number for the same name, a different one for every other name."""
    return _MERGE_IDS.setdefault(name, len(_MERGE_IDS) + 1)


def _first(result) -> Change:
    """The Change of a service result that may be a (Change, snapshot…) tuple."""
    return result[0] if isinstance(result, tuple) else result


class CallCommand(PlanCommand):
    """Any edit given as a pair of functions of the plan, each returning a Change."""

    def __init__(self, document: PlanDocument, text: str, do: Callable, undo: Callable):
        super().__init__(document, text)
        self._do, self._undo = do, undo

    def do(self) -> Change:
        return self._do(self.document.plan)

    def undo_change(self) -> Change:
        return self._undo(self.document.plan)


def SetValueCommand(document: PlanDocument, text: str, setter: Callable, old, new) -> CallCommand:
    """Set a value with ``setter(plan, value)``; undo sets *old* back."""
    return CallCommand(document, text, lambda plan: setter(plan, new), lambda plan: setter(plan, old))


class ArrangeCommand(PlanCommand):
    """Any rearrangement of many rows (a drag of several, a sort): runs
    ``action(plan)`` once, keeping the arrangement ``read(plan)`` gives
    before and after; undo and redo put one back with ``write(plan, it)``."""

    def __init__(self, document: PlanDocument, text: str, action: Callable, read: Callable, write: Callable):
        super().__init__(document, text)
        self.action, self.read, self.write, self.before, self.after = action, read, write, None, None

    def do(self) -> Change:
        if self.after is not None:
            return self.write(self.document.plan, self.after)
        self.before = self.read(self.document.plan)
        change = self.action(self.document.plan)
        self.after = self.read(self.document.plan)
        return change

    def undo_change(self) -> Change:
        return self.write(self.document.plan, self.before)


class AddRowCommand(PlanCommand):
    """Add a row with ``adder(plan, row_id) -> Change`` (None the first time,
    the same id on redo, so later commands still find it) and undo with
    ``deleter(plan, row_id)`` (a Change, or a (Change, snapshot…) tuple).
    *id_at* picks the new row's id among the Change's ids."""

    def __init__(self, document: PlanDocument, text: str, adder: Callable, deleter: Callable, id_at: int = 0):
        super().__init__(document, text)
        self.adder, self.deleter, self.id_at, self.row_id = adder, deleter, id_at, None

    def do(self) -> Change:
        change = self.adder(self.document.plan, self.row_id)
        self.row_id = change.ids[self.id_at]
        return change

    def undo_change(self) -> Change:
        return _first(self.deleter(self.document.plan, self.row_id))


class DeleteRowCommand(PlanCommand):
    """Delete with ``deleter(plan, row_id) -> (Change, *snapshot)``; undo
    hands the snapshot back to ``restorer(plan, *snapshot)``, which puts
    the row and every dependent row the service removed back in place.
    *row_id* may be a list where the service deletes several rows."""

    def __init__(self, document: PlanDocument, text: str, deleter: Callable, restorer: Callable, row_id):
        super().__init__(document, text)
        self.deleter, self.restorer, self.row_id, self.snapshot = deleter, restorer, row_id, ()

    def do(self) -> Change:
        change, *self.snapshot = self.deleter(self.document.plan, self.row_id)
        return change

    def undo_change(self) -> Change:
        return self.restorer(self.document.plan, *self.snapshot)


class MoveRowCommand(PlanCommand):
    """Move a row with ``mover(plan, row_id, index)`` from *old* to *new*."""

    def __init__(self, document: PlanDocument, text: str, mover: Callable, row_id: str, old: int, new: int):
        super().__init__(document, text)
        self.mover, self.row_id, self.old, self.new = mover, row_id, old, new

    def do(self) -> Change:
        return self.mover(self.document.plan, self.row_id, self.new)

    def undo_change(self) -> Change:
        return self.mover(self.document.plan, self.row_id, self.old)


class EditFieldCommand(PlanCommand):
    """Set one field of one row through ``setter(plan, row_id, field, value)``.

    With a *merge* name and a *session* (one visit of the field, until it
    loses focus; None or negative: none), consecutive edits of the same
    field of the same row merge into one undo step; typing back to the old
    value makes the step obsolete."""

    def __init__(
        self,
        document: PlanDocument,
        text: str,
        setter: Callable,
        row_id,
        field: str,
        old,
        new,
        session: int | None = None,
        merge: str | None = None,
    ):
        super().__init__(document, text)
        self.setter, self.row_id, self.field, self.old, self.new = setter, row_id, field, old, new
        self.session, self.merge = session, merge

    def do(self) -> Change:
        return self.setter(self.document.plan, self.row_id, self.field, self.new)

    def undo_change(self) -> Change:
        return self.setter(self.document.plan, self.row_id, self.field, self.old)

    def merges(self) -> bool:
        """Whether this edit may merge with the next one."""
        return self.merge is not None and self.session is not None and self.session >= 0

    def id(self) -> int:
        return merge_id(self.merge) if self.merges() else -1

    def mergeWith(self, other) -> bool:
        if not isinstance(other, EditFieldCommand) or not self.merges() or other.merge != self.merge:
            return False
        if (other.row_id, other.field, other.session) != (self.row_id, self.field, self.session):
            return False  # row ids are unique across tables, so the setter need not be compared
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


def values_adder(add: Callable) -> Callable:
    """``add(plan, row_id, index, values=None)`` for RowCommands over a
    service's ``add(plan, values, index, row_id)`` (a row of *values*, blank
    fields left to the service's defaults)."""
    return lambda plan, row_id, index, values=None: add(plan, dict(values or {}), index, row_id)


class RowCommands:
    """The undo commands of one table, declared once from its service's row
    operations: ``add(plan, row_id, *args)``, ``delete(plan, row_id) ->
    (Change, *snapshot)``, ``restore(plan, *snapshot)``, ``move(plan, row_id,
    index)`` and ``update(plan, row_id, field, value)``; *undo_add* undoes an
    add where ``delete`` takes a list of ids. *texts* returns the translated
    undo texts of add, delete, move and edit, in that order."""

    def __init__(
        self,
        texts: Callable[[], tuple[str, str, str, str]],
        add: Callable | None = None,
        delete: Callable | None = None,
        restore: Callable | None = None,
        move: Callable | None = None,
        update: Callable | None = None,
        merge: str | None = None,
        session: int | None = None,
        undo_add: Callable | None = None,
    ):
        self.texts, self.adder, self.deleter, self.restorer = texts, add, delete, restore
        self.undo_add = undo_add or delete
        self.mover, self.updater, self.merge_name, self.default_session = move, update, merge, session

    def text(self, operation: str) -> str:
        """The undo text of *operation* (add, delete, move or edit)."""
        return dict(zip(("add", "delete", "move", "edit"), self.texts(), strict=True))[operation]

    def add(self, document: PlanDocument, *args, **kwargs) -> AddRowCommand:
        """A command adding a row; *args* go to the service after the row id."""
        adder = self.adder
        return AddRowCommand(
            document, self.text("add"), lambda plan, row_id: adder(plan, row_id, *args, **kwargs), self.undo_add
        )

    def delete(self, document: PlanDocument, row_id) -> DeleteRowCommand:
        """A command deleting a row (or the rows of a list of ids)."""
        return DeleteRowCommand(document, self.text("delete"), self.deleter, self.restorer, row_id)

    def move(self, document: PlanDocument, row_id: str, old: int, new: int) -> MoveRowCommand:
        """A command moving a row from index *old* to *new*."""
        return MoveRowCommand(document, self.text("move"), self.mover, row_id, old, new)

    def edit(self, document: PlanDocument, row_id, field: str, old, new, session: int | None = None):
        """A command setting one field; typing in one *session* (default: the
        table's) merges when the table has a merge name."""
        session = self.default_session if session is None else session
        return EditFieldCommand(
            document, self.text("edit"), self.updater, row_id, field, old, new, session, self.merge_name
        )
