"""Undo commands of the Risks and Playbooks canvases: the shared generic
row commands (the editors build them with the right service functions);
field edits of one typing session merge under the name "risks.field"."""

from __future__ import annotations

from collections.abc import Callable

from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import AddRowCommand, CallCommand, DeleteRowCommand, MoveRowCommand
from app.views.common.row_commands import EditFieldCommand as _EditFieldCommand

__all__ = ["AddRowCommand", "CallCommand", "DeleteRowCommand", "EditFieldCommand", "MoveRowCommand"]


def EditFieldCommand(
    document: PlanDocument,
    text: str,
    setter: Callable,
    row_id: str,
    field: str,
    old,
    new,
    session: int | None = None,
) -> _EditFieldCommand:
    """Set one field of one row through ``setter(plan, row_id, field, value)``.
    Edits of the same field of the same row in one typing session merge."""
    return _EditFieldCommand(document, text, setter, row_id, field, old, new, session, "risks.field")
