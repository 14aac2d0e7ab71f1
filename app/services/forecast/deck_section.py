"""Deck sections "forecast" (inputs and the forecast/ROI table with its
totals row) and "kpis" (the KPI scorecard with status colours and words).
Both are left out when their canvas is empty."""

from __future__ import annotations

from app.services.deck.registry import section_renderer
from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service

WORDS = {
    "en": {
        "inputs": "Forecast assumptions", "results": "Forecast & ROI", "scorecard": "KPI scorecard",
        "channel": "Channel", "spend": "Spend", "cac": "CAC", "conversion": "Conversion", "aov": "Order value",
        "margin": "Gross margin", "repeat": "Repeat purchases", "customers": "Customers", "revenue": "Revenue",
        "gross_profit": "Gross profit", "roi": "ROI", "ltv": "LTV", "ltv_cac": "LTV/CAC", "note": "Note",
        "total": "Total", "override": "(override)", "low": "{ratio} (under 3)", "kpi": "KPI", "owner": "Owner",
        "baseline": "Baseline", "target": "Target", "actual": "Actual", "progress": "Progress", "status": "Status",
                "green": "● On track", "amber": "▲ At risk", "red": "✖ Off track", "no_data": "○ No data",
        "no_target": "○ No target", "covered": "Totals over {covered} of {channels} channels",
        "no_spend": "No planned budget", "no_cac": "CAC not set", "no_aov": "Order value not set",
        "no_margin": "Margin not set", "zero_spend": "Spend is 0", "no_complete": "No channel has every input",
        "no_conversion": "Conversion not set",
        "summary": "{green} on track · {amber} at risk · {red} off track · {none} without data",
    },
    "zh": {
        "inputs": "预测假设", "results": "预测与投资回报", "scorecard": "KPI 记分卡",
        "channel": "渠道", "spend": "投放费用", "cac": "获客成本", "conversion": "转化率", "aov": "客单价",
        "margin": "毛利率", "repeat": "复购次数", "customers": "新客数", "revenue": "收入",
        "gross_profit": "毛利", "roi": "ROI", "ltv": "LTV", "ltv_cac": "LTV/CAC", "note": "说明",
        "total": "合计", "override": "（手动）", "low": "{ratio}（低于 3）", "kpi": "指标", "owner": "负责人",
        "baseline": "基线", "target": "目标", "actual": "实际", "progress": "进度", "status": "状态",
                "green": "● 达标", "amber": "▲ 预警", "red": "✖ 落后", "no_data": "○ 暂无数据",
        "no_target": "○ 未设目标", "covered": "合计覆盖 {channels} 个渠道中的 {covered} 个",
        "no_spend": "无计划预算", "no_cac": "未填获客成本", "no_aov": "未填客单价",
        "no_margin": "未填毛利率", "zero_spend": "费用为 0", "no_complete": "没有输入完整的渠道",
        "no_conversion": "未填转化率",
        "summary": "达标 {green} 项 · 预警 {amber} 项 · 落后 {red} 项 · 暂无数据 {none} 项",
    },
}  # fmt: skip
STATUS_FILL = {"green": "#D5EFD8", "amber": "#FFE8B3", "red": "#F9D0CE", "no_data": "#ECEFF1", "no_target": "#ECEFF1"}


def word(ctx, key: str, **values) -> str:
    """A fixed word of these sections in the plan's language."""
    return WORDS["en" if ctx.language == "en" else "zh"][key].format(**values)


def money(ctx, value) -> str:
    """An amount: 28.8 m / 2,880 万; "—" when blank."""
    if value is None:
        return "—"
    if ctx.language == "en":
        return f"{value / 1e6:,.1f} m" if abs(value) >= 1e6 else f"{value:,.0f}"
    if abs(value) >= 1e8:
        return f"{value / 1e8:,.2f} 亿"
    return f"{value / 1e4:,.0f} 万" if abs(value) >= 1e5 else f"{value:,.0f}"


def number(value, digits: int = 0, suffix: str = "") -> str:
    """A plain number with thousands separators, or "—"."""
    return "—" if value is None else f"{value:,.{digits}f}{suffix}"


def count(ctx, value) -> str:
    """A head count: 369,231 / 36.9 万."""
    if value is None:
        return "—"
    return f"{value / 1e4:,.1f} 万" if ctx.language != "en" and abs(value) >= 1e5 else f"{value:,.0f}"


@section_renderer("forecast", order=65, title_zh="预测与投资回报", title_en="Forecast & ROI")
def forecast_slides(ctx):
    """The assumptions per channel, then the results with the totals row."""
    table = forecast_service.forecast_table(ctx.plan)
    rows = [r for r in table.rows if r.has_row or r.figures["spend"] is not None]
    if not rows:
        return
    inputs = []
    for r in rows:
        i = r.inputs
        spend = money(ctx, r.figures["spend"]) + (" " + word(ctx, "override") if r.spend_source == "override" else "")
        inputs.append(
            [
                ctx.text(r.channel, "forecast channel"),
                spend,
                number(i["cac"], 2),
                number(i["conversion_rate_pct"], 1, " %"),
                number(i["avg_order_value"], 2),
                number(i["gross_margin_pct"], 1, " %"),
                number(i["repeat_purchases"], 1),
            ]
        )
    header = [word(ctx, k) for k in ("channel", "spend", "cac", "conversion", "aov", "margin", "repeat")]
    yield from ctx.slides.table(word(ctx, "inputs"), header, inputs, widths=[2.6, 1.6, 1, 1.1, 1.1, 1.1, 1.2])
    results = [_result_row(ctx, ctx.text(r.channel, "forecast channel"), r.figures, r.reasons) for r in rows]
    totals = dict(table.totals)
    results.append(_result_row(ctx, word(ctx, "total"), totals, table.total_reasons))
    if table.covered < table.channels and table.covered:
        results[-1][-1] = word(ctx, "covered", covered=table.covered, channels=table.channels)
    header = [
        word(ctx, k)
        for k in ("channel", "spend", "customers", "revenue", "gross_profit", "roi", "ltv", "ltv_cac", "note")
    ]
    widths = [2.2, 1.3, 1.2, 1.3, 1.3, 1, 1, 1.6, 1.8]
    if not any(row[-1] for row in results):  # no figure is missing: the width goes to the figures
        header, results, widths = header[:-1], [row[:-1] for row in results], widths[:-1]
    fills = {len(results) - 1: "#EEF2F5"}
    yield from coloured_table(ctx, word(ctx, "results"), header, results, {}, fills, widths=widths)


def _result_row(ctx, name, figures: dict, reasons: dict) -> list:
    ratio = figures.get("ltv_cac")
    ratio_text = number(ratio, 2)
    if ratio is not None and ratio < forecast_service.LTV_CAC_FLOOR:
        ratio_text = word(ctx, "low", ratio=ratio_text)
    roi = figures.get("roi")
    note = next(
        (
            word(ctx, reasons[k])
            for k in ("spend", "customers", "revenue", "gross_profit", "roi", "ltv_cac")
            if k in reasons
        ),
        "",
    )
    return [
        name,
        money(ctx, figures.get("spend")),
        count(ctx, figures.get("customers")),
        money(ctx, figures.get("revenue")),
        money(ctx, figures.get("gross_profit")),
        "—" if roi is None else f"{roi * 100:,.0f} %",
        number(figures.get("ltv"), 0),
        ratio_text,
        note,
    ]


@section_renderer("kpis", order=70, title_zh="关键绩效指标", title_en="KPIs")
def kpi_slides(ctx):
    """The scorecard: name, owner, baseline, target (≥ for higher-is-better,
    ≤ for lower), actual, progress and status (word and symbol on the status
    colour)."""
    card = kpi_service.scorecard(ctx.plan)
    if not card:
        return
    rows, cells = [], {}
    for n, (kpi, status) in enumerate(card):
        where = f"KPI {n + 1}"
        unit = kpi["unit"] or ""
        sign = "≤ " if kpi["direction"] == "lower" else "≥ "
        progress = "—" if status.progress is None else f"{status.progress * 100:,.0f} %"
        rows.append(
            [
                ctx.text(kpi["name"], where),
                ctx.text(kpi["owner"] or "—", f"{where} (owner)"),
                ctx.text(_value(kpi["baseline"], unit), where),
                ctx.text(_value(kpi["target"], unit, sign), where),
                ctx.text(_value(kpi["actual"], unit), where),
                progress,
                word(ctx, status.status),
            ]
        )
        cells[(6, n + 1)] = STATUS_FILL[status.status]
    header = [word(ctx, k) for k in ("kpi", "owner", "baseline", "target", "actual", "progress", "status")]
    yield from coloured_table(
        ctx,
        word(ctx, "scorecard"),
        header,
        rows,
        cells,
        {},
        widths=[2.4, 3.2, 1, 1.1, 1.1, 0.9, 1.2],
        lead=status_summary(ctx, card),
    )


def status_summary(ctx, card: list) -> str:
    """How many KPIs are on track, at risk, off track and without data (the editor shows the same line)."""
    counts = {key: 0 for key in ("green", "amber", "red", "no_data")}
    for _kpi, status in card:
        counts["no_data" if status.status == "no_target" else status.status] += 1
    return word(ctx, "summary", green=counts["green"], amber=counts["amber"], red=counts["red"], none=counts["no_data"])


def _value(value, unit: str, sign: str = "") -> str:
    """A KPI figure with its unit ("≥ 4.6 %"), or "—"."""
    if value is None:
        return "—"
    return f"{sign}{value:,.10g} {unit}".rstrip()


def coloured_table(ctx, title, header, rows, cell_fills: dict, row_fills: dict, widths, lead: str = ""):
    """A table like ``ctx.slides.table`` whose cells (column, row) or rows
    have their own background; long tables continue on follow-on slides
    with the header repeated. *lead* is a line of text above the table."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    from app.services.deck.fonts import PDF_FONT
    from app.services.deck.primitives import TABLE_PAD
    from app.services.deck.theme import BODY_W, RULE

    total = sum(widths)
    columns = [BODY_W * w / total for w in widths]
    slides = ctx.slides
    data = [[slides.para(h, "table_head") for h in header]]
    data += [[slides.para(cell, "table") for cell in row] for row in rows]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(ctx.theme.brand)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PAD[0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PAD[1]),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PAD[2]),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PAD[2]),
    ]
    commands += [
        ("BACKGROUND", (0, row), (-1, row), HexColor(fill)) for row, fill in ((r + 1, f) for r, f in row_fills.items())
    ]
    commands += [("BACKGROUND", cell, cell, HexColor(fill)) for cell, fill in cell_fills.items()]
    table = Table(data, colWidths=columns, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return slides.flow_slides(title, [slides.para(lead), table] if lead else [table])
