"""Cell editors shared by the canvases' tables: a drop-down of (stored
value, label) pairs and a date field with a calendar pop-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate

from app.views.common.locale_format import date_edit_format


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a coded value with a drop-down. ``choices(index)`` gives the
    (stored value, label) pairs of a cell, or None where the cell edits as
    usual; it is asked each time, so labels follow the language and lists
    follow the plan. *editable* also takes typed text (stored as typed when
    it matches no label); *commit_on_pick* writes as soon as an item is
    picked; *name* names each drop-down after its column ("{name}-{column}")."""

    def __init__(
        self,
        choices: Callable,
        parent=None,
        editable: bool = False,
        commit_on_pick: bool = False,
        name: Callable | None = None,
    ):
        super().__init__(parent)
        self.choices, self.editable, self.commit_on_pick, self.name = choices, editable, commit_on_pick, name

    def createEditor(self, parent, option, index):
        pairs = self.choices(index)
        if pairs is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.setEditable(self.editable)
        if self.name:
            box.setObjectName(self.name(index))
        for value, label in pairs:
            box.addItem(label, value)
        if self.commit_on_pick:
            box.activated.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor, index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.EditRole)
        found = editor.findData(value)
        if found < 0 and value is None:
            found = editor.findData("")  # "" and None both mean "none chosen"
        if found >= 0 or not editor.isEditable():
            editor.setCurrentIndex(max(found, 0))
        else:
            editor.setEditText(value or "")

    def setModelData(self, editor, model, index) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
        elif editor.isEditable():
            text = editor.currentText().strip()
            found = editor.findText(text, Qt.MatchFixedString)
            model.setData(index, editor.itemData(found) if found >= 0 else text, Qt.EditRole)
        else:
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
