"""Rules of the Calendar canvas, as pure functions of plain rows.

Findings are advice: a campaign outside the plan period or two campaigns
crowding one channel are flagged, never refused. The channel check sorts
each channel's campaigns by start and sweeps them with a heap of the
campaigns still running, so 5,000 campaigns check in milliseconds."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable

from app.models.dates import parse_date
from app.models.findings import INFO, WARNING, Finding

CANVAS = "calendar"
MAX_OVERLAP_FINDINGS = 200  # the Problems panel lists this many pairs, then counts the rest


def _name(row: dict, fallback: str) -> str:
    return (row.get("name") or "").strip() or fallback


def _span(row: dict, start: str = "start_date", end: str = "end_date") -> tuple[dt.date, dt.date] | None:
    first, last = parse_date(row.get(start)), parse_date(row.get(end))
    return (first, last) if first and last and first <= last else None


def _outside(span: tuple[dt.date, dt.date], frame: tuple[dt.date, dt.date]) -> bool:
    return span[0] < frame[0] or span[1] > frame[1]


def overlapping_pairs(
    spans: Iterable[tuple[str, dt.date, dt.date]], limit: int, cap: int | None = None
) -> tuple[list[tuple[str, str, int]], int]:
    """Pairs of (id, start, end) spans that share more than *limit* days
    (both ends inclusive): ``(earlier id, later id, days)``, at most *cap*
    of them, and how many pairs there are in all.

    Sort and sweep: a span leaves the heap of running spans once it ends too
    early to overlap any later-starting span by more than *limit* days, so
    every span still on the heap overlaps the current one by more than
    *limit* days when the current one is itself longer than *limit*."""
    ordered = sorted(spans, key=lambda s: (s[1], s[2], s[0]))
    running: list[tuple[int, int, str]] = []  # (end ordinal, sequence, id)
    found: list[tuple[str, str, int]] = []
    total = 0
    for sequence, (item, start, end) in enumerate(ordered):
        first, last = start.toordinal(), end.toordinal()
        while running and running[0][0] < first + limit:
            heapq.heappop(running)
        if last - first + 1 > limit:
            total += len(running)
            for other_end, _, other in running:
                if cap is not None and len(found) >= cap:
                    break
                found.append((other, item, min(other_end, last) - first + 1))
        heapq.heappush(running, (last, sequence, item))
    return found, total


def check_calendar(
    plan: dict,
    campaigns: list[dict],
    phases: list[dict],
    milestones: list[dict],
    campaign_channels: list[tuple[str, str]],
    channels: list[dict],
) -> list[Finding]:
    """Findings about campaigns, phases and milestones: dates missing or
    outside the plan period or their campaign, and channel overlaps."""
    found: list[Finding] = []

    def add(rule, message, table, item, field, args, severity=WARNING):
        found.append(Finding(rule, severity, CANVAS, message, table, item, field, tuple(args.items())))

    period = _span(plan, "period_start", "period_end")
    period_args = {"start": plan.get("period_start"), "end": plan.get("period_end")} if period else {}
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    names: dict[str, str] = {}
    for index, campaign in enumerate(campaigns, 1):
        name = names[campaign["id"]] = _name(campaign, f"#{index}")
        span = _span(campaign)
        if span:
            spans[campaign["id"]] = span
        start, end = campaign.get("start_date"), campaign.get("end_date")
        severity = INFO if campaign.get("status") in ("idea", "cancelled") else WARNING
        if not start and not end:
            add(
                "calendar.campaign_no_dates",
                f"Campaign '{name}' has no dates.",
                "campaign",
                campaign["id"],
                "start_date",
                {"name": name},
                severity,
            )
        elif not start or not end:
            field = "start_date" if not start else "end_date"
            rule = "calendar.campaign_no_start" if not start else "calendar.campaign_no_end"
            what = "start" if not start else "end"
            add(
                rule,
                f"Campaign '{name}' has no {what} date.",
                "campaign",
                campaign["id"],
                field,
                {"name": name},
                severity,
            )
        elif period and span and _outside(span, period):
            add(
                "calendar.campaign_outside_period",
                f"Campaign '{name}' ({start} – {end}) runs outside the plan period "
                f"({period_args['start']} – {period_args['end']}).",
                "campaign",
                campaign["id"],
                "start_date" if span[0] < period[0] else "end_date",
                {"name": name, "from": start, "to": end, **period_args},
            )
    for phase in phases:
        span = _span(phase)
        if not span:
            continue
        campaign_name = names.get(phase.get("campaign_id"), "?")
        name = _name(phase, phase.get("kind") or "phase")
        args = {"name": name, "campaign": campaign_name, "from": phase["start_date"], "to": phase["end_date"]}
        outer = spans.get(phase.get("campaign_id"))
        if outer and _outside(span, outer):
            add(
                "calendar.phase_outside_campaign",
                f"Phase '{name}' of campaign '{campaign_name}' ({args['from']} – {args['to']}) is outside the "
                f"campaign's dates ({outer[0].isoformat()} – {outer[1].isoformat()}).",
                "campaign_phase",
                phase["id"],
                "start_date" if span[0] < outer[0] else "end_date",
                {**args, "campaign_from": outer[0].isoformat(), "campaign_to": outer[1].isoformat()},
            )
        elif period and _outside(span, period):
            add(
                "calendar.phase_outside_period",
                f"Phase '{name}' of campaign '{campaign_name}' ({args['from']} – {args['to']}) runs outside the "
                f"plan period ({period_args['start']} – {period_args['end']}).",
                "campaign_phase",
                phase["id"],
                "start_date" if span[0] < period[0] else "end_date",
                {**args, **period_args},
            )
    if period:
        for index, milestone in enumerate(milestones, 1):
            day = parse_date(milestone.get("date"))
            if day and not period[0] <= day <= period[1]:
                name = _name(milestone, f"#{index}")
                add(
                    "calendar.milestone_outside_period",
                    f"Milestone '{name}' on {milestone['date']} is outside the plan period "
                    f"({period_args['start']} – {period_args['end']}).",
                    "milestone",
                    milestone["id"],
                    "date",
                    {"name": name, "date": milestone["date"], **period_args},
                )
    found += channel_overlaps(plan, campaigns, campaign_channels, channels, names, spans)
    return found


def channel_overlaps(plan, campaigns, campaign_channels, channels, names, spans) -> list[Finding]:
    """Two campaigns on one channel sharing more days than the plan allows
    (cancelled campaigns do not count). At most MAX_OVERLAP_FINDINGS pairs
    are listed; one more finding counts the rest."""
    limit = int(plan.get("channel_overlap_days") or 0)
    cancelled = {c["id"] for c in campaigns if c.get("status") == "cancelled"}
    channel_names = {c["id"]: _name(c, f"#{n}") for n, c in enumerate(channels, 1)}
    by_channel: dict[str, list[tuple[str, dt.date, dt.date]]] = {}
    for campaign_id, channel_id in campaign_channels:
        span = spans.get(campaign_id)
        if span and campaign_id not in cancelled:
            by_channel.setdefault(channel_id, []).append((campaign_id, *span))
    found = []
    unlisted = 0
    for channel_id in (c["id"] for c in channels):
        pairs, total = overlapping_pairs(by_channel.get(channel_id, ()), limit, MAX_OVERLAP_FINDINGS - len(found))
        unlisted += total - len(pairs)
        for first, second, days in pairs:
            args = {
                "first": names[first],
                "second": names[second],
                "channel": channel_names[channel_id],
                "days": days,
                "limit": limit,
            }
            message = (
                f"Campaigns '{args['first']}' and '{args['second']}' overlap on channel '{args['channel']}' "
                f"for {days} days (more than the {limit} allowed)."
            )
            found.append(
                Finding(
                    "calendar.channel_overlap",
                    WARNING,
                    CANVAS,
                    message,
                    "campaign",
                    second,
                    "start_date",
                    tuple(args.items()),
                )
            )
    if unlisted:
        found.append(
            Finding(
                "calendar.more_overlaps",
                WARNING,
                CANVAS,
                f"{unlisted} more channel overlaps are not listed (more than the {limit} days allowed).",
                "plan",
                plan.get("id", ""),
                "channel_overlap_days",
                (("count", unlisted), ("limit", limit)),
            )
        )
    return found
