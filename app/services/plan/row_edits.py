"""The add, field-edit and move operations of an ordered canvas table, over
the kernel's row operations (app.services.plan.rows).

Most canvas tables are edited the same way: each value passes the canvas'
check (the stored value, or EditRefused naming the field), the row goes in at
an index, one field changes in its own transaction, a row moves. A canvas
declares that once per table and exports the operations under its own names::

    PERSONAS = RowEdits(CANVAS, "persona", check_value, MESSAGES("persona_gone"))
    add_persona, update_persona, move_persona = PERSONAS.add, PERSONAS.update, PERSONAS.move

Deleting stays with each canvas: what a delete takes along (cells, links,
child rows) and how undo puts it back differ per table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.models.frozen import frozen_model
from app.services.plan.changes import Change
from app.services.plan.rows import insert_row, move_row, update_field
from app.services.plan.storage.plan_file import PlanFile


@frozen_model
class RowEdits:
    """Add, update and move for *table* of *canvas*. *check* (field, value)
    returns the value to store or raises EditRefused; with *check_needs_plan*
    it is called (plan, field, value), for checks that look at other rows.
    *gone* is the refusal when the edited row no longer exists."""

    canvas: str
    table: str
    check: Callable[..., Any]
    gone: Any  # a Message of the canvas catalogue
    check_needs_plan: bool = False

    def checked(self, plan: PlanFile, field: str, value) -> Any:
        """*value* as it is stored in *field*, or EditRefused."""
        return self.check(plan, field, value) if self.check_needs_plan else self.check(field, value)

    def add(self, plan: PlanFile, values: dict | None = None, index: int | None = None, row_id=None) -> Change:
        """Insert a row with *values* (each checked first) at *index* (end
        by default); Change.ids holds its id."""
        stored = {field: self.checked(plan, field, value) for field, value in (values or {}).items()}
        new_id = insert_row(plan, self.table, stored, index, row_id)
        return Change(self.canvas, self.table, (new_id,), structure=True)

    def update(self, plan: PlanFile, row_id: str, field: str, value) -> Change:
        """Change one field of a row (checked first; refused with *gone*,
        nothing stored, when the row no longer exists)."""
        update_field(plan, self.table, row_id, field, self.checked(plan, field, value), self.gone)
        return Change(self.canvas, self.table, (row_id,), (field,))

    def move(self, plan: PlanFile, row_id: str, index: int) -> Change:
        """Move a row to *index*."""
        move_row(plan, self.table, row_id, index)
        return Change(self.canvas, self.table, (row_id,), structure=True)
