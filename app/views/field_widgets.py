"""Editing widgets that leave Undo/Redo to the plan's undo stack.

A QLineEdit keeps its own undo history and swallows Ctrl+Z; in Stratdeck the
window's Undo must undo the last *saved edit*, whichever field has focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_PASSED_ON = (QKeySequence.Undo, QKeySequence.Redo)


def _is_undo_key(event) -> bool:
    return any(event.matches(key) for key in _PASSED_ON)


class _UndoKeysFilter(QObject):
    """Lets Undo/Redo shortcuts reach the window's actions."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return True
        if event.type() == QEvent.KeyPress and _is_undo_key(event):
            event.ignore()
            return True
        return False


_FILTER: _UndoKeysFilter | None = None


def _undo_filter() -> _UndoKeysFilter:
    global _FILTER
    if _FILTER is None:
        _FILTER = _UndoKeysFilter()
    return _FILTER


class PlanLineEdit(QLineEdit):
    """Single-line field: emits ``session_ended`` when the user leaves it, so
    the next typing starts a new undo step."""

    session_ended = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.installEventFilter(_undo_filter())
        self.editingFinished.connect(self.session_ended)

    def set_value(self, text: str) -> None:
        """Show a stored value without emitting edit signals."""
        if self.text() != text:
            was = self.blockSignals(True)
            self.setText(text)
            self.blockSignals(was)


class PlanTextEdit(QPlainTextEdit):
    """Multi-line field with the same undo behaviour as PlanLineEdit."""

    session_ended = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.installEventFilter(_undo_filter())

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.session_ended.emit()

    def set_value(self, text: str) -> None:
        """Show a stored value without emitting edit signals, keeping the
        cursor where it was when possible."""
        if self.toPlainText() != text:
            cursor_pos = self.textCursor().position()
            was = self.blockSignals(True)
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(cursor_pos, len(text)))
            self.setTextCursor(cursor)
            self.blockSignals(was)
