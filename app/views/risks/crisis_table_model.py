"""The tables of the Risks and Playbooks editors on the shared rows model:
columns described by :func:`ColumnSpec`, every edit an
EditFieldCommand through the service's setter, rows reordered by drag and
drop; and the delegate editing them (spin box, drop-down, optional date)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QSpinBox

from app.views.common.choice_delegate import ChoiceDelegate
from app.views.common.label_table import LabelTable
from app.views.common.locale_format import date_edit_format
from app.views.common.plan_document import PlanDocument
from app.views.common.rows_model import Column, RowsTableModel, same_value
from app.views.risks.crisis_commands import EditFieldCommand

NO_DATE = QDate(2000, 1, 1)  # the date editor's "not set"


def ColumnSpec(
    field: str,
    header: str,
    kind: str = "text",
    choices: LabelTable | Mapping[str, str] | list[tuple[str, str]] = (),
    free_choice: bool = False,
    low: int = 0,
    high: int = 0,
    suffix: str = "",
    display: Callable[[dict], str] | None = None,
    background: Callable[[dict], str | None] | None = None,
) -> Column:
    """One column: the row field, its header, how it is edited (text,
    number, choice, date — ISO text that may be blank — or none) and
    optional display and colour. *choices*: a label table, {stored value:
    label} or (value, label) pairs."""
    if isinstance(choices, LabelTable):
        choices = choices.translated()
    choices = list(choices.items()) if isinstance(choices, Mapping) else list(choices)
    labels = dict(choices)

    def shown(value, row: dict) -> str:
        if display:
            return display(row)
        if labels:
            return labels.get(value, value or "")
        return "" if value is None else str(value)

    return Column(
        field,
        lambda: header,
        editable=kind != "none",
        kind=kind,
        choices=(lambda: list(choices)) if choices else None,
        formatter=shown,
        edit_value=lambda value, _row: value,
        background=background,
        low=low,
        high=high,
        suffix=suffix,
        free_choice=free_choice,
    )


class ServiceRowsModel(RowsTableModel):
    """Rows of one plan table (as the service returns them), optionally
    filtered; edits go through EditFieldCommand with *setter*."""

    def __init__(
        self,
        document: PlanDocument,
        columns: list[Column],
        fetch: Callable,
        setter: Callable,
        edit_text: str,
        parent=None,
    ):
        self.setter, self.edit_text = setter, edit_text
        super().__init__(document, columns, fetch, parent=parent)

    def unchanged(self, column: Column, old, value) -> bool:
        return same_value(old, value)

    def edit_command(self, row: dict, key: str, old, new):
        return EditFieldCommand(self.document, self.edit_text, self.setter, row["id"], key, old, new)


class RowsDelegate(ChoiceDelegate):
    """Editors by column kind: spin box, drop-down, date edit, else text."""

    def __init__(self, model: RowsTableModel, parent=None):
        super().__init__(self._choices, parent)
        self.model = model

    def _spec(self, index) -> Column:
        return self.model.columns[index.column()]

    def _choices(self, index):
        spec = self._spec(index)
        if spec.kind != "choice":
            return None
        return spec.choices() if spec.choices else []

    def createEditor(self, parent, option, index):
        spec = self._spec(index)
        if spec.kind == "number":
            editor = QSpinBox(parent)
            editor.setRange(spec.low, spec.high)
            editor.setSuffix(spec.suffix)
            return editor
        if spec.kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(date_edit_format())
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("not set"))
            return editor
        editor = super().createEditor(parent, option, index)
        if spec.kind == "choice":
            editor.setEditable(spec.free_choice)
        return editor

    def setEditorData(self, editor, index) -> None:
        spec, value = self._spec(index), index.data(Qt.EditRole)
        if spec.kind == "number":
            editor.setValue(int(value) if value is not None else spec.low)
        elif spec.kind == "date":
            editor.setDate(QDate.fromString(value, Qt.ISODate) if value else NO_DATE)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        spec = self._spec(index)
        if spec.kind == "number":
            editor.interpretText()
            model.setData(index, editor.value())
        elif spec.kind == "date":
            date = editor.date()
            model.setData(index, None if date == NO_DATE else date.toString(Qt.ISODate))
        else:
            super().setModelData(editor, model, index)
