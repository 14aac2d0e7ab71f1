"""The one question this canvas asks (kept here so tests can replace it and
never block on a modal window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_pillar_delete(parent: QWidget, message: str, details: str) -> bool:
    """Deleting a pillar that has initiatives: ask first. True means delete."""
    box = QMessageBox(
        QMessageBox.Question,
        QCoreApplication.translate("InitiativesEditor", "Delete pillar?"),
        message,
        parent=parent,
    )
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
    box.button(QMessageBox.Yes).setText(QCoreApplication.translate("InitiativesEditor", "Delete"))
    box.setDefaultButton(QMessageBox.Cancel)
    return box.exec() == QMessageBox.Yes
