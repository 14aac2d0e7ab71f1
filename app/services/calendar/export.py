"""Calendar exports: the campaign calendar as an iCalendar file (``--format
ics``) and the campaign table as CSV/XLSX (``--part calendar``).

ICS events are all-day (``DTSTART;VALUE=DATE``, ``DTEND`` the day after the
last day, as RFC 5545 wants), with stable UIDs (row id + ``@stratdeck``) so a
re-import updates events instead of duplicating them. The icalendar package
escapes text (commas, semicolons, line breaks) and folds long lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.calendar.data import CampaignView, load_campaigns
from app.services.exchange.atomic_write import write_bytes_atomic
from app.services.exchange.exports import ExportTable, file_format, table_part
from app.services.overview.service import get_overview
from app.services.plan.errors import UsageError
from app.services.plan.rows import read_rows

UID_DOMAIN = "@stratdeck"
PRODID = "-//Stratdeck//Campaign calendar//EN"
WORDS = {
    "en": {
        "objective": "Objective",
        "owner": "Owner",
        "channels": "Channels",
        "personas": "Personas",
        "status": "Status",
        "campaign": "Campaign",
        "milestone": "Milestone",
    },
    "zh": {
        "objective": "目标",
        "owner": "负责人",
        "channels": "渠道",
        "personas": "目标人群",
        "status": "状态",
        "campaign": "所属活动",
        "milestone": "里程碑",
        # values: campaign statuses and phase kinds, as the calendar shows them
        "idea": "构思",
        "planned": "已计划",
        "live": "进行中",
        "done": "已完成",
        "cancelled": "已取消",
        "warm_up": "预热期",
        "launch": "爆发期",
        "long_tail": "长尾期",
        "custom": "自定义",
    },
}


def _value(words: dict, value: str) -> str:
    """A stored status or phase kind in the calendar's language (English
    plans keep the stored English word)."""
    return words.get(value, value)
COLUMNS = [
    "Name",
    "Status",
    "Start",
    "End",
    "Days",
    "Channels",
    "Owner",
    "Objective",
    "Personas",
    "Phases",
    "Milestones",
    "Colour",
]


def uid(row_id: str) -> str:
    """The event UID of a campaign, phase or milestone row."""
    return f"{row_id}{UID_DOMAIN}"


def _stamp(overview: dict) -> dt.datetime:
    """DTSTAMP: when the plan was last changed (UTC), so an unchanged plan
    exports the same bytes."""
    try:
        moment = dt.datetime.fromisoformat(overview.get("modified_at") or "")
    except ValueError:
        moment = dt.datetime(2000, 1, 1)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


class _Events:
    """Builds the VEVENTs. Values every event shares (DTSTAMP, TRANSP, the
    Outlook all-day flag, dates, category lists) are encoded by icalendar once
    and the same property object is put on each event: encoding them 20,000
    times was a third of the export time."""

    def __init__(self, stamp: dt.datetime):
        from icalendar import Event

        self._event_class = Event
        self._template = Event()
        self._template.add("dtstamp", stamp)
        self._template.add("transp", "TRANSPARENT")  # all-day plans do not block anyone's time
        self._template.add("x-microsoft-cdo-alldayevent", "TRUE")
        self._shared = list(self._template.items())
        self._cache: dict[tuple, object] = {}

    def shared_ids(self) -> set[int]:
        """ids of the property objects put on more than one event."""
        return {id(value) for _name, value in self._shared} | {id(value) for value in self._cache.values()}

    def _encoded(self, name: str, value):
        """The icalendar property for *name* = *value*, encoded once per distinct value."""
        key = (name, tuple(value) if isinstance(value, list) else value)
        found = self._cache.get(key)
        if found is None:
            holder = self._event_class()
            holder.add(name, value)
            found = self._cache[key] = holder[name.upper()]
        return found

    def event(self, row_id: str, summary: str, first: dt.date, last: dt.date, description: str, categories: list[str]):
        """One all-day event from *first* to *last* (both included)."""
        event = self._event_class()
        event.add("uid", uid(row_id))
        event.add("summary", summary)
        for name, value in self._shared:
            event[name] = value
        event["DTSTART"] = self._encoded("dtstart", first)  # a date, so VALUE=DATE
        event["DTEND"] = self._encoded("dtend", last + dt.timedelta(days=1))  # exclusive end
        if description:
            event.add("description", description)
        if categories:
            event["CATEGORIES"] = self._encoded("categories", categories)
        return event


def _serialised(calendar, shared: set[int]) -> bytes:
    """calendar.to_ical(), made cheaper in two ways with the same bytes:
    the content line of a property value shared by many events (*shared*:
    their ids) or of BEGIN/END is built by icalendar once; and only lines of
    75 octets or more go through icalendar's folding, which walks every
    character of every line (half the export time) although almost every
    line is shorter and stays as it is."""
    lines: dict[tuple, bytes] = {}
    parts = []
    for name, value in calendar.property_items():
        key = (name, value) if isinstance(value, bytes) else (name, id(value)) if id(value) in shared else None
        encoded = lines.get(key) if key is not None else None
        if encoded is None:
            line = calendar.content_line(name, value)
            encoded = line.encode("utf-8")
            if len(encoded) >= 75:
                encoded = line.to_ical()
            if key is not None:
                lines[key] = encoded
        parts.append(encoded)
    return b"\r\n".join(parts) + b"\r\n"


def _description(view: CampaignView, words: dict) -> str:
    row = view.row
    lines = [
        (words["status"], _value(words, row.get("status") or "") if row.get("status") else ""),
        (words["objective"], row.get("objective") or ""),
        (words["owner"], row.get("owner") or ""),
        (words["channels"], ", ".join(view.channels)),
        (words["personas"], ", ".join(view.personas)),
    ]
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def calendar_ics(plan) -> tuple[bytes, int, int]:
    """The plan's campaigns, phases and milestones as iCalendar bytes, with
    the number of events written and of undated items left out."""
    from icalendar import Calendar

    overview = get_overview(plan)
    words = WORDS["en" if overview.get("language") == "en" else "zh"]
    events_of = _Events(_stamp(overview))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # a calendar's display name is one line; a title typed with line breaks
    # (or imported so) would otherwise break the property
    calendar.add("x-wr-calname", " ".join((overview.get("title") or "").split()) or "Stratdeck")
    events = skipped = 0
    campaigns = load_campaigns(plan.conn)
    names = {view.row["id"]: view.row.get("name") or "" for view in campaigns}
    for view in campaigns:
        status = view.row.get("status") or "idea"
        if not view.dated:
            skipped += 1
        else:
            calendar.add_component(
                events_of.event(
                    view.row["id"],
                    view.row.get("name") or "",
                    view.start,
                    view.end,
                    _description(view, words),
                    [_value(words, status)],
                )
            )
            events += 1
        for phase in view.phases:
            first, last = _dates(phase["start_date"]), _dates(phase["end_date"])
            if not (first and last and first <= last):
                skipped += 1
                continue
            summary = " · ".join(part for part in (names[view.row["id"]], phase.get("name") or "") if part)
            event = events_of.event(
                phase["id"],
                summary,
                first,
                last,
                f"{words['campaign']}: {names[view.row['id']]}",
                [_value(words, status), _value(words, phase.get("kind") or "custom")],
            )
            event.add("related-to", uid(view.row["id"]))
            calendar.add_component(event)
            events += 1
    for milestone in read_rows(plan.conn, "milestone"):
        day = _dates(milestone.get("date"))
        if day is None:
            skipped += 1
            continue
        campaign = names.get(milestone.get("campaign_id"))
        event = events_of.event(
            milestone["id"],
            milestone.get("name") or "",
            day,
            day,
            f"{words['campaign']}: {campaign}" if campaign else "",
            [words["milestone"]],
        )
        if campaign is not None:
            event.add("related-to", uid(milestone["campaign_id"]))
        calendar.add_component(event)
        events += 1
    return _serialised(calendar, events_of.shared_ids()), events, skipped


def _dates(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@file_format("ics")
def export_ics(plan, output: Path, part: str | None) -> list[str]:
    """Write the campaign calendar as an .ics file (Outlook, Google Calendar,
    Apple Calendar); ``--part`` is refused, the file is always the whole calendar."""
    if part:
        raise UsageError(
            "--part is not used with --format ics: the calendar file always holds every dated "
            "campaign, phase and milestone."
        )
    data, events, skipped = calendar_ics(plan)
    write_bytes_atomic(Path(output), data)
    lines = [f"Exported {output} ({events} events)"]
    if skipped:
        lines.append(f"Left out {skipped} campaigns, phases or milestones without dates.")
    return lines


@table_part("calendar")
def campaign_table(plan) -> ExportTable:
    """The campaign table: one row per campaign with its dates, channels,
    owner, objective, personas and the number of phases and milestones."""
    table = ExportTable("Campaigns", list(COLUMNS), numeric={"Days", "Phases", "Milestones"})
    for view in load_campaigns(plan.conn):
        row = view.row
        days = (view.end - view.start).days + 1 if view.dated else None
        table.rows.append(
            [
                row.get("name") or "",
                row.get("status") or "",
                row.get("start_date"),
                row.get("end_date"),
                days,
                ", ".join(view.channels),
                row.get("owner") or "",
                row.get("objective") or "",
                ", ".join(view.personas),
                len(view.phases),
                len(view.milestones),
                row.get("color"),
            ]
        )
    return table


@table_part("phases")
def phase_table(plan) -> ExportTable:
    """One row per campaign phase: campaign, kind, name, dates and what the phase does."""
    table = ExportTable("Phases", ["campaign", "kind", "name", "start_date", "end_date", "description"])
    for view in load_campaigns(plan.conn):
        for phase in view.phases:
            table.rows.append(
                [
                    view.row.get("name") or "",
                    phase.get("kind") or "custom",
                    phase.get("name") or "",
                    phase.get("start_date"),
                    phase.get("end_date"),
                    phase.get("description") or "",
                ]
            )
    return table
