"""The open plan as Qt sees it: the PlanFile, its QUndoStack and one signal
that carries every committed Change to the views."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.plan.changes import Change
from app.services.plan.errors import PlanWriteError, StratdeckError
from app.services.plan.storage.plan_file import PlanFile
from app.views.common.message_text import message_text

log = logging.getLogger(__name__)


class PlanCommand(QUndoCommand):
    """An undoable edit. Subclasses implement ``do`` and ``undo_change``;
    each calls a service and returns the Change it committed.

    The first ``redo`` (Qt calls it on push) is skipped because
    ``PlanDocument.execute`` already ran ``do`` to find out whether the
    service accepted the edit."""

    def __init__(self, document: "PlanDocument", text: str):
        super().__init__(text)
        self.document = document
        self._done_once = False

    def do(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_change(self) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self.document.run_and_announce(self.do)

    def undo(self) -> None:
        self.document.run_and_announce(self.undo_change)


class PlanDocument(QObject):
    """Owns the open PlanFile and the undo stack of one window."""

    changed = Signal(object)  # Change
    failed = Signal(str, str)  # field, translated message: an edit was refused or not saved
    write_failed = Signal(str)  # translated message: the disk refused a write; the window offers Save As
    saved = Signal()

    def __init__(self, plan: PlanFile, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)

    @property
    def read_only(self) -> bool:
        """True when the plan was opened read-only."""
        return self.plan.read_only

    def execute(self, command: PlanCommand) -> bool:
        """Run a command's edit; push it on success. Returns whether it stuck."""
        try:
            change = command.do()
        except StratdeckError as exc:
            self._report(exc)
            return False
        command._done_once = False
        self.undo_stack.push(command)
        self._announce(change)
        return True

    def run_and_announce(self, action) -> None:
        """Run an undo/redo service call and broadcast its change."""
        try:
            change = action()
        except StratdeckError as exc:
            log.warning("undo/redo failed: %s", exc)
            self._report(exc)
            return
        self._announce(change)

    def _report(self, exc: StratdeckError) -> None:
        text = message_text(exc)  # in the interface language, by the message's key
        self.failed.emit(getattr(exc, "field", ""), text)
        if isinstance(exc, PlanWriteError):
            log.error("write failed: %s", exc)
            self.write_failed.emit(text)

    def _announce(self, change: Change) -> None:
        self.saved.emit()
        self.changed.emit(change)

    def close(self) -> None:
        """Close the plan file (releases its lock)."""
        self.undo_stack.clear()
        self.plan.close()
