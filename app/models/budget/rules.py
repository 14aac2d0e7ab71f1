"""Rules of the Budget canvas, as pure functions of a BudgetGrid: amounts a
cell accepts, and the findings the Problems panel, ``stratdeck check`` and
the grid show (variance, reserve, shares, owners, campaign dates)."""

from __future__ import annotations

import math
import re
import unicodedata

from app.models.budget.grid import BudgetGrid
from app.models.findings import INFO, WARNING, Finding

CANVAS = "budget"
MAX_AMOUNT = 1e13  # ten trillion: far above any marketing budget, far below float trouble
SHARE_TOLERANCE_PP = 2.0  # a channel share may differ from its target by this many percentage points
TARGET_TOTAL_TOLERANCE_PP = 0.5
MONTHS_LISTED = 4  # a finding names this many months, then "… (+N)"
_AMOUNT = re.compile(r"^\d+(\.\d*)?$|^\.\d+$")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d*)?$")


class AmountError(ValueError):
    """Why a text is not an amount: 'negative', 'not a number' or 'too large'."""


def parse_amount(value) -> float | None:
    """The amount *value* (text from a cell or paste, or a number) stands
    for; None for blank. Accepts 1234.5, 1,234.5, ¥1 234 and full-width
    digits. Raises AmountError (negative, not a number, too large)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError("not a number")
    if isinstance(value, int | float):
        number = float(value) if abs(value) < 1e308 else math.inf  # an int beyond float range
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        for symbol in ("¥", "￥", "$", "€", "£", "\u00a0", " ", "\u202f"):
            text = text.replace(symbol, "")
        if not text:
            return None
        negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
        digits = text.strip("-()") if negative else text
        if _GROUPED.match(digits):
            digits = digits.replace(",", "")
        if not _AMOUNT.match(digits):
            raise AmountError("not a number")
        number = -float(digits) if negative else float(digits)
    if math.isnan(number) or math.isinf(number):
        raise AmountError("not a number")
    if number < 0:
        raise AmountError("negative")
    if number > MAX_AMOUNT:
        raise AmountError("too large")
    return 0.0 if number == 0 else number


def format_pct(value: float) -> str:
    """'+21 %' / '−22 %' (one decimal below 10)."""
    if math.isinf(value):
        return "no plan"
    digits = 1 if abs(value) < 10 else 0
    return f"{value:+.{digits}f} %"


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:MONTHS_LISTED])
    return shown + (f" … (+{len(items) - MONTHS_LISTED})" if len(items) > MONTHS_LISTED else "")


def check_budget(grid: BudgetGrid) -> list[Finding]:
    """Every finding of the Budget canvas."""
    found: list[Finding] = []

    def add(rule, message, table="plan", item="", field="", args=(), severity=WARNING):
        found.append(Finding(rule, severity, CANVAS, message, table, item, field, args))

    settings = grid.settings
    plan_id = settings.get("id", "")
    threshold = settings.get("variance_threshold_pct")
    for line in grid.lines:
        label = grid.label(line)
        if not (line.get("owner") or "").strip():
            add(
                "budget.no_owner",
                f"Budget line '{label}' has no owner.",
                "budget_line",
                line["id"],
                "owner",
                (("line", label),),
            )
        _line_variance(grid, line, label, threshold, add)
        outside = []
        if line.get("campaign_id") in grid.campaigns:  # most lines have no campaign: skip their months
            spent = {*grid.values["planned"].get(line["id"], ()), *grid.values["actual"].get(line["id"], ())}
            outside = [m for m in sorted(spent) if grid.outside_campaign(line["id"], m)]
        if outside:
            campaign = grid.campaigns[line["campaign_id"]]
            name = campaign.get("name") or "?"
            dates = f"{campaign.get('start_date') or '…'} – {campaign.get('end_date') or '…'}"
            add(
                "budget.outside_campaign",
                f"Budget line '{label}' spends in {_listed(outside)}, outside its campaign '{name}' ({dates}).",
                "budget_line",
                line["id"],
                outside[0],
                (("line", label), ("months", _listed(outside)), ("campaign", name), ("dates", dates)),
            )
    if grid.lines:
        _reserve(grid, plan_id, add)
        _shares(grid, plan_id, add)
    outside_period = [m for m in grid.months if m not in grid.period_months]
    if outside_period and grid.period_months:
        add(
            "budget.outside_period",
            f"Budget cells in {_listed(outside_period)} fall outside the plan period.",
            "plan",
            plan_id,
            "period_start",
            (("months", _listed(outside_period)),),
        )
    return found


def _line_variance(grid: BudgetGrid, line: dict, label: str, threshold, add) -> None:
    """Per-cell variance (one finding per line naming the months) and the
    variance of the line over its booked months."""
    if threshold is None:
        return
    flagged, planned_sum, actual_sum = [], [], []
    actual_row = grid.values["actual"].get(line["id"], {})
    planned_row = grid.values["planned"].get(line["id"], {})
    for month in sorted(actual_row):  # only months with an actual; the same sums as grid.variance_pct
        actual = actual_row[month]
        planned = planned_row.get(month) or 0.0
        planned_sum.append(planned)
        actual_sum.append(actual)
        variance = (0.0 if actual == 0 else math.inf) if planned == 0 else (actual - planned) / planned * 100
        if abs(variance) > threshold:
            flagged.append(f"{month} ({format_pct(variance)})")
    limit = f"{threshold:g}"
    if flagged:
        add(
            "budget.cell_variance",
            f"Budget line '{label}': actual is off plan by more than ±{limit} % in {_listed(flagged)}.",
            "budget_line",
            line["id"],
            flagged[0][:7],
            (("line", label), ("threshold", limit), ("months", _listed(flagged))),
        )
    planned, actual = math.fsum(planned_sum), math.fsum(actual_sum)
    if planned_sum and planned > 0 and abs(actual - planned) / planned * 100 > threshold:
        pct = format_pct((actual - planned) / planned * 100)
        add(
            "budget.line_variance",
            f"Budget line '{label}': actual to date is {pct} against plan (limit ±{limit} %).",
            "budget_line",
            line["id"],
            "actual",
            (("line", label), ("variance", pct), ("threshold", limit)),
        )


def _reserve(grid: BudgetGrid, plan_id: str, add) -> None:
    """Reserve pool not set, below its minimum or above its maximum; the
    lines and reserve exceeding an explicit envelope."""
    s = grid.settings
    low, high = s.get("reserve_min_pct"), s.get("reserve_max_pct")
    pct = s.get("reserve_pct")
    span = (("min", f"{low:g}"), ("max", f"{high:g}")) if low is not None and high is not None else ()
    if pct is None:
        add(
            "budget.no_reserve",
            f"The reserve pool is not set (aim for {low:g}–{high:g} % of the total).",
            "plan",
            plan_id,
            "reserve_pct",
            span,
        )
    elif low is not None and pct < low:
        add(
            "budget.reserve_low",
            f"The reserve pool is {pct:g} % of the total, below the minimum of {low:g} %.",
            "plan",
            plan_id,
            "reserve_pct",
            (("pct", f"{pct:g}"), ("min", f"{low:g}")),
        )
    elif high is not None and pct > high:
        add(
            "budget.reserve_high",
            f"The reserve pool is {pct:g} % of the total, above the maximum of {high:g} %.",
            "plan",
            plan_id,
            "reserve_pct",
            (("pct", f"{pct:g}"), ("max", f"{high:g}")),
        )
    env = grid.envelope()
    if env.explicit and env.unallocated < -0.005:
        over = f"{-env.unallocated:,.0f}"
        add(
            "budget.over_allocated",
            f"The budget lines and the reserve exceed the budget envelope by {over}.",
            "plan",
            plan_id,
            "total_budget",
            (("amount", over),),
        )


def _shares(grid: BudgetGrid, plan_id: str, add) -> None:
    """Target shares that do not total 100 %, and channel shares off target."""
    targets = [c for c in grid.channels if c.get("target_share_pct") is not None]
    total = math.fsum(c["target_share_pct"] for c in targets)
    if targets and abs(total - 100) > TARGET_TOTAL_TOLERANCE_PP:
        add(
            "budget.targets_total",
            f"The channels' target shares add up to {total:g} %, not 100 %.",
            "channel",
            targets[0]["id"],
            "target_share_pct",
            (("total", f"{total:g}"),),
        )
    for share in grid.shares():
        if share.target_pct is None or share.share_pct is None:
            continue
        if abs(share.share_pct - share.target_pct) > SHARE_TOLERANCE_PP:
            name = share.name or "?"
            actual, target = f"{share.share_pct:.1f}", f"{share.target_pct:g}"
            add(
                "budget.share_off_target",
                f"Channel '{name}' has {actual} % of the planned budget; its target share is {target} %.",
                "channel",
                share.channel_id,
                "share",
                (("channel", name), ("share", actual), ("target", target)),
                INFO if abs(share.share_pct - share.target_pct) <= 2 * SHARE_TOLERANCE_PP else WARNING,
            )
