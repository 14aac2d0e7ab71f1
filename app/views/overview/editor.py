"""The Overview canvas: plan title, brand, period, currency, owner, language,
objectives, market context, brand colour and logo."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.overview import service as svc
from app.views.common import dialogs
from app.views.common.locale_format import date_edit_format
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import PlanLineEdit, PlanTextEdit, RefusalBanner
from app.views.common.widgets.image_field import ImageField
from app.views.overview.commands import SetFieldCommand, SetLogoCommand
from app.views.overview.objectives_panel import ObjectivesPanel

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "TWD", "JPY", "KRW", "SGD", "GBP", "AUD", "CAD", "CHF")
NO_DATE = QDate(2000, 1, 1)  # shown as "not set"
# The fields a finding can point at, each shown by the widget named after it.
FOCUSABLE = (
    "title", "brand", "owner", "confidentiality", "market_context", "period_start", "period_end", "currency",
    "language", "brand_color", "objectives",
)  # fmt: skip


class OverviewEditor(QScrollArea):
    """Form editor of the plan's overview; every edit is an undo command."""

    message = Signal(str)  # a refused edit, for the banner

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.values = svc.get_overview(document.plan)
        self.sessions = dict.fromkeys(svc.FIELDS, 0)
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.banner = RefusalBanner(body, "overview-banner")
        layout.addWidget(self.banner)
        layout.addWidget(self._plan_group(body))
        layout.addWidget(self._brand_group(body))
        objectives = QGroupBox(self.tr("Objectives"), body)
        self.objectives = ObjectivesPanel(document, objectives)
        QVBoxLayout(objectives).addWidget(self.objectives)
        layout.addWidget(objectives)
        context = QGroupBox(self.tr("Market context"), body)
        self.market_context = PlanTextEdit(context)
        self.market_context.setObjectName("market_context")
        self.market_context.setMinimumHeight(160)
        self.market_context.setPlaceholderText(
            self.tr("Market size and growth, category trends, channel shifts, consumer changes — with sources.")
        )
        QVBoxLayout(context).addWidget(self.market_context)
        layout.addWidget(context)
        layout.addStretch(1)
        self._bind_text(
            self.market_context, "market_context", self.market_context.textChanged, self.market_context.toPlainText
        )
        self.refresh()
        if document.read_only:
            body.setEnabled(False)
            body.setToolTip(self.tr("This plan is open read-only."))

    # -- building ----------------------------------------------------------
    def _plan_group(self, parent) -> QGroupBox:
        group = QGroupBox(self.tr("Plan"), parent)
        form = QFormLayout(group)
        self.title_edit = self._line("title", form, self.tr("Title"))
        self.brand_edit = self._line("brand", form, self.tr("Brand"))
        self.owner_edit = self._line("owner", form, self.tr("Owner"))
        self.start_edit, self.end_edit = self._date("period_start"), self._date("period_end")
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel("–"))  # a dash, not text
        period.addWidget(self.end_edit)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        self.currency_box = QComboBox(group, objectName="currency")
        self.currency_box.addItems(CURRENCIES)
        self.currency_box.activated.connect(lambda _i: self.edit("currency", self.currency_box.currentText()))
        form.addRow(self.tr("Currency"), self.currency_box)
        self.language_box = QComboBox(group, objectName="language")
        self.language_box.addItem("中文 (简体)", "zh")
        self.language_box.addItem("English", "en")
        self.language_box.activated.connect(lambda _i: self.edit("language", self.language_box.currentData()))
        form.addRow(self.tr("Plan language"), self.language_box)
        self.confidentiality_edit = self._line("confidentiality", form, self.tr("Confidentiality label"))
        return group

    def _brand_group(self, parent) -> QGroupBox:
        group = QGroupBox(self.tr("Brand identity"), parent)
        form = QFormLayout(group)
        self.color_button = QPushButton(group, objectName="brand_color")
        self.color_button.clicked.connect(self.choose_color)
        clear_color = QPushButton(self.tr("Clear"), group)
        clear_color.clicked.connect(lambda: self.edit("brand_color", None))
        row = QHBoxLayout()
        row.addWidget(self.color_button)
        row.addWidget(clear_color)
        row.addStretch(1)
        form.addRow(self.tr("Brand colour"), row)
        self.logo = ImageField(
            group,
            "logo",
            "logo",
            QSize(200, 90),
            (self.tr("Choose image…"), self.tr("Remove")),
            lambda: self.tr("No logo"),
            store=self._store_logo,
            remove=self.remove_logo,
            refused=self.show_message,
            beside=True,
        )
        self.logo_label = self.logo.box
        form.addRow(self.tr("Logo"), self.logo)
        return group

    def _line(self, field: str, form: QFormLayout, label: str) -> PlanLineEdit:
        edit = PlanLineEdit(self)
        edit.setObjectName(field)
        self._bind_text(edit, field, edit.textEdited, edit.text)
        form.addRow(label, edit)
        return edit

    def _bind_text(self, widget, field: str, signal, getter) -> None:
        signal.connect(lambda *_: self.edit(field, getter()))
        widget.session_ended.connect(lambda: self._end_session(field))

    def _end_session(self, field: str) -> None:
        self.sessions[field] += 1

    def _date(self, field: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(field)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())  # 2026年11月11日 / 11 Nov 2026
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("not set"))
        edit.setKeyboardTracking(False)
        edit.dateChanged.connect(lambda date: self.edit(field, None if date == NO_DATE else date.toString(Qt.ISODate)))
        return edit

    # -- editing -----------------------------------------------------------
    def edit(self, field: str, value) -> bool:
        """Push an undoable edit of *field*; show why when it is refused."""
        if value == self.values.get(field):
            return True
        command = SetFieldCommand(self.document, field, self.values.get(field), value, self.sessions[field])
        return self.document.execute(command)

    def choose_color(self) -> None:
        """Pick the brand colour."""
        color = dialogs.choose_color(self, self.values.get("brand_color"))
        if color:
            self.edit("brand_color", color)

    def choose_logo(self) -> None:
        """Pick a logo image; a bad file is refused with a message."""
        self.logo.choose()

    def set_logo_file(self, path: str) -> bool:
        """Check and store an image file as the logo (undoable)."""
        return self.logo.load_file(path)

    def _store_logo(self, data: bytes, mime: str) -> bool:
        old = (self.values.get("logo"), self.values.get("logo_mime"))
        return self.document.execute(SetLogoCommand(self.document, old, (data, mime)))

    def remove_logo(self) -> None:
        """Clear the logo (undoable)."""
        if self.values.get("logo"):
            old = (self.values["logo"], self.values["logo_mime"])
            self.document.execute(SetLogoCommand(self.document, old, (None, None)))

    # -- showing -----------------------------------------------------------
    def show_message(self, text: str) -> None:
        """Show a refused edit in the banner (cleared by the next good edit)."""
        self.banner.say(text)
        self.message.emit(text)

    def on_change(self, change) -> None:
        """Redraw what a committed change touched."""
        if change.table == "objective":
            self.objectives.on_change(change)
        else:
            self.refresh(with_logo="logo" in change.fields)
        self.show_message("")

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused or not saved: say why and show stored values."""
        self.show_message(message)
        self.refresh()

    def refresh(self, with_logo: bool = True) -> None:
        """Show the stored overview values (the logo only when asked, so
        typing does not decode the image on every keystroke)."""
        self.values = svc.get_overview(self.document.plan)
        v = self.values
        self.title_edit.set_value(v["title"])
        self.brand_edit.set_value(v["brand"])
        self.owner_edit.set_value(v["owner"])
        self.confidentiality_edit.set_value(v["confidentiality"])
        self.market_context.set_value(v["market_context"])
        for edit, field in ((self.start_edit, "period_start"), (self.end_edit, "period_end")):
            date = QDate.fromString(v[field], Qt.ISODate) if v[field] else NO_DATE
            was = edit.blockSignals(True)
            edit.setDate(date)
            edit.blockSignals(was)
        for box, value in ((self.currency_box, v["currency"]), (self.language_box, v["language"])):
            was = box.blockSignals(True)
            index = box.findData(value) if box is self.language_box else box.findText(value)
            if index < 0:
                box.addItem(value)
                index = box.count() - 1
            box.setCurrentIndex(index)
            box.blockSignals(was)
        color = v["brand_color"]
        self.color_button.setText(color or self.tr("Choose…"))
        self.color_button.setStyleSheet(f"background:{color};color:white;" if color else "")
        if not with_logo:
            return
        self.logo.show_image(v["logo"])

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show and focus the widget of *field* (from the Problems panel): each
        field's widget is named after it; an objective's text is in the
        objectives table."""
        name = "objectives" if field == "text" else field
        widget = self.findChild(QWidget, name) if name in FOCUSABLE else self.title_edit
        if item_id:
            self.objectives.select_id(item_id)
        self.ensureWidgetVisible(widget)
        widget.setFocus(Qt.OtherFocusReason)
