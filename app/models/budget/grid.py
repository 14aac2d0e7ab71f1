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

from app.models.frozen import frozen_model

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


@frozen_model
class Envelope:
    """The budget envelope and what is left of it (see module docstring)."""

    envelope: float
    explicit: bool  # plan.total_budget is set (else E is derived from A)
    reserve_pct: float | None
    reserve: float
    allocated: float
    actual: float
    unallocated: float


@frozen_model
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
        planned_rows: dict[str, dict[str, float]] = {}
        actual_rows: dict[str, dict[str, float]] = {}
        seen = set()  # months holding a value
        for line_id, month, planned, actual in cells:  # one pass, no helper calls: 10,800 cells on a large plan
            if planned is not None:
                row = planned_rows.get(line_id)
                if row is None:
                    row = planned_rows[line_id] = {}
                row[month] = float(planned)
                seen.add(month)
            if actual is not None:
                row = actual_rows.get(line_id)
                if row is None:
                    row = actual_rows[line_id] = {}
                row[month] = float(actual)
                seen.add(month)
        self.values: dict[str, dict[str, dict[str, float]]] = {"planned": planned_rows, "actual": actual_rows}
        extra = seen - set(months)
        self.period_months = list(months)
        self.months: list[str] = sorted(set(months) | extra)  # cells outside the period stay visible
        self.recompute()

    def copy(self) -> BudgetGrid:
        """An independent copy (its own cells, sums and line rows) that can be
        edited without touching this one."""
        twin = BudgetGrid.__new__(BudgetGrid)
        twin.__dict__.update(self.__dict__)
        twin.lines = [dict(line) for line in self.lines]
        twin.settings = dict(self.settings)
        twin.values = {layer: {k: dict(row) for k, row in rows.items()} for layer, rows in self.values.items()}
        twin.period_months, twin.months = list(self.period_months), list(self.months)
        twin._line_by_id = {line["id"]: line for line in twin.lines}
        twin.line_totals = {layer: dict(v) for layer, v in self.line_totals.items()}
        twin.month_totals = {layer: dict(v) for layer, v in self.month_totals.items()}
        twin.channel_totals = {layer: dict(v) for layer, v in self.channel_totals.items()}
        twin.grand = dict(self.grand)
        twin._flags = dict(self._flags)
        return twin

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

    def cell_flag(self, line_id: str, month: str) -> str | None:
        """'off_plan', 'outside' (the campaign's months) or None for one cell;
        remembered until the cell changes (the grid paints it on every repaint)."""
        key = (line_id, month)
        try:
            return self._flags[key]
        except KeyError:
            flag = "off_plan" if self.is_off_plan(*key) else "outside" if self.outside_campaign(*key) else None
            self._flags[key] = flag
            return flag

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
        self._flags = {}
        for layer in LAYERS:
            rows, per_month = self.values[layer], {month: [] for month in self.months}
            for line in self.lines:  # one pass over the cells; fsum is exact, so order does not matter
                row = rows.get(line["id"])
                self.line_totals[layer][line["id"]] = math.fsum(row.values()) if row else 0.0
                for month, value in (row or {}).items():
                    per_month.setdefault(month, []).append(value)
            self.month_totals[layer] = {month: math.fsum(values) for month, values in per_month.items()}
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
            self._flags.pop((line_id, month), None)
        if not months <= set(self.months):
            self.months = sorted({*self.months, *months})
        for layer in LAYERS:
            for line_id in lines:
                self._sum_line(layer, line_id)
            for month in months:
                self._sum_month(layer, month)
        self._sum_channels({line_id for line_id in lines if line_id in self._line_by_id})

    def _sum_line(self, layer: str, line_id: str) -> None:
        if line_id in self._line_by_id:
            self.line_totals[layer][line_id] = math.fsum(self.values[layer].get(line_id, {}).values())

    def _sum_month(self, layer: str, month: str) -> None:
        values = self.values[layer]
        self.month_totals[layer][month] = math.fsum(
            [values[line_id].get(month, 0.0) for line_id in self._line_by_id if line_id in values]
        )

    def _sum_channels(self, touched: set[str] | None = None) -> None:
        """Channel and grand totals from the line totals: every channel, or
        only the channels of the *touched* lines (an edit)."""
        if touched is None:
            self._channel_lines: dict[str, list[str]] = {}
            for line in self.lines:
                self._channel_lines.setdefault(line["channel_id"], []).append(line["id"])
            self.channel_totals = {layer: {} for layer in LAYERS}
        channels = self._channel_lines if touched is None else {self._line_by_id[i]["channel_id"] for i in touched}
        self.grand = {}
        for layer in LAYERS:
            totals = self.line_totals[layer]
            for channel_id in channels:
                self.channel_totals[layer][channel_id] = math.fsum(
                    [totals.get(line_id, 0.0) for line_id in self._channel_lines[channel_id]]
                )
            self.grand[layer] = math.fsum([totals.get(line["id"], 0.0) for line in self.lines])
