"""The field names of the budget import's mapping form in the interface
language. The problems budget_import reports are messages by key
(app/services/budget/messages.py, app/views/common/message_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_title(key: str) -> str:
    """'Channel', 'Sub-channel'… or '2027-03 planned' / '2027-03 actual', translated."""
    fields = {
        "channel": QCoreApplication.translate("BudgetImportText", "Channel"),
        "sub_channel": QCoreApplication.translate("BudgetImportText", "Sub-channel"),
        "campaign": QCoreApplication.translate("BudgetImportText", "Campaign"),
        "owner": QCoreApplication.translate("BudgetImportText", "Owner"),
        "note": QCoreApplication.translate("BudgetImportText", "Note"),
    }
    if key in fields:
        return fields[key]
    month, _, layer = key.partition(" ")
    if layer == "actual":
        return QCoreApplication.translate("BudgetImportText", "%s actual") % month
    return QCoreApplication.translate("BudgetImportText", "%s planned") % month
