"""The field names of the budget import's mapping form in the interface
language. The problems budget_import reports are messages by key
(app/services/budget/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views.common.label_table import LabelTable

# The fixed fields of the mapping form.
FIELDS = LabelTable("BudgetImportText", {
    "channel": QT_TRANSLATE_NOOP("BudgetImportText", "Channel"),
    "sub_channel": QT_TRANSLATE_NOOP("BudgetImportText", "Sub-channel"),
    "campaign": QT_TRANSLATE_NOOP("BudgetImportText", "Campaign"),
    "owner": QT_TRANSLATE_NOOP("BudgetImportText", "Owner"),
    "note": QT_TRANSLATE_NOOP("BudgetImportText", "Note"),
})


def field_title(key: str) -> str:
    """'Channel', 'Sub-channel'… or '2027-03 planned' / '2027-03 actual', translated."""
    if key in FIELDS.english:
        return FIELDS.text(key)
    month, _, layer = key.partition(" ")
    if layer == "actual":
        return QCoreApplication.translate("BudgetImportText", "%s actual") % month
    return QCoreApplication.translate("BudgetImportText", "%s planned") % month
