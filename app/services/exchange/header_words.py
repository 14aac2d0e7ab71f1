"""Exported tables (CSV, XLSX) in the plan's language: the Chinese of every
column header and sheet title. The budget importer reads these headers back
(渠道, 子渠道, 营销活动, 负责人, 备注, "2027-01 计划"/"2027-01 实际"), so a
Chinese budget sheet round-trips."""

from __future__ import annotations

import re
from dataclasses import replace

TITLES = ("Objectives", "SWOT", "TOWS", "Personas", "Value tiers", "Journeys", "Competitors", "Campaigns", "Risks",
          "Forecast", "KPIs", "Budget", "Pillars", "Initiatives", "RACI", "Checkpoints")  # fmt: skip
ZH = {
    # titles (sheet names)
    "Objectives": "目标", "SWOT": "SWOT", "TOWS": "TOWS", "Personas": "用户画像", "Value tiers": "价值分层",
    "Journeys": "用户旅程", "Competitors": "竞品", "Campaigns": "营销活动", "Risks": "风险清单",
    "Forecast": "预测与投资回报", "KPIs": "关键绩效指标", "Budget": "预算",
    # overview, SWOT, TOWS
    "Objective": "目标", "Metric": "衡量指标", "Target": "目标值", "label": "编号", "quadrant": "象限",
    "text": "内容", "weight": "权重", "evidence": "依据", "kind": "类型", "rationale": "理由", "cites": "引用",
    "cited_items": "引用条目",
    # personas
    "name": "名称", "role": "身份", "age_band": "年龄段", "city_tier": "城市层级", "income_band": "收入区间",
    "goals": "目标", "pain_points": "痛点", "behaviours": "行为特征", "preferred_channels": "偏好渠道",
    "buying_triggers": "购买触发因素", "quote": "典型语录", "customer_share_pct": "客户占比 %", "has_photo": "有照片",
    "revenue_share_pct": "收入占比 %", "service_level": "服务等级", "response_time": "响应时效",
    "persona": "用户画像", "stage": "阶段", "touchpoints": "触点", "channels": "渠道", "tactic": "策略",
    # competitors
    "is_own_brand": "本品牌", "positioning": "定位", "price_level": "价格带", "main_channels": "主要渠道",
    "strengths": "优势", "weaknesses": "劣势", "market_share_pct": "份额 %", "price_score": "价格评分",
    "quality_score": "品质评分", "innovation_score": "创新评分", "reach_score": "覆盖评分",
    "custom_x_score": "自定义横轴评分", "custom_y_score": "自定义纵轴评分",
    # calendar
    "Name": "名称", "Status": "状态", "Start": "开始", "End": "结束", "Days": "天数", "Channels": "投放渠道",
    "Owner": "负责人", "Phases": "阶段数", "Milestones": "里程碑数", "Colour": "颜色",
    # risks
    "title": "风险", "category": "类别", "description": "描述", "likelihood": "可能性", "impact": "影响程度",
    "score": "评分", "level": "等级", "owner": "负责人", "mitigation": "缓解措施", "contingency": "应急预案",
    "status": "状态", "review_date": "复核日期",
    # forecast
    "Channel": "渠道", "Spend source": "投放额来源", "Spend": "投放额", "CAC": "获客成本",
    "Conversion rate (%)": "转化率 %", "Average order value": "客单价", "Gross margin (%)": "毛利率 %",
    "Repeat purchases": "复购次数", "Customers": "客户数", "Revenue": "收入", "Gross profit": "毛利",
    "ROI (%)": "投资回报率 %", "LTV": "客户终身价值", "LTV/CAC": "LTV/CAC", "LTV/CAC under 3": "LTV/CAC 低于 3",
    "Implied cost per visit": "单次访问成本", "Note": "备注",
    # KPIs
    "KPI": "关键绩效指标", "Unit": "单位", "Baseline": "基线值", "Actual": "实际值", "Direction": "方向",
    "Alert threshold (%)": "预警阈值 %", "Cadence": "频率", "Campaign": "营销活动", "Progress (%)": "进度 %",
    "Shortfall (%)": "差距 %",
    # budget
    "Sub-channel": "子渠道",
    # format 3 fields
    "profile": "画像描述", "strategy": "竞品策略", "recent_moves": "近期动向", "definition": "指标定义",
    "data_source": "数据来源",
    # strategy & actions
    "Pillars": "策略支柱", "Initiatives": "举措", "RACI": "职责矩阵", "Checkpoints": "里程碑监测点",
    "intent": "意图", "initiatives": "举措数", "planned_cost": "计划成本", "actual_cost": "实际成本",
    "pillar": "所属支柱", "department": "部门", "start_date": "开始日期", "end_date": "结束日期", "quarter": "季度",
    "priority": "优先级", "tows_strategies": "承载的 TOWS 策略", "objectives": "服务的目标", "campaigns": "执行活动",
    "budget_lines": "资金来源预算项", "kpis": "衡量 KPI", "risks": "相关风险", "initiative": "举措",
    "date": "日期", "kpi_thresholds": "KPI 阈值", "result": "结果", "decision": "决策",
}  # fmt: skip
LAYERS_ZH = {"planned": "计划", "actual": "实际"}
MONTH_LAYER = re.compile(r"^(\d{4}-\d{2}) (planned|actual)$")


def header_in(language: str, header: str, title: bool = False) -> str:
    """*header* in *language* ('zh' or 'en'); unknown headers stay as they are."""
    if language != "zh":
        return header
    month = MONTH_LAYER.match(header)
    if month:
        return f"{month.group(1)} {LAYERS_ZH[month.group(2)]}"
    if header == "Personas" and not title:
        return "目标人群"
    return ZH.get(header, header)


def localised(table, language: str):
    """A copy of ExportTable *table* with its title and headers in *language*."""
    if language != "zh":
        return table
    columns = [header_in(language, c) for c in table.columns]
    numeric = {header_in(language, c) for c in table.numeric}
    return replace(table, title=header_in(language, table.title, title=True), columns=columns, numeric=numeric)


def plan_language(plan) -> str:
    """The plan's language ('zh' or 'en')."""
    row = plan.conn.execute('SELECT language FROM "plan"').fetchone()
    return "en" if row and row[0] == "en" else "zh"


def english_header(header: str, fields: bool = False) -> str:
    """The English (source) header of an exported Chinese *header*; English
    headers come back unchanged (for reading an export back). Where a
    Chinese word stands for both a label and a field name (负责人: "Owner"
    and "owner"), *fields* picks the field name."""
    month = re.match(r"^(\d{4}-\d{2}) (计划|实际)$", header)
    if month:
        return f"{month.group(1)} {'planned' if month.group(2) == '计划' else 'actual'}"
    if header == "目标人群":
        return "Personas"
    found = [en for en, zh in ZH.items() if zh == header and en not in TITLES]
    if not found:
        return header
    preferred = [en for en in found if (en == en.lower()) == fields]
    return (preferred or found)[0]
