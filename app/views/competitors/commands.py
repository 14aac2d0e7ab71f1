"""Undo commands of the Competitors canvas. Each one calls competitor_service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.competitors import service as svc
from app.services.plan.changes import Change
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import EditFieldCommand, RowCommands, values_adder

translate = QCoreApplication.translate

COMPETITORS = RowCommands(
    lambda: (translate("CompetitorCommands", "Add competitor"), translate("CompetitorCommands", "Delete competitor"),
             translate("CompetitorCommands", "Move competitor"), translate("CompetitorCommands", "Edit competitor")),
    add=values_adder(svc.add_competitor),
    delete=svc.delete_competitor, restore=svc.restore_competitor, move=svc.move_competitor,
    update=svc.update_competitor,
)
AddCompetitorCommand, DeleteCompetitorCommand = COMPETITORS.add, COMPETITORS.delete
MoveCompetitorCommand, EditCompetitorCommand = COMPETITORS.move, COMPETITORS.edit


def SetAxesCommand(document: PlanDocument, old: svc.Axes, new: svc.Axes, session: int = -1) -> EditFieldCommand:
    """Choose the positioning map's axes or rename a custom axis. Typing an
    axis name merges into one step until the field loses focus (*session*);
    each axis choice (no session) is its own step."""
    text = QCoreApplication.translate("CompetitorCommands", "Change map axes")
    return EditFieldCommand(document, text, _set_axes, None, "axes", old, new, session, "competitors.axes")


def _set_axes(plan, _row_id, _field, axes: svc.Axes) -> Change:
    return svc.set_axes(plan, axes)
