"""The detail editor of the selected persona: profile fields, share of
customers, goals, pain points, behaviours, channels, triggers, quote and
photo. Every edit is an undo command; typing in one field merges."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.models.personas.rules import pct
from app.services.personas import service as svc
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import PlanLineEdit, PlanTextEdit
from app.views.common.widgets.image_field import ImageField
from app.views.personas.commands import EditPersonaCommand, SetPhotoCommand

LINE_FIELDS = ("name", "role", "age_band", "city_tier", "income_band")
TEXT_FIELDS = ("profile", "goals", "pain_points", "behaviours", "preferred_channels", "buying_triggers", "quote")
PHOTO_BOX = 120


class PersonaDetail(QScrollArea):
    """Form of one persona; empty and disabled when none is selected."""

    refused = Signal(str)  # an image was refused before any command ran

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.persona_id: str | None = None
        self.values: dict = {}
        self.sessions = dict.fromkeys((*LINE_FIELDS, *TEXT_FIELDS, "customer_share_pct"), 0)
        self.widgets: dict[str, object] = {}
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        self.body = body
        layout = QVBoxLayout(body)
        layout.addWidget(self._profile_group(body))
        layout.addWidget(self._text_group(body))
        layout.addStretch(1)
        self.show_persona(None)

    # -- building ----------------------------------------------------------
    def _profile_group(self, parent) -> QGroupBox:
        group = QGroupBox(self.tr("Profile"), parent)
        outer = QHBoxLayout(group)
        form = QFormLayout()
        # on a narrow pane the fields go under their labels rather than shrink to a few characters
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        labels = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "age_band": self.tr("Age band"),
            "city_tier": self.tr("City tier"),
            "income_band": self.tr("Income band"),
        }
        for field in LINE_FIELDS:
            edit = self._add_field(form, field, labels[field], PlanLineEdit(group))
            edit.textEdited.connect(lambda text, f=field: self.edit(f, text))
        share = PlanLineEdit(group, objectName="persona-customer_share_pct", maximumWidth=120)
        share.setPlaceholderText(self.tr("e.g. 35"))
        share.editingFinished.connect(lambda: self.edit("customer_share_pct", share.text()))
        form.addRow(self.tr("Share of customers (%)"), share)
        self.widgets["customer_share_pct"] = share
        outer.addLayout(form, 1)
        self.photo = ImageField(
            group,
            "photo",
            "persona-photo",
            QSize(PHOTO_BOX, PHOTO_BOX),
            (self.tr("Choose photo…"), self.tr("Remove photo")),
            lambda: self.tr("No photo"),
            store=self._store_photo,
            remove=self.remove_photo,
            refused=self.refused.emit,
        )
        self.photo_label = self.photo.box
        self.choose_photo_button, self.remove_photo_button = self.photo.choose_button, self.photo.remove_button
        outer.addWidget(self.photo)
        return group

    def _text_group(self, parent) -> QGroupBox:
        group = QGroupBox(self.tr("Needs and behaviour"), parent)
        form = QFormLayout(group)
        labels = {
            "goals": self.tr("Goals"),
            "pain_points": self.tr("Pain points"),
            "behaviours": self.tr("Behaviours"),
            "preferred_channels": self.tr("Preferred channels"),
            "buying_triggers": self.tr("Buying triggers"),
            "quote": self.tr("Quote"),
            "profile": self.tr("Profile"),
        }
        for field in TEXT_FIELDS:
            edit = self._add_field(form, field, labels[field], PlanTextEdit(group, tabChangesFocus=True))
            edit.setFixedHeight(58 if field in ("preferred_channels", "quote") else 78)
            edit.textChanged.connect(lambda f=field, e=edit: self.edit(f, e.toPlainText()))
        return group

    def _add_field(self, form: QFormLayout, field: str, label: str, edit):
        """Name *edit* after *field*, end its typing session when it loses
        focus, and add it to *form* under *label*."""
        edit.setObjectName(f"persona-{field}")
        edit.setMinimumWidth(160)
        edit.session_ended.connect(lambda f=field: self._end_session(f))
        form.addRow(label, edit)
        self.widgets[field] = edit
        return edit

    def _end_session(self, field: str) -> None:
        self.sessions[field] += 1

    # -- editing -----------------------------------------------------------
    def edit(self, field: str, value) -> bool:
        """Push an undoable edit of *field* of the shown persona."""
        if self.persona_id is None:
            return False
        old = self.values.get(field)
        if field == "customer_share_pct":
            if (value or "").strip() == ("" if old is None else pct(old)):
                return True
            self.sessions[field] += 1
        elif value == old:
            return True
        command = EditPersonaCommand(self.document, self.persona_id, field, old, value, self.sessions[field])
        return self.document.execute(command)

    def choose_photo(self) -> None:
        """Pick a photo file; a bad file is refused with a message."""
        self.photo.choose()

    def set_photo_file(self, path: str) -> bool:
        """Check, scale and store an image file as the photo (undoable)."""
        return self.persona_id is not None and self.photo.load_file(path)

    def _store_photo(self, data: bytes, mime: str) -> bool:
        old = svc.photo_of(self.document.plan, self.persona_id)
        return self.document.execute(SetPhotoCommand(self.document, self.persona_id, old, (data, mime)))

    def remove_photo(self) -> None:
        """Remove the photo (undoable)."""
        if self.persona_id and self.values.get("photo_mime"):
            old = svc.photo_of(self.document.plan, self.persona_id)
            self.document.execute(SetPhotoCommand(self.document, self.persona_id, old, (None, None)))

    # -- showing -----------------------------------------------------------
    def show_persona(self, persona_id: str | None) -> None:
        """Show *persona_id* (None: nothing selected)."""
        if persona_id != self.persona_id:
            self.sessions = {k: v + 1 for k, v in self.sessions.items()}  # a new persona starts new undo steps
        self.persona_id = persona_id
        self.refresh(with_photo=True)

    def refresh(self, with_photo: bool = False) -> None:
        """Show the stored values (the photo only when asked, so typing does
        not decode the image on every keystroke)."""
        row = svc.get_persona(self.document.plan, self.persona_id) if self.persona_id else None
        if row is None:
            self.persona_id = None
        self.values = row or {}
        self.body.setEnabled(row is not None and not self.document.read_only)
        for field in (*LINE_FIELDS, *TEXT_FIELDS):
            self.widgets[field].set_value((row or {}).get(field) or "")
        share = (row or {}).get("customer_share_pct")
        self.widgets["customer_share_pct"].set_value("" if share is None else pct(share))
        if with_photo:
            self.photo.show_image((row or {}).get("photo"))
        self.remove_photo_button.setEnabled(bool((row or {}).get("photo")))

    def focus_field(self, field: str) -> None:
        """Show and focus the widget of *field*."""
        widget = self.widgets.get(field, self.widgets["name"])
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.OtherFocusReason)
