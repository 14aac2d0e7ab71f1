"""Editing widgets that leave Undo/Redo to the plan's undo stack.

A QLineEdit keeps its own undo history and swallows Ctrl+Z; in Stratdeck the
window's Undo must undo the last *saved edit*, whichever field has focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

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

    def __init__(self, parent=None, **properties):
        super().__init__(parent, **properties)
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

    def __init__(self, parent=None, **properties):
        super().__init__(parent, **properties)
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


class EmptyViewHint(QObject):
    """Paints a grey hint in an item view while its model has no rows, so an
    empty canvas says what to do first (the hint goes with the first row).
    With *how_to_start*, that text is shown instead while the plan is not
    *read_only* (what to click first)."""

    def __init__(self, view, text: str, how_to_start: str = "", read_only: bool = True):
        super().__init__(view)
        self.view = view
        self.text = how_to_start if how_to_start and not read_only else text
        view.viewport().installEventFilter(self)

    def showing(self) -> bool:
        """Whether the view is empty, so the hint is painted."""
        model = self.view.model()
        return model is not None and model.rowCount() == 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Paint or not self.showing():
            return False
        painter = QPainter(watched)
        painter.setPen(watched.palette().color(QPalette.PlaceholderText))
        rect = watched.rect().adjusted(12, 12, -12, -12)
        painter.drawText(rect, Qt.AlignCenter | Qt.TextWordWrap, self.text)
        painter.end()
        return True  # an empty view has nothing else to draw


def fit_rows_to_columns(table) -> None:
    """Re-fit a word-wrapped table's row heights whenever a column changes
    width. A table built in a hidden tab measures its rows at a few pixels
    wide and keeps those tall rows once shown, unless told to re-fit."""
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)  # one re-fit after a burst of column resizes
    timer.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_args: timer.start())


class RefusalBanner(QLabel):
    """The red line at the top of an editor that says why an edit was
    refused or not saved; hidden while there is nothing to say.

    It floats over the top of its parent instead of taking a place in the
    layout, so showing it never pushes the fields and cells down (the next
    double-click still hits the cell the planner aimed at). It stays until
    the next accepted edit or a click on it."""

    def __init__(self, parent, object_name: str):
        super().__init__(parent, objectName=object_name)
        self.setWordWrap(True)
        self.setStyleSheet(
            "background:#FDECEA;color:#8A1C12;padding:8px 28px 8px 8px;border:1px solid #F5C2BE;border-radius:4px;"
        )
        self.setToolTip(QCoreApplication.translate("RefusalBanner", "Click to dismiss"))
        parent.installEventFilter(self)
        self.hide()

    def say(self, text: str) -> None:
        """Show *text*, or hide the banner when it is empty."""
        self.setText(text)
        if text:
            self._float()
        self.setVisible(bool(text))
        if text:
            self.raise_()

    def _float(self) -> None:
        """Leave the layout (once) and lie over the top of the parent."""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None and layout.indexOf(self) >= 0:
            layout.removeWidget(self)
        if parent is not None:
            margin = 8
            width = max(120, parent.width() - 2 * margin)
            self.setGeometry(margin, margin // 2, width, self.heightForWidth(width))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize and self.isVisible():
            self._float()
        return False

    def mousePressEvent(self, event) -> None:
        self.hide()


def editor_layout(editor: QWidget, banner_name: str, title: str = "") -> tuple[QVBoxLayout, RefusalBanner]:
    """An editor's column: its refusal banner on top, then its *title*
    (when given); returns the layout and the banner."""
    layout = QVBoxLayout(editor)
    banner = RefusalBanner(editor, banner_name)
    layout.addWidget(banner)
    if title:
        heading = QLabel(title, editor)
        heading.setStyleSheet("font-size:16px;font-weight:600;")
        layout.addWidget(heading)
    return layout, banner
