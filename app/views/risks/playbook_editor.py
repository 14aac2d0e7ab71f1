"""The Crisis-playbooks canvas: severity levels on top; below, the list of
playbooks and the selected playbook (scenario, level, triggers, escalation
chain, ordered steps, holding statements with a filled-in preview). Every
edit is one undo step; "Export one-page playbooks…" writes the war-room PDF."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.risks import rules as risk_rules
from app.services.plan.errors import StratdeckError
from app.services.risks import playbooks as svc
from app.services.risks import service as risk_service
from app.views.common import dialogs
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.locale_format import format_date
from app.views.common.message_text import message_text
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import PlanLineEdit, PlanTextEdit, RefusalBanner
from app.views.common.widgets.splitter import splitter
from app.views.risks.crisis_commands import EditFieldCommand
from app.views.risks.crisis_table_model import ColumnSpec
from app.views.risks.playbook_list import PlaybookList
from app.views.risks.playbook_panels import ChildPanel, LevelsPanel, contact_columns, statement_columns, step_columns

LINE_FIELDS = ("name", "spokesperson", "product")
TEXT_FIELDS = ("scenario", "trigger_text")
COMBO_FIELDS = ("severity_level_id", "trigger_kpi_id", "trigger_risk_id")


class PlaybookEditor(CanvasEditor):
    """Severity levels, playbooks and their parts; every edit is undoable."""

    follows_all_changes = True  # risks and KPIs feed the trigger lists; the brand feeds {brand}

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.current: dict | None = None
        self.sessions: dict[str, int] = dict.fromkeys((*LINE_FIELDS, *TEXT_FIELDS, "body"), 0)
        self.banner = RefusalBanner(self, "playbooks-banner")
        self.export_button = QPushButton(self.tr("Export one-page playbooks…"), self, objectName="playbooks-export")
        self.export_button.clicked.connect(self.export_pdf)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addStretch(0)
        top.addWidget(self.export_button)
        levels_box = QGroupBox(self.tr("Severity levels"), self)
        self.levels = LevelsPanel(document, levels_box)
        QVBoxLayout(levels_box).addWidget(self.levels)
        self.playbooks = PlaybookList(document, self)
        self.playbooks.selection_changed.connect(self.show_selected)
        body = QWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.details = QVBoxLayout(body)
        self.details.addWidget(self._form(body))
        self.contacts = self._child_group(
            body, "escalation_contact", contact_columns(), self.tr("Escalation chain"), self.tr("Add contact")
        )
        self.steps = self._child_group(body, "playbook_step", step_columns(), self.tr("Steps"), self.tr("Add step"))
        self.statements = self._child_group(
            body, "holding_statement", statement_columns(), self.tr("Holding statements"), self.tr("Add statement")
        )
        self.steps.table.setMinimumHeight(230)
        self.statements.fit_rows = False  # one line per statement; its text is edited below the table
        self.statements.selection_changed.connect(self.show_preview)
        self.preview = QLabel(body, objectName="statement-preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.RichText)
        self.preview.setStyleSheet("background:#F6F8FA;border:1px solid #D0D7DE;padding:8px;")
        preview_box = QGroupBox(self.tr("Statement text and preview (placeholders filled in)"), body)
        self.statement_body = PlanTextEdit(preview_box)
        self.statement_body.setObjectName("statement-body")
        self.statement_body.setPlaceholderText(self.tr("Select a statement to edit its text here."))
        self.statement_body.setFixedHeight(110)
        self.statement_body.textChanged.connect(self.edit_statement_body)
        self.statement_body.session_ended.connect(lambda: self._end_session("body"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.statement_body)
        preview_layout.addWidget(self.preview)
        self.details.addWidget(preview_box)
        self.details.addStretch(1)
        playbooks = splitter(self, (self.playbooks, self.scroll), (0, 1), sizes=(230, 900))
        # Levels above the playbooks in a splitter: on a small screen the
        # strategist gives the playbook the room and the levels still show.
        vertical = splitter(
            self, (levels_box, playbooks), (0, 1), vertical=True, name="playbooks-splitter", collapsible=False
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(vertical, 1)
        self.refresh_all()

    # -- building -------------------------------------------------------------
    def _form(self, parent) -> QGroupBox:
        group = QGroupBox(self.tr("Playbook"), parent)
        form = QFormLayout(group)
        self.line_edits: dict[str, PlanLineEdit] = {}
        self.text_edits: dict[str, PlanTextEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        labels = {
            "name": self.tr("Name"),
            "scenario": self.tr("Scenario"),
            "severity_level_id": self.tr("Severity level"),
            "trigger_text": self.tr("Trigger"),
            "trigger_kpi_id": self.tr("Trigger KPI"),
            "trigger_risk_id": self.tr("Trigger risk"),
            "spokesperson": self.tr("Spokesperson"),
            "product": self.tr("Product"),
        }
        hints = {  # what a field should hold, greyed while it is empty (never stored)
            "scenario": self.tr("The scene: what happens, where, and who is affected"),
            "trigger_text": self.tr("When this playbook starts, e.g. more than 500 mentions within 2 hours"),
            "product": self.tr("The product concerned (statements use it where they say {product})"),
        }
        for field in (
            "name",
            "scenario",
            "severity_level_id",
            "trigger_text",
            "trigger_kpi_id",
            "trigger_risk_id",
            "spokesperson",
            "product",
        ):
            if field in LINE_FIELDS:
                widget = PlanLineEdit(group)
                widget.textEdited.connect(lambda value, f=field: self.edit(f, value))
                self.line_edits[field] = widget
            elif field in TEXT_FIELDS:
                widget = PlanTextEdit(group)
                widget.setFixedHeight(64)
                widget.textChanged.connect(lambda f=field, w=widget: self.edit(f, w.toPlainText()))
                self.text_edits[field] = widget
            else:
                widget = QComboBox(group)
                widget.activated.connect(lambda _i, f=field, w=widget: self.edit(f, w.currentData()))
                self.combos[field] = widget
            widget.setObjectName(f"playbook-{field}")
            if field in hints:
                widget.setPlaceholderText(hints[field])
            if hasattr(widget, "session_ended"):
                widget.session_ended.connect(lambda f=field: self._end_session(f))
            form.addRow(labels[field], widget)
        self.form_group = group
        return group

    def _child_group(self, parent, table: str, columns: list[ColumnSpec], title: str, add_label: str) -> ChildPanel:
        group = QGroupBox(title, parent)
        panel = ChildPanel(self.document, table, columns, add_label, group)
        QVBoxLayout(group).addWidget(panel)
        self.details.addWidget(group)
        return panel

    def _end_session(self, field: str) -> None:
        self.sessions[field] += 1

    # -- editing --------------------------------------------------------------
    def edit(self, field: str, value) -> bool:
        """Push an undoable edit of a field of the selected playbook."""
        if self.current is None or value == self.current.get(field):
            return True
        session = self.sessions.get(field)
        command = EditFieldCommand(
            self.document,
            self.tr("Edit playbook"),
            svc.update_playbook,
            self.current["id"],
            field,
            self.current.get(field),
            value,
            session,
        )
        return self.document.execute(command)

    def edit_statement_body(self) -> bool:
        """Push an undoable edit of the shown statement's text (typing merges)."""
        statement = self._shown_statement()
        value = self.statement_body.toPlainText()
        if statement is None or value == statement["body"]:
            return True
        command = EditFieldCommand(
            self.document,
            self.tr("Edit holding statement"),
            lambda plan, row_id, field, text: svc.update_child(plan, "holding_statement", row_id, field, text),
            statement["id"],
            "body",
            statement["body"],
            value,
            self.sessions["body"],
        )
        return self.document.execute(command)

    def _shown_statement(self) -> dict | None:
        """The selected statement, else the first, else None."""
        rows = self.statements.model.rows
        if self.current is None or not rows:
            return None
        chosen = self.statements.selected_id()
        return next((r for r in rows if r["id"] == chosen), rows[0])

    def export_pdf(self) -> bool:
        """Ask for a file and write the one-page war-room playbooks there."""
        from app.services.risks.playbook_pdf import write_playbooks_pdf

        path = dialogs.choose_pdf_path(self, self.tr("Export one-page playbooks"), self.tr("crisis playbooks") + ".pdf")
        if not path:
            return False
        try:
            playbooks, pages, warnings = write_playbooks_pdf(self.document.plan.conn, path)
        except StratdeckError as exc:
            dialogs.show_error(self, self.tr("Playbooks not exported"), message_text(exc))
            return False
        if pages == playbooks:
            message = self.tr("Exported {count} playbooks, one page each, to {path}.")
        else:
            message = self.tr("Exported {count} playbooks on {pages} pages to {path}.")
        message = message.format(count=playbooks, pages=pages, path=path)
        if warnings:
            message += "\n" + "\n".join(message_text(w) for w in warnings)
        dialogs.show_info(self, self.tr("Playbooks exported"), message)
        return True

    # -- showing --------------------------------------------------------------
    def refresh_all(self) -> None:
        """Re-read levels, playbooks and the selected playbook."""
        self.levels.reload()
        self.playbooks.reload()
        self._fill_combos()
        self.show_selected()

    def _fill_combos(self) -> None:
        none = self.tr("— none —")
        options = {
            "severity_level_id": [
                (r["id"], self.tr("Level {level} · {name}").format(level=r["level"], name=r["name"]))
                for r in svc.list_levels(self.document.plan)
            ],
            "trigger_kpi_id": svc.kpi_choices(self.document.plan),
            "trigger_risk_id": [(r["id"], r["title"] or "—") for r in risk_service.list_risks(self.document.plan)],
        }
        for field, combo in self.combos.items():
            was = combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, None)
            for value, label in options[field]:
                combo.addItem(label, value)
            combo.blockSignals(was)

    def show_selected(self) -> None:
        """Show the selected playbook's fields and parts (or an empty form)."""
        playbook_id = self.playbooks.selected_id()
        rows = {r["id"]: r for r in self.playbooks.model.all_rows}
        self.current = rows.get(playbook_id)
        current = self.current or {}
        enabled = self.current is not None and not self.document.read_only
        for field, edit in self.line_edits.items():
            edit.set_value(current.get(field) or "")
        for field, edit in self.text_edits.items():
            edit.set_value(current.get(field) or "")
        for field, combo in self.combos.items():
            was = combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(current.get(field))))
            combo.blockSignals(was)
        self.form_group.setEnabled(enabled)
        for panel in (self.contacts, self.steps, self.statements):
            panel.show_playbook(playbook_id if self.current else None)
        self.show_preview()

    def show_preview(self) -> None:
        """The selected (or first) statement with {brand}, {date} and
        {product} filled in; placeholders left unfilled are marked."""
        statement = self._shown_statement()
        self.statement_body.setEnabled(statement is not None and not self.document.read_only)
        self.statement_body.set_value(statement["body"] if statement else "")
        if statement is None:
            self.preview.setText(self.tr("No holding statement yet."))
            return
        values = svc.placeholder_values(self.document.plan, self.current, format_date(dt.date.today()))
        title, _ = risk_rules.fill_placeholders(statement["title"], values)
        body, left = risk_rules.fill_placeholders(statement["body"], values)
        marked = html.escape(body).replace("\n", "<br>")
        for placeholder in left:
            marked = marked.replace(
                html.escape(placeholder),
                f'<span style="background:#FFE08A;color:#8A1C12">{html.escape(placeholder)}</span>',
            )
        note = ""
        if left:
            note = (
                "<p style='color:#8A1C12'>"
                + html.escape(self.tr("Not filled in: {names}").format(names=", ".join(left)))
                + "</p>"
            )
        shown = f"<b>{html.escape(title)}</b><p>{marked}</p>{note}"  # plan text and translated notes only
        self.preview.setText(shown)

    def show_message(self, message: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(message)

    def on_change(self, change) -> None:
        """Follow a committed change: our own tables, or risks/KPIs/plan
        fields that feed the trigger lists and the preview."""
        if change.canvas != "playbooks":
            if change.canvas == "*" or change.table in ("risk", "kpi", "plan"):
                self.refresh_all()
            return
        if change.table in ("playbook_step", "escalation_contact", "holding_statement"):
            panel = {
                "playbook_step": self.steps,
                "escalation_contact": self.contacts,
                "holding_statement": self.statements,
            }[change.table]
            panel.reload()
            self.show_preview()
        elif change.table == "playbook" and not change.structure:
            self.playbooks.reload()
            self.show_selected()
        else:
            self.refresh_all()
        if change.canvas == "playbooks":
            self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused: say why and show the stored values."""
        self.show_message(message)
        self.refresh_all()

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the playbook (and part) a finding is about."""
        playbook_id = svc.playbook_of(self.document.plan, item_id) if item_id else None
        if playbook_id:
            self.playbooks.select_id(playbook_id)
        panels = {
            "owner": self.steps,
            "offset_minutes": self.steps,
            "body": self.statements,
            "statements": self.statements,
        }
        panel = panels.get(field)
        if panel is not None:
            if item_id:
                panel.select_id(item_id, field)
            self.scroll.ensureWidgetVisible(panel)
            panel.table.setFocus(Qt.OtherFocusReason)
            if field == "body" and item_id and self.statement_body.isEnabled():
                self.scroll.ensureWidgetVisible(self.statement_body)  # the statement's text is edited below
                self.statement_body.setFocus(Qt.OtherFocusReason)
            return
        widget = self.line_edits.get(field) or self.text_edits.get(field) or self.combos.get(field)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.OtherFocusReason)
