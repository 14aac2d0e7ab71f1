"""The calendar's filter bar: channel, status, owner, persona and a search
text. It sets the CampaignFilter the table, timeline and month grid share."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.calendar.service import CAMPAIGN_STATUSES
from app.views.calendar.labels import status_label
from app.views.calendar.table_model import CampaignFilter


class CalendarFilterBar(QWidget):
    """Drop-downs and a search field; "All" everywhere shows every campaign."""

    changed = Signal()

    def __init__(self, campaigns: CampaignFilter, parent=None):
        super().__init__(parent)
        self.campaigns = campaigns
        self.boxes: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = {
            "channel": self.tr("Channel"),
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "persona": self.tr("Persona"),
        }
        for name, label in labels.items():
            box = QComboBox(self, objectName=f"calendar-filter-{name}")
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(7)
            box.activated.connect(lambda _i, n=name, b=box: self._set(n, b.currentData()))
            layout.addWidget(QLabel(label, self))
            layout.addWidget(box)
            self.boxes[name] = box
        self.search = QLineEdit(self, objectName="calendar-filter-text")
        self.search.setPlaceholderText(self.tr("Search campaigns"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(lambda text: self._set("text", text.strip()))
        layout.addWidget(self.search, 1)
        self.clear_button = QPushButton(self.tr("Show all"), self)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.count = QLabel(self, objectName="calendar-count")
        layout.addWidget(self.count)

    def set_choices(self, channels: dict, personas: dict, owners: list[str]) -> None:
        """Fill the drop-downs (keeping what is chosen when it still exists)."""
        choices = {
            "channel": list(channels.items()),
            "status": [(s, status_label(s)) for s in CAMPAIGN_STATUSES],
            "owner": [(o, o) for o in owners],
            "persona": list(personas.items()),
        }
        for name, items in choices.items():
            box = self.boxes[name]
            blocker = QSignalBlocker(box)
            current = box.currentData()
            box.clear()
            box.addItem(self.tr("All"), "")
            for code, label in items:
                box.addItem(label, code)
            index = box.findData(current) if current else 0
            box.setCurrentIndex(max(0, index))
            del blocker
            if current and index < 0:
                self._set(name, "")

    def choose(self, name: str, value: str) -> None:
        """Select *value* in the *name* drop-down (as a user would) and filter."""
        box = self.boxes[name]
        box.setCurrentIndex(max(0, box.findData(value)))
        self._set(name, box.currentData())

    def _set(self, name: str, value) -> None:
        self.campaigns.set_criterion(name, value)
        self.changed.emit()

    def clear(self) -> None:
        """Show every campaign again."""
        for box in self.boxes.values():
            blocker = QSignalBlocker(box)
            box.setCurrentIndex(0)
            del blocker
        blocker = QSignalBlocker(self.search)
        self.search.clear()
        del blocker
        self.campaigns.clear_criteria()
        self.changed.emit()

    def show_count(self, shown: int, total: int) -> None:
        """Say how many campaigns the filter shows."""
        self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
