"""Deck sections "forecast" (inputs and the forecast/ROI table with its
totals row) and "kpis" (the KPI scorecard with status colours and words).
Both are left out when their canvas is empty."""

from __future__ import annotations

from app.services.deck.registry import section_renderer
from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service
from app.services.plan.wording import Wording

# A fixed word of these sections in the plan's language.
word = Wording({
    "inputs": ("Forecast assumptions",
               "预测假设"),
    "results": ("Forecast & ROI",
                "预测与投资回报"),
    "scorecard": ("KPI scorecard",
                  "KPI 记分卡"),
    "channel": ("Channel",
                "渠道"),
    "spend": ("Spend",
              "投放费用"),
    "cac": ("CAC",
            "获客成本"),
    "conversion": ("Conversion",
                   "转化率"),
    "aov": ("Order value",
            "客单价"),
    "margin": ("Gross margin",
               "毛利率"),
    "repeat": ("Repeat purchases",
               "复购次数"),
    "customers": ("Customers",
                  "新客数"),
    "revenue": ("Revenue",
                "收入"),
    "gross_profit": ("Gross profit",
                     "毛利"),
    "roi": ("ROI",
            "ROI"),
    "ltv": ("LTV",
            "LTV"),
    "ltv_cac": ("LTV/CAC",
                "LTV/CAC"),
    "note": ("Note",
             "说明"),
    "total": ("Total",
              "合计"),
    "override": ("(override)",
                 "（手动）"),
    "low": ("{ratio} (under 3)",
            "{ratio}（低于 3）"),
    "kpi": ("KPI",
            "指标"),
    "owner": ("Owner",
              "负责人"),
    "baseline": ("Baseline",
                 "基线"),
    "target": ("Target",
               "目标"),
    "actual": ("Actual",
               "实际"),
    "progress": ("Progress",
                 "进度"),
    "status": ("Status",
               "状态"),
    "green": ("● On track",
              "● 达标"),
    "amber": ("▲ At risk",
              "▲ 预警"),
    "red": ("✖ Off track",
            "✖ 落后"),
    "no_data": ("○ No data",
                "○ 暂无数据"),
    "no_target": ("○ No target",
                  "○ 未设目标"),
    "covered": ("Totals over {covered} of {channels} channels",
                "合计覆盖 {channels} 个渠道中的 {covered} 个"),
    "no_spend": ("No planned budget",
                 "无计划预算"),
    "no_cac": ("CAC not set",
               "未填获客成本"),
    "no_aov": ("Order value not set",
               "未填客单价"),
    "no_margin": ("Margin not set",
                  "未填毛利率"),
    "zero_spend": ("Spend is 0",
                   "费用为 0"),
    "no_complete": ("No channel has every input",
                    "没有输入完整的渠道"),
    "no_conversion": ("Conversion not set",
                      "未填转化率"),
    "summary": ("{green} on track · {amber} at risk · {red} off track · {none} without data",
                "达标 {green} 项 · 预警 {amber} 项 · 落后 {red} 项 · 暂无数据 {none} 项"),
})  # fmt: skip
STATUS_FILL = {"green": "#D5EFD8", "amber": "#FFE8B3", "red": "#F9D0CE", "no_data": "#ECEFF1", "no_target": "#ECEFF1"}


def money(ctx, value) -> str:
    """An amount in the table's one unit (2,880 in a 万元 column; the
    header names unit and currency); "" when blank."""
    from app.models.money import in_unit

    scale, _unit = getattr(ctx, "money_unit", (1.0, ""))
    return "" if value is None else in_unit(value, scale)


def number(value, digits: int = 0, suffix: str = "") -> str:
    """A plain number with thousands separators, or "" when blank."""
    return "" if value is None else f"{value:,.{digits}f}{suffix}"


def count(ctx, value) -> str:
    """A head count: 369,231 / 36.9 万."""
    from app.models.money import compact

    return "" if value is None else compact(value, ctx.language)


# A computed headline or column title in the plan's language.
headline = Wording({
    "inputs": ("Forecast assumptions for {n} channels",
               "{n} 个渠道的预测假设"),
    "results": ("The plan returns {revenue} revenue on {spend} spend (ROI {roi})",
                "投入 {spend}，预计带来收入 {revenue}（ROI {roi}）"),
    "results_plain": ("Forecast per channel",
                      "各渠道的预测结果"),
    "kpis": ("{green} of {n} KPIs on track; {red} off track",
             "{n} 项 KPI 中 {green} 项达标，{red} 项落后"),
    "kpis_none": ("{n} KPIs defined; no actuals measured yet",
                  "已定义 {n} 项 KPI，尚无实际数据"),
    "definitions": ("How each KPI is measured",
                    "KPI 的口径与数据来源"),
    "definition": ("Definition",
                   "口径定义"),
    "source": ("Data source",
               "数据来源"),
    "cadence": ("Cadence",
                "频率"),
})  # fmt: skip


def _currency_header(ctx, name: str) -> str:
    from app.models.money import unit_header

    _scale, unit = getattr(ctx, "money_unit", (1.0, ""))
    word_ = unit_header(unit, ctx.currency, ctx.language)
    return f"{name}（{word_}）" if ctx.language != "en" else f"{name} ({word_})"


@section_renderer("forecast", order=65, title_zh="预测与投资回报", title_en="Forecast & ROI")
def forecast_slides(ctx):
    """The assumptions per channel, then the results with the totals row
    (left out, with a warning, when no channel has a forecast input)."""
    table = forecast_service.forecast_table(ctx.plan)
    rows = [r for r in table.rows if r.has_row or r.figures["spend"] is not None]
    if not rows:
        return
    from app.models.money import axis_unit

    scale, unit = axis_unit([r.figures["spend"] for r in rows] + [table.totals.get("spend")], ctx.language)
    ctx.money_unit = (scale, unit)
    inputs = []
    for r in rows:
        i = r.inputs
        spend = money(ctx, r.figures["spend"]) + (" " + word(ctx, "override") if r.spend_source == "override" else "")
        inputs.append([ctx.clean(r.channel, "forecast channel"), spend, number(i["cac"], 2),
                       number(i["conversion_rate_pct"], 1, "%"), number(i["avg_order_value"], 2),
                       number(i["gross_margin_pct"], 1, "%"), number(i["repeat_purchases"], 1)])
    if not any(any(row[2:]) for row in inputs):
        ctx.leave_out("left_out_forecast")
        return
    header = [word(ctx, k) for k in ("channel", "spend", "cac", "conversion", "aov", "margin", "repeat")]
    header[1] = _currency_header(ctx, header[1])
    yield from ctx.slides.table(headline(ctx, "inputs", n=len(inputs)), header, inputs,
                                [2.6, 1.6, 1, 1.1, 1.1, 1.1, 1.2], "forecast.inputs")
    results = [_result_row(ctx, ctx.clean(r.channel, "forecast channel"), r.figures, r.reasons) for r in rows]
    totals = dict(table.totals)
    results.append(_result_row(ctx, word(ctx, "total"), totals, table.total_reasons))
    if table.covered < table.channels and table.covered:
        results[-1][-1] = word(ctx, "covered", covered=table.covered, channels=table.channels)
    header = [word(ctx, k) for k in ("channel", "spend", "customers", "revenue", "gross_profit", "roi", "ltv",
                                     "ltv_cac", "note")]
    for index in (1, 3, 4):
        header[index] = _currency_header(ctx, header[index])
    if totals.get("revenue") and totals.get("spend") and totals.get("roi") is not None:
        title = headline(ctx, "results", revenue=ctx.money(totals["revenue"]), spend=ctx.money(totals["spend"]),
                         roi=f"{totals['roi'] * 100:,.0f}%")
    else:
        title = headline(ctx, "results_plain")
    yield from ctx.slides.table(title, header, results, [2.2, 1.3, 1.2, 1.3, 1.3, 1, 1, 1.6, 1.8],
                                "forecast.results", total_row=True)


def _result_row(ctx, name, figures: dict, reasons: dict) -> list:
    ratio = figures.get("ltv_cac")
    ratio_text = number(ratio, 2)
    if ratio is not None and ratio < forecast_service.LTV_CAC_FLOOR:
        ratio_text = word(ctx, "low", ratio=ratio_text)
    roi = figures.get("roi")
    note = next((word(ctx, reasons[k]) for k in ("spend", "customers", "revenue", "gross_profit", "roi", "ltv_cac")
                 if k in reasons), "")
    return [name, money(ctx, figures.get("spend")), count(ctx, figures.get("customers")),
            money(ctx, figures.get("revenue")), money(ctx, figures.get("gross_profit")),
            "" if roi is None else f"{roi * 100:,.0f}%", number(figures.get("ltv"), 0), ratio_text, note]


@section_renderer("kpis", order=70, title_zh="关键绩效指标", title_en="KPIs")
def kpi_slides(ctx):
    """The scorecard (name, owner, baseline, target, actual, progress, status
    on its colour), then definitions and data sources where set."""
    card = kpi_service.scorecard(ctx.plan)
    if not card:
        return
    rows, fills, details = [], [], []
    counts = {"green": 0, "amber": 0, "red": 0}
    for n, (kpi, status) in enumerate(card):
        where = f"KPI {n + 1}"
        unit = kpi["unit"] or ""
        sign = "≤ " if kpi["direction"] == "lower" else "≥ "
        progress = "" if status.progress is None else f"{status.progress * 100:,.0f}%"
        name = ctx.clean(kpi["name"], where)
        rows.append([name, ctx.clean(kpi["owner"], f"{where} (owner)"), _value(kpi["baseline"], unit),
                     _value(kpi["target"], unit, sign), _value(kpi["actual"], unit), progress,
                     word(ctx, status.status)])
        fills.append((6, n, STATUS_FILL[status.status]))
        counts[status.status] = counts.get(status.status, 0) + 1
        texts = [ctx.clean(kpi.get(k), f"{where} ({k})") for k in ("definition", "data_source")]
        if any(texts):
            details.append([name, *texts])
    header = [word(ctx, k) for k in ("kpi", "owner", "baseline", "target", "actual", "progress", "status")]
    measured = counts["green"] + counts["amber"] + counts["red"]
    title = (headline(ctx, "kpis", n=len(card), green=counts["green"], red=counts["red"]) if measured else
             headline(ctx, "kpis_none", n=len(card)))
    from dataclasses import replace

    from app.services.deck.model import BODY_BOX, Box, TextBlock

    lead = status_summary(ctx, card)  # the count per status, as the editor shows it, above the table
    room = Box(BODY_BOX.x, BODY_BOX.y + 24, BODY_BOX.w, BODY_BOX.h - 24)
    for n, slide in enumerate(ctx.slides.table(title, header, rows, [2.4, 3.2, 1, 1.1, 1.1, 0.9, 1.2],
                                               "kpis.scorecard", fills=fills, box=room)):
        if n == 0:
            lead_block = TextBlock(Box(BODY_BOX.x, BODY_BOX.y, BODY_BOX.w, 20), (lead,), "lead", 14.0)
            slide = replace(slide, blocks=(lead_block, *slide.blocks))
        yield slide
    if details:
        header = [word(ctx, "kpi"), headline(ctx, "definition"), headline(ctx, "source")]
        yield from ctx.slides.table(headline(ctx, "definitions"), header, details, [2, 4.6, 3], "kpis.definitions")


def status_summary(ctx, card: list) -> str:
    """How many KPIs are on track, at risk, off track and without data (the editor shows the same line)."""
    counts = {key: 0 for key in ("green", "amber", "red", "no_data")}
    for _kpi, status in card:
        counts["no_data" if status.status == "no_target" else status.status] += 1
    return word(ctx, "summary", green=counts["green"], amber=counts["amber"], red=counts["red"],
                none=counts["no_data"])


def _value(value, unit: str, sign: str = "") -> str:
    """A KPI figure with its unit ("≥ 4.6%"); "" when blank."""
    if value is None:
        return ""
    text = f"{sign}{value:,.10g}"
    return f"{text}{unit}" if unit in ("%", "‰") else f"{text} {unit}".rstrip()
