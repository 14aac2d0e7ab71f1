"""Every dialog the windows open, in one place, so tests can replace them
and never block on a modal window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QWidget


def _plan_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Stratdeck plans (*.stratdeck)")


def choose_open_path(parent: QWidget) -> str | None:
    """Ask for a plan file to open."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Dialogs", "Open plan"), "", _plan_filter()
    )
    return path or None


def choose_save_path(parent: QWidget, title: str, suggested: str = "") -> str | None:
    """Ask where to write a plan file; the .stratdeck suffix is added."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, _plan_filter())
    if path and not path.endswith(".stratdeck"):
        path += ".stratdeck"
    return path or None


def choose_image_path(parent: QWidget) -> str | None:
    """Ask for a PNG or JPEG image."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Choose logo"),
        "",
        QCoreApplication.translate("Dialogs", "Images (*.png *.jpg *.jpeg)"),
    )
    return path or None


def choose_color(parent: QWidget, initial: str | None) -> str | None:
    """Ask for a colour; return #RRGGBB or None when cancelled."""
    color = QColorDialog.getColor(
        QColor(initial or "#C8102E"), parent, QCoreApplication.translate("Dialogs", "Brand colour")
    )
    return color.name().upper() if color.isValid() else None


def ask_open_read_only(parent: QWidget, message: str) -> bool:
    """The plan is locked or not writable: offer to open it read-only."""
    box = QMessageBox(
        QMessageBox.Question, QCoreApplication.translate("Dialogs", "Plan in use"), message, parent=parent
    )
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Open it read-only?"))
    box.setStandardButtons(QMessageBox.Open | QMessageBox.Cancel)
    box.button(QMessageBox.Open).setText(QCoreApplication.translate("Dialogs", "Open read-only"))
    return box.exec() == QMessageBox.Open


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """Show an error without blocking the event loop; return the box."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Warning, title, message, parent=parent)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.setObjectName("stratdeck-error")
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Tell the user something without blocking the event loop."""
    from PySide6.QtCore import Qt

    box = QMessageBox(QMessageBox.Information, title, message, parent=parent)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.setObjectName("stratdeck-info")
    box.open()
    return box


def _confirm_delete(parent: QWidget, title: str, message: str, details: str) -> bool:
    """Ask before a delete that takes more with it; True means delete."""
    box = QMessageBox(QMessageBox.Question, title, message, parent=parent)
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.Cancel)
    box.button(QMessageBox.Yes).setText(QCoreApplication.translate("Dialogs", "Delete"))
    box.setDefaultButton(QMessageBox.Cancel)
    return box.exec() == QMessageBox.Yes


def confirm_swot_delete(parent: QWidget, message: str, details: str) -> bool:
    """Deleting SWOT items that TOWS strategies cite: ask first. *details*
    lists the strategies that lose a citation. True means delete."""
    return _confirm_delete(parent, QCoreApplication.translate("Dialogs", "Delete cited items?"), message, details)


def confirm_channel_delete(parent: QWidget, message: str, details: str) -> bool:
    """Deleting a channel that budget lines or campaigns use: ask first.
    *details* says what goes with it. True means delete."""
    return _confirm_delete(parent, QCoreApplication.translate("Dialogs", "Delete channel?"), message, details)


def choose_pdf_path(parent: QWidget, title: str, suggested: str = "") -> str | None:
    """Ask where to write a PDF; the .pdf suffix is added when missing."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)")
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path or None
