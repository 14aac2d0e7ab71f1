"""Translated names of campaign statuses, phase kinds, zoom levels and
key-date kinds, and the colours the calendar paints them with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DEFAULT_COLOR = "#5B7DB1"  # a campaign without its own colour
STATUS_COLORS = {"idea": "#9AA0A6", "planned": "#4A7BD0", "live": "#2E9D57", "done": "#6B6B6B", "cancelled": "#B3261E"}


translate = QCoreApplication.translate


VOCABULARIES = {  # the name of every calendar code in the interface language, by vocabulary
    "status": lambda: {
        "idea": translate("CalendarLabels", "Idea"),
        "planned": translate("CalendarLabels", "Planned"),
        "live": translate("CalendarLabels", "Live"),
        "done": translate("CalendarLabels", "Done"),
        "cancelled": translate("CalendarLabels", "Cancelled"),
    },
    "kind": lambda: {
        "warm_up": translate("CalendarLabels", "Warm-up"),
        "launch": translate("CalendarLabels", "Launch"),
        "long_tail": translate("CalendarLabels", "Long tail"),
        "custom": translate("CalendarLabels", "Custom"),
    },
    "zoom": lambda: {
        "week": translate("CalendarLabels", "Week"),
        "month": translate("CalendarLabels", "Month"),
        "quarter": translate("CalendarLabels", "Quarter"),
    },
    "key_date": lambda: {
        "holiday": translate("CalendarLabels", "Public holiday"),
        "workday": translate("CalendarLabels", "Adjusted working day"),
        "festival": translate("CalendarLabels", "Festival"),
        "brand_day": translate("CalendarLabels", "Brand day"),
    },
}


def label(vocabulary: str, code: str) -> str:
    """The name of *code* in a vocabulary (status, kind, zoom, key_date); an unknown code as it is."""
    return VOCABULARIES[vocabulary]().get(code, code)


def status_label(code: str) -> str:
    """A campaign status in the interface language."""
    return label("status", code)


def kind_label(code: str) -> str:
    """A phase kind in the interface language."""
    return label("kind", code)


def zoom_label(code: str) -> str:
    """A timeline zoom level in the interface language."""
    return label("zoom", code)


def key_date_kind_label(code: str) -> str:
    """A key-date kind in the interface language."""
    return label("key_date", code)


def campaign_color(campaign: dict) -> str:
    """The colour a campaign is painted in."""
    return campaign.get("color") or DEFAULT_COLOR
