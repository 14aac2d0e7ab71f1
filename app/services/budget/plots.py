"""The three budget charts, drawn on matplotlib axes the caller made: the
Budget canvas (a Qt canvas) and the deck (SVG → vector) share them.

No matplotlib import here: each function only calls methods of the axes it
is given. Labels must already be clean text (the deck passes ``ctx.plain``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.budget.grid import BudgetGrid

FALLBACK_COLORS = ("#C8553D", "#F28F3B", "#588B8B", "#5B5F97", "#8E9AAF", "#B5838D", "#6D9F71", "#E9C46A")
PLANNED_COLOR, ACTUAL_COLOR = "#9AA5B1", "#C8553D"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ChartData:
    """What the budget charts show, taken from a BudgetGrid."""

    month_labels: list[str]
    series: list[tuple[str, str, list[float]]]  # channel name, colour, planned per month
    planned: list[float]
    actual: list[float | None]  # None for months with no actual booked
    shares: list[tuple[str, str, float]]  # channel name, colour, planned total

    @property
    def empty(self) -> bool:
        """True when nothing is planned or spent."""
        return not any(self.planned) and not any(a for a in self.actual if a)


def month_label(month: str, language: str, first: bool = False, years: int = 1) -> str:
    """'3月' / 'Mar'; over several *years* the first month and every January
    also show the year."""
    year, number = month[:4], int(month[5:7])
    with_year = years > 1 and (first or number == 1)
    if language == "zh":
        return f"{year}年{number}月" if with_year else f"{number}月"
    return f"{MONTHS_EN[number - 1]} {year}" if with_year else MONTHS_EN[number - 1]


def chart_data(grid: BudgetGrid, language: str, clean=lambda text, where: text) -> ChartData:
    """The charts' numbers: months of the grid, channels in their order."""
    months = grid.months
    years = len({m[:4] for m in months})
    labels = [month_label(m, language, i == 0, years) for i, m in enumerate(months)]
    series, shares = [], []
    for number, channel in enumerate(grid.channels):
        lines = [line["id"] for line in grid.lines if line["channel_id"] == channel["id"]]
        if not lines:
            continue
        color = channel.get("color") or FALLBACK_COLORS[number % len(FALLBACK_COLORS)]
        name = clean(channel.get("name") or "?", f"channel {number + 1}")
        planned = grid.values["planned"]
        per_month = [sum(planned.get(line_id, {}).get(m, 0.0) for line_id in lines) for m in months]
        series.append((name, color, per_month))
        shares.append((name, color, grid.channel_totals["planned"].get(channel["id"], 0.0)))
    booked = {m for row in grid.values["actual"].values() for m in row}
    actual = [grid.month_totals["actual"].get(m, 0.0) if m in booked else None for m in months]
    planned = [grid.month_totals["planned"].get(m, 0.0) for m in months]
    return ChartData(labels, series, planned, actual, shares)


def _scale(values: list[float]) -> tuple[float, str]:
    """Divisor and suffix so axis numbers stay short (k, m)."""
    top = max((v for v in values if v), default=0)
    if top >= 1e6:
        return 1e6, "m"
    if top >= 1e4:
        return 1e3, "k"
    return 1.0, ""


def _bars(ax, xs, heights, bottoms, width: float, color: str, label: str):
    """Bars as one PolyCollection (ax.bar makes one patch per bar, ten times
    slower for 36 months × channels); returns the legend handle."""
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    half = width / 2
    boxes = [
        [(x - half, b), (x - half, b + h), (x + half, b + h), (x + half, b)]
        for x, h, b in zip(xs, heights, bottoms, strict=True)
        if h
    ]
    ax.add_collection(PolyCollection(boxes, facecolors=color, edgecolors="none"))
    return Patch(color=color, label=label)


def _tidy(ax, labels: list[str], suffix: str, size: float, top: float, money_language: str | None = None) -> None:
    step = 1 if len(labels) <= 12 else 3  # 36 months: every quarter's first month
    ticks = list(range(0, len(labels), step))
    ax.set_xticks(ticks, [labels[i] for i in ticks], fontsize=size)
    ax.set_xlim(-0.6, len(labels) - 0.4)
    ax.set_ylim(0, top * 1.25 or 1)
    ax.tick_params(axis="y", labelsize=size)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if money_language is not None:  # unscaled amounts, ticks the plan's way: 3,600万 / 36.0M
        from app.models.money import compact

        ax.yaxis.set_major_formatter(lambda value, _pos: compact(value, money_language))
    elif suffix:
        ax.yaxis.set_major_formatter(lambda value, _pos: f"{value:g}{suffix}")


def plot_monthly_by_channel(ax, data: ChartData, size: float = 8, money_language: str | None = None) -> None:
    """Planned spend per month, stacked by channel; with *money_language*
    the amount ticks read 3,600万 (zh) or 36.0M (en)."""
    divisor, suffix = (1.0, "") if money_language is not None else _scale(data.planned)
    bottom = [0.0] * len(data.month_labels)
    positions = range(len(data.month_labels))
    handles = []
    for name, color, values in data.series:
        scaled = [v / divisor for v in values]
        handles.append(_bars(ax, positions, scaled, bottom, 0.7, color, name))
        bottom = [b + v for b, v in zip(bottom, scaled, strict=True)]
    _tidy(ax, data.month_labels, suffix, size, max(bottom, default=0), money_language)
    if data.series:
        ax.legend(handles=handles, fontsize=size, frameon=False, loc="upper left", ncol=min(4, len(handles)))


def plot_share_donut(ax, data: ChartData, total_label: str = "", size: float = 8) -> None:
    """Each channel's share of the planned total, as a donut."""
    shares = [(name, color, value) for name, color, value in data.shares if value > 0]
    if not shares:
        ax.axis("off")
        return
    total = sum(v for _, _, v in shares)
    ax.pie(
        [v for _, _, v in shares],
        colors=[c for _, c, _ in shares],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.38, "edgecolor": "white"},
        labels=[f"{name}\n{value / total:.0%}" for name, _, value in shares],
        labeldistance=1.12,
        textprops={"fontsize": size},
    )
    ax.set_aspect("equal")
    if total_label:
        ax.text(0, 0, total_label, ha="center", va="center", fontsize=size + 1)


def plot_planned_vs_actual(
    ax, data: ChartData, planned_label: str, actual_label: str, size: float = 8, money_language: str | None = None
) -> None:
    """Planned and actual spend per month side by side (actual only where
    booked); *money_language* as for plot_monthly_by_channel."""
    divisor, suffix = (1.0, "") if money_language is not None else _scale(data.planned + [a or 0 for a in data.actual])
    positions = range(len(data.month_labels))
    planned = [v / divisor for v in data.planned]
    handles = [
        _bars(ax, [p - 0.2 for p in positions], planned, [0.0] * len(planned), 0.4, PLANNED_COLOR, planned_label)
    ]
    booked = [(p, a / divisor) for p, a in zip(positions, data.actual, strict=True) if a is not None]
    if booked:
        handles.append(
            _bars(
                ax,
                [p + 0.2 for p, _ in booked],
                [a for _, a in booked],
                [0.0] * len(booked),
                0.4,
                ACTUAL_COLOR,
                actual_label,
            )
        )
    top = max([*planned, *(a for _, a in booked)], default=0)
    _tidy(ax, data.month_labels, suffix, size, top, money_language)
    ax.legend(handles=handles, fontsize=size, frameon=False, loc="upper left", ncol=2)
