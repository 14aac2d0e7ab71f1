"""Geometry of the timeline: which dates it spans, how wide a day is at each
zoom level, and where a campaign's bar and phases sit. Pure arithmetic, so
painting and hit-testing agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ZOOMS = {"week": 24.0, "month": 6.0, "quarter": 2.2}  # pixels per day
HEADER_H = 44
LABEL_W = 220
ROW_H = 34
BAR_TOP, BAR_H = 4, ROW_H - 8
PHASE_TOP = 19  # phases fill the lower part of a bar; the name strip stays above


def parse(value: str | None) -> dt.date | None:
    """The date of an ISO string, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


@dataclass
class Drag:
    """A drag in progress: what is dragged, how, and by how many days."""

    target: str  # "campaign" or "phase"
    campaign_id: str
    phase_id: str
    mode: str  # "move", "start" or "end"
    press_x: float
    start: dt.date
    end: dt.date
    days: int = 0

    def dates(self) -> tuple[dt.date, dt.date]:
        """The dragged item's dates as the drag now places them (an edge
        never passes the other one)."""
        shift = dt.timedelta(days=self.days)
        if self.mode == "move":
            return self.start + shift, self.end + shift
        if self.mode == "start":
            return min(self.start + shift, self.end), self.end
        return self.start, max(self.end + shift, self.start)


class TimelineScale:
    """Maps dates to content x positions for a date range and zoom level."""

    def __init__(self, first: dt.date, last: dt.date, zoom: str = "month"):
        self.first, self.last, self.zoom = first, last, zoom

    @property
    def day_width(self) -> float:
        """Pixels per day at the current zoom."""
        return ZOOMS[self.zoom]

    @property
    def width(self) -> int:
        """Width of the whole range in pixels."""
        return int(((self.last - self.first).days + 1) * self.day_width)

    def x_of(self, day: dt.date) -> float:
        """Content x of the start of *day*."""
        return (day - self.first).days * self.day_width

    def day_at(self, x: float) -> dt.date:
        """The day under content x."""
        return self.first + dt.timedelta(days=int(x // self.day_width))

    def span(self, start: dt.date, end: dt.date) -> tuple[float, float]:
        """Content x of the start of *start* and the end of *end*."""
        return self.x_of(start), self.x_of(end) + self.day_width

    def days_for(self, dx: float) -> int:
        """Whole days a horizontal mouse move of *dx* pixels means (snapped)."""
        return round(dx / self.day_width)


def date_range(campaigns: list[dict], period: tuple[str | None, str | None], today: dt.date) -> tuple[dt.date, dt.date]:
    """The dates the timeline spans: the plan period, every campaign and
    today (plans are made ahead), with a margin of two weeks on each side."""
    # ISO dates order as text: take min and max of the strings, parse only those
    starts = [v for v in (period[0], *(c["start_date"] for c in campaigns)) if v]
    ends = [v for v in (period[1], *(c["end_date"] for c in campaigns)) if v]
    first = min(d for d in (today, parse(min(starts, default=None))) if d)
    last = max(d for d in (today, parse(max(ends, default=None))) if d)
    if last - first < dt.timedelta(days=90):  # an empty plan still shows a season
        last = first + dt.timedelta(days=90)
    margin = dt.timedelta(days=14)
    return first - margin, last + margin


def campaign_dates(campaign: dict, drag: Drag | None) -> tuple[dt.date | None, dt.date | None]:
    """A campaign's dates, as a drag in progress shows them."""
    start, end = parse(campaign["start_date"]), parse(campaign["end_date"])
    if drag is None or drag.campaign_id != campaign["id"]:
        return start, end
    if drag.target == "campaign":
        return drag.dates()
    return start, end


def phase_dates(phase: dict, drag: Drag | None) -> tuple[dt.date | None, dt.date | None]:
    """A phase's dates, as a drag in progress shows them (a moved campaign
    carries its phases)."""
    start, end = parse(phase["start_date"]), parse(phase["end_date"])
    if drag is None or drag.campaign_id != phase["campaign_id"] or start is None or end is None:
        return start, end
    if drag.target == "phase" and drag.phase_id == phase["id"]:
        return drag.dates()
    if drag.target == "campaign" and drag.mode == "move":
        shift = dt.timedelta(days=drag.days)
        return start + shift, end + shift
    return start, end


def milestone_date(milestone: dict, drag: Drag | None) -> dt.date | None:
    """A tied milestone's date, moved along with its dragged campaign."""
    day = parse(milestone["date"])
    if (
        day
        and drag
        and drag.target == "campaign"
        and drag.mode == "move"
        and drag.campaign_id == milestone["campaign_id"]
    ):
        return day + dt.timedelta(days=drag.days)
    return day
