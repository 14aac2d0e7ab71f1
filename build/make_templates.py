"""Write the New Plan templates, resources/templates/<key>-<zh|en>.json.

Each template is a JSON exchange document (docs/plan-format.md) built from
the structure of the seed decks: objectives and market-context prompts,
SWOT prompts, channels and shares (40/30/15/15), value tiers (2/18/30/50),
severity levels and a KPI set. Ids here are fixed (uuid5) so the files diff
cleanly; app.services.templates gives every new plan fresh ones.

Run: ``python build/make_templates.py`` after changing the description below."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates"
NS = uuid.UUID("6b0d8a52-3f0e-4a53-9d0b-5d7e1c2f7a10")

# Every text is (zh, en).
TEMPLATES = {
    "annual-strategic-plan": {
        "title": ("年度战略营销规划", "Annual strategic marketing plan"),
        "blurb": ("全年目标、SWOT、渠道预算与关键绩效指标", "Year goals, SWOT, channel budget and KPIs"),
        "period": ("2027-01-01", "2027-12-31"),
        "context": (
            "（提示）概述市场规模与增速、消费趋势、竞争格局与上一年度的经营回顾。",
            "(Prompt) Market size and growth, consumer trends, the competition and a review of last year.",
        ),
        "objectives": [
            (
                ("全年营收增长（提示：写明幅度）", "Grow annual revenue (prompt: by how much)"),
                ("年度营收", "Annual revenue"),
                ("+20 %", "+20 %"),
            ),
            (("提升品牌认知度", "Raise brand awareness"), ("品牌认知度", "Brand awareness"), ("45 %", "45 %")),
            (("提高会员复购率", "Raise member repurchase rate"), ("复购率", "Repurchase rate"), ("35 %", "35 %")),
        ],
        "kpis": "annual",
    },
    "ecommerce-promotion": {
        "title": ("电商推广计划", "E-commerce promotion plan"),
        "blurb": (
            "大促节奏（预热期/爆发期/长尾期）、流量与转化",
            "Festival rhythm (warm-up / launch / long tail), traffic and conversion",
        ),
        "period": ("2026-09-01", "2026-12-31"),
        "context": (
            "（提示）说明本次大促（如双11）的平台规则、流量成本、品类竞争与去年同期表现。",
            "(Prompt) The festival (e.g. Singles' Day): platform rules, traffic costs, category competition, "
            "last year's results.",
        ),
        "objectives": [
            (("大促期间全渠道成交额（GMV）", "Festival GMV across channels"), ("成交额", "GMV"), ("+25 %", "+25 %")),
            (("提升店铺转化率", "Raise store conversion"), ("转化率", "Conversion rate"), ("4.5 %", "4.5 %")),
            (("新客获取", "Win new customers"), ("新客数", "New customers"), ("100,000", "100,000")),
        ],
        "kpis": "ecommerce",
    },
    "key-account-strategy": {
        "title": ("重要客户市场策略", "Key-account strategy"),
        "blurb": (
            "客户分层、服务等级与响应时效、客户旅程",
            "Value tiers, service levels and response times, the customer journey",
        ),
        "period": ("2027-01-01", "2027-12-31"),
        "context": (
            "（提示）描述重要客户的构成、采购决策链、合作现状与流失风险。",
            "(Prompt) Who the key accounts are, how they decide, where we stand with them and the churn risk.",
        ),
        "objectives": [
            (("提高重要客户留存率", "Keep more key accounts"), ("客户留存率", "Account retention"), ("95 %", "95 %")),
            (("提升单客年度贡献", "Grow revenue per account"), ("客单价", "Revenue per account"), ("+15 %", "+15 %")),
            (("缩短服务响应时间", "Respond faster"), ("平均响应时间", "Mean response time"), ("≤ 2 小时", "≤ 2 hours")),
        ],
        "kpis": "key_account",
    },
    "plan-review-iteration": {
        "title": ("营销方案优化迭代", "Marketing plan review and iteration"),
        "blurb": (
            "复盘现有方案：问题诊断、优化措施与验证指标",
            "Review a running plan: diagnosis, improvements and the metrics that prove them",
        ),
        "period": ("2027-01-01", "2027-06-30"),
        "context": (
            "（提示）回顾现有方案的执行数据，指出偏差最大的环节及其原因。",
            "(Prompt) Review the running plan's figures; name where it is furthest off and why.",
        ),
        "objectives": [
            (
                ("找出并修复转化漏斗中的最大流失点", "Find and fix the biggest leak in the funnel"),
                ("漏斗转化率", "Funnel conversion"),
                ("+1 个百分点", "+1 point"),
            ),
            (("降低获客成本", "Lower customer acquisition cost"), ("获客成本", "CAC"), ("-10 %", "-10 %")),
            (("提高投资回报率", "Raise return on investment"), ("投资回报率", "ROI"), ("≥ 1.5", "≥ 1.5")),
        ],
        "kpis": "iteration",
    },
}

SWOT = [
    ("S", ("（提示）我们最大的优势，例如产品力或渠道", "(Prompt) Our biggest strength, e.g. product or channels")),
    ("W", ("（提示）我们的主要劣势", "(Prompt) Our main weakness")),
    ("O", ("（提示）市场中的机会", "(Prompt) An opportunity in the market")),
    ("T", ("（提示）外部威胁，例如价格战", "(Prompt) An outside threat, e.g. a price war")),
]
CHANNELS = [
    (("社交媒体", "Social media"), 40.0, "#C8553D", ("小红书、抖音、微博", "Xiaohongshu, Douyin, Weibo")),
    (("电商平台", "E-commerce"), 30.0, "#2E86AB", ("天猫、京东", "Tmall, JD")),
    (("搜索引擎", "Search"), 15.0, "#7A9E7E", ("百度、平台搜索", "Baidu, marketplace search")),
    (("线下渠道", "Offline"), 15.0, "#8E6C8A", ("门店、商超、展会", "Stores, supermarkets, fairs")),
]
TIERS = [
    (
        ("钻石客户", "Diamond"),
        2.0,
        ("专属顾问、定制服务", "Personal adviser, custom service"),
        ("1 小时内", "Within 1 hour"),
    ),
    (
        ("核心客户", "Core"),
        18.0,
        ("优先服务、新品抢先体验", "Priority service, early access"),
        ("4 小时内", "Within 4 hours"),
    ),
    (
        ("潜力客户", "Potential"),
        30.0,
        ("定期关怀、成长激励", "Regular care, growth incentives"),
        ("24 小时内", "Within 24 hours"),
    ),
    (
        ("基础客户", "Basic"),
        50.0,
        ("标准服务、自助渠道", "Standard service, self-service"),
        ("48 小时内", "Within 48 hours"),
    ),
]
SEVERITY = [
    (
        1,
        ("一级（重大）", "Level 1 (critical)"),
        60,
        24.0,
        ("首席执行官", "CEO"),
        (
            "1 小时内成立专项小组，首席执行官直接参与，每 24 小时滚动更新",
            "Task force within 1 hour, CEO involved, rolling updates every 24 hours",
        ),
    ),
    (
        2,
        ("二级（较大）", "Level 2 (major)"),
        240,
        48.0,
        ("市场总监", "Marketing director"),
        ("4 小时内响应，市场总监牵头", "Response within 4 hours, led by the marketing director"),
    ),
    (
        3,
        ("三级（一般）", "Level 3 (minor)"),
        1440,
        72.0,
        ("品牌经理", "Brand manager"),
        ("24 小时内响应，日常流程处理", "Response within 24 hours through the usual process"),
    ),
]
# name, unit, baseline, target, direction, alert %, cadence
KPIS = {
    "annual": [
        (("年度营收", "Annual revenue"), ("万元", "CNY 10k"), 0.0, 0.0, "higher", 15.0, "monthly"),
        (("品牌认知度", "Brand awareness"), ("%", "%"), 0.0, 45.0, "higher", 15.0, "quarterly"),
        (("会员复购率", "Member repurchase rate"), ("%", "%"), 0.0, 35.0, "higher", 15.0, "monthly"),
        (("投资回报率", "Return on investment"), ("倍", "x"), 0.0, 1.5, "higher", 15.0, "monthly"),
    ],
    "ecommerce": [
        (("店铺转化率", "Store conversion rate"), ("%", "%"), 0.0, 4.5, "higher", 15.0, "daily"),
        (("成交额", "GMV"), ("万元", "CNY 10k"), 0.0, 0.0, "higher", 15.0, "daily"),
        (("获客成本", "Customer acquisition cost"), ("元", "CNY"), 0.0, 0.0, "lower", 15.0, "weekly"),
        (("客单价", "Average order value"), ("元", "CNY"), 0.0, 0.0, "higher", 15.0, "weekly"),
    ],
    "key_account": [
        (("重要客户留存率", "Key-account retention"), ("%", "%"), 0.0, 95.0, "higher", 15.0, "quarterly"),
        (("平均响应时间", "Mean response time"), ("小时", "hours"), 0.0, 2.0, "lower", 15.0, "weekly"),
        (("客户满意度", "Customer satisfaction"), ("分", "points"), 0.0, 90.0, "higher", 15.0, "quarterly"),
    ],
    "iteration": [
        (("漏斗转化率", "Funnel conversion"), ("%", "%"), 0.0, 0.0, "higher", 15.0, "weekly"),
        (("获客成本", "Customer acquisition cost"), ("元", "CNY"), 0.0, 0.0, "lower", 15.0, "weekly"),
        (("投资回报率", "Return on investment"), ("倍", "x"), 0.0, 1.5, "higher", 15.0, "monthly"),
    ],
}


def _id(*parts) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def document(key: str, lang: int) -> dict:
    """The JSON exchange document of template *key* in language 0 (zh) or 1 (en)."""
    spec = TEMPLATES[key]
    code = ("zh", "en")[lang]
    doc = {
        "format": "stratdeck-plan",
        "format_version": 1,
        "plan": {
            "id": _id(key, code, "plan"),
            "title": spec["title"][lang],
            "period_start": spec["period"][0],
            "period_end": spec["period"][1],
            "currency": "CNY",
            "language": code,
            "market_context": spec["context"][lang],
            "confidentiality": ("内部资料", "Internal")[lang],
        },
        "objective": [
            {"id": _id(key, code, "objective", i), "position": i, "text": t[lang], "metric": m[lang], "target": g[lang]}
            for i, (t, m, g) in enumerate(spec["objectives"])
        ],
        "swot_item": [
            {"id": _id(key, code, "swot", i), "position": 0, "quadrant": q, "text": text[lang], "weight": 3}
            for i, (q, text) in enumerate(SWOT)
        ],
        "channel": [
            {
                "id": _id(key, code, "channel", i),
                "position": i,
                "name": n[lang],
                "target_share_pct": share,
                "color": color,
                "note": note[lang],
            }
            for i, (n, share, color, note) in enumerate(CHANNELS)
        ],
        "value_tier": [
            {
                "id": _id(key, code, "tier", i),
                "position": i,
                "name": n[lang],
                "customer_share_pct": share,
                "service_level": level[lang],
                "response_time": time[lang],
            }
            for i, (n, share, level, time) in enumerate(TIERS)
        ],
        "severity_level": [
            {
                "id": _id(key, code, "severity", i),
                "position": i,
                "level": level,
                "name": n[lang],
                "response_minutes": minutes,
                "update_interval_hours": hours,
                "escalate_to": to[lang],
                "description": text[lang],
            }
            for i, (level, n, minutes, hours, to, text) in enumerate(SEVERITY)
        ],
        "kpi": [
            {
                "id": _id(key, code, "kpi", i),
                "position": i,
                "name": n[lang],
                "unit": u[lang],
                "baseline": base,
                "target": target,
                "direction": direction,
                "alert_threshold_pct": alert,
                "cadence": cadence,
            }
            for i, (n, u, base, target, direction, alert, cadence) in enumerate(KPIS[spec["kpis"]])
        ],
        "template": {"key": key, "title": spec["title"][lang], "description": spec["blurb"][lang]},
    }
    return doc


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for key in TEMPLATES:
        for lang, code in enumerate(("zh", "en")):
            path = OUT / f"{key}-{code}.json"
            path.write_text(json.dumps(document(key, lang), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(path.relative_to(OUT.parents[1]))


if __name__ == "__main__":
    main()
