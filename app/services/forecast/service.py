"""Forecast & ROI per channel: read and edit the forecast inputs
(``forecast_assumption``, one row per channel) and compute what they give.

Formulas (docs/forecast-kpis.md has the worked example):

- spend = the channel's spend override, else the sum of the planned cells of
  its budget lines;
- customers = spend / CAC (the conversion rate does not give customers: the
  plan holds no visit counts; with the CAC it gives the implied cost per
  visit = CAC × conversion rate);
- revenue = customers × AOV × (1 + repeat purchases) (a blank repeat counts as 0);
- gross profit = revenue × gross margin;
- ROI = (gross profit − spend) / spend;
- LTV = AOV × (1 + repeat purchases) × gross margin; LTV/CAC flagged under 3.

A figure whose inputs are missing (or whose divisor is 0) is blank (None)
with a reason code (REASONS); nothing raises. ``forecast_table`` is the
interactive path (plain Python, used by the editor and the rules);
``forecast_frame`` computes the same figures for the whole table with pandas
(exports, deck, XLSX). tests/forecast/test_forecast_service.py checks they agree."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.findings import INFO, WARNING, Finding
from app.services.forecast.messages import INPUT_LABELS, MESSAGES
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import finite_number as _number
from app.services.plan.field_checks import is_blank, typed_number
from app.services.plan.messages import Term
from app.services.plan.problems import rule_provider
from app.services.plan.rows import delete_row, insert_row, read_rows, row_name
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "forecast"
TABLE = "forecast_assumption"
LTV_CAC_FLOOR = 3.0
INPUTS = ("spend_override", "cac", "conversion_rate_pct", "avg_order_value", "gross_margin_pct", "repeat_purchases")
LABELS = INPUT_LABELS
# field: (lowest, lowest allowed itself, highest) — mirrors the table's CHECKs
LIMITS = {
    "spend_override": (0.0, True, 1e15),
    "cac": (0.0, False, 1e12),
    "conversion_rate_pct": (0.0, True, 100.0),
    "avg_order_value": (0.0, True, 1e12),
    "gross_margin_pct": (-100.0, True, 100.0),
    "repeat_purchases": (0.0, True, 1000.0),
}
FIGURES = ("spend", "customers", "revenue", "gross_profit", "roi", "ltv", "ltv_cac", "cost_per_visit")
REASONS = {
    "no_spend": "No planned budget and no spend override",
    "no_cac": "CAC not set",
    "no_aov": "Average order value not set",
    "no_margin": "Gross margin not set",
    "no_conversion": "Conversion rate not set",
    "zero_spend": "Spend is 0",
    "no_complete": "No channel has every input",
}


@dataclass
class ChannelForecast:
    """One channel's inputs, figures (None = blank) and why blanks are blank."""

    channel_id: str
    channel: str
    inputs: dict
    spend_source: str | None  # "override", "budget" or None
    figures: dict
    reasons: dict = field(default_factory=dict)  # figure -> REASONS key

    @property
    def has_row(self) -> bool:
        """Whether the channel has a forecast_assumption row."""
        return self.inputs.get("id") is not None


@dataclass
class ForecastTable:
    """Every channel's forecast and the totals row (figures over the
    channels that have them; ``covered``/``channels`` say how many)."""

    rows: list[ChannelForecast]
    totals: dict
    total_reasons: dict
    covered: int
    channels: int


# -- reading -----------------------------------------------------------------
def planned_spend(plan: PlanFile) -> dict[str, float]:
    """Planned budget per channel id (channels with no planned cell are absent)."""
    query = (
        "SELECT bl.channel_id, SUM(bc.planned) FROM budget_cell bc JOIN budget_line bl ON bl.id = bc.budget_line_id "
        "WHERE bc.planned IS NOT NULL GROUP BY bl.channel_id"
    )
    return {channel: total for channel, total in plan.conn.execute(query)}


def channel_inputs(plan: PlanFile) -> list[dict]:
    """One dict per channel in channel order: channel_id, channel (name),
    planned (budget sum or None), id (assumption row or None) and the inputs."""
    assumptions = {row["channel_id"]: row for row in read_rows(plan.conn, TABLE)}
    planned = planned_spend(plan)
    result = []
    for channel in read_rows(plan.conn, "channel"):
        row = assumptions.get(channel["id"], {})
        entry = {"channel_id": channel["id"], "channel": channel["name"], "planned": planned.get(channel["id"])}
        entry["id"] = row.get("id")
        entry.update({name: row.get(name) for name in INPUTS})
        result.append(entry)
    return result


# -- calculating (plain Python) ----------------------------------------------
def channel_figures(inputs: dict) -> tuple[dict, dict, str | None]:
    """(figures, reasons, spend source) of one channel from its inputs
    (``planned`` and the INPUTS fields); see the module docstring."""
    override, planned = _number(inputs.get("spend_override")), _number(inputs.get("planned"))
    cac = _number(inputs.get("cac"))
    cac = cac if cac and cac > 0 else None
    conversion, aov = _number(inputs.get("conversion_rate_pct")), _number(inputs.get("avg_order_value"))
    margin, repeat = _number(inputs.get("gross_margin_pct")), _number(inputs.get("repeat_purchases")) or 0.0
    spend = override if override is not None else planned
    source = "override" if override is not None else ("budget" if planned is not None else None)
    figures, reasons = dict.fromkeys(FIGURES), {}

    def need(names: list[str], *checks: tuple[str, bool]) -> bool:
        reason = next((r for r, missing in checks if missing), None)
        for figure in names:
            if reason and figure not in reasons:  # the first missing input in the chain names the reason
                reasons[figure] = reason
        return all(figure not in reasons for figure in names)

    spend_ok = need(["spend"], ("no_spend", spend is None))
    figures["spend"] = spend
    if need(["customers", "revenue", "gross_profit", "roi"], ("no_spend", not spend_ok), ("no_cac", cac is None)):
        figures["customers"] = spend / cac
    if need(["revenue", "gross_profit", "roi"], ("no_aov", aov is None)):
        figures["revenue"] = figures["customers"] * aov * (1 + repeat)
    if need(["gross_profit", "roi"], ("no_margin", margin is None)):
        figures["gross_profit"] = figures["revenue"] * margin / 100
    if need(["roi"], ("zero_spend", spend == 0)):
        figures["roi"] = (figures["gross_profit"] - spend) / spend
    if need(["ltv", "ltv_cac"], ("no_aov", aov is None), ("no_margin", margin is None)):
        figures["ltv"] = aov * (1 + repeat) * margin / 100
    if need(["ltv_cac"], ("no_cac", cac is None)):
        figures["ltv_cac"] = figures["ltv"] / cac
    if need(["cost_per_visit"], ("no_cac", cac is None), ("no_conversion", conversion is None)):
        figures["cost_per_visit"] = cac * conversion / 100
    return figures, reasons, source


def totals_of(figures: list[dict]) -> tuple[dict, dict, int]:
    """The totals row of per-channel *figures*: sums of spend, customers,
    revenue and gross profit; ROI, blended LTV (gross profit per customer),
    blended CAC and LTV/CAC over the channels that have a gross profit.
    Returns (totals, reasons, channels covered)."""
    complete = [f for f in figures if f["gross_profit"] is not None]
    totals: dict = dict.fromkeys(("spend", "customers", "revenue", "gross_profit", "roi", "ltv", "cac", "ltv_cac"))
    reasons: dict = {}
    spends = [f["spend"] for f in figures if f["spend"] is not None]
    totals["spend"] = sum(spends) if spends else None
    if not spends:
        reasons["spend"] = "no_spend"
    if not complete:
        for name in ("customers", "revenue", "gross_profit", "roi", "ltv", "cac", "ltv_cac"):
            reasons[name] = "no_complete"
        return totals, reasons, 0
    spend = sum(f["spend"] for f in complete)
    customers = sum(f["customers"] for f in complete)
    profit = sum(f["gross_profit"] for f in complete)
    totals.update(customers=customers, revenue=sum(f["revenue"] for f in complete), gross_profit=profit)
    for name, top, bottom in (("roi", profit - spend, spend), ("ltv_cac", profit, spend)):
        totals[name] = top / bottom if bottom else None
        if not bottom:
            reasons[name] = "zero_spend"
    totals["ltv"] = profit / customers if customers else None
    totals["cac"] = spend / customers if customers else None
    for name in ("ltv", "cac"):
        if totals[name] is None:
            reasons[name] = "zero_spend"
    return totals, reasons, len(complete)


def forecast_table(plan: PlanFile) -> ForecastTable:
    """Every channel's inputs, figures and reasons, and the totals row."""
    rows = []
    for entry in channel_inputs(plan):
        figures, reasons, source = channel_figures(entry)
        rows.append(ChannelForecast(entry["channel_id"], entry["channel"], entry, source, figures, reasons))
    totals, reasons, covered = totals_of([r.figures for r in rows])
    return ForecastTable(rows, totals, reasons, covered, len(rows))


def money_style(plan: PlanFile) -> tuple[str, str]:
    """The plan's (currency, language): computed amounts are shown in 万/亿
    for a Chinese plan, K/M for an English one, with the currency."""
    currency, language = plan.conn.execute('SELECT currency, language FROM "plan"').fetchone()
    return currency or "CNY", language


# -- editing -------------------------------------------------------------------
def check_input(field: str, value, channel: str = "") -> float | None:
    """The value to store for input *field* (None clears it), or EditRefused."""
    if field not in INPUTS:
        raise EditRefused(field, MESSAGES("unknown_field", field=shown(field)))
    label = Term(LABELS[field])
    subject = MESSAGES("input_for", label=label, channel=shown(channel)) if channel else label
    if is_blank(value):
        return None
    number = typed_number(value)
    if number is None:
        raise EditRefused(field, MESSAGES("not_a_number", subject=subject, value=shown(value)))
    low, low_allowed, high = LIMITS[field]
    if number < low or (number == low and not low_allowed):
        raise EditRefused(field, MESSAGES("at_least" if low_allowed else "more_than", subject=subject, low=f"{low:g}"))
    if number > high:
        raise EditRefused(field, MESSAGES("at_most", subject=subject, high=f"{high:g}"))
    return number


def _channel_name(plan: PlanFile, channel_id: str) -> str:
    return row_name(plan, "channel", channel_id, MESSAGES("channel_gone"))


def set_input(plan: PlanFile, channel_id: str, field: str, value) -> Change:
    """Store one forecast input of a channel (creating its assumption row
    when it has none; ``Change.extra['created']`` then holds the new id)."""
    stored = check_input(field, value, _channel_name(plan, channel_id))
    existing = plan.conn.execute(f"SELECT id FROM {TABLE} WHERE channel_id = ?", (channel_id,)).fetchone()
    if existing is None:
        new_id = insert_row(plan, TABLE, {"channel_id": channel_id, field: stored})
        return Change(CANVAS, TABLE, (new_id,), (field,), structure=True, extra={"created": new_id})
    with plan.transaction() as conn:
        conn.execute(f'UPDATE {TABLE} SET "{field}" = ? WHERE id = ?', (stored, existing[0]))
    return Change(CANVAS, TABLE, (existing[0],), (field,))


def remove_assumption(plan: PlanFile, assumption_id: str) -> Change:
    """Delete an assumption row (undo of the edit that created it)."""
    delete_row(plan, TABLE, assumption_id)
    return Change(CANVAS, TABLE, (assumption_id,), structure=True)


# -- pandas: the whole table -----------------------------------------------------
def forecast_frame(plan: PlanFile):
    """The forecast as a pandas DataFrame, one row per channel plus a last
    "total" row: inputs, spend, figures (NaN = blank) and ``reason`` (the
    REASONS key of the first blank figure, "" when none)."""
    import pandas as pd

    entries = channel_inputs(plan)
    columns = ["channel_id", "channel", "planned", *INPUTS]
    frame = pd.DataFrame([{c: e[c] for c in columns} for e in entries], columns=columns)
    return with_totals(compute_frame(frame))


def compute_frame(frame):
    """Add spend and figure columns to a frame of channel inputs (vectorised)."""
    import numpy as np
    import pandas as pd

    f = frame.copy()
    for name in ("planned", *INPUTS):
        f[name] = pd.to_numeric(f[name], errors="coerce").astype(float)
    cac = f["cac"].where(f["cac"] > 0)
    aov, margin, repeat = f["avg_order_value"], f["gross_margin_pct"] / 100, f["repeat_purchases"].fillna(0.0)
    f["spend"] = f["spend_override"].fillna(f["planned"])
    f["customers"] = f["spend"] / cac
    f["revenue"] = f["customers"] * aov * (1 + repeat)
    f["gross_profit"] = f["revenue"] * margin
    f["roi"] = ((f["gross_profit"] - f["spend"]) / f["spend"]).where(f["spend"] != 0)
    f["ltv"] = aov * (1 + repeat) * margin
    f["ltv_cac"] = f["ltv"] / cac
    f["cost_per_visit"] = cac * f["conversion_rate_pct"] / 100
    checks = [f["spend"].isna(), cac.isna(), aov.isna(), margin.isna(), f["spend"] == 0]
    f["reason"] = np.select(checks, ["no_spend", "no_cac", "no_aov", "no_margin", "zero_spend"], default="")
    f["ltv_cac_low"] = f["ltv_cac"] < LTV_CAC_FLOOR
    return f


def with_totals(f):
    """*f* with a "total" row appended (see totals_of for what it sums)."""
    import pandas as pd

    complete = f[f["gross_profit"].notna()]
    spend, customers, profit = complete["spend"].sum(), complete["customers"].sum(), complete["gross_profit"].sum()
    total = {
        "channel_id": "total",
        "channel": "Total",
        "spend": f["spend"].sum(min_count=1),
        "customers": customers if len(complete) else float("nan"),
        "revenue": complete["revenue"].sum() if len(complete) else float("nan"),
        "gross_profit": profit if len(complete) else float("nan"),
        "roi": (profit - spend) / spend if spend else float("nan"),
        "ltv": profit / customers if customers else float("nan"),
        "cac": spend / customers if customers else float("nan"),
        "ltv_cac": profit / spend if spend else float("nan"),
        "reason": "" if len(complete) else "no_complete",
    }
    total["ltv_cac_low"] = bool(total["ltv_cac"] < LTV_CAC_FLOOR)
    return pd.concat([f, pd.DataFrame([total])], ignore_index=True)


# -- Problems -------------------------------------------------------------------
def missing_inputs(row: ChannelForecast) -> list[tuple[str, str]]:
    """(REASONS key, input field) of each input the figures need that is missing."""
    cac = _number(row.inputs.get("cac"))
    checks = (
        ("no_spend", "spend_override", row.figures["spend"] is None),
        ("no_cac", "cac", cac is None or cac <= 0),
        ("no_aov", "avg_order_value", _number(row.inputs.get("avg_order_value")) is None),
        ("no_margin", "gross_margin_pct", _number(row.inputs.get("gross_margin_pct")) is None),
    )
    return [(key, field) for key, field, missing in checks if missing]


def _mid_sentence(reason: str) -> str:
    """*reason* inside a sentence: its first word in lower case, unless it is
    an acronym ("CAC not set" stays, never "cac not set")."""
    first = reason.split(" ", 1)[0]
    return reason if first.isupper() else reason[:1].lower() + reason[1:]


@rule_provider
def forecast_findings(plan: PlanFile) -> list[Finding]:
    """LTV/CAC under 3, negative ROI and missing inputs, per channel (only
    channels that have a budget or forecast inputs)."""
    found = []
    for row in forecast_table(plan).rows:
        if not row.has_row and row.inputs["planned"] is None:
            continue
        name, figures = row.channel or "?", row.figures
        args = (("channel", name),)
        for key, input_field in missing_inputs(row):
            message = f"Forecast of {name}: {_mid_sentence(REASONS[key])}, so some figures are blank."
            found.append(Finding(f"forecast.{key}", INFO, CANVAS, message, TABLE, row.channel_id, input_field, args))
        if figures["ltv_cac"] is not None and figures["ltv_cac"] < LTV_CAC_FLOOR:
            ratio = f"{figures['ltv_cac']:.2f}"
            message = f"LTV/CAC of {name} is {ratio}, under 3: each customer earns back less than three times its cost."
            found.append(
                Finding(
                    "forecast.ltv_cac_low",
                    WARNING,
                    CANVAS,
                    message,
                    TABLE,
                    row.channel_id,
                    "cac",
                    (*args, ("ratio", ratio)),
                )
            )
        if figures["roi"] is not None and figures["roi"] < 0:
            roi = f"{figures['roi'] * 100:.1f} %"
            message = f"ROI of {name} is negative ({roi}): its gross profit does not cover its spend."
            found.append(
                Finding(
                    "forecast.roi_negative",
                    WARNING,
                    CANVAS,
                    message,
                    TABLE,
                    row.channel_id,
                    "avg_order_value",
                    (*args, ("roi", roi)),
                )
            )
    return found
