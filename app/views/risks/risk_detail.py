"""The detail pane of the Risks canvas: every field of the selected risk,
with multi-line editors for description, mitigation and contingency.

Each typing session in one field (until the field loses focus or another
risk is selected) is one undo step, and every keystroke is saved at once,
like the Overview canvas."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout

from app.services.risks import service as svc
from app.views.common.locale_format import date_edit_format
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import PlanLineEdit, PlanTextEdit
from app.views.risks import service_text as text
from app.views.risks.crisis_commands import EditFieldCommand
from app.views.risks.crisis_table_model import NO_DATE

LINE_FIELDS = ("title", "owner")
TEXT_FIELDS = ("description", "mitigation", "contingency")
SESSION_FIELDS = (*LINE_FIELDS, *TEXT_FIELDS, "category", "review_date")


class RiskDetail(QGroupBox):
    """All fields of one risk; ``show_risk(row)`` fills it (None: empty, disabled)."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent, objectName="risk-detail")
        self.document = document
        self.current: dict | None = None
        self.sessions: dict[str, int] = dict.fromkeys(SESSION_FIELDS, 0)
        self.line_edits: dict[str, PlanLineEdit] = {}
        self.text_edits: dict[str, PlanTextEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for field in LINE_FIELDS:
            edit = PlanLineEdit(self)
            edit.textEdited.connect(lambda value, f=field: self.edit(f, value))
            self.line_edits[field] = edit
        self.category = QComboBox(self, editable=True, insertPolicy=QComboBox.NoInsert)
        for value, label in text.CATEGORIES.translated().items():
            self.category.addItem(label, value)
        self.category.activated.connect(lambda _i: self.edit_category())
        self.category.lineEdit().editingFinished.connect(self.edit_category)
        self.likelihood, self.impact = QSpinBox(self), QSpinBox(self)
        for field, spin in (("likelihood", self.likelihood), ("impact", self.impact)):
            spin.setRange(1, 5)
            spin.valueChanged.connect(lambda value, f=field: self.edit(f, value))
        self.status = QComboBox(self)
        for value, label in text.STATUSES.translated().items():
            self.status.addItem(label, value)
        self.status.activated.connect(lambda _i: self.edit("status", self.status.currentData()))
        self.review_date = QDateEdit(
            self, calendarPopup=True, displayFormat=date_edit_format(), minimumDate=NO_DATE
        )
        self.review_date.setSpecialValueText(self.tr("not set"))
        self.review_date.dateChanged.connect(self.edit_date)
        self.review_date.editingFinished.connect(lambda: self._end_session("review_date"))
        labels = {
            "title": self.tr("Risk"),
            "owner": self.tr("Owner"),
            "category": self.tr("Category"),
            "likelihood": self.tr("Likelihood"),
            "impact": self.tr("Impact"),
            "status": self.tr("Status"),
            "review_date": self.tr("Review date"),
            "description": self.tr("Description"),
            "mitigation": self.tr("Mitigation"),
            "contingency": self.tr("Contingency"),
        }
        hints = {  # what a field should hold, greyed while it is empty (never stored)
            "description": self.tr("Why it could happen and what it would hit"),
            "mitigation": self.tr("What lowers its likelihood or impact, e.g. a second supplier"),
            "contingency": self.tr("What we do if it happens, e.g. run the crisis playbook"),
        }
        short = [
            ("title", self.line_edits["title"], 0, 0, 3),
            ("owner", self.line_edits["owner"], 0, 4, 3),
            ("category", self.category, 1, 0, 1),
            ("likelihood", self.likelihood, 1, 2, 1),
            ("impact", self.impact, 1, 4, 1),
            ("status", self.status, 1, 6, 1),
        ]
        for field, widget, row, column, span in short:
            label = QLabel(labels[field], self)
            label.setBuddy(widget)
            grid.addWidget(label, row, column, Qt.AlignRight | Qt.AlignVCenter)
            grid.addWidget(widget, row, column + 1, 1, span)
        date_label = QLabel(labels["review_date"], self)
        date_label.setBuddy(self.review_date)
        grid.addWidget(date_label, 0, 8, Qt.AlignRight | Qt.AlignVCenter)
        grid.addWidget(self.review_date, 0, 9)
        for column in (1, 3, 5, 7, 9):
            grid.setColumnStretch(column, 1)
        texts = QGridLayout()
        texts.setHorizontalSpacing(8)
        texts.setVerticalSpacing(2)
        for column, field in enumerate(TEXT_FIELDS):
            edit = PlanTextEdit(self)
            edit.setTabChangesFocus(True)  # Tab moves on, as in the other fields
            edit.setMinimumHeight(60)
            edit.setPlaceholderText(hints[field])
            edit.textChanged.connect(lambda f=field, w=edit: self.edit(f, w.toPlainText()))
            self.text_edits[field] = edit
            label = QLabel(labels[field], self)
            label.setBuddy(edit)
            texts.addWidget(label, 0, column)
            texts.addWidget(edit, 1, column)
            texts.setColumnStretch(column, 1)
        texts.setRowStretch(1, 1)
        for field, widget in (
            *self.line_edits.items(),
            *self.text_edits.items(),
            ("category", self.category),
            ("likelihood", self.likelihood),
            ("impact", self.impact),
            ("status", self.status),
            ("review_date", self.review_date),
        ):
            widget.setObjectName(f"risk-detail-{field}")
            widget.setAccessibleName(labels[field])
            if hasattr(widget, "session_ended"):
                widget.session_ended.connect(lambda f=field: self._end_session(f))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(grid)
        layout.addLayout(texts, 1)
        self.show_risk(None)

    def _end_session(self, field: str) -> None:
        self.sessions[field] += 1

    # -- editing --------------------------------------------------------------
    def edit(self, field: str, value) -> bool:
        """Save *value* in *field* of the shown risk as an undoable edit;
        typing in one field merges into one undo step until it loses focus."""
        if self.current is None or value == self.current.get(field):
            return True
        if value in (None, "") and self.current.get(field) in (None, ""):
            return True
        command = EditFieldCommand(
            self.document,
            self.tr("Edit risk"),
            svc.update_risk,
            self.current["id"],
            field,
            self.current.get(field),
            value,
            self.sessions.get(field),
        )
        return self.document.execute(command)

    def edit_category(self) -> bool:
        """A category picked from the list (stored as its key) or typed."""
        typed = self.category.currentText().strip()
        found = self.category.findText(typed, Qt.MatchFixedString)
        value = self.category.itemData(found) if found >= 0 else typed
        ended = self.edit("category", value)
        self._end_session("category")
        return ended

    def edit_date(self, date: QDate) -> bool:
        """A review date picked or typed ("not set" clears it)."""
        return self.edit("review_date", None if date == NO_DATE else date.toString(Qt.ISODate))

    # -- showing --------------------------------------------------------------
    def show_risk(self, row: dict | None) -> None:
        """Show *row*'s fields (None: an empty, disabled pane). Switching to
        another risk starts new typing sessions."""
        switched = (row or {}).get("id") != (self.current or {}).get("id")
        if switched:
            for field in self.sessions:
                self.sessions[field] += 1
        self.current = row
        values = row or {}
        title = values.get("title") or ""
        self.setTitle(
            self.tr("Risk details: {title}").format(title=title)
            if row
            else self.tr("Risk details: select a risk in the table to edit it here")
        )
        for field, edit in (*self.line_edits.items(), *self.text_edits.items()):
            edit.set_value(values.get(field) or "")
        for edit in self.line_edits.values():
            if not edit.hasFocus():
                edit.setCursorPosition(0)  # a long title shows its start, not its end
        category = values.get("category") or ""
        if switched or not self.category.lineEdit().hasFocus():  # never overwrite text being typed
            was = self.category.blockSignals(True)
            found = self.category.findData(category) if category else -1
            if found >= 0:
                self.category.setCurrentIndex(found)
            else:
                self.category.setCurrentIndex(-1)
                self.category.setEditText(category)
            self.category.blockSignals(was)
        for field, widget in (("likelihood", self.likelihood), ("impact", self.impact)):
            was = widget.blockSignals(True)
            widget.setValue(int(values.get(field) or 3))
            widget.blockSignals(was)
        was = self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status") or "open")))
        self.status.blockSignals(was)
        was = self.review_date.blockSignals(True)
        stored = values.get("review_date")
        self.review_date.setDate(QDate.fromString(stored, Qt.ISODate) if stored else NO_DATE)
        self.review_date.blockSignals(was)
        self.setEnabled(row is not None and not self.document.read_only)

    def focus_field(self, field: str) -> bool:
        """Put the keyboard in *field*'s editor; False when the pane has none."""
        widget = {
            **self.line_edits,
            **self.text_edits,
            "category": self.category,
            "likelihood": self.likelihood,
            "impact": self.impact,
            "status": self.status,
            "review_date": self.review_date,
        }.get(field)
        if widget is None or not self.isEnabled():
            return False
        widget.setFocus(Qt.OtherFocusReason)
        return True
