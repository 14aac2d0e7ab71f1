"""The budget matrix in memory: budget lines × months, planned and actual
layers, and every total the Budget canvas shows (per line, month, quarter,
channel), kept current cell by cell.

Pure Python (no Qt, no SQL). The service fills it from the plan file; the
editor keeps one and applies each committed change to it, so an edit costs
one row and one column of sums instead of the whole grid (300 × 36 cells).

Formulas (docs/budget.md):
  allocated A   = Σ planned over every cell
  reserve % p   = plan.reserve_pct (0 when not set)
  envelope E    = plan.total_budget, or A / (1 − p) when it is not set
  reserve R     = E × p
  unallocated U = E − A − R   (negative: the lines and reserve exceed the envelope)
  channel share = channel planned / A"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

LAYERS = ("planned", "actual")


def month_range(start: str | None, end: str | None, limit: int = 120) -> list[str]:
    """'YYYY-MM' months from the month of *start* to that of *end* (ISO dates);
    empty when either is missing or not a date; at most *limit* months."""
    try:
        first = dt.date.fromisoformat(start or "")
        last = dt.date.fromisoformat(end or "")
    except ValueError:
        return []
    year, month, months = first.year, first.month, []
    while (year, month) <= (last.year, last.month) and len(months) < limit:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def quarter_of(month: str) -> str:
    """'2027-Q1' for '2027-02'."""
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def line_label(line: dict, channel_name: str) -> str:
    """How messages name a budget line: 'channel / sub-channel'."""
    sub = (line.get("sub_channel") or "").strip()
    name = channel_name.strip() or "?"
    return f"{name} / {sub}" if sub else name


@dataclass(frozen=True)
class Envelope:
    """The budget envelope and what is left of it (see module docstring)."""

    envelope: float
    explicit: bool  # plan.total_budget is set (else E is derived from A)
    reserve_pct: float | None
    reserve: float
    allocated: float
    actual: float
    unallocated: float


@dataclass(frozen=True)
class ChannelShare:
    """One channel's planned and actual spend and its share of the total."""

    channel_id: str
    name: str
    color: str | None
    planned: float
    actual: float
    share_pct: float | None  # None while nothing is planned
    target_pct: float | None


class BudgetGrid:
    """Lines × months with planned/actual values and their sums."""

    def __init__(self, months, lines, cells, channels, campaigns, settings):
        self.lines: list[dict] = list(lines)
        self.channels: list[dict] = list(channels)
        self.channel_by_id = {c["id"]: c for c in self.channels}
        self.campaigns: dict[str, dict] = {c["id"]: c for c in campaigns}
        self.settings: dict = dict(settings)
        self.values: dict[str, dict[str, dict[str, float]]] = {layer: {} for layer in LAYERS}
        for line_id, month, planned, actual in cells:
            for layer, value in zip(LAYERS, (planned, actual), strict=True):
                if value is not None:
                    self.values[layer].setdefault(line_id, {})[month] = float(value)
        extra = {m for layer in LAYERS for row in self.values[layer].values() for m in row} - set(months)
        self.period_months = list(months)
        self.months: list[str] = sorted(set(months) | extra)  # cells outside the period stay visible
        self.recompute()

    # -- reading -------------------------------------------------------------
    def value(self, line_id: str, month: str, layer: str) -> float | None:
        """The stored amount of one cell, or None when it is empty."""
        return self.values[layer].get(line_id, {}).get(month)

    def line(self, line_id: str) -> dict | None:
        """The line row with *line_id*."""
        return self._line_by_id.get(line_id)

    def label(self, line: dict) -> str:
        """'channel / sub-channel' of a line."""
        channel = self.channel_by_id.get(line.get("channel_id"), {})
        return line_label(line, channel.get("name") or "")

    def quarters(self) -> list[tuple[str, list[str]]]:
        """(quarter label, its months) in order, over the grid's months."""
        found: dict[str, list[str]] = {}
        for month in self.months:
            found.setdefault(quarter_of(month), []).append(month)
        return list(found.items())

    def quarter_total(self, quarter_months: list[str], layer: str, line_id: str | None = None) -> float:
        """Sum of one quarter, for one line or (line_id None) for all lines."""
        if line_id is None:
            return math.fsum(self.month_totals[layer].get(m, 0.0) for m in quarter_months)
        row = self.values[layer].get(line_id, {})
        return math.fsum(row.get(m, 0.0) for m in quarter_months)

    def variance_pct(self, line_id: str, month: str) -> float | None:
        """(actual − planned) / planned × 100 for a cell with an actual;
        inf when spent against no plan; None without an actual."""
        actual = self.value(line_id, month, "actual")
        if actual is None:
            return None
        planned = self.value(line_id, month, "planned") or 0.0
        if planned == 0:
            return 0.0 if actual == 0 else math.inf
        return (actual - planned) / planned * 100

    def is_off_plan(self, line_id: str, month: str) -> bool:
        """True when the cell's actual is off plan by more than the threshold."""
        variance = self.variance_pct(line_id, month)
        threshold = self.settings.get("variance_threshold_pct")
        return variance is not None and threshold is not None and abs(variance) > threshold

    def outside_campaign(self, line_id: str, month: str) -> bool:
        """True when the line's campaign does not run in *month* and the cell holds spend."""
        line = self._line_by_id.get(line_id)
        campaign = self.campaigns.get(line.get("campaign_id")) if line else None
        if not campaign or not (self.value(line_id, month, "planned") or self.value(line_id, month, "actual")):
            return False
        start, end = (campaign.get("start_date") or "")[:7], (campaign.get("end_date") or "")[:7]
        return bool(start and month < start) or bool(end and month > end)

    def envelope(self) -> Envelope:
        """Envelope, reserve, allocated and unallocated amounts."""
        allocated = self.grand["planned"]
        pct = self.settings.get("reserve_pct")
        share = (pct or 0.0) / 100
        total = self.settings.get("total_budget")
        explicit = total is not None
        if not explicit:
            total = allocated / (1 - share) if share < 1 else allocated
        reserve = total * share
        return Envelope(total, explicit, pct, reserve, allocated, self.grand["actual"], total - allocated - reserve)

    def shares(self) -> list[ChannelShare]:
        """Every channel with its spend and share of the allocated total."""
        allocated = self.grand["planned"]
        return [
            ChannelShare(
                c["id"],
                c.get("name") or "",
                c.get("color"),
                self.channel_totals["planned"].get(c["id"], 0.0),
                self.channel_totals["actual"].get(c["id"], 0.0),
                self.channel_totals["planned"].get(c["id"], 0.0) / allocated * 100 if allocated else None,
                c.get("target_share_pct"),
            )
            for c in self.channels
        ]

    # -- updating ------------------------------------------------------------
    def recompute(self) -> None:
        """Every sum from the cells (after loading or a structural change)."""
        self._line_by_id = {line["id"]: line for line in self.lines}
        self.line_totals = {layer: {} for layer in LAYERS}
        self.month_totals = {layer: {} for layer in LAYERS}
        for layer in LAYERS:
            for line in self.lines:
                self._sum_line(layer, line["id"])
            for month in self.months:
                self._sum_month(layer, month)
        self._sum_channels()

    def apply_cell(self, line_id: str, month: str, planned: float | None, actual: float | None) -> None:
        """Store one cell's new values and refresh the sums it is part of."""
        self.apply_cells([(line_id, month, planned, actual)])

    def apply_cells(self, cells) -> None:
        """Store (line id, month, planned, actual) values and refresh the sums
        of the lines and months they touch (each once, however many cells)."""
        lines, months = set(), set()
        for line_id, month, planned, actual in cells:
            for layer, value in zip(LAYERS, (planned, actual), strict=True):
                row = self.values[layer].setdefault(line_id, {})
                if value is None:
                    row.pop(month, None)
                else:
                    row[month] = float(value)
            lines.add(line_id)
            months.add(month)
        if not months <= set(self.months):
            self.months = sorted({*self.months, *months})
        for layer in LAYERS:
            for line_id in lines:
                self._sum_line(layer, line_id)
            for month in months:
                self._sum_month(layer, month)
        self._sum_channels()

    def _sum_line(self, layer: str, line_id: str) -> None:
        if line_id in self._line_by_id:
            self.line_totals[layer][line_id] = math.fsum(self.values[layer].get(line_id, {}).values())

    def _sum_month(self, layer: str, month: str) -> None:
        values = self.values[layer]
        self.month_totals[layer][month] = math.fsum(
            values[line["id"]].get(month, 0.0) for line in self.lines if line["id"] in values
        )

    def _sum_channels(self) -> None:
        self.channel_totals = {layer: {} for layer in LAYERS}
        self.grand = {}
        for layer in LAYERS:
            per_channel: dict[str, list[float]] = {}
            for line in self.lines:
                per_channel.setdefault(line["channel_id"], []).append(self.line_totals[layer].get(line["id"], 0.0))
            self.channel_totals[layer] = {k: math.fsum(v) for k, v in per_channel.items()}
            self.grand[layer] = math.fsum(self.line_totals[layer].get(line["id"], 0.0) for line in self.lines)
