"""Translated names of campaign statuses, phase kinds and zoom levels, and
the colours the calendar paints them with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DEFAULT_COLOR = "#5B7DB1"  # a campaign without its own colour
STATUS_COLORS = {"idea": "#9AA0A6", "planned": "#4A7BD0", "live": "#2E9D57", "done": "#6B6B6B", "cancelled": "#B3261E"}


def status_label(code: str) -> str:
    """A campaign status in the interface language."""
    labels = {
        "idea": QCoreApplication.translate("CalendarLabels", "Idea"),
        "planned": QCoreApplication.translate("CalendarLabels", "Planned"),
        "live": QCoreApplication.translate("CalendarLabels", "Live"),
        "done": QCoreApplication.translate("CalendarLabels", "Done"),
        "cancelled": QCoreApplication.translate("CalendarLabels", "Cancelled"),
    }
    return labels.get(code, code)


def kind_label(code: str) -> str:
    """A phase kind in the interface language."""
    labels = {
        "warm_up": QCoreApplication.translate("CalendarLabels", "Warm-up"),
        "launch": QCoreApplication.translate("CalendarLabels", "Launch"),
        "long_tail": QCoreApplication.translate("CalendarLabels", "Long tail"),
        "custom": QCoreApplication.translate("CalendarLabels", "Custom"),
    }
    return labels.get(code, code)


def zoom_label(code: str) -> str:
    """A timeline zoom level in the interface language."""
    labels = {
        "week": QCoreApplication.translate("CalendarLabels", "Week"),
        "month": QCoreApplication.translate("CalendarLabels", "Month"),
        "quarter": QCoreApplication.translate("CalendarLabels", "Quarter"),
    }
    return labels.get(code, code)


def campaign_color(campaign: dict) -> str:
    """The colour a campaign is painted in."""
    return campaign.get("color") or DEFAULT_COLOR
