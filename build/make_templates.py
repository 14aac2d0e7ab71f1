"""Write the New Plan templates, resources/templates/<key>-<zh|en>.json.

Each template is a JSON exchange document (docs/plan-format.md) built from
the structure of the seed decks: objectives and market-context prompts,
SWOT prompts, channels and shares (40/30/15/15), value tiers (2/18/30/50),
severity levels, a KPI set, 3–4 starter risks and one starter crisis
playbook tied to severity level 1. Ids here are fixed (uuid5) so the files diff
cleanly; app.services.plan.templates gives every new plan fresh ones.

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
# name, unit, baseline, target, direction, alert %, cadence (None: the planner's
# own figure, left empty rather than a made-up 0)
KPIS = {
    "annual": [
        (("年度营收", "Annual revenue"), ("万元", "CNY 10k"), None, None, "higher", 15.0, "monthly"),
        (("品牌认知度", "Brand awareness"), ("%", "%"), None, 45.0, "higher", 15.0, "quarterly"),
        (("会员复购率", "Member repurchase rate"), ("%", "%"), None, 35.0, "higher", 15.0, "monthly"),
        (("投资回报率", "Return on investment"), ("倍", "x"), None, 1.5, "higher", 15.0, "monthly"),
    ],
    "ecommerce": [
        (("店铺转化率", "Store conversion rate"), ("%", "%"), None, 4.5, "higher", 15.0, "daily"),
        (("成交额", "GMV"), ("万元", "CNY 10k"), None, None, "higher", 15.0, "daily"),
        (("获客成本", "Customer acquisition cost"), ("元", "CNY"), None, None, "lower", 15.0, "weekly"),
        (("客单价", "Average order value"), ("元", "CNY"), None, None, "higher", 15.0, "weekly"),
    ],
    "key_account": [
        (("重要客户留存率", "Key-account retention"), ("%", "%"), None, 95.0, "higher", 15.0, "quarterly"),
        (("平均响应时间", "Mean response time"), ("小时", "hours"), None, 2.0, "lower", 15.0, "weekly"),
        (("客户满意度", "Customer satisfaction"), ("分", "points"), None, 90.0, "higher", 15.0, "quarterly"),
    ],
    "iteration": [
        (("漏斗转化率", "Funnel conversion"), ("%", "%"), None, None, "higher", 15.0, "weekly"),
        (("获客成本", "Customer acquisition cost"), ("元", "CNY"), None, None, "lower", 15.0, "weekly"),
        (("投资回报率", "Return on investment"), ("倍", "x"), None, 1.5, "higher", 15.0, "monthly"),
    ],
}

# Starter risks: category key, title, likelihood, impact, owner role, mitigation, contingency.
RISKS = {
    "annual": [
        (
            "supply_chain",
            ("（提示）核心原料或供应商断供", "(Prompt) Key material or supplier shortfall"),
            3,
            4,
            ("供应链总监", "Supply-chain director"),
            ("（提示）锁定第二供应商、保持安全库存", "(Prompt) Second supplier, safety stock"),
            ("（提示）切换备选配方或调整主推产品", "(Prompt) Switch recipe or change the hero products"),
        ),
        (
            "reputation",
            ("（提示）负面舆情扩散", "(Prompt) Negative buzz spreads"),
            3,
            4,
            ("品牌总监", "Brand director"),
            ("（提示）全天候舆情监测、达人合作审核", "(Prompt) 24/7 social listening, creator vetting"),
            ("（提示）启动舆情预案、发布初步声明", "(Prompt) Run the buzz playbook, publish a holding statement"),
        ),
        (
            "data_security",
            ("（提示）会员数据泄露", "(Prompt) Member data leak"),
            2,
            5,
            ("信息安全负责人", "Head of information security"),
            ("（提示）最小权限、数据脱敏、定期审计", "(Prompt) Least privilege, masking, regular audits"),
            (
                "（提示）隔离系统、72 小时内报告并通知用户",
                "(Prompt) Isolate systems, report and notify within 72 hours",
            ),
        ),
        (
            "compliance",
            ("（提示）广告用语违反广告法", "(Prompt) Ad copy breaks advertising law"),
            2,
            3,
            ("法务经理", "Legal manager"),
            ("（提示）上线前法务审核文案", "(Prompt) Legal review before launch"),
            ("（提示）下架素材、修改后重新上线", "(Prompt) Pull the material, fix and relaunch"),
        ),
    ],
    "ecommerce": [
        (
            "operations",
            ("（提示）大促期间系统或物流爆仓", "(Prompt) Systems or logistics overload at peak"),
            3,
            4,
            ("电商运营总监", "E-commerce operations director"),
            ("（提示）压力测试、提前备货到前置仓", "(Prompt) Load tests, stock moved to forward warehouses"),
            ("（提示）启用备用物流、发布延迟发货说明", "(Prompt) Backup carriers, publish a shipping-delay notice"),
        ),
        (
            "reputation",
            ("（提示）价格争议或虚假宣传质疑", "(Prompt) Pricing dispute or claims of false advertising"),
            3,
            4,
            ("品牌总监", "Brand director"),
            (
                "（提示）规则与价格提前审核、客服话术统一",
                "(Prompt) Check rules and prices early, one customer-service script",
            ),
            ("（提示）启动舆情预案、补偿受影响用户", "(Prompt) Run the buzz playbook, compensate affected buyers"),
        ),
        (
            "supply_chain",
            ("（提示）爆款断货", "(Prompt) Hero SKU sells out"),
            3,
            3,
            ("供应链经理", "Supply-chain manager"),
            ("（提示）按预测备货并设补货节点", "(Prompt) Stock to forecast, set reorder points"),
            ("（提示）预售或推荐替代款", "(Prompt) Pre-sale or suggest an alternative"),
        ),
        (
            "compliance",
            ("（提示）平台规则或促销合规问题", "(Prompt) Platform rule or promotion compliance issue"),
            2,
            3,
            ("法务经理", "Legal manager"),
            ("（提示）活动规则上线前法务审核", "(Prompt) Legal review of the campaign rules"),
            ("（提示）暂停活动、修改规则后重启", "(Prompt) Pause, fix the rules, restart"),
        ),
    ],
    "key_account": [
        (
            "concentration",
            ("（提示）营收过度依赖少数大客户", "(Prompt) Revenue depends on a few large accounts"),
            3,
            4,
            ("大客户总监", "Key-account director"),
            ("（提示）拓展潜力客户、设单客占比上限", "(Prompt) Grow potential accounts, cap any one account's share"),
            ("（提示）启动客户挽留方案、调整年度目标", "(Prompt) Run the retention plan, reset the year's targets"),
        ),
        (
            "credit",
            ("（提示）客户回款逾期", "(Prompt) Account pays late"),
            3,
            3,
            ("财务经理", "Finance manager"),
            ("（提示）授信额度与账期分级管理", "(Prompt) Credit limits and terms by tier"),
            ("（提示）暂停发货、协商还款计划", "(Prompt) Hold shipments, agree a repayment plan"),
        ),
        (
            "product_quality",
            ("（提示）批次质量问题引发客户投诉", "(Prompt) A bad batch draws account complaints"),
            2,
            4,
            ("质量经理", "Quality manager"),
            ("（提示）出厂检验、批次可追溯", "(Prompt) Outgoing inspection, traceable batches"),
            ("（提示）冻结批次、上门沟通并补偿", "(Prompt) Freeze the batch, visit and compensate"),
        ),
        (
            "data_security",
            ("（提示）客户资料外泄", "(Prompt) Account data leaks"),
            2,
            4,
            ("信息安全负责人", "Head of information security"),
            ("（提示）客户资料分级授权访问", "(Prompt) Tiered access to account data"),
            ("（提示）隔离系统、通知客户并报告", "(Prompt) Isolate systems, notify accounts, report"),
        ),
    ],
    "iteration": [
        (
            "operations",
            ("（提示）优化措施执行不到位", "(Prompt) Improvements not carried out"),
            3,
            3,
            ("项目经理", "Project manager"),
            ("（提示）每周复盘、明确责任人", "(Prompt) Weekly review, named owners"),
            ("（提示）收缩范围、优先最大流失点", "(Prompt) Narrow the scope to the biggest leak"),
        ),
        (
            "reputation",
            ("（提示）调整后的传播引发负面反馈", "(Prompt) Changed messaging draws negative feedback"),
            2,
            4,
            ("品牌总监", "Brand director"),
            ("（提示）小范围测试后再放量", "(Prompt) Test small before scaling up"),
            ("（提示）启动舆情预案、回滚素材", "(Prompt) Run the buzz playbook, roll the material back"),
        ),
        (
            "compliance",
            ("（提示）新投放渠道合规风险", "(Prompt) Compliance risk in a new channel"),
            2,
            3,
            ("法务经理", "Legal manager"),
            ("（提示）新渠道上线前法务审核", "(Prompt) Legal review before a new channel goes live"),
            ("（提示）暂停投放、整改后恢复", "(Prompt) Pause spend, fix, resume"),
        ),
    ],
}

RISK_DESCRIPTION = ("（提示）说明风险成因与可能影响", "(Prompt) Why it could happen and what it would hit")

# One starter playbook per template, tied to severity level 1 (response within
# 60 minutes, so the first step is at T+0). Offsets in minutes.
STEPS = [
    (
        ("（提示）确认事件、截图留证", "(Prompt) Confirm the case, capture evidence"),
        ("舆情专员", "Social-listening lead"),
        0,
    ),
    (
        ("（提示）通知升级链、成立专项小组", "(Prompt) Alert the escalation chain, form a task force"),
        ("品牌总监", "Brand director"),
        15,
    ),
    (
        ("（提示）发布初步声明、统一客服话术", "(Prompt) Publish the holding statement, brief customer service"),
        ("公关总监", "PR director"),
        60,
    ),
    (
        ("（提示）联系当事人、核实原因", "(Prompt) Contact the people affected, find the cause"),
        ("客服经理", "Customer-service manager"),
        60,
    ),
    (("（提示）公布调查结果与改进措施", "(Prompt) Publish findings and fixes"), ("公关总监", "PR director"), 1440),
]
ESCALATION = [("品牌总监", "Brand director"), ("市场总监", "Marketing director"), ("首席执行官", "CEO")]
STATEMENT = (
    ("初步声明（提示：按实际情况修改）", "Holding statement (prompt: adapt to the facts)"),
    (
        "{date}，{brand}关注到有关{product}的反馈。我们高度重视，已成立专项小组调查，将在 24 小时内公布进展。",
        "On {date} {brand} became aware of reports about {product}. We take this seriously, have set up a task "
        "force and will share an update within 24 hours.",
    ),
)
PLAYBOOKS = {
    "annual": (
        ("负面舆情发酵", "Negative buzz spreading"),
        ("（提示）描述场景：负面内容在社交平台扩散并登上热搜", "(Prompt) The scene: negative posts spread and trend"),
        ("（提示）例如 2 小时内同一问题提及超过 500 次", "(Prompt) E.g. more than 500 mentions within 2 hours"),
    ),
    "ecommerce": (
        ("大促期间负面舆情", "Negative buzz during the festival"),
        (
            "（提示）描述场景：价格、发货或赠品问题在大促期间引发集中投诉",
            "(Prompt) The scene: prices, shipping or gifts draw a wave of complaints mid-festival",
        ),
        (
            "（提示）例如差评率高于目标 25 % 或登上平台热榜",
            "(Prompt) E.g. bad reviews 25 % over target or a trending topic",
        ),
    ),
    "key_account": (
        ("重要客户重大投诉", "Key-account escalated complaint"),
        (
            "（提示）描述场景：钻石客户公开投诉或威胁终止合作",
            "(Prompt) The scene: a diamond account complains publicly or threatens to leave",
        ),
        (
            "（提示）例如钻石客户书面投诉或公开发声",
            "(Prompt) E.g. a written or public complaint from a diamond account",
        ),
    ),
    "iteration": (
        ("调整后负面反馈", "Negative feedback after a change"),
        (
            "（提示）描述场景：新方案上线后用户负面反馈集中出现",
            "(Prompt) The scene: users react badly after the new plan goes live",
        ),
        ("（提示）例如负面评论占比较调整前翻倍", "(Prompt) E.g. the share of negative comments doubles"),
    ),
}
SPOKESPERSON = ("公关总监", "PR director")
PRODUCT = ("（提示）涉事产品", "(Prompt) product concerned")


# -- Strategy & actions (issue 17) -------------------------------------------------
# Pillars with starter initiatives, the responsibility matrix and checkpoints,
# from the seeds' 核心策略框架 / 行动计划部署 / 关键里程碑监测点. Each initiative:
# name, description, owner role, department, quarter, priority, the objective
# it serves and the KPI that measures it (indexes into the template's lists).
PARTY_ROWS = [(("市场部", "Marketing"), "internal"), (("销售部", "Sales"), "internal"),
              (("技术团队", "Tech team"), "internal"), (("外部代理商", "Outside agency"), "partner")]  # fmt: skip
MARKETING_LEAD = ("市场总监", "Marketing director")
SALES_LEAD = ("销售总监", "Sales director")
TECH_LEAD = ("技术负责人", "Head of technology")
STRATEGY = {
    "annual": {
        "pillars": [
            (
                ("产品与服务创新", "Product and service innovation"),
                ("以差异化功能与体验升级建立竞争壁垒", "Distinctive features and a better experience build a moat"),
                [
                    (
                        ("差异化新品开发", "Develop a distinctive new product"),
                        (
                            "基于用户痛点推出具备核心技术壁垒的功能或单品。",
                            "Launch a feature or product with a real edge, built on customer pain points.",
                        ),
                        MARKETING_LEAD,
                        ("市场部", "Marketing"),
                        "2027-Q2",
                        "high",
                        0,
                        0,
                    ),
                ],
            ),
            (
                ("渠道拓展与优化", "Channel expansion and optimisation"),
                ("新兴渠道渗透与线上线下协同", "Reach new channels and make online and offline work together"),
                [
                    (
                        ("短视频与直播电商渗透", "Short video and live commerce"),
                        (
                            "建立品牌自播团队与 KOC 合作矩阵，分阶段 ROI 考核。",
                            "An own live-stream team and a KOC network, with ROI reviewed by stage.",
                        ),
                        SALES_LEAD,
                        ("销售部", "Sales"),
                        "2027-Q3",
                        "high",
                        0,
                        3,
                    ),
                ],
            ),
            (
                ("数字化营销关键路径", "Digital marketing"),
                ("数据中台与私域运营，提升复购", "A customer data platform and owned audience lift repurchase"),
                [
                    (
                        ("私域三层架构搭建", "Build a three-layer owned audience"),
                        (
                            "企业微信 + 小程序 + 社群，设计会员等级权益与裂变激励。",
                            "WeCom + mini-program + communities, with member tiers and referral rewards.",
                        ),
                        TECH_LEAD,
                        ("技术团队", "Tech team"),
                        "2027-Q2",
                        "medium",
                        2,
                        2,
                    ),
                    (
                        ("品牌认知度提升计划", "Raise brand awareness"),
                        (
                            "多渠道投放与 KOL 合作，强化品牌核心信息。",
                            "Multi-channel media and KOL partnerships carry the brand's core message.",
                        ),
                        MARKETING_LEAD,
                        ("市场部", "Marketing"),
                        "2027-Q3",
                        "medium",
                        1,
                        1,
                    ),
                ],
            ),
        ],
    },
    "ecommerce": {
        "pillars": [
            (
                ("全渠道整合营销", "Omnichannel integrated marketing"),
                (
                    "平台会场、内容与私域联动，集中转化",
                    "Platform venues, content and owned audience converge on conversion",
                ),
                [
                    (
                        ("大促会场与站内推广", "Festival venue and in-store ads"),
                        (
                            "锁定平台资源位，分预热、爆发、长尾三期投放。",
                            "Secure platform slots; spend in warm-up, launch and long-tail stages.",
                        ),
                        SALES_LEAD,
                        ("销售部", "Sales"),
                        "2026-Q4",
                        "high",
                        0,
                        1,
                    ),
                ],
            ),
            (
                ("数字化创新", "Digital innovation"),
                ("用数据驱动人群与创意优化", "Data drives audiences and creative"),
                [
                    (
                        ("人群精准投放与 A/B 测试", "Precise audiences and A/B tests"),
                        (
                            "按人群包投放，落地页与素材多变量测试。",
                            "Target by audience pack; test landing pages and creative together.",
                        ),
                        TECH_LEAD,
                        ("技术团队", "Tech team"),
                        "2026-Q3",
                        "medium",
                        1,
                        0,
                    ),
                ],
            ),
            (
                ("用户体验", "Customer experience"),
                (
                    "从下单到售后的一致体验，带来新客与复购",
                    "One experience from order to after-sales wins and keeps customers",
                ),
                [
                    (
                        ("客服与发货保障", "Service and delivery guarantee"),
                        (
                            "AI 客服与一键售后，大促期间发货时效承诺。",
                            "AI customer service, one-click after-sales and a delivery promise during the festival.",
                        ),
                        MARKETING_LEAD,
                        ("市场部", "Marketing"),
                        "2026-Q4",
                        "medium",
                        2,
                        2,
                    ),
                ],
            ),
        ],
    },
    "key_account": {
        "pillars": [
            (
                ("客户分层服务", "Tiered account service"),
                ("按价值分层配置服务等级与响应时效", "Service levels and response times by account value"),
                [
                    (
                        ("重要客户专属服务团队", "A dedicated key-account team"),
                        (
                            "为钻石与核心客户配置专属客户经理。",
                            "A dedicated account manager for diamond and core accounts.",
                        ),
                        SALES_LEAD,
                        ("销售部", "Sales"),
                        "2027-Q1",
                        "high",
                        0,
                        0,
                    ),
                    (
                        ("服务响应时效提升", "Faster service response"),
                        ("建立工单系统与分级响应时限。", "A ticket system with tiered response times."),
                        TECH_LEAD,
                        ("技术团队", "Tech team"),
                        "2027-Q2",
                        "medium",
                        2,
                        1,
                    ),
                ],
            ),
            (
                ("客户价值深耕", "Deepen account value"),
                ("交叉销售与联合方案，提升单客贡献", "Cross-selling and joint solutions grow revenue per account"),
                [
                    (
                        ("联合营销方案", "Joint marketing programmes"),
                        ("与重要客户共建年度联合营销计划。", "An annual joint marketing plan with each key account."),
                        MARKETING_LEAD,
                        ("市场部", "Marketing"),
                        "2027-Q3",
                        "medium",
                        1,
                        2,
                    ),
                ],
            ),
        ],
    },
    "iteration": {
        "pillars": [
            (
                ("问题诊断", "Diagnosis"),
                ("用数据找出偏差最大的环节", "Find where the plan is furthest off, with data"),
                [
                    (
                        ("转化漏斗复盘", "Funnel review"),
                        (
                            "按环节拆解转化率，定位最大流失点。",
                            "Break conversion down by step and find the biggest leak.",
                        ),
                        MARKETING_LEAD,
                        ("市场部", "Marketing"),
                        "2027-Q1",
                        "high",
                        0,
                        0,
                    ),
                ],
            ),
            (
                ("优化措施", "Improvements"),
                ("针对问题调整投放与资源配置", "Adjust spend and resources to the problems found"),
                [
                    (
                        ("低效渠道预算重分配", "Reallocate budget from weak channels"),
                        (
                            "缩编或关停低效项目，资源向高潜力渠道流动。",
                            "Cut or stop weak programmes; move resources to high-potential channels.",
                        ),
                        SALES_LEAD,
                        ("销售部", "Sales"),
                        "2027-Q2",
                        "high",
                        1,
                        1,
                    ),
                    (
                        ("投资回报验证", "Prove the return"),
                        ("以 A/B 测试验证每项优化的效果。", "Prove each improvement with an A/B test."),
                        TECH_LEAD,
                        ("技术团队", "Tech team"),
                        "2027-Q2",
                        "medium",
                        2,
                        2,
                    ),
                ],
            ),
        ],
    },
}
CHECKPOINT_TEXTS = [
    ("第一阶段目标达成率：验证初始策略是否有效", "Stage-one attainment: is the strategy working"),
    ("资源使用效率审计：各渠道成本与收益比", "Resource efficiency audit: cost against return by channel"),
    ("长期品牌影响力追踪：认知度与净推荐值", "Long-term brand tracking: awareness and NPS"),
]


def _strategy(key: str, theme: str, code: str, lang: int) -> dict:
    """A template's pillars, starter initiatives (each linked to an objective
    and a KPI, with one accountable party), parties and checkpoints."""
    spec = STRATEGY[theme]
    rows: dict[str, list] = {name: [] for name in (
        "pillar", "initiative", "initiative_objective", "initiative_kpi", "raci_party", "raci_cell", "checkpoint",
        "checkpoint_kpi")}  # fmt: skip
    parties = [_id(key, code, "party", i) for i in range(len(PARTY_ROWS))]
    for i, ((name, kind), party) in enumerate(zip(PARTY_ROWS, parties, strict=True)):
        rows["raci_party"].append({"id": party, "position": i, "name": name[lang], "kind": kind, "note": ""})
    number = 0
    for p, (name, intent, initiatives) in enumerate(spec["pillars"]):
        pillar = _id(key, code, "pillar", p)
        rows["pillar"].append({"id": pillar, "position": p, "name": name[lang], "intent": intent[lang]})
        for i, (title, text, owner, department, quarter, priority, objective, kpi) in enumerate(initiatives):
            initiative = _id(key, code, "initiative", number)
            rows["initiative"].append({
                "id": initiative, "position": i, "pillar_id": pillar, "name": title[lang], "description": text[lang],
                "owner": owner[lang], "department": department[lang], "quarter": quarter, "status": "planned",
                "priority": priority,
            })  # fmt: skip
            rows["initiative_objective"].append(
                {"initiative_id": initiative, "objective_id": _id(key, code, "objective", objective), "position": 0}
            )
            rows["initiative_kpi"].append(
                {"initiative_id": initiative, "kpi_id": _id(key, code, "kpi", kpi), "position": 0}
            )
            owner_party = parties[{"Marketing": 0, "Sales": 1, "Tech team": 2}[department[1]]]
            for party in parties:
                role = "A" if party == owner_party else "R" if party == parties[3] and number == 0 else "C"
                rows["raci_cell"].append({"initiative_id": initiative, "party_id": party, "role": role})
            number += 1
    kpis = len(KPIS[theme])
    for c, text in enumerate(CHECKPOINT_TEXTS):  # undated: the planner sets the dates (no overdue finding at once)
        checkpoint = _id(key, code, "checkpoint", c)
        rows["checkpoint"].append(
            {"id": checkpoint, "position": c, "date": None, "name": text[lang], "result": "pending", "decision": ""}
        )
        rows["checkpoint_kpi"].append(
            {"checkpoint_id": checkpoint, "kpi_id": _id(key, code, "kpi", c % kpis), "threshold": None, "position": 0}
        )
    return rows


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
    doc.update(_risks_and_playbook(key, spec["kpis"], code, lang))
    doc.update(_strategy(key, spec["kpis"], code, lang))  # Strategy & actions (issue 17)
    return doc


def _risks_and_playbook(key: str, theme: str, code: str, lang: int) -> dict:
    """The starter risks and the one starter playbook (tied to level 1) of a template."""
    playbook = _id(key, code, "playbook", 0)
    name, scenario, trigger = PLAYBOOKS[theme]
    return {
        "risk": [
            {
                "id": _id(key, code, "risk", i),
                "position": i,
                "category": category,
                "title": title[lang],
                "description": RISK_DESCRIPTION[lang],
                "likelihood": likelihood,
                "impact": impact,
                "owner": owner[lang],
                "mitigation": mitigation[lang],
                "contingency": contingency[lang],
                "status": "open",
                "review_date": None,
            }
            for i, (category, title, likelihood, impact, owner, mitigation, contingency) in enumerate(RISKS[theme])
        ],
        "playbook": [
            {
                "id": playbook,
                "position": 0,
                "name": name[lang],
                "scenario": scenario[lang],
                "severity_level_id": _id(key, code, "severity", 0),
                "trigger_text": trigger[lang],
                "trigger_kpi_id": None,
                "trigger_risk_id": None,
                "spokesperson": SPOKESPERSON[lang],
                "product": PRODUCT[lang],
            }
        ],
        "escalation_contact": [
            {
                "id": _id(key, code, "contact", i),
                "position": i,
                "playbook_id": playbook,
                "role": role[lang],
                "name": "",
                "contact": "",
            }
            for i, role in enumerate(ESCALATION)
        ],
        "playbook_step": [
            {
                "id": _id(key, code, "step", i),
                "position": i,
                "playbook_id": playbook,
                "action": action[lang],
                "owner": owner[lang],
                "offset_minutes": offset,
            }
            for i, (action, owner, offset) in enumerate(STEPS)
        ],
        "holding_statement": [
            {
                "id": _id(key, code, "statement", 0),
                "position": 0,
                "playbook_id": playbook,
                "title": STATEMENT[0][lang],
                "body": STATEMENT[1][lang],
            }
        ],
    }


def main() -> None:
    import sys

    sys.path.insert(0, str(OUT.parents[1]))
    from app.services.plan.templates import without_prompts  # prompts become placeholders, never data

    OUT.mkdir(parents=True, exist_ok=True)
    for key in TEMPLATES:
        for lang, code in enumerate(("zh", "en")):
            path = OUT / f"{key}-{code}.json"
            text = json.dumps(without_prompts(document(key, lang)), ensure_ascii=False, indent=1)
            path.write_text(text + "\n", encoding="utf-8")
            print(path.relative_to(OUT.parents[1]))


if __name__ == "__main__":
    main()
