"""The selected SWOT item's fields (text, weight, evidence) and the TOWS
strategies that cite it. Typing is one undo step per field and session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

from app.services.plan.errors import EditRefused
from app.services.swot import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import PlanLineEdit, PlanTextEdit
from app.views.swot.commands import EditItemCommand


class SwotItemForm(QGroupBox):
    """Edits one item; empty and disabled while nothing (or several) is selected."""

    strategy_chosen = Signal(str)  # a strategy id from the "cited by" links

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(self.tr("Selected item"), parent)
        self.document = document
        self.item: dict | None = None
        self.sessions = {"text": 0, "evidence": 0, "weight": 0}
        form = QFormLayout(self)
        self.text_edit = PlanLineEdit(self)
        self.text_edit.setObjectName("swot-item-text")
        self.weight_box = QSpinBox(self, objectName="swot-item-weight")
        self.weight_box.setRange(1, 5)
        self.weight_box.setKeyboardTracking(False)
        self.evidence_edit = PlanTextEdit(self)
        self.evidence_edit.setObjectName("swot-item-evidence")
        self.evidence_edit.setPlaceholderText(self.tr("Source, figure or study behind this item"))
        self.evidence_edit.setMinimumHeight(60)
        # a few lines, so "cited by" below stays in view on a small screen (longer notes scroll)
        self.evidence_edit.setMaximumHeight(6 * self.fontMetrics().lineSpacing() + 12)
        self.cited_by = QLabel(self, objectName="swot-item-cited-by")
        self.cited_by.setWordWrap(True)
        self.cited_by.setTextFormat(Qt.RichText)
        self.cited_by.linkActivated.connect(self.strategy_chosen)
        self.text_label, self.weight_label = QLabel(self.tr("Text"), self), QLabel(self.tr("Weight"), self)
        self.evidence_label, self.cited_label = QLabel(self.tr("Evidence"), self), QLabel(self.tr("Cited by"), self)
        form.addRow(self.text_label, self.text_edit)
        form.addRow(self.weight_label, self.weight_box)
        form.addRow(self.evidence_label, self.evidence_edit)
        form.addRow(self.cited_label, self.cited_by)
        self.text_edit.textEdited.connect(lambda text: self.edit("text", text))
        self.text_edit.session_ended.connect(lambda: self._end_session("text"))
        self.evidence_edit.textChanged.connect(lambda: self.edit("evidence", self.evidence_edit.toPlainText()))
        self.evidence_edit.session_ended.connect(lambda: self._end_session("evidence"))
        self.weight_box.valueChanged.connect(lambda value: self.edit("weight", value))
        self.show_item(None)

    def _end_session(self, field: str) -> None:
        self.sessions[field] += 1

    def show_item(self, item_id: str | None) -> None:
        """Show an item's stored values (None: nothing selected)."""
        try:
            self.item = svc.get_item(self.document.plan, item_id) if item_id else None
        except EditRefused:  # the item was deleted meanwhile: show nothing
            self.item = None
        item = self.item or {"text": "", "weight": 3, "evidence": ""}
        self.text_edit.set_value(item["text"])
        if not self.text_edit.hasFocus():
            self.text_edit.setCursorPosition(0)  # show the start of a long text
        self.evidence_edit.set_value(item["evidence"])
        was = self.weight_box.blockSignals(True)
        self.weight_box.setValue(int(item["weight"]))
        self.weight_box.blockSignals(was)
        for widget in (self.text_edit, self.weight_box, self.evidence_edit):
            widget.setEnabled(self.item is not None and not self.document.read_only)
        self._show_citing()

    def _show_citing(self) -> None:
        if self.item is None:
            self.cited_by.setText("")
            return
        strategies = svc.citing_strategies(self.document.plan, [self.item["id"]])
        if not strategies:
            self.cited_by.setText(self.tr("No TOWS strategy cites this item."))
            return
        from html import escape

        def short(text: str) -> str:
            return text if len(text) <= 60 else text[:59].rstrip() + "…"

        links = [f'<a href="{s["id"]}">{s["label"]}</a> {escape(short(s["text"]))}' for s in strategies]
        self.cited_by.setText("<br>".join(links))

    def edit(self, field: str, value) -> bool:
        """Push an undoable edit of the shown item's *field*."""
        if self.item is None or self.item[field] == value:
            return True
        command = EditItemCommand(self.document, self.item["id"], field, self.item[field], value, self.sessions[field])
        if field == "weight":
            self.sessions["weight"] += 1  # each weight step is its own undo step
        return self.document.execute(command)

    def retranslate(self) -> None:
        """Labels in the new interface language."""
        self.setTitle(self.tr("Selected item"))
        self.text_label.setText(self.tr("Text"))
        self.weight_label.setText(self.tr("Weight"))
        self.evidence_label.setText(self.tr("Evidence"))
        self.cited_label.setText(self.tr("Cited by"))
        self.evidence_edit.setPlaceholderText(self.tr("Source, figure or study behind this item"))
        self._show_citing()
