"""Cell editors of the calendar tables: a drop-down for statuses and phase
kinds, a date field with a calendar pop-up for dates."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate

from app.views.common.locale_format import date_edit_format


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a coded value with a drop-down of (code, label) pairs."""

    def __init__(self, choices, parent=None):
        super().__init__(parent)
        self.choices = choices  # callable returning [(code, label)], so labels follow the language

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for code, label in self.choices():
            box.addItem(label, code)
        return box

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.EditRole)


class DateDelegate(QStyledItemDelegate):
    """Edits an ISO date with a calendar pop-up (the model gives and takes QDate)."""

    def createEditor(self, parent, option, index):
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        return edit

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.EditRole)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate.currentDate())

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.date(), Qt.EditRole)
