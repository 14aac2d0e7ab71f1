"""Help › Quick Guide and Help › Keyboard Shortcuts: short, in the interface
language, opened without blocking (``open()``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)


def guide_steps() -> list[tuple[str, str]]:
    """(heading, text) of the quick guide, in the interface language."""

    return [
        (
            QCoreApplication.translate("QuickGuideDialog", "1. Start a plan"),
            QCoreApplication.translate(
                "QuickGuideDialog",
                "File › New opens the gallery: a blank plan or a template, in Chinese or English. "
                "The grey text in empty fields is a prompt: it shows what to write and never enters the plan.",
            ),
        ),
        (
            QCoreApplication.translate("QuickGuideDialog", "2. Fill in the canvases"),
            QCoreApplication.translate(
                "QuickGuideDialog",
                "The navigator on the left lists the canvases, from the dashboard to the deck. "
                "A red badge counts the problems found on a canvas. Every edit is saved at once; "
                "Undo (Ctrl+Z) takes back any edit.",
            ),
        ),
        (
            QCoreApplication.translate("QuickGuideDialog", "3. Fix what the Problems panel finds"),
            QCoreApplication.translate(
                "QuickGuideDialog",
                "The Problems panel at the bottom lists the findings of the canvas on screen; tick "
                "“All canvases” to see the whole plan. Click a finding to jump to its field.",
            ),
        ),
        (
            QCoreApplication.translate("QuickGuideDialog", "4. Review on the dashboard"),
            QCoreApplication.translate(
                "QuickGuideDialog",
                "The dashboard sums up the plan: objectives and KPI status, budget against the envelope, "
                "the next campaigns, the top risks and the findings per canvas.",
            ),
        ),
        (
            QCoreApplication.translate("QuickGuideDialog", "5. Present and export"),
            QCoreApplication.translate(
                "QuickGuideDialog",
                "The Deck canvas previews the slides. Present (F5) shows them full screen with a presenter "
                "view on the laptop; Export (Ctrl+E) writes a PDF for the review meeting.",
            ),
        ),
    ]


class QuickGuideDialog(QDialog):
    """The quick guide: five steps from a new plan to the review meeting."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="quick-guide")
        self.setWindowTitle(self.tr("Quick Guide"))
        self.text = QTextBrowser(self, objectName="guide-text")
        html = "".join(f"<h3>{heading}</h3><p>{body}</p>" for heading, body in guide_steps())
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)


class ShortcutsDialog(QDialog):
    """Every menu action that has a keyboard shortcut, with the shortcut."""

    def __init__(self, actions, parent=None):
        super().__init__(parent, objectName="shortcuts")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = []
        for action in actions:
            keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
        rows.append((self.tr("Next / previous slide while presenting"), self.tr("→ / ←, Page Down / Page Up")))
        rows.append((self.tr("Leave the presentation"), "Esc"))
        self.table = QTableWidget(len(rows), 2, self, objectName="shortcut-table")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignCenter)
            self.table.setItem(row, 1, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(480, 460)
