"""Rows of buttons the editors and dialogs share."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QWidget


def button_row(widgets: Iterable[QWidget], enabled: bool = True) -> QHBoxLayout:
    """*widgets* left to right, then a stretch; each enabled only when
    *enabled* (a plan opened read-only greys its edit buttons)."""
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
        widget.setEnabled(enabled)
    layout.addStretch(1)
    return layout


def ok_cancel(dialog: QDialog, accept: Callable, ok_text: str = "") -> QDialogButtonBox:
    """OK (titled *ok_text* when given) running *accept*, and Cancel
    rejecting *dialog*."""
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
    if ok_text:
        buttons.button(QDialogButtonBox.Ok).setText(ok_text)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
