# ruff: noqa: E501  (bilingual text literals are kept whole, one per line, for translators)
"""Generate the bundled sample plans (Stratdeck JSON exchange format).

One data description, two files: ``resources/samples/qiyun-tea-2027-zh.json``
(Simplified Chinese) and ``…-en.json`` (English). Both carry the same ids, the
same figures and the same structure; only the user text differs. Ids are
``uuid5`` of a fixed namespace and a readable key, so re-running the script
writes byte-identical files.

The brand (栖云茶研 / Qiyun Tea Lab), its competitors, people and figures are
fictional.

Run from anywhere: ``python build/make_samples.py`` (column names and order
come from ``app/models/schema_snapshot.py``). Beside each JSON it writes the
plan file imported from it (``…-zh.stratdeck``), which the demo plan copies.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.models import schema_snapshot  # noqa: E402  (needs ROOT on sys.path)

SLUG = "qiyun-tea-2027"
OUT_DIR = ROOT / "resources" / "samples"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "stratdeck:sample:" + SLUG)
LANGUAGES = ("zh", "en")
YEAR = 2027
ACTUAL_MONTHS = 5  # actuals are booked for January..May; the plan is "as of" early June
CREATED_AT = "2026-11-02T09:30:00+08:00"
MODIFIED_AT = "2027-06-05T18:20:00+08:00"


class Tx(NamedTuple):
    """A piece of user text in both languages."""

    zh: str
    en: str


def uid(key: str) -> str:
    """Stable canonical UUID for the row called *key*."""
    return str(uuid.uuid5(NAMESPACE, key))


# --------------------------------------------------------------------------
# People (fictional)
# --------------------------------------------------------------------------

P = {
    "lin": Tx("林晓岚（品牌市场总监）", "Lin Xiaolan (Director, Brand Marketing)"),
    "zhou": Tx("周屹（电商负责人）", "Zhou Yi (Head of E-commerce)"),
    "chen": Tx("陈思远（社交媒体与内容负责人）", "Chen Siyuan (Head of Social & Content)"),
    "wang": Tx("王可欣（抖音运营经理）", "Wang Kexin (Douyin Operations Manager)"),
    "he": Tx("何佳（效果投放经理）", "He Jia (Performance Marketing Manager)"),
    "zhao": Tx("赵明哲（线下零售负责人）", "Zhao Mingzhe (Head of Retail)"),
    "sun": Tx("孙蕾（会员与CRM经理）", "Sun Lei (Membership & CRM Manager)"),
    "wu": Tx("吴振国（供应链总监）", "Wu Zhenguo (Director, Supply Chain)"),
    "zheng": Tx("郑婉（公关总监）", "Zheng Wan (Director, Public Relations)"),
    "qian": Tx("钱博（信息安全负责人）", "Qian Bo (Head of Information Security)"),
    "xu": Tx("许文涛（首席执行官）", "Xu Wentao (CEO)"),
    "han": Tx("韩露（法务总监）", "Han Lu (General Counsel)"),
    "feng": Tx("冯可（质量管理负责人）", "Feng Ke (Head of Quality)"),
    "du": Tx("杜涛（财务BP）", "Du Tao (Finance Business Partner)"),
    "liu": Tx("刘畅（客服中心经理）", "Liu Chang (Customer Service Manager)"),
    "song": Tx("宋嘉明（运营副总裁）", "Song Jiaming (VP Operations)"),
}

# --------------------------------------------------------------------------
# Overview
# --------------------------------------------------------------------------

PLAN = {
    "title": Tx("栖云茶研 2027 年度营销计划", "Qiyun Tea Lab — FY2027 Marketing Plan"),
    "brand": Tx("栖云茶研", "Qiyun Tea Lab"),
    "owner": P["lin"],
    "confidentiality": Tx("内部资料", "Internal"),
    "brand_color": "#2F6B5A",
    "market_context": Tx(
        "栖云茶研是一家定位中高端的原叶茶饮品牌，主营冷泡原叶三角茶包、无糖即饮瓶装茶和节令礼盒。"
        "2026 年全渠道营收 4.2 亿元，其中线上 GMV 2.6 亿元；双11 全渠道 GMV 5,200 万元，"
        "天猫旗舰店占线上 GMV 的 48%。\n\n"
        "市场层面，无糖茶仍是饮料行业增长最快的细分之一（行业估算 2026 年无糖即饮茶规模同比增长约 28%），"
        "消费者从“解渴”转向“控糖、提神、好喝”，愿意为原叶和冷萃工艺支付溢价。"
        "与此同时，头部瓶装茶品牌发起价格战，单瓶价格下探至 4.5 元，平台流量成本持续上涨（天猫直通车 CPC 同比约 +22%）。\n\n"
        "渠道层面，用户决策路径已变为“小红书/抖音种草 → 电商大促下单 → 私域复购”。"
        "兴趣电商和即时零售（30 分钟达）是新客主要来源，线下精品商超和便利店承担品牌露出与即饮场景。"
        "企业年节礼品采购需求明显回升，是礼盒业务的第二增长曲线。\n\n"
        "2027 年我们的打法：以 3 月上市的“桂花冷泡乌龙”为新品引擎，预算按社交 40% / 电商 30% / 搜索 15% / 线下 15% 分配，"
        "预留总预算 10%–15% 作为应急储备金（热点机会与危机公关），各渠道负责人可在 ±15% 范围内自主调整；"
        "全年以双11 为最大战役，目标 GMV 8,000 万元。\n\n"
        "注：本示例计划中的品牌、竞品、人物与数据均为虚构。",
        "Qiyun Tea Lab is a mid-to-premium whole-leaf tea brand selling cold-brew pyramid tea bags, "
        "unsweetened ready-to-drink bottled tea and seasonal gift boxes. In 2026 it made CNY 420 m of revenue "
        "across channels, CNY 260 m of it online GMV; Singles' Day (11.11) GMV across channels was CNY 52 m, "
        "and the Tmall flagship store carried 48 % of online GMV.\n\n"
        "Unsweetened tea remains one of the fastest-growing beverage segments (industry estimate: ready-to-drink "
        'unsweetened tea grew about 28 % in 2026). Consumers have moved from "quench thirst" to "less sugar, '
        'a lift, and real taste", and pay a premium for whole leaf and cold extraction. At the same time the '
        "bottled-tea leaders have started a price war (CNY 4.5 a bottle) and platform traffic keeps getting "
        "dearer (Tmall pay-per-click up about 22 % year on year).\n\n"
        'The path to purchase is now "discover on Xiaohongshu/Douyin → buy in a marketplace festival → '
        're-buy in our private community". Interest e-commerce and instant retail (30-minute delivery) bring '
        "most new customers; premium supermarkets and convenience stores give the brand shelf presence and the "
        "drink-now moment. Corporate holiday gifting is recovering and is the gift-box business's second "
        "growth curve.\n\n"
        "Our 2027 play: the Osmanthus Cold-Brew Oolong launched in March is the growth engine; the budget is "
        "split social 40 % / e-commerce 30 % / search 15 % / offline 15 %; 10–15 % of the total is held as a "
        "reserve pool for hot opportunities and crisis response, and channel owners may move spend within "
        "±15 % on their own authority. Singles' Day is the year's biggest battle, with a CNY 80 m GMV target.\n\n"
        "Note: the brand, competitors, people and figures in this sample plan are fictional.",
    ),
}

OBJECTIVES = [
    (
        "obj-revenue",
        Tx("全年全渠道营收同比增长 24%", "Grow full-year revenue across channels by 24 %"),
        Tx("年度营收", "Annual revenue"),
        Tx("5.2 亿元", "CNY 520 m"),
    ),
    (
        "obj-double11",
        Tx("双11 全渠道 GMV 创历史新高", "Record Singles' Day (11.11) GMV across channels"),
        Tx("双11 GMV", "Singles' Day GMV"),
        Tx("8,000 万元（同比 +54%）", "CNY 80 m (+54 % YoY)"),
    ),
    (
        "obj-launch",
        Tx("桂花冷泡乌龙成为第二大单品", "Make Osmanthus Cold-Brew Oolong our No. 2 product"),
        Tx("新品首年销售额", "First-year sales of the new product"),
        Tx("6,000 万元", "CNY 60 m"),
    ),
    (
        "obj-repeat",
        Tx("提升会员复购，降低对大促的依赖", "Lift member repeat purchases, depend less on festivals"),
        Tx("会员 12 个月复购率", "12-month member repeat rate"),
        Tx("31% → 38%", "31 % → 38 %"),
    ),
    (
        "obj-awareness",
        Tx("提升一二线城市品牌认知", "Raise brand awareness in tier-1 and tier-2 cities"),
        Tx("无提示品牌认知度", "Unaided brand awareness"),
        Tx("12% → 18%", "12 % → 18 %"),
    ),
    (
        "obj-efficiency",
        Tx("控制营销费用率，保证投放效率", "Keep marketing spend efficient"),
        Tx("营销费用率 / 综合获客成本", "Marketing-to-revenue ratio / blended CAC"),
        Tx("≤ 14% / ≤ 85 元", "≤ 14 % / ≤ CNY 85"),
    ),
]

# --------------------------------------------------------------------------
# SWOT and TOWS
# --------------------------------------------------------------------------

SWOT = {
    "S": [
        (
            "s-taste",
            5,
            Tx(
                "高山原叶 + 低温冷萃工艺，口感评分领先",
                "High-mountain whole leaf and cold extraction: best-rated taste",
            ),
            Tx(
                "2026 年第三方盲测（n=600）：冷泡乌龙 8.6/10，竞品均值 7.4",
                "2026 third-party blind test (n=600): our cold-brew oolong 8.6/10, competitor mean 7.4",
            ),
        ),
        (
            "s-private",
            4,
            Tx("私域会员体量大、活跃度高", "Large, active private-community membership"),
            Tx(
                "企业微信会员 86 万，会员贡献 41% 的 GMV，社群月活 34%",
                "860 k WeCom members generate 41 % of GMV; 34 % monthly active in groups",
            ),
        ),
        (
            "s-reviews",
            3,
            Tx("电商口碑好，店铺评分稳定", "Strong marketplace reviews and store ratings"),
            Tx("天猫旗舰店好评率 98.6%，DSR 4.9", "Tmall flagship: 98.6 % positive reviews, DSR 4.9"),
        ),
        (
            "s-giftbox",
            3,
            Tx("礼盒设计获认可，年节送礼场景强", "Award-winning gift-box design, strong in holiday gifting"),
            Tx(
                "2026 年货节礼盒售出 21 万套，复购送礼占 27%",
                "210 k gift boxes sold in the 2026 New Year festival; 27 % bought as repeat gifts",
            ),
        ),
    ],
    "W": [
        (
            "w-awareness",
            5,
            Tx("品牌知名度低于主要竞品", "Brand awareness trails the main competitors"),
            Tx("一二线城市无提示认知度 12%，茗町为 27%", "Unaided awareness in tier-1/2 cities 12 % vs Mingting 27 %"),
        ),
        (
            "w-offline",
            4,
            Tx("线下渠道覆盖薄弱，集中在华东", "Thin offline coverage, concentrated in East China"),
            Tx(
                "仅覆盖 1,850 家精品商超/便利终端，华东以外不足 30%",
                "Only 1,850 premium supermarket / convenience outlets, under 30 % outside East China",
            ),
        ),
        (
            "w-festival",
            3,
            Tx("销售过度依赖大促节点", "Sales lean too heavily on shopping festivals"),
            Tx(
                "双11 + 618 占线上 GMV 46%，平销期转化率低 1.2 个百分点",
                "11.11 + 618 are 46 % of online GMV; off-festival conversion 1.2 pts lower",
            ),
        ),
        (
            "w-content",
            2,
            Tx("内容团队产能不足", "Content team lacks capacity"),
            Tx(
                "月均原创短视频 40 条，兴趣电商打法需 120 条",
                "40 original short videos a month; interest e-commerce needs 120",
            ),
        ),
    ],
    "O": [
        (
            "o-sugarfree",
            5,
            Tx("无糖茶市场持续高速增长", "Unsweetened tea keeps growing fast"),
            Tx(
                "行业估算 2026 年无糖即饮茶规模同比约 +28%",
                "Industry estimate: RTD unsweetened tea about +28 % in 2026",
            ),
        ),
        (
            "o-interest",
            4,
            Tx("兴趣电商带来大量新客", "Interest e-commerce brings many new customers"),
            Tx(
                "抖音茶饮类目 GMV 同比 +45%，小红书“冷泡茶”笔记量翻倍",
                'Douyin tea-drinks GMV +45 % YoY; Xiaohongshu "cold brew tea" notes doubled',
            ),
        ),
        (
            "o-corporate",
            3,
            Tx("企业年节礼品采购回暖", "Corporate holiday gifting is recovering"),
            Tx("2026 年 Q4 企业礼盒询单同比 +60%", "Corporate gift-box enquiries +60 % YoY in Q4 2026"),
        ),
        (
            "o-instant",
            3,
            Tx("即时零售满足“马上想喝”", "Instant retail serves the drink-it-now moment"),
            Tx("茶饮即时零售订单同比 +52%，客单价 68 元", "Instant-retail tea orders +52 % YoY, CNY 68 average basket"),
        ),
    ],
    "T": [
        (
            "t-pricewar",
            4,
            Tx("瓶装茶价格战压缩溢价空间", "Bottled-tea price war squeezes premiums"),
            Tx("拾叶 2026 年 9 月降价 15% 至 4.5 元/瓶", "Shiye cut its price 15 % to CNY 4.5 a bottle in Sept 2026"),
        ),
        (
            "t-rawcost",
            4,
            Tx("高山乌龙原料价格上涨", "High-mountain oolong leaf is getting dearer"),
            Tx(
                "2026 年春茶收购价上涨 18%，极端天气影响产量",
                "Spring 2026 purchase price +18 %; extreme weather cut yields",
            ),
        ),
        (
            "t-traffic",
            3,
            Tx("平台流量成本上升", "Platform traffic costs are rising"),
            Tx("天猫直通车 CPC 同比 +22%，千川 CPM 同比 +15%", "Tmall PPC +22 % YoY, Qianchuan CPM +15 % YoY"),
        ),
        (
            "t-foodsafety",
            4,
            Tx("食品安全舆情放大效应强", "Food-safety stories spread fast"),
            Tx(
                "2026 年行业两起“异物”事件登上微博热搜，涉事品牌当月销量 -35%",
                'Two 2026 "foreign object" stories hit Weibo hot search; the brands lost 35 % of sales that month',
            ),
        ),
    ],
}

TOWS = {
    "SO": [
        (
            "so-launch",
            Tx(
                "以桂花冷泡乌龙切入抖音、小红书，用盲测口感做种草背书",
                "Launch Osmanthus Cold-Brew Oolong on Douyin and Xiaohongshu, backed by blind-test results",
            ),
            Tx(
                "把口感优势转化为内容证据，借无糖茶与兴趣电商双增长获取新客",
                "Turn our taste lead into content proof and ride both the unsweetened-tea and interest-e-commerce growth",
            ),
            ["s-taste", "o-sugarfree", "o-interest"],
        ),
        (
            "so-gifting",
            Tx(
                "用会员体系承接企业定制礼盒，开通企业专属采购通道",
                "Serve corporate gift orders through the membership system with a dedicated B2B channel",
            ),
            Tx(
                "礼盒设计与私域运营能力可以直接复用到回暖的企业礼品市场",
                "Gift-box design and private-community skills carry straight over to recovering corporate gifting",
            ),
            ["s-private", "s-giftbox", "o-corporate"],
        ),
    ],
    "ST": [
        (
            "st-price",
            Tx(
                "不跟进价格战，以品质与礼盒价值锚定中高端价格带，推出家庭装降低单杯成本",
                "Stay out of the price war: anchor the premium band on quality and gift value; add a family pack that lowers cost per cup",
            ),
            Tx(
                "盲测领先和礼盒口碑支撑溢价，家庭装回应价格敏感人群",
                "Blind-test lead and gift reputation support the premium; the family pack answers price-sensitive buyers",
            ),
            ["s-taste", "s-giftbox", "t-pricewar"],
        ),
        (
            "st-traceability",
            Tx(
                "与两家高山乌龙合作社签三年锁价协议，并上线批次溯源",
                "Sign three-year fixed-price deals with two high-mountain oolong co-ops and launch batch traceability",
            ),
            Tx(
                "锁定原料成本，溯源与好评口碑共同对冲食品安全舆情风险",
                "Locks in leaf cost; traceability plus strong reviews hedge against food-safety stories",
            ),
            ["s-taste", "s-reviews", "t-rawcost", "t-foodsafety"],
        ),
    ],
    "WO": [
        (
            "wo-instant",
            Tx(
                "借美团闪购、京东到家等即时零售补齐线下覆盖",
                "Use instant retail (Meituan, JD Daojia) to fill offline coverage gaps",
            ),
            Tx(
                "无需自建终端即可覆盖华东以外城市的即饮需求",
                "Reaches drink-now demand outside East China without building our own outlets",
            ),
            ["w-offline", "o-instant"],
        ),
        (
            "wo-creators",
            Tx(
                "建立 200 人 KOC 内容共创矩阵，弥补内容产能并提升认知",
                "Build a 200-creator KOC co-creation network to add content capacity and awareness",
            ),
            Tx(
                "兴趣电商流量红利需要内容规模，KOC 成本低于头部达人",
                "Interest-e-commerce traffic rewards content volume; KOCs cost less than top creators",
            ),
            ["w-awareness", "w-content", "o-interest"],
        ),
    ],
    "WT": [
        (
            "wt-smooth",
            Tx(
                "以每月会员日和 8·18 品牌日分散 GMV，降低对大促与付费流量的依赖",
                "Spread GMV with monthly member days and the 8·18 brand day, depending less on festivals and paid traffic",
            ),
            Tx(
                "平销期自有流量越多，越不受平台 CPC 上涨影响",
                "The more own traffic off-festival, the less rising platform CPCs hurt",
            ),
            ["w-festival", "t-traffic"],
        ),
        (
            "wt-crisis",
            Tx(
                "建立 7×24 舆情监测与分级响应预案，保护认知度尚低的品牌",
                "Set up 24/7 social listening and tiered crisis playbooks to protect a still-young brand",
            ),
            Tx(
                "认知度低的品牌一旦首个印象是负面事件，修复成本极高",
                "For a brand few people know, a bad first impression is very costly to repair",
            ),
            ["w-awareness", "t-foodsafety"],
        ),
    ],
}

# --------------------------------------------------------------------------
# Personas, journeys, value tiers
# --------------------------------------------------------------------------

PERSONAS = [
    {
        "key": "p-office",
        "share": 52.0,
        "name": Tx("都市白领 · 林悦", "Urban professional · Lin Yue"),
        "role": Tx("互联网公司产品经理", "Product manager at a tech company"),
        "age_band": Tx("25–34 岁", "25–34"),
        "city_tier": Tx("一线 / 新一线", "Tier 1 / new tier 1"),
        "income_band": Tx("月收入 1.5–3 万元", "CNY 15–30 k a month"),
        "goals": Tx(
            "控糖、保持下午精力；办公室喝得方便又有茶味",
            "Cut sugar and stay sharp in the afternoon; an easy, tasty tea at the desk",
        ),
        "pain_points": Tx(
            "办公室泡茶麻烦；无糖瓶装茶口味寡淡；奶茶热量太高",
            "Brewing tea at work is a hassle; unsweetened bottled tea tastes flat; milk tea has too many calories",
        ),
        "behaviours": Tx(
            "每天刷小红书 30 分钟以上，收藏测评笔记；大促集中囤货；工作日常点即时零售",
            "Spends 30+ minutes a day on Xiaohongshu saving reviews; stocks up in festivals; orders instant delivery on workdays",
        ),
        "preferred_channels": Tx("小红书、天猫、美团闪购", "Xiaohongshu, Tmall, Meituan instant retail"),
        "buying_triggers": Tx(
            "新口味限定、博主真实测评、跨店满减", "Limited new flavours, honest creator reviews, cross-store discounts"
        ),
        "quote": Tx(
            "想喝点有茶味的，不想再喝一杯 600 大卡的奶茶了。",
            "I want something that actually tastes of tea — not another 600-calorie milk tea.",
        ),
    },
    {
        "key": "p-family",
        "share": 38.0,
        "name": Tx("品质妈妈 · 周敏", "Quality-minded mum · Zhou Min"),
        "role": Tx("外企人力资源经理，两个孩子的妈妈", "HR manager at a multinational, mother of two"),
        "age_band": Tx("30–44 岁", "30–44"),
        "city_tier": Tx("新一线 / 二线", "New tier 1 / tier 2"),
        "income_band": Tx("家庭月收入 3–5 万元", "Household CNY 30–50 k a month"),
        "goals": Tx(
            "用健康饮品替代家里的碳酸饮料；逢年过节送礼体面",
            "Replace fizzy drinks at home with something healthy; give presentable gifts at festivals",
        ),
        "pain_points": Tx(
            "担心添加剂和代糖；孩子偏爱含糖饮料；礼盒同质化",
            "Worries about additives and sweeteners; the kids prefer sugary drinks; gift boxes all look alike",
        ),
        "behaviours": Tx(
            "看配料表再下单；在抖音直播间下单；会员群里活跃，乐于分享",
            "Reads the ingredient list before buying; buys in Douyin live streams; active and sharing in member groups",
        ),
        "preferred_channels": Tx("抖音、京东、企业微信会员群", "Douyin, JD.com, WeCom member groups"),
        "buying_triggers": Tx(
            "成分与检测背书、会员专享价、节日限定礼盒",
            "Ingredient and lab-test proof, member-only prices, limited festival gift boxes",
        ),
        "quote": Tx(
            "配料表只有茶叶和水，我才放心给家里人囤。",
            "If the label says only tea leaves and water, I'm happy to stock up for the family.",
        ),
    },
    {
        "key": "p-corporate",
        "share": 10.0,
        "name": Tx("企业采购 · 高峰", "Corporate buyer · Gao Feng"),
        "role": Tx(
            "500 人制造企业行政经理，负责员工福利与客户礼品",
            "Admin manager at a 500-person manufacturer, buys staff benefits and client gifts",
        ),
        "age_band": Tx("35–49 岁", "35–49"),
        "city_tier": Tx("二线 / 三线", "Tier 2 / tier 3"),
        "income_band": Tx(
            "月收入 1–2 万元；年节采购预算 20–50 万元", "CNY 10–20 k a month; CNY 200–500 k holiday purchasing budget"
        ),
        "goals": Tx(
            "福利和礼品拿得出手、不超预算；开票与对账省心",
            "Gifts that look good and stay on budget; painless invoicing and reconciliation",
        ),
        "pain_points": Tx(
            "定制周期长；多地分公司分批配送麻烦；发票流程慢",
            "Long customisation lead times; shipping in batches to many branches; slow invoicing",
        ),
        "behaviours": Tx(
            "百度搜索供应商，至少比价三家；看同行案例；提前 6–8 周决策",
            "Searches suppliers on Baidu, compares at least three; looks for peer cases; decides 6–8 weeks ahead",
        ),
        "preferred_channels": Tx(
            "百度搜索、官网企业采购页、线下展会", "Baidu search, corporate-purchase page on our site, trade fairs"
        ),
        "buying_triggers": Tx(
            "阶梯价格、定制 logo 套封、准时到货承诺",
            "Volume pricing, custom logo sleeves, an on-time delivery guarantee",
        ),
        "quote": Tx(
            "礼品要拿得出手，更要按时送到每个分公司。", "The gift has to look good — and reach every branch on time."
        ),
    },
]

STAGES = ("awareness", "consideration", "purchase", "use", "loyalty", "advocacy")

JOURNEYS = {
    "p-office": [
        (
            Tx(
                "小红书“办公室无糖茶”测评笔记；写字楼电梯海报",
                'Xiaohongshu "desk-friendly unsweetened tea" reviews; office-lift posters',
            ),
            Tx("小红书、楼宇广告", "Xiaohongshu, office-building screens"),
            Tx(
                "投放 KOC 真实测评 + 信息流，突出“0 糖 0 卡、冷水 3 分钟出味”",
                'KOC reviews plus feed ads stressing "zero sugar, zero calories, ready in 3 minutes in cold water"',
            ),
        ),
        (
            Tx(
                "搜索口味对比；查看天猫详情页与买家秀",
                "Searches flavour comparisons; reads Tmall detail page and buyer photos",
            ),
            Tx("小红书搜索、天猫", "Xiaohongshu search, Tmall"),
            Tx(
                "详情页首屏放盲测结果与口味轮盘；小红书搜索词包卡位",
                "Blind-test results and flavour wheel above the fold; keyword packs on Xiaohongshu search",
            ),
        ),
        (
            Tx("大促囤货或工作日即时下单", "Stocks up in festivals or orders instantly on workdays"),
            Tx("天猫、美团闪购", "Tmall, Meituan instant retail"),
            Tx(
                "尝鲜装 9.9 元 5 袋；即时零售满 59 减 10",
                "CNY 9.9 five-bag trial pack; instant retail CNY 10 off CNY 59",
            ),
        ),
        (
            Tx("工位冷泡、分享给同事", "Cold-brews at the desk and shares with colleagues"),
            Tx("包裹卡、企业微信", "Pack insert card, WeCom"),
            Tx(
                "包裹卡扫码入群领“一周冷泡计划”，第 3 天推送搭配建议",
                'Pack card QR code joins the group for a "one-week cold-brew plan"; day-3 pairing tips',
            ),
        ),
        (
            Tx("会员日复购；订阅月度口味盒", "Re-buys on member day; subscribes to the monthly flavour box"),
            Tx("企业微信社群、小程序", "WeCom groups, mini-program"),
            Tx(
                "每月 18 日会员日积分翻倍；订阅盒 9 折",
                "Double points on the 18th of each month; 10 % off the subscription box",
            ),
        ),
        (
            Tx("发小红书打卡笔记", "Posts check-in notes on Xiaohongshu"),
            Tx("小红书", "Xiaohongshu"),
            Tx(
                "“冷泡一夏”UGC 话题，优质笔记送限定杯",
                '"Cold-brew summer" UGC topic; best notes win a limited-edition tumbler',
            ),
        ),
    ],
    "p-family": [
        (
            Tx("抖音育儿/健康博主种草；商超货架", "Parenting and health creators on Douyin; supermarket shelves"),
            Tx("抖音、精品商超", "Douyin, premium supermarkets"),
            Tx(
                "与营养师合作短视频讲“配料表”，商超堆头试饮",
                "Short videos with a dietitian on reading labels; in-store tasting displays",
            ),
        ),
        (
            Tx("对比配料表与检测报告；问会员群", "Compares labels and lab reports; asks the member group"),
            Tx("抖音商城、京东、企业微信", "Douyin Mall, JD.com, WeCom"),
            Tx(
                "详情页公开第三方检测报告；社群顾问答疑",
                "Publish third-party lab reports on product pages; community advisers answer questions",
            ),
        ),
        (
            Tx("直播间下单家庭装或节日礼盒", "Buys the family pack or a festival gift box in a live stream"),
            Tx("抖音直播、京东自营", "Douyin live streams, JD self-operated"),
            Tx(
                "品牌自播间家庭装买二送一；京东次日达",
                "Buy-two-get-one family packs in our own live room; next-day delivery on JD",
            ),
        ),
        (
            Tx("全家饮用，替代碳酸饮料", "The whole family drinks it instead of soda"),
            Tx("小程序、包裹卡", "Mini-program, pack insert card"),
            Tx(
                "“儿童冷泡水果茶”配方卡；小程序饮用提醒",
                '"Kids\' cold-brew fruit tea" recipe cards; drinking reminders in the mini-program',
            ),
        ),
        (
            Tx("加入会员群，节日固定复购礼盒", "Joins the member group; re-buys gift boxes every festival"),
            Tx("企业微信社群", "WeCom groups"),
            Tx(
                "核心会员节前 14 天专属预订通道",
                "Core members get a private pre-order window 14 days before each festival",
            ),
        ),
        (
            Tx("推荐给亲友、宝妈群", "Recommends to friends and parents' groups"),
            Tx("微信、抖音", "WeChat, Douyin"),
            Tx(
                "老带新双方各得 20 元券，推荐 3 人升级核心会员",
                "Referrer and friend each get CNY 20; three referrals upgrade to core member",
            ),
        ),
    ],
    "p-corporate": [
        (
            Tx("搜索“企业年货礼盒定制”；行业展会", 'Searches "corporate New Year gift box"; trade fairs'),
            Tx("百度搜索、展会", "Baidu search, trade fairs"),
            Tx(
                "百度品牌专区 + 企业礼品词包；参加两场礼品展",
                "Baidu brand zone plus a corporate-gifting keyword pack; exhibit at two gift fairs",
            ),
        ),
        (
            Tx("索取报价与样品；看同行案例", "Requests quotes and samples; checks peer references"),
            Tx("官网企业采购页、电话", "Corporate-purchase page, phone"),
            Tx(
                "48 小时内寄样；提供 20 家企业客户案例集",
                "Samples shipped within 48 hours; a case book of 20 corporate clients",
            ),
        ),
        (
            Tx("签合同、定制 logo 套封、确认分批配送", "Signs, orders logo sleeves, confirms split deliveries"),
            Tx("企业客户经理、合同", "Key-account manager, contract"),
            Tx(
                "阶梯价 + 定制套封 10 天交付；一张订单多地址发货",
                "Volume pricing, logo sleeves in 10 days, one order to many addresses",
            ),
        ),
        (
            Tx("员工与客户收到礼盒", "Staff and clients receive the boxes"),
            Tx("物流、礼盒内卡", "Delivery, insert card"),
            Tx(
                "到货进度日报；礼盒内卡扫码入会得新客券",
                "Daily delivery report; insert card QR code gives recipients a welcome voucher",
            ),
        ),
        (
            Tx("次年续单；中秋等节日追加", "Reorders next year; adds Mid-Autumn orders"),
            Tx("客户经理、企业微信", "Key-account manager, WeCom"),
            Tx(
                "年度框架协议锁价；节前 8 周主动提醒",
                "Annual framework price; proactive reminder 8 weeks before each festival",
            ),
        ),
        (
            Tx("推荐给同业或集团兄弟公司", "Refers peers or sister companies"),
            Tx("线下拜访、行业协会", "Visits, industry associations"),
            Tx("转介绍成交返 3% 礼品额度", "3 % gift credit for each referred deal"),
        ),
    ],
}

VALUE_TIERS = [
    (
        "tier-diamond",
        Tx("钻石客户", "Diamond"),
        2.0,
        31.0,
        Tx(
            "年消费 ≥ 5,000 元或企业大客户：专属茶顾问一对一、新品先享、定制礼盒",
            "≥ CNY 5,000 a year or key corporate accounts: personal tea adviser, early access to new products, custom gift boxes",
        ),
        Tx("1 小时内", "Within 1 hour"),
    ),
    (
        "tier-core",
        Tx("核心客户", "Core"),
        18.0,
        36.0,
        Tx(
            "年消费 1,200–5,000 元：会员专线、专属客户经理、节前专属预订",
            "CNY 1,200–5,000 a year: member hotline, dedicated account manager, pre-festival private pre-orders",
        ),
        Tx("4 小时内", "Within 4 hours"),
    ),
    (
        "tier-potential",
        Tx("潜力客户", "Potential"),
        30.0,
        21.0,
        Tx(
            "近 6 个月 2 次以上购买：社群顾问、标准化优质服务、升级任务激励",
            "2+ orders in 6 months: community adviser, high standard service, upgrade incentives",
        ),
        Tx("24 小时内", "Within 24 hours"),
    ),
    (
        "tier-basic",
        Tx("基础客户", "Basic"),
        50.0,
        12.0,
        Tx(
            "首购或低频客户：智能客服 + 客服中心，自动化关怀",
            "First-time or occasional buyers: chatbot and service centre, automated care",
        ),
        Tx("48 小时内", "Within 48 hours"),
    ),
]

COMPETITORS = [
    (
        "comp-qiyun",
        True,
        Tx("栖云茶研", "Qiyun Tea Lab"),
        Tx("中高端原叶冷泡茶，主打口感与礼盒", "Premium whole-leaf cold-brew tea: taste and gift boxes"),
        Tx("中高端（茶包 3.2 元/袋，瓶装 7 元）", "Mid-premium (CNY 3.2 a bag, CNY 7 a bottle)"),
        Tx("天猫、抖音、私域、华东精品商超", "Tmall, Douyin, private community, East China premium supermarkets"),
        Tx("口感盲测领先；私域会员活跃；礼盒设计", "Blind-test taste lead; active members; gift-box design"),
        Tx("认知度低；线下覆盖薄弱；依赖大促", "Low awareness; thin offline coverage; festival-dependent"),
        6.8,
        7.0,
        8.6,
        8.0,
        5.0,
    ),
    (
        "comp-mingting",
        False,
        Tx("茗町", "Mingting"),
        Tx("日式高端原叶茶，精致生活方式", "Japanese-style premium leaf tea, refined lifestyle"),
        Tx("高端（茶包 4.5 元/袋，瓶装 9 元）", "Premium (CNY 4.5 a bag, CNY 9 a bottle)"),
        Tx("精品超市、便利店、天猫", "Premium supermarkets, convenience stores, Tmall"),
        Tx(
            "品牌认知高；便利店渠道强；包装辨识度高",
            "High awareness; strong in convenience stores; distinctive packaging",
        ),
        Tx("价格偏高；线上内容少；新品节奏慢", "Expensive; little online content; slow to launch"),
        14.5,
        8.5,
        8.0,
        6.5,
        7.0,
    ),
    (
        "comp-shiye",
        False,
        Tx("拾叶", "Shiye"),
        Tx("大众无糖瓶装茶领导者", "Mass-market leader in unsweetened bottled tea"),
        Tx("大众（瓶装 4.5 元）", "Mass (CNY 4.5 a bottle)"),
        Tx("全国商超、便利店、餐饮、电商", "Nationwide supermarkets, convenience, food service, e-commerce"),
        Tx("全国铺货；规模成本优势；广告声量大", "National distribution; scale costs; big ad budget"),
        Tx("口味单一；品牌偏大众；价格战伤利润", "Narrow flavours; mass image; price war hurts margin"),
        31.0,
        3.0,
        6.0,
        5.0,
        9.5,
    ),
    (
        "comp-luxi",
        False,
        Tx("鹿溪茶仓", "Luxi Tea Depot"),
        Tx("直播电商起家的性价比茶包品牌", "Value tea-bag brand born in live-stream commerce"),
        Tx("中低端（茶包 1.8 元/袋）", "Value (CNY 1.8 a bag)"),
        Tx("抖音直播、拼多多、快手", "Douyin live, Pinduoduo, Kuaishou"),
        Tx("直播运营强；上新快；价格有吸引力", "Strong live-stream operation; fast launches; attractive prices"),
        Tx("品质口碑不稳定；复购低；依赖头部主播", "Uneven quality reputation; low repeat; depends on top streamers"),
        9.2,
        4.5,
        6.5,
        7.0,
        6.0,
    ),
    (
        "comp-chengshan",
        False,
        Tx("澄山茶号", "Chengshan Tea House"),
        Tx("老字号名优茶礼品", "Heritage premium tea gifts"),
        Tx("高端（礼盒 398 元起）", "High-end (gift boxes from CNY 398)"),
        Tx("直营门店、商务团购、京东", "Own stores, corporate group buying, JD.com"),
        Tx("老字号信任；企业团购关系深", "Heritage trust; deep corporate relationships"),
        Tx("年轻用户少；即饮产品缺位；数字化弱", "Few young customers; no RTD range; weak digital"),
        5.1,
        9.0,
        8.5,
        4.0,
        4.0,
    ),
]

# --------------------------------------------------------------------------
# Channels, campaigns, calendar
# --------------------------------------------------------------------------

CHANNELS = [
    (
        "ch-social",
        Tx("社交媒体", "Social media"),
        40.0,
        "#C8553D",
        Tx(
            "小红书、抖音、微博、B站：种草、达人直播、新品声量",
            "Xiaohongshu, Douyin, Weibo, Bilibili: seeding, creator live streams, launch buzz",
        ),
    ),
    (
        "ch-ecommerce",
        Tx("电商平台", "E-commerce platforms"),
        30.0,
        "#F28F3B",
        Tx(
            "天猫旗舰店、京东自营：站内推广与大促会场",
            "Tmall flagship, JD self-operated: on-site ads and festival venues",
        ),
    ),
    (
        "ch-search",
        Tx("搜索", "Search"),
        15.0,
        "#588B8B",
        Tx(
            "百度品牌专区与竞价、电商站内搜索：承接明确购买意向",
            "Baidu brand zone and SEM, marketplace search: capture clear purchase intent",
        ),
    ),
    (
        "ch-offline",
        Tx("线下", "Offline"),
        15.0,
        "#5B5F97",
        Tx(
            "精品商超与便利店陈列、城市快闪、企业渠道地推",
            "Premium supermarket and convenience displays, city pop-ups, corporate field sales",
        ),
    ),
]

# key, name, objective, owner, status, colour, start, end, phases, channels, personas
CAMPAIGNS = [
    (
        "cmp-newyear",
        Tx("年货节 · 栖云茶礼", "New Year Festival · Qiyun Tea Gifts"),
        Tx("年货节礼盒 GMV 2,600 万元，企业订单 1,200 单", "CNY 26 m gift-box GMV, 1,200 corporate orders"),
        P["zhou"],
        "done",
        "#B23A48",
        "2027-01-03",
        "2027-02-05",
        [
            (
                "warm_up",
                Tx("预热：礼盒预售与企业询单", "Warm-up: gift-box pre-sale and corporate enquiries"),
                "2027-01-03",
                "2027-01-09",
            ),
            ("launch", Tx("爆发：年货节主会场", "Launch: New Year festival main venue"), "2027-01-10", "2027-01-25"),
            (
                "long_tail",
                Tx("长尾：春节前最后发货与返场", "Long tail: last pre-holiday shipping and encore"),
                "2027-01-26",
                "2027-02-05",
            ),
        ],
        ["ch-ecommerce", "ch-social", "ch-offline"],
        ["p-family", "p-corporate"],
    ),
    (
        "cmp-launch",
        Tx("新品上市 · 桂花冷泡乌龙", "Launch · Osmanthus Cold-Brew Oolong"),
        Tx(
            "上市 60 天销售 1,500 万元，新品话题曝光 3 亿次",
            "CNY 15 m sales in 60 days, 300 m launch-topic impressions",
        ),
        P["chen"],
        "done",
        "#E0A100",
        "2027-03-01",
        "2027-04-30",
        [
            (
                "warm_up",
                Tx("预热：KOC 盲测与话题铺垫", "Warm-up: KOC blind tests and topic seeding"),
                "2027-03-01",
                "2027-03-14",
            ),
            (
                "launch",
                Tx("发布：上市发布会与首发直播", "Launch: launch event and first live stream"),
                "2027-03-15",
                "2027-03-31",
            ),
            (
                "long_tail",
                Tx("长尾：测评复投与线下试饮", "Long tail: review re-runs and in-store tastings"),
                "2027-04-01",
                "2027-04-30",
            ),
        ],
        ["ch-social", "ch-search", "ch-ecommerce"],
        ["p-office", "p-family"],
    ),
    (
        "cmp-618",
        Tx("520 × 618 年中大促", "520 × 618 Mid-Year Festival"),
        Tx("年中 GMV 4,200 万元，新增会员 12 万", "CNY 42 m mid-year GMV, 120 k new members"),
        P["zhou"],
        "live",
        "#D1495B",
        "2027-05-10",
        "2027-06-25",
        [
            (
                "warm_up",
                Tx("预热：520 心意礼盒与种草蓄水", "Warm-up: 520 gift sets and seeding"),
                "2027-05-10",
                "2027-05-31",
            ),
            (
                "launch",
                Tx("爆发：618 开门红与主会场", "Launch: 618 opening rush and main venue"),
                "2027-06-01",
                "2027-06-18",
            ),
            (
                "long_tail",
                Tx("长尾：返场与会员复购", "Long tail: encore and member re-buys"),
                "2027-06-19",
                "2027-06-25",
            ),
        ],
        ["ch-ecommerce", "ch-social", "ch-search"],
        ["p-office", "p-family"],
    ),
    (
        "cmp-brandday",
        Tx("8·18 栖云茶日", "8·18 Qiyun Tea Day"),
        Tx("品牌日当天 GMV 900 万元，城市快闪到访 5 万人次", "CNY 9 m GMV on the day, 50 k pop-up visitors"),
        P["lin"],
        "planned",
        "#2F6B5A",
        "2027-08-08",
        "2027-08-22",
        [
            (
                "warm_up",
                Tx("预热：城市快闪与会员预告", "Warm-up: city pop-ups and member teasers"),
                "2027-08-08",
                "2027-08-15",
            ),
            (
                "launch",
                Tx("品牌日：限定礼盒与全平台直播", "Brand day: limited boxes and live streams on every platform"),
                "2027-08-16",
                "2027-08-18",
            ),
            (
                "long_tail",
                Tx("长尾：UGC 打卡与复购券", "Long tail: UGC check-ins and re-buy vouchers"),
                "2027-08-19",
                "2027-08-22",
            ),
        ],
        ["ch-social", "ch-offline"],
        ["p-office", "p-family"],
    ),
    (
        "cmp-double11",
        Tx("双11 全域大促", "Singles' Day (11.11) Omnichannel Push"),
        Tx("双11 全渠道 GMV 8,000 万元，天猫茶饮类目前五", "CNY 80 m GMV across channels; top 5 in Tmall tea drinks"),
        P["zhou"],
        "planned",
        "#8F2D56",
        "2027-10-12",
        "2027-11-20",
        [
            (
                "warm_up",
                Tx("蓄水：种草、加购与会员预约", "Warm-up: seeding, add-to-cart and member reservations"),
                "2027-10-12",
                "2027-10-20",
            ),
            (
                "launch",
                Tx("爆发：预售定金与 11.11 正式开卖", "Launch: deposit pre-sale and the 11.11 sales day"),
                "2027-10-21",
                "2027-11-11",
            ),
            (
                "long_tail",
                Tx("长尾：返场、发货保障与复购", "Long tail: encore, delivery assurance and re-buys"),
                "2027-11-12",
                "2027-11-20",
            ),
        ],
        ["ch-ecommerce", "ch-social", "ch-search", "ch-offline"],
        ["p-office", "p-family", "p-corporate"],
    ),
    (
        "cmp-double12",
        Tx("双12 年终回馈 · 企业年礼", "Double 12 Year-End Thanks · Corporate Gifts"),
        Tx(
            "年终 GMV 1,800 万元，锁定 2028 年货节企业订单 800 单",
            "CNY 18 m year-end GMV; lock in 800 corporate orders for the 2028 New Year festival",
        ),
        P["he"],
        "idea",
        "#3D5A80",
        "2027-12-01",
        "2027-12-31",
        [
            ("warm_up", Tx("预热：企业年礼方案推送", "Warm-up: corporate gift proposals"), "2027-12-01", "2027-12-07"),
            ("launch", Tx("爆发：双12 会员回馈", "Launch: Double 12 member thanks"), "2027-12-08", "2027-12-12"),
            (
                "long_tail",
                Tx("长尾：年礼交付与 2028 预订", "Long tail: gift delivery and 2028 pre-orders"),
                "2027-12-13",
                "2027-12-31",
            ),
        ],
        ["ch-ecommerce", "ch-search"],
        ["p-corporate", "p-family"],
    ),
]

MILESTONES = [
    (
        "ms-first-batch",
        Tx("桂花冷泡乌龙首批 30 万袋下线", "First 300 k bags of Osmanthus oolong off the line"),
        "2027-03-05",
        "cmp-launch",
    ),
    ("ms-launch-event", Tx("新品上市发布会（上海）", "Launch event (Shanghai)"), "2027-03-15", "cmp-launch"),
    ("ms-q1-review", Tx("Q1 经营与预算复盘会", "Q1 business and budget review"), "2027-04-10", None),
    ("ms-618-stock", Tx("618 备货入仓截止", "618 stock-in deadline"), "2027-05-20", "cmp-618"),
    (
        "ms-midyear",
        Tx("年中复盘：储备金释放与渠道再分配决策", "Mid-year review: reserve release and channel reallocation"),
        "2027-07-10",
        None,
    ),
    (
        "ms-d11-stock",
        Tx("双11 备货入仓截止（含前置仓）", "Singles' Day stock-in deadline (incl. forward warehouses)"),
        "2027-10-18",
        "cmp-double11",
    ),
    (
        "ms-d11-results",
        Tx("双11 战报发布，启动复盘", "Singles' Day results published; retrospective starts"),
        "2027-11-12",
        "cmp-double11",
    ),
    ("ms-2028-draft", Tx("2028 年度营销计划初稿", "FY2028 marketing plan first draft"), "2027-12-15", None),
]

# The plan's own brand days. Holidays, adjusted working days and the
# festival presets come from app.services.calendar.key_dates (see build_calendar).
KEY_DATES = [
    ("kd-member-anniv", Tx("栖云会员周年庆", "Qiyun Membership Anniversary"), "brand_day", "2027-04-22", None),
    ("kd-brandday", Tx("8·18 栖云茶日", "8·18 Qiyun Tea Day"), "brand_day", "2027-08-18", None),
]

# --------------------------------------------------------------------------
# Budget and forecast
# --------------------------------------------------------------------------

# Monthly weights (Jan..Dec) for lines that run all year.
SEASONAL = (10, 4, 8, 7, 9, 12, 5, 7, 7, 10, 15, 6)
STEADY = (9, 6, 8, 8, 8, 9, 8, 9, 8, 9, 11, 7)
SEARCHY = (11, 5, 9, 7, 8, 11, 6, 7, 7, 9, 13, 7)

# key, channel, sub-channel, campaign, owner, note, annual planned (CNY), weights, actual factors Jan..May (‰)
BUDGET_LINES = [
    (
        "bl-xhs",
        "ch-social",
        Tx("小红书种草与信息流", "Xiaohongshu seeding & feed ads"),
        None,
        P["chen"],
        Tx("KOC 测评 + 信息流，全年常态化", "KOC reviews plus feed ads, always on"),
        11_000_000,
        SEASONAL,
        (1040, 960, 1090, 1010, 970),
    ),
    (
        "bl-douyin",
        "ch-social",
        Tx("抖音达人直播与千川投放", "Douyin creator live streams & Qianchuan ads"),
        None,
        P["wang"],
        Tx(
            "品牌自播 + 达人专场；3 月为新品加投，超出 ±15% 自主额度的部分已批准动用储备金",
            "Own live room plus creator sessions; extra March spend for the launch, the part beyond the ±15 % autonomy approved from the reserve",
        ),
        13_000_000,
        SEASONAL,
        (1020, 940, 1210, 1060, 990),
    ),
    (
        "bl-launch-buzz",
        "ch-social",
        Tx("新品话题（微博 / B站）", "Launch buzz (Weibo / Bilibili)"),
        "cmp-launch",
        P["chen"],
        Tx("桂花冷泡乌龙上市话题与开箱视频", "Launch topics and unboxing videos for the Osmanthus oolong"),
        4_800_000,
        (0, 10, 55, 35, 0, 0, 0, 0, 0, 0, 0, 0),
        (1000, 1000, 1170, 880, 1000),
    ),
    (
        "bl-tmall",
        "ch-ecommerce",
        Tx("天猫旗舰店站内推广", "Tmall flagship on-site ads"),
        None,
        P["zhou"],
        Tx(
            "直通车、引力魔方、万相台；2 月春节流量低，主动收缩",
            "PPC, display and smart campaigns; pulled back in February's holiday lull",
        ),
        10_200_000,
        SEASONAL,
        (1050, 780, 1030, 990, 1080),
    ),
    (
        "bl-jd",
        "ch-ecommerce",
        Tx("京东自营推广", "JD self-operated ads"),
        None,
        P["zhou"],
        Tx("京东快车 + 品牌会员日，侧重家庭装", "JD Express ads plus brand member days, family packs first"),
        5_400_000,
        STEADY,
        (990, 1010, 960, 1030, 1000),
    ),
    (
        "bl-d11-venue",
        "ch-ecommerce",
        Tx("双11 平台资源位与会场", "Singles' Day platform placements & venues"),
        "cmp-double11",
        P["zhou"],
        Tx("天猫 / 京东双11 主会场与品类会场资源位", "Tmall / JD 11.11 main and category venue placements"),
        6_000_000,
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 45, 55, 0),
        None,
    ),
    (
        "bl-baidu",
        "ch-search",
        Tx("百度品牌专区与竞价", "Baidu brand zone & SEM"),
        None,
        P["he"],
        Tx(
            "品牌词保护 + 品类词竞价；1 月企业年货词加投",
            "Brand-term protection plus category bidding; January boost on corporate gift terms",
        ),
        6_300_000,
        SEARCHY,
        (1180, 950, 1020, 970, 1010),
    ),
    (
        "bl-marketplace-search",
        "ch-search",
        Tx("电商站内搜索词包", "Marketplace search keyword packs"),
        None,
        P["he"],
        Tx("天猫 / 京东 / 小红书搜索卡位", "Top positions in Tmall, JD and Xiaohongshu search"),
        3_000_000,
        SEARCHY,
        (1000, 1020, 990, 1040, 980),
    ),
    (
        "bl-corporate-search",
        "ch-search",
        Tx("企业礼品搜索推广", "Corporate-gifting search"),
        "cmp-double12",
        P["he"],
        Tx(
            "“企业年货 / 员工福利”词包，为双12 与 2028 年货节蓄客",
            '"Corporate gifts / staff benefits" terms, building demand for 12.12 and the 2028 New Year festival',
        ),
        1_500_000,
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 70),
        None,
    ),
    (
        "bl-retail",
        "ch-offline",
        Tx("精品商超与便利店陈列", "Premium supermarket & convenience displays"),
        None,
        P["zhao"],
        Tx(
            "堆头、冷柜位与试饮；4 月华南新店进场延期，费用未发生",
            "End caps, chiller slots and tastings; April South China listings delayed, spend not incurred",
        ),
        5_600_000,
        STEADY,
        (1020, 990, 1050, 810, 1000),
    ),
    (
        "bl-popups",
        "ch-offline",
        Tx("城市快闪与品鉴会", "City pop-ups & tasting events"),
        "cmp-brandday",
        P["lin"],
        Tx("8·18 栖云茶日：上海、杭州、成都三城快闪", "8·18 Qiyun Tea Day: pop-ups in Shanghai, Hangzhou and Chengdu"),
        3_400_000,
        (0, 0, 0, 0, 0, 0, 25, 75, 0, 0, 0, 0),
        None,
    ),
    (
        "bl-corporate-field",
        "ch-offline",
        Tx("写字楼与企业渠道地推", "Office-building & corporate field sales"),
        None,
        P["zhao"],
        Tx("写字楼试饮、企业行政拜访、礼品展参展", "Office tastings, visits to corporate admin teams, gift fairs"),
        1_800_000,
        STEADY,
        (1090, 1000, 960, 1020, 1030),
    ),
]

# channel: cac, conversion %, average order value, gross margin %, repeat purchases per customer
FORECAST = {
    "ch-social": (78.0, 2.6, 158.0, 62.0, 1.7),
    "ch-ecommerce": (62.0, 4.8, 176.0, 58.0, 1.8),
    "ch-search": (96.0, 3.5, 188.0, 60.0, 1.3),
    "ch-offline": (128.0, 12.5, 236.0, 56.0, 2.6),
}

# key, name, unit, baseline, target, actual, direction, alert %, owner, cadence, campaign
KPIS = [
    (
        "kpi-conversion",
        Tx("天猫旗舰店转化率", "Tmall flagship conversion rate"),
        Tx("%", "%"),
        3.9,
        4.6,
        4.2,
        "higher",
        15.0,
        P["zhou"],
        "weekly",
        None,
    ),
    (
        "kpi-d11-gmv",
        Tx("双11 全渠道 GMV", "Singles' Day GMV (all channels)"),
        Tx("百万元", "CNY m"),
        52.0,
        80.0,
        None,
        "higher",
        15.0,
        P["zhou"],
        "campaign",
        "cmp-double11",
    ),
    (
        "kpi-cac",
        Tx("综合获客成本", "Blended customer acquisition cost"),
        Tx("元", "CNY"),
        92.0,
        85.0,
        88.6,
        "lower",
        15.0,
        P["he"],
        "monthly",
        None,
    ),
    (
        "kpi-repeat",
        Tx("会员 12 个月复购率", "12-month member repeat rate"),
        Tx("%", "%"),
        31.0,
        38.0,
        33.5,
        "higher",
        10.0,
        P["sun"],
        "monthly",
        None,
    ),
    (
        "kpi-nps",
        Tx("净推荐值 NPS", "Net Promoter Score"),
        Tx("分", "pts"),
        38.0,
        45.0,
        46.0,
        "higher",
        10.0,
        P["sun"],
        "quarterly",
        None,
    ),
    (
        "kpi-negative",
        Tx("差评率", "Negative review rate"),
        Tx("%", "%"),
        1.2,
        0.8,
        0.95,
        "lower",
        25.0,
        P["liu"],
        "daily",
        None,
    ),
    (
        "kpi-launch-sales",
        Tx("桂花冷泡乌龙销售额", "Osmanthus Cold-Brew Oolong sales"),
        Tx("百万元", "CNY m"),
        None,
        60.0,
        21.5,
        "higher",
        15.0,
        P["chen"],
        "monthly",
        "cmp-launch",
    ),
    (
        "kpi-awareness",
        Tx("一二线无提示品牌认知度", "Unaided awareness, tier-1/2 cities"),
        Tx("%", "%"),
        12.0,
        18.0,
        14.0,
        "higher",
        None,
        P["lin"],
        "quarterly",
        None,
    ),
]

# --------------------------------------------------------------------------
# Risks and crisis playbooks
# --------------------------------------------------------------------------

# key, category, title, description, likelihood, impact, owner, mitigation, contingency, status, review date
RISKS = [
    (
        "risk-supply",
        Tx("供应链", "Supply chain"),
        Tx("高山乌龙原料短缺或核心供应商断供", "High-mountain oolong shortage or loss of a key supplier"),
        Tx(
            "极端天气导致春茶减产，唯一的桂花窨制代工厂产能紧张，双11 前断供将直接影响主推 SKU",
            "Extreme weather cuts the spring harvest and our only osmanthus-scenting partner is at capacity; a shortfall before 11.11 hits the hero SKUs",
        ),
        3,
        4,
        P["wu"],
        Tx(
            "与两家合作社签三年锁价协议；认证第二家窨制工厂；安全库存 45 天",
            "Three-year fixed-price deals with two co-ops; qualify a second scenting plant; 45 days of safety stock",
        ),
        Tx(
            "启用拼配配方 B；调整双11 主推 SKU 与投放节奏；启动供应商断供预案",
            "Switch to blend recipe B; re-cut 11.11 hero SKUs and media pacing; run the supplier-failure playbook",
        ),
        "monitoring",
        "2027-07-15",
    ),
    (
        "risk-data",
        Tx("数据安全", "Data security"),
        Tx("会员个人信息泄露", "Leak of members' personal data"),
        Tx(
            "86 万私域会员数据分布在 SCRM、小程序和第三方代运营系统中，任一环节泄露都将触发《个人信息保护法》报告义务",
            "860 k members' data sits in the SCRM, the mini-program and agency systems; a leak anywhere triggers PIPL reporting duties",
        ),
        2,
        5,
        P["qian"],
        Tx(
            "最小权限与字段脱敏；代运营方安全审计；每年两次渗透测试；导出审批留痕",
            "Least privilege and field masking; agency security audits; twice-yearly penetration tests; logged export approvals",
        ),
        Tx(
            "启动数据泄露预案：隔离系统、评估范围、72 小时内完成监管报告与用户通知",
            "Run the data-leak playbook: isolate systems, size the breach, report and notify users within 72 hours",
        ),
        "open",
        "2027-06-30",
    ),
    (
        "risk-creator",
        Tx("舆情", "Reputation / public opinion"),
        Tx("合作达人负面事件波及品牌", "Partner creator scandal spills onto the brand"),
        Tx(
            "双11 期间合作 200+ 名达人，个别达人言行或带货翻车可能迅速关联到品牌",
            "More than 200 creators work with us around 11.11; one creator's misconduct or failed sales pitch can quickly be pinned on the brand",
        ),
        3,
        4,
        P["zheng"],
        Tx(
            "达人背景调查与黑名单；合同道德条款；7×24 舆情监测",
            "Creator background checks and blacklist; morality clauses; 24/7 social listening",
        ),
        Tx(
            "立即暂停合作并下架内容；按级别发布声明",
            "Suspend the creator and take content down at once; issue a statement by severity level",
        ),
        "monitoring",
        "2027-06-20",
    ),
    (
        "risk-quality",
        Tx("产品质量", "Product quality"),
        Tx("茶包异物或即饮茶微生物超标批次", "Foreign object in tea bags or a contaminated RTD batch"),
        Tx(
            "新品产能爬坡期间品控波动，一旦消费者晒图将在社交平台迅速发酵",
            "Quality may wobble while new-product output ramps up; a consumer photo can go viral within hours",
        ),
        2,
        5,
        P["feng"],
        Tx(
            "金属探测 + X 光检测；每批次第三方抽检；留样 18 个月",
            "Metal detection and X-ray; third-party test of every batch; samples kept 18 months",
        ),
        Tx("批次冻结与召回；启动产品投诉舆情预案", "Freeze and recall the batch; run the product-complaint playbook"),
        "monitoring",
        "2027-07-01",
    ),
    (
        "risk-credit",
        Tx("信用", "Credit"),
        Tx("经销商与企业客户账期逾期", "Distributor and corporate accounts paying late"),
        Tx(
            "企业礼盒订单账期 60–90 天，年底集中回款，个别中小企业客户存在坏账可能",
            "Corporate gift orders run 60–90-day terms with collections bunched at year-end; some small clients may default",
        ),
        3,
        3,
        P["du"],
        Tx(
            "客户信用评级；账期不超过 60 天；新客户预付 30%",
            "Credit scoring; terms capped at 60 days; 30 % prepayment for new clients",
        ),
        Tx("暂停发货；法务催收；坏账准备计提", "Hold shipments; legal collection; bad-debt provision"),
        "open",
        "2027-08-01",
    ),
    (
        "risk-concentration",
        Tx("渠道集中", "Concentration"),
        Tx("天猫单一平台占比过高", "Too much depends on Tmall"),
        Tx(
            "天猫占线上 GMV 48%，平台规则、佣金或流量政策变化将显著影响全年目标",
            "Tmall carries 48 % of online GMV; a change in its rules, fees or traffic policy would move the whole year",
        ),
        3,
        4,
        P["zhou"],
        Tx(
            "抖音、京东、私域分流，目标年底天猫占比不高于 40%",
            "Shift volume to Douyin, JD and the private community; Tmall at most 40 % by year-end",
        ),
        Tx(
            "储备金转投其他平台；启用私域专享价承接流量",
            "Move reserve to other platforms; member-only prices in the private community",
        ),
        "open",
        "2027-09-01",
    ),
    (
        "risk-ops",
        Tx("运营", "Operations"),
        Tx("双11 仓配产能不足导致发货延迟", "Warehouse capacity falls short at 11.11 and deliveries slip"),
        Tx(
            "双11 预计订单为日常 12 倍，现有华东主仓日处理上限 8 万单",
            "11.11 orders expected at 12× normal; the East China hub handles at most 80 k orders a day",
        ),
        3,
        4,
        P["song"],
        Tx(
            "启用华南、华北前置仓；预售订单分批发货；第二家 3PL 备用合同",
            "Open South and North China forward warehouses; ship pre-sale orders in waves; standby contract with a second 3PL",
        ),
        Tx(
            "启用备用 3PL；主动发送延迟说明并补偿优惠券",
            "Activate the standby 3PL; send delay notices and compensation vouchers proactively",
        ),
        "open",
        "2027-09-30",
    ),
    (
        "risk-compliance",
        Tx("合规", "Compliance"),
        Tx("广告法违规与达人未标注广告", "Advertising-law breaches and undisclosed creator ads"),
        Tx(
            "功效宣称（如“降脂”“最好喝”）或达人未标注“广告”可能被处罚并下架",
            'Health claims ("lowers fat", "best-tasting") or unlabelled creator ads can bring fines and takedowns',
        ),
        2,
        3,
        P["han"],
        Tx(
            "素材法务预审清单；禁用词库接入投放系统；达人合规培训",
            "Legal pre-review checklist; banned-word list wired into ad tools; creator compliance training",
        ),
        Tx("立即下架整改；配合监管问询", "Take down and fix at once; cooperate with regulators"),
        "mitigated",
        "2027-12-01",
    ),
]

SEVERITY_LEVELS = [
    (
        "sev-1",
        1,
        Tx("一级（重大）", "Level 1 (critical)"),
        60,
        24.0,
        P["xu"],
        Tx(
            "产品质量安全、大规模数据泄露等：1 小时内成立专项小组，CEO 直接介入，每 24 小时滚动发布处理进展",
            "Product safety, large data leaks: task force within 1 hour, CEO directly involved, rolling updates every 24 hours",
        ),
    ),
    (
        "sev-2",
        2,
        Tx("二级（较大）", "Level 2 (major)"),
        240,
        48.0,
        P["lin"],
        Tx(
            "供应中断、区域性负面舆情：4 小时内由品牌市场总监牵头响应，每 48 小时通报进展",
            "Supply disruption, regional negative coverage: brand-marketing director leads within 4 hours, updates every 48 hours",
        ),
    ),
    (
        "sev-3",
        3,
        Tx("三级（一般）", "Level 3 (minor)"),
        1440,
        72.0,
        P["zheng"],
        Tx(
            "个别投诉、单条负面内容：24 小时内由公关与客服处理，按需通报",
            "Single complaints or posts: PR and customer service handle within 24 hours, updates as needed",
        ),
    ),
]

# key, name, scenario, severity, trigger text, trigger KPI, trigger risk, spokesperson, contacts, steps, statements
PLAYBOOKS = [
    (
        "pb-complaint",
        Tx("产品投诉舆情发酵", "Product complaint trending"),
        Tx(
            "消费者在小红书、抖音或微博发布“茶包内有异物 / 瓶装茶变质”的图文，被大量转发并进入平台热榜，可能波及正在进行或即将开始的大促。",
            'A consumer posts photos of a "foreign object in a tea bag" or "spoiled bottled tea" on Xiaohongshu, Douyin or Weibo; it is widely shared, reaches a trending list and may hit a running or upcoming festival.',
        ),
        "sev-1",
        Tx(
            "同一问题 2 小时内相关声量超过 500 条，或差评率较目标值恶化超过 25%",
            "More than 500 mentions of the same issue within 2 hours, or the negative review rate worse than target by more than 25 %",
        ),
        "kpi-negative",
        None,
        P["zheng"],
        [
            (
                Tx("公关总监", "Director, Public Relations"),
                Tx("郑婉", "Zheng Wan"),
                Tx("分机 8021 · zheng.wan@qiyun-tea.example", "ext. 8021 · zheng.wan@qiyun-tea.example"),
            ),
            (
                Tx("品牌市场总监", "Director, Brand Marketing"),
                Tx("林晓岚", "Lin Xiaolan"),
                Tx("分机 8001 · lin.xiaolan@qiyun-tea.example", "ext. 8001 · lin.xiaolan@qiyun-tea.example"),
            ),
            (
                Tx("质量管理负责人", "Head of Quality"),
                Tx("冯可", "Feng Ke"),
                Tx("分机 8310 · feng.ke@qiyun-tea.example", "ext. 8310 · feng.ke@qiyun-tea.example"),
            ),
            (
                Tx("首席执行官", "CEO"),
                Tx("许文涛", "Xu Wentao"),
                Tx("经总裁办 · ceo.office@qiyun-tea.example", "via CEO office · ceo.office@qiyun-tea.example"),
            ),
        ],
        [
            (
                Tx(
                    "舆情值班确认事件，截图取证并锁定批次号",
                    "Social-listening duty confirms the case, captures evidence and identifies the batch",
                ),
                P["liu"],
                0,
            ),
            (
                Tx(
                    "通知公关总监，按一级标准评估并启动响应",
                    "Alert the PR director; assess against level 1 and start the response",
                ),
                P["zheng"],
                15,
            ),
            (
                Tx(
                    "成立专项小组（CEO、公关、质量、法务、电商、客服），CEO 直接介入",
                    "Form the task force (CEO, PR, quality, legal, e-commerce, service); CEO directly involved",
                ),
                P["xu"],
                60,
            ),
            (
                Tx(
                    "冻结涉事批次销售，暂停相关 SKU 的广告与达人排期",
                    "Freeze sales of the batch; pause ads and creator bookings for the SKU",
                ),
                P["zhou"],
                120,
            ),
            (
                Tx(
                    "发布初步声明，客服统一话术，主动联系当事消费者",
                    "Publish the holding statement, brief customer service, contact the consumer directly",
                ),
                P["zheng"],
                240,
            ),
            (
                Tx("留样与涉事产品送第三方检测机构", "Send retained samples and the product to an accredited lab"),
                P["feng"],
                720,
            ),
            (
                Tx(
                    "发布第一次进展通报，此后每 24 小时滚动更新直至结案",
                    "Issue the first progress update, then rolling updates every 24 hours until closed",
                ),
                P["zheng"],
                1440,
            ),
        ],
        [
            (
                Tx("初步声明：已关注并启动调查", "Holding statement: aware and investigating"),
                Tx(
                    "{date}，我们注意到网络上关于{brand}{product}的反馈。我们高度重视，已第一时间联系当事消费者，冻结相关批次并送第三方机构检测。检测结果与处理进展将在 24 小时内公布。感谢大家的监督。",
                    "On {date} we became aware of reports about {brand} {product}. We take this very seriously: we have contacted the customer, frozen the batch concerned and sent it to an independent laboratory. We will share the results and next steps within 24 hours. Thank you for holding us to account.",
                ),
            ),
            (
                Tx("批次召回公告", "Batch recall notice"),
                Tx(
                    "经检测确认，{brand}{product}的个别批次存在质量问题。自{date}起，我们主动召回该批次产品，已购买的消费者可通过官方客服或购买平台申请全额退款，无需退回实物。我们向受影响的消费者致歉，并已完成产线排查与整改。",
                    "Testing has confirmed a quality problem in certain batches of {brand} {product}. From {date} we are voluntarily recalling them. Customers can claim a full refund through our service team or the store where they bought — no need to return the product. We apologise to everyone affected; the production line has been inspected and fixed.",
                ),
            ),
        ],
    ),
    (
        "pb-dataleak",
        Tx("会员数据泄露", "Member data leak"),
        Tx(
            "SCRM 或第三方代运营系统出现异常导出，会员手机号、地址等个人信息疑似外泄。",
            "An abnormal export from the SCRM or an agency system suggests members' phone numbers and addresses have leaked.",
        ),
        "sev-1",
        Tx(
            "安全监测发现单次异常导出超过 1,000 条会员记录，或外部平台出现疑似我方会员数据",
            "Monitoring sees a single abnormal export of more than 1,000 member records, or our member data appears on an outside site",
        ),
        None,
        "risk-data",
        P["zheng"],
        [
            (
                Tx("信息安全负责人", "Head of Information Security"),
                Tx("钱博", "Qian Bo"),
                Tx("分机 8402 · qian.bo@qiyun-tea.example", "ext. 8402 · qian.bo@qiyun-tea.example"),
            ),
            (
                Tx("法务总监", "General Counsel"),
                Tx("韩露", "Han Lu"),
                Tx("分机 8050 · han.lu@qiyun-tea.example", "ext. 8050 · han.lu@qiyun-tea.example"),
            ),
            (
                Tx("公关总监", "Director, Public Relations"),
                Tx("郑婉", "Zheng Wan"),
                Tx("分机 8021 · zheng.wan@qiyun-tea.example", "ext. 8021 · zheng.wan@qiyun-tea.example"),
            ),
            (
                Tx("首席执行官", "CEO"),
                Tx("许文涛", "Xu Wentao"),
                Tx("经总裁办 · ceo.office@qiyun-tea.example", "via CEO office · ceo.office@qiyun-tea.example"),
            ),
        ],
        [
            (
                Tx(
                    "隔离受影响系统，吊销可疑账号与接口密钥，保全日志",
                    "Isolate affected systems, revoke suspicious accounts and API keys, preserve logs",
                ),
                P["qian"],
                0,
            ),
            (
                Tx(
                    "评估影响范围：字段、条数、时间窗口与涉事方",
                    "Size the breach: fields, record count, time window, parties involved",
                ),
                P["qian"],
                30,
            ),
            (
                Tx(
                    "成立专项小组，CEO 直接介入，确定对外口径",
                    "Form the task force with the CEO directly involved; agree external messaging",
                ),
                P["xu"],
                60,
            ),
            (
                Tx(
                    "法务评估报告义务，准备向监管部门报告",
                    "Legal assesses reporting duties and prepares the regulator filing",
                ),
                P["han"],
                180,
            ),
            (
                Tx(
                    "通知受影响会员，上线防诈骗提示与客服专线",
                    "Notify affected members; publish anti-fraud guidance and a dedicated hotline",
                ),
                P["sun"],
                360,
            ),
            (
                Tx("发布第一次进展通报，此后每 24 小时更新", "Issue the first progress update, then every 24 hours"),
                P["zheng"],
                1440,
            ),
        ],
        [
            (
                Tx("初步声明：会员信息安全事件", "Holding statement: member data incident"),
                Tx(
                    "{date}，{brand}发现部分会员信息可能被未经授权访问。我们已第一时间封堵相关系统、报告监管部门并开展调查。{brand}工作人员不会以任何理由索要验证码或要求转账，请提高警惕。调查进展将每 24 小时更新。",
                    "On {date} {brand} found that some member information may have been accessed without authorisation. We have closed off the systems involved, informed the regulator and started an investigation. {brand} staff will never ask for verification codes or payments — please stay alert. We will update you every 24 hours.",
                ),
            )
        ],
    ),
    (
        "pb-supplier",
        Tx("核心供应商断供", "Key supplier failure"),
        Tx(
            "双11 备货期间桂花窨制代工厂因停电或质量整改停产，主推 SKU 预计缺货 30% 以上。",
            "During 11.11 stock-building the osmanthus-scenting partner stops production (power cut or quality shutdown); hero SKUs expected to fall 30 %+ short.",
        ),
        "sev-2",
        Tx(
            "供应商书面通知停产超过 72 小时，或双11 主推 SKU 预计到货缺口超过 30%",
            "Supplier gives written notice of a stoppage over 72 hours, or hero-SKU deliveries for 11.11 are forecast more than 30 % short",
        ),
        None,
        "risk-supply",
        P["lin"],
        [
            (
                Tx("供应链总监", "Director, Supply Chain"),
                Tx("吴振国", "Wu Zhenguo"),
                Tx("分机 8201 · wu.zhenguo@qiyun-tea.example", "ext. 8201 · wu.zhenguo@qiyun-tea.example"),
            ),
            (
                Tx("电商负责人", "Head of E-commerce"),
                Tx("周屹", "Zhou Yi"),
                Tx("分机 8101 · zhou.yi@qiyun-tea.example", "ext. 8101 · zhou.yi@qiyun-tea.example"),
            ),
            (
                Tx("运营副总裁", "VP Operations"),
                Tx("宋嘉明", "Song Jiaming"),
                Tx("分机 8200 · song.jiaming@qiyun-tea.example", "ext. 8200 · song.jiaming@qiyun-tea.example"),
            ),
        ],
        [
            (Tx("确认停产时长与在途、在库数量", "Confirm stoppage length, stock in transit and on hand"), P["wu"], 0),
            (
                Tx(
                    "启用备选窨制工厂与安全库存，评估拼配配方 B",
                    "Call on the backup scenting plant and safety stock; assess blend recipe B",
                ),
                P["wu"],
                60,
            ),
            (
                Tx(
                    "调整双11 主推 SKU、预售数量与投放节奏", "Re-cut 11.11 hero SKUs, pre-sale volumes and media pacing"
                ),
                P["zhou"],
                240,
            ),
            (
                Tx(
                    "通知平台运营与合作达人调整排期",
                    "Tell platform managers and partner creators about schedule changes",
                ),
                P["wang"],
                480,
            ),
            (
                Tx(
                    "对已下单消费者发送发货延迟说明与补偿方案",
                    "Send delay notices and compensation to customers who already ordered",
                ),
                P["liu"],
                1440,
            ),
        ],
        [
            (
                Tx("发货延迟说明", "Shipping delay notice"),
                Tx(
                    "亲爱的顾客：受上游供应影响，您在{date}前购买的{brand}{product}将延迟 3–5 天发货。我们为每笔受影响订单补偿 15 元无门槛券，如不愿等待可随时申请全额退款。给您带来不便，深表歉意。",
                    "Dear customer, because of an upstream supply problem, {brand} {product} ordered before {date} will ship 3–5 days late. Every affected order gets a CNY 15 voucher with no minimum spend, and you can ask for a full refund at any time if you would rather not wait. We are sorry for the inconvenience.",
                ),
            )
        ],
    ),
]

# --------------------------------------------------------------------------
# Strategy & actions (pillars, initiatives, RACI, checkpoints) and the
# format-3 text fields, drawn from the annual strategic plan and the
# e-commerce plan seeds: 核心策略框架, 行动计划部署, 资源分配与责任矩阵,
# 关键里程碑监测点.
# --------------------------------------------------------------------------

PROFILES = {
    "p-office": Tx("收入高且稳定，午后需要提神又不想喝含糖饮料；看重口感与成分表，愿为好喝的原叶冷泡茶多付一点。", "Well paid and steady; wants an afternoon lift without sugary drinks; reads the ingredients and pays a little more for a cold brew that tastes right."),
    "p-family": Tx("家庭采购决策者，重视食品安全与溯源，偏好家庭装与会员日囤货，信任身边妈妈群的口碑。", "Decides what the family buys; cares about food safety and traceability; stocks up on family packs on member days; trusts other parents' word of mouth."),
    "p-corporate": Tx("按年度预算采购员工福利与客户礼品，关注交付准时、发票合规与定制包装，一次决策金额大。", "Buys staff benefits and client gifts on an annual budget; needs on-time delivery, proper invoices and custom packaging; one decision is a large order."),
}
COMPETITOR_STRATEGY = {
    "comp-mingting": (Tx("高端生活方式定位，靠门店体验与联名礼盒维持溢价。", "High-end lifestyle brand; keeps its premium through store experience and co-branded gift boxes."), Tx("9 月与设计师品牌推出中秋联名礼盒，小红书投放明显加大。", "Launched a designer co-branded Mid-Autumn box in September and stepped up Xiaohongshu spend.")),
    "comp-shiye": (Tx("规模与渠道铺货取胜，以价格促销守住无糖茶份额。", "Wins on scale and shelf coverage; defends its sugar-free share with price promotions."), Tx("618 期间瓶装茶买二送一，并进入即时零售平台首页资源位。", "Ran buy-two-get-one on bottled tea during 618 and took front-page slots on instant-retail apps.")),
    "comp-luxi": (Tx("直播电商驱动，以低价茶包和达人矩阵快速起量。", "Driven by live commerce; grows fast with low-priced tea bags and a creator network."), Tx("签约两位头部主播做年度合作，开始尝试线下快闪。", "Signed two top live-streamers for the year and started trying pop-up stores.")),
    "comp-chengshan": (Tx("老字号名优茶，主攻企业与节礼市场，依赖经销商。", "Heritage tea house; focuses on corporate and festival gifts through distributors."), Tx("上线企业团购小程序，推出春节礼盒早鸟价。", "Opened a corporate group-buying mini-program and early-bird prices for Spring Festival boxes.")),
}
PHASE_DESCRIPTIONS = {  # the seed's 预热期话题引爆 / 发布期全渠道联动 / 长尾期口碑运营
    "warm_up": Tx("预热期话题引爆", "Warm-up: spark the topic"),
    "launch": Tx("发布期全渠道联动", "Launch: every channel in step"),
    "long_tail": Tx("长尾期口碑运营", "Long tail: word of mouth"),
}
KPI_DEFINITIONS = {
    "kpi-conversion": (Tx("支付买家数 ÷ 访客数（天猫旗舰店，按月）", "Paying buyers ÷ visitors (Tmall flagship, monthly)"), Tx("生意参谋", "Tmall Business Advisor")),
    "kpi-d11-gmv": (Tx("10 月 12 日至 11 月 20 日各渠道支付金额合计（含预售尾款）", "Paid amount on all channels, 12 Oct – 20 Nov (presale balances included)"), Tx("各平台后台 + 财务日报", "Platform back offices + finance daily report")),
    "kpi-cac": (Tx("营销费用 ÷ 新增购买用户数", "Marketing spend ÷ new paying customers"), Tx("财务费用台账 + CRM", "Finance ledger + CRM")),
    "kpi-repeat": (Tx("12 个月内再次购买的会员 ÷ 全部会员", "Members buying again within 12 months ÷ all members"), Tx("会员系统", "Membership system")),
    "kpi-nps": (Tx("推荐者比例 − 贬损者比例（季度调研）", "Promoters % − detractors % (quarterly survey)"), Tx("季度会员调研", "Quarterly member survey")),
    "kpi-negative": (Tx("1–2 星评价 ÷ 全部评价", "1–2 star reviews ÷ all reviews"), Tx("各平台评价数据", "Platform review data")),
    "kpi-launch-sales": (Tx("桂花冷泡乌龙全渠道销售额（含税）", "Osmanthus cold-brew oolong sales, all channels, tax included"), Tx("财务月报", "Finance monthly report")),
    "kpi-awareness": (Tx("一二线城市无提示提及率（半年度品牌追踪）", "Unaided recall in tier-1/2 cities (half-yearly brand tracker)"), Tx("第三方品牌追踪调研", "Third-party brand tracker")),
}

PILLARS = [
    ("pl-product", Tx("产品与服务创新", "Product and service innovation"), Tx("差异化新品与可溯源的品质，撑起中高端价格带", "Distinctive new products and traceable quality hold the upper-middle price band")),
    ("pl-omnichannel", Tx("全渠道整合营销", "Omnichannel integrated marketing"), Tx("线上线下联动，大促与企业渠道共同放量", "Online and offline in step; festivals and corporate sales grow together")),
    ("pl-digital", Tx("数字化营销与私域", "Digital marketing and owned audience"), Tx("内容共创与会员运营，降低获客成本、提升复购", "Co-created content and membership lower acquisition cost and lift repurchase")),
    ("pl-brand", Tx("品牌建设", "Brand building"), Tx("品牌日与口碑守护，提升一二线城市认知与美誉", "A brand day and a guarded reputation raise awareness and esteem in tier-1/2 cities")),
]
# key, pillar, name, description, owner, department, start, end, quarter, status, priority,
# then links: TOWS strategies, objectives, campaigns, budget lines, KPIs, risks
INITIATIVES = [
    ("in-launch", "pl-product", Tx("桂花冷泡乌龙上市与盲测种草", "Osmanthus cold-brew launch with blind-taste seeding"), Tx("基于用户痛点开发差异化单品，以 KOC 盲测口感做种草背书。", "A distinctive product built on customer pain points, seeded with KOC blind tastings."), "chen", Tx("市场部", "Marketing"), "2027-02-15", "2027-04-30", "", "done", "high",
     ["so-launch"], ["obj-launch"], ["cmp-launch"], ["bl-launch-buzz"], ["kpi-launch-sales"], ["risk-quality"]),
    ("in-trace", "pl-product", Tx("高山乌龙批次溯源上线", "Batch traceability for high-mountain oolong"), Tx("与合作社锁价，并在包装上线批次溯源码。", "Price-locked supply from cooperatives and a batch trace code on every pack."), "wu", Tx("供应链部", "Supply chain"), None, None, "2027-Q2", "in_progress", "medium",
     ["st-traceability"], ["obj-repeat"], [], [], ["kpi-nps"], ["risk-supply"]),
    ("in-double11", "pl-omnichannel", Tx("双11 全域大促作战", "Double 11 all-channel campaign"), Tx("平台会场、站内推广与达人直播协同，不跟进价格战，以礼盒价值锚定价格。", "Platform venues, in-store ads and live streams in step; no price war, gift value anchors the price."), "zhou", Tx("电商部", "E-commerce"), "2027-09-15", "2027-11-30", "", "planned", "high",
     ["st-price"], ["obj-double11", "obj-revenue"], ["cmp-double11"], ["bl-d11-venue", "bl-tmall", "bl-marketplace-search"], ["kpi-d11-gmv", "kpi-conversion"], ["risk-concentration"]),
    ("in-instant", "pl-omnichannel", Tx("即时零售补齐线下覆盖", "Instant retail to fill the offline gap"), Tx("接入美团闪购、京东到家，精品商超陈列同步数字化。", "Join Meituan Flash and JD Daojia; digitise premium-store displays at the same time."), "zhao", Tx("销售部", "Sales"), None, None, "2027-Q3", "planned", "medium",
     ["wo-instant"], ["obj-revenue"], [], ["bl-retail", "bl-jd"], ["kpi-cac"], ["risk-ops"]),
    ("in-corporate", "pl-omnichannel", Tx("企业定制礼盒专属通道", "Corporate gift-box channel"), Tx("会员体系承接企业定制礼盒，开通企业专属采购与开票。", "Membership takes corporate custom boxes; a dedicated buying and invoicing channel."), "song", Tx("销售部", "Sales"), "2027-10-01", "2027-12-31", "", "planned", "medium",
     ["so-gifting"], ["obj-revenue"], ["cmp-double12"], ["bl-corporate-search", "bl-corporate-field"], ["kpi-cac"], ["risk-credit"]),
    ("in-koc", "pl-digital", Tx("200 人 KOC 内容共创矩阵", "A 200-creator KOC content network"), Tx("建立品牌自播与 KOC 合作矩阵，分阶段 ROI 考核。", "Own live streams and a KOC network, with ROI reviewed stage by stage."), "wang", Tx("市场部", "Marketing"), "2027-03-01", "2027-12-31", "", "in_progress", "high",
     ["wo-creators"], ["obj-awareness"], ["cmp-launch", "cmp-618"], ["bl-douyin", "bl-xhs"], ["kpi-awareness"], ["risk-creator"]),
    ("in-members", "pl-digital", Tx("会员日与私域三层架构", "Member days and a three-layer owned audience"), Tx("企业微信 + 小程序 + 社群三层私域，每月会员日分散大促依赖。", "WeCom + mini-program + communities; a monthly member day spreads sales beyond festivals."), "sun", Tx("技术团队", "Tech team"), "2027-01-01", "2027-12-31", "", "in_progress", "high",
     ["wt-smooth"], ["obj-repeat"], ["cmp-newyear", "cmp-brandday"], [], ["kpi-repeat"], ["risk-data"]),
    ("in-brandday", "pl-brand", Tx("8·18 栖云茶日品牌事件", "Qiyun Tea Day on 18 August"), Tx("城市快闪、限定礼盒与全平台直播，打造年度品牌日。", "City pop-ups, a limited box and live streams on every platform make the year's brand day."), "lin", Tx("市场部", "Marketing"), None, None, "2027-Q3", "planned", "high",
     ["wt-smooth"], ["obj-awareness"], ["cmp-brandday"], ["bl-popups"], ["kpi-awareness", "kpi-nps"], []),
    ("in-listening", "pl-brand", Tx("7×24 舆情监测与分级响应", "24/7 social listening and tiered response"), Tx("配备专职舆情监测，按分级预案响应。", "A dedicated listening team responds by the tiered playbook."), "zheng", Tx("公关部", "Public relations"), "2027-01-01", "2027-12-31", "", "in_progress", "medium",
     ["wt-crisis"], ["obj-awareness"], [], ["bl-baidu"], ["kpi-negative"], ["risk-quality", "risk-compliance"]),
]
PARTIES = [
    ("rp-marketing", Tx("市场部", "Marketing"), "internal"),
    ("rp-sales", Tx("销售部", "Sales"), "internal"),
    ("rp-ecommerce", Tx("电商部", "E-commerce"), "internal"),
    ("rp-tech", Tx("技术团队", "Tech team"), "internal"),
    ("rp-supply", Tx("供应链部", "Supply chain"), "internal"),
    ("rp-agency", Tx("广告代理与 MCN 机构", "Ad agency and MCN"), "partner"),
]
# initiative: roles of the parties in PARTIES order ("" = none); exactly one A each
RACI = {
    "in-launch": ("A", "I", "R", "C", "R", "R"),
    "in-trace": ("C", "I", "I", "R", "A", ""),
    "in-double11": ("R", "C", "A", "C", "R", "R"),
    "in-instant": ("C", "A", "R", "C", "R", ""),
    "in-corporate": ("C", "A", "I", "", "R", ""),
    "in-koc": ("A", "I", "R", "", "", "R"),
    "in-members": ("R", "C", "R", "A", "", ""),
    "in-brandday": ("A", "R", "R", "I", "C", "R"),
    "in-listening": ("A", "I", "C", "R", "", "C"),
}
# key, date, what is checked, result, decision, (KPI, threshold) pairs
CHECKPOINTS = [
    ("cp-q1", "2027-03-31", Tx("第一阶段目标达成率：新品首发与种草是否有效", "Stage-one attainment: did the launch and seeding work"), "on_track", Tx("维持节奏，小红书预算上调 10%", "Keep the pace; raise Xiaohongshu budget by 10%"), [("kpi-launch-sales", 15.0), ("kpi-conversion", 4.2)]),
    ("cp-h1", "2027-06-30", Tx("团队执行质量评估：跨部门协作与任务完成质量", "Team execution review: cross-team work and delivery quality"), "pending", Tx("", ""), [("kpi-cac", 88.0), ("kpi-repeat", 34.0)]),
    ("cp-q3", "2027-09-30", Tx("资源使用效率审计：各渠道成本与收益比", "Resource efficiency audit: cost against return by channel"), "pending", Tx("", ""), [("kpi-cac", 86.0)]),
    ("cp-year", "2027-12-15", Tx("长期品牌影响力追踪：认知度与 NPS", "Long-term brand tracking: awareness and NPS"), "pending", Tx("", ""), [("kpi-awareness", 18.0), ("kpi-nps", 45.0)]),
]


def build_initiatives(doc: Doc) -> None:
    """Pillars, initiatives with their links, RACI parties and cells, checkpoints."""
    kinds = ("tows_strategy", "objective", "campaign", "budget_line", "kpi", "risk")
    for pos, (key, name, intent) in enumerate(PILLARS):
        doc.add("pillar", id=uid(key), position=pos, name=name, intent=intent)
    positions: dict[str, int] = {}
    for row in INITIATIVES:
        key, pillar, name, description, owner, department, start, end, quarter, status, priority, *links = row
        pos = positions[pillar] = positions.get(pillar, -1) + 1
        doc.add(
            "initiative", id=uid(key), position=pos, pillar_id=uid(pillar), name=name, description=description,
            owner=P[owner], department=department, start_date=start, end_date=end, quarter=quarter, status=status,
            priority=priority,
        )  # fmt: skip
        for kind, ids in zip(kinds, links, strict=True):
            for lpos, other in enumerate(ids):
                doc.add(f"initiative_{kind}", initiative_id=uid(key), position=lpos, **{f"{kind}_id": uid(other)})
    for pos, (key, name, kind) in enumerate(PARTIES):
        doc.add("raci_party", id=uid(key), position=pos, name=name, kind=kind, note="")
    for initiative, roles in RACI.items():
        for (party, *_rest), role in zip(PARTIES, roles, strict=True):
            if role:
                doc.add("raci_cell", initiative_id=uid(initiative), party_id=uid(party), role=role)
    for pos, (key, date, name, result, decision, thresholds) in enumerate(CHECKPOINTS):
        doc.add("checkpoint", id=uid(key), position=pos, date=date, name=name, result=result, decision=decision)
        for tpos, (kpi, threshold) in enumerate(thresholds):
            doc.add("checkpoint_kpi", checkpoint_id=uid(key), kpi_id=uid(kpi), threshold=threshold, position=tpos)


# --------------------------------------------------------------------------
# Building the document
# --------------------------------------------------------------------------

COLUMNS = {t["name"]: tuple(c[0] for c in t["columns"]) for t in schema_snapshot.TABLES}
PRIMARY_KEYS = {t["name"]: tuple(c[0] for c in t["columns"] if c[3]) for t in schema_snapshot.TABLES}


def localise(value: object, lang: str) -> object:
    """Pick *lang* from a :class:`Tx`; pass other values through."""
    return getattr(value, lang) if isinstance(value, Tx) else value


def spread(total: int, weights: tuple[int, ...]) -> list[int]:
    """Split *total* CNY over twelve months by *weights*, in whole thousands,
    so that the months add up to *total* exactly."""
    weight_sum = sum(weights)
    thousands = total // 1000
    months = [(2 * thousands * w + weight_sum) // (2 * weight_sum) * 1000 for w in weights]
    months[weights.index(max(weights))] += total - sum(months)
    return months


class Doc:
    """Collects rows per table, checked against the schema snapshot."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.tables: dict[str, list[dict]] = {name: [] for name in COLUMNS}

    def add(self, table: str, **values: object) -> dict:
        """Add a row; every column must be given, none extra."""
        names = COLUMNS[table]
        if set(values) != set(names):
            missing = sorted(set(names) - set(values))
            extra = sorted(set(values) - set(names))
            raise ValueError(f"{table}: missing {missing}, extra {extra}")
        row = {name: localise(values[name], self.lang) for name in names}
        self.tables[table].append(row)
        return row

    def document(self) -> dict:
        """The exchange document, rows sorted the way the app orders them."""
        (plan,) = self.tables["plan"]
        doc: dict = {"format": "stratdeck-plan", "format_version": schema_snapshot.SCHEMA_VERSION, "plan": plan}
        for table in COLUMNS:
            if table == "plan":
                continue
            keys = (("position",) if "position" in COLUMNS[table] else ()) + PRIMARY_KEYS[table]
            doc[table] = sorted(self.tables[table], key=lambda r: tuple(r[k] for k in keys))
        return doc


def build_overview(doc: Doc) -> None:
    """Plan row and objectives."""
    doc.add(
        "plan",
        id=uid("plan"),
        title=PLAN["title"],
        brand=PLAN["brand"],
        period_start=f"{YEAR}-01-01",
        period_end=f"{YEAR}-12-31",
        currency="CNY",
        owner=PLAN["owner"],
        language=doc.lang,
        market_context=PLAN["market_context"],
        brand_color=PLAN["brand_color"],
        logo=None,
        logo_mime=None,
        confidentiality=PLAN["confidentiality"],
        reserve_min_pct=10.0,
        reserve_max_pct=15.0,
        variance_threshold_pct=15.0,
        total_budget=80_000_000.0,  # 72 m in budget lines + a 10 % reserve pool of 8 m
        reserve_pct=10.0,
        channel_overlap_days=7,
        competitor_x_axis="price",
        competitor_y_axis="quality",
        custom_axis_x_label="",
        custom_axis_y_label="",
        created_at=CREATED_AT,
        modified_at=MODIFIED_AT,
    )
    for pos, (key, text, metric, target) in enumerate(OBJECTIVES):
        doc.add("objective", id=uid(key), position=pos, text=text, metric=metric, target=target)


def build_strategy(doc: Doc) -> None:
    """SWOT items, TOWS strategies with citations, personas, journeys,
    value tiers and competitors."""
    for quadrant, items in SWOT.items():
        for pos, (key, weight, text, evidence) in enumerate(items):
            doc.add(
                "swot_item", id=uid(key), position=pos, quadrant=quadrant, text=text, weight=weight, evidence=evidence
            )
    for kind, strategies in TOWS.items():
        for pos, (key, text, rationale, cited) in enumerate(strategies):
            doc.add("tows_strategy", id=uid(key), position=pos, kind=kind, text=text, rationale=rationale)
            for cpos, item in enumerate(cited):
                if item[0].upper() not in kind:
                    raise ValueError(f"{key} cites {item}, which is not in {kind}")
                doc.add("tows_citation", strategy_id=uid(key), swot_item_id=uid(item), position=cpos)
    for pos, p in enumerate(PERSONAS):
        doc.add(
            "persona",
            id=uid(p["key"]),
            position=pos,
            name=p["name"],
            role=p["role"],
            age_band=p["age_band"],
            city_tier=p["city_tier"],
            income_band=p["income_band"],
            customer_share_pct=p["share"],
            goals=p["goals"],
            pain_points=p["pain_points"],
            behaviours=p["behaviours"],
            preferred_channels=p["preferred_channels"],
            buying_triggers=p["buying_triggers"],
            quote=p["quote"],
            photo=None,
            photo_mime=None,
            profile=PROFILES.get(p["key"], ""),
        )
        for spos, (stage, (touchpoints, channels, tactic)) in enumerate(zip(STAGES, JOURNEYS[p["key"]], strict=True)):
            doc.add(
                "journey_stage",
                id=uid(f"{p['key']}/{stage}"),
                position=spos,
                persona_id=uid(p["key"]),
                stage=stage,
                touchpoints=touchpoints,
                channels=channels,
                tactic=tactic,
            )
    for pos, (key, name, customers, revenue, service, response) in enumerate(VALUE_TIERS):
        doc.add(
            "value_tier",
            id=uid(key),
            position=pos,
            name=name,
            customer_share_pct=customers,
            revenue_share_pct=revenue,
            service_level=service,
            response_time=response,
        )
    for pos, c in enumerate(COMPETITORS):
        (
            key,
            own,
            name,
            positioning,
            price_level,
            channels,
            strengths,
            weaknesses,
            share,
            price,
            quality,
            innovation,
            reach,
        ) = c
        doc.add(
            "competitor",
            id=uid(key),
            position=pos,
            name=name,
            is_own_brand=own,
            positioning=positioning,
            price_level=price_level,
            main_channels=channels,
            strengths=strengths,
            weaknesses=weaknesses,
            market_share_pct=share,
            price_score=price,
            quality_score=quality,
            innovation_score=innovation,
            reach_score=reach,
            custom_x_score=None,
            custom_y_score=None,
            strategy=COMPETITOR_STRATEGY.get(key, ("", ""))[0],
            recent_moves=COMPETITOR_STRATEGY.get(key, ("", ""))[1],
        )


def build_calendar(doc: Doc) -> None:
    """Channels, campaigns with phases, channels and personas, milestones
    and key dates."""
    for pos, (key, name, share, color, note) in enumerate(CHANNELS):
        doc.add("channel", id=uid(key), position=pos, name=name, target_share_pct=share, color=color, note=note)
    for pos, c in enumerate(CAMPAIGNS):
        key, name, objective, owner, status, color, start, end, phases, channels, personas = c
        doc.add(
            "campaign",
            id=uid(key),
            position=pos,
            name=name,
            objective=objective,
            owner=owner,
            status=status,
            color=color,
            start_date=start,
            end_date=end,
        )
        for cpos, channel in enumerate(channels):
            doc.add("campaign_channel", campaign_id=uid(key), channel_id=uid(channel), position=cpos)
        for ppos, persona in enumerate(personas):
            doc.add("campaign_persona", campaign_id=uid(key), persona_id=uid(persona), position=ppos)
        for ppos, (kind, pname, pstart, pend) in enumerate(phases):
            doc.add(
                "campaign_phase",
                id=uid(f"{key}/{kind}"),
                position=ppos,
                campaign_id=uid(key),
                kind=kind,
                name=pname,
                start_date=pstart,
                end_date=pend,
                description=PHASE_DESCRIPTIONS.get(kind, ""),
            )
    for pos, (key, name, date, campaign) in enumerate(MILESTONES):
        doc.add("milestone", id=uid(key), position=pos, name=name, date=date, campaign_id=campaign and uid(campaign))
    # Key dates as "Add holidays and festivals" would add them for FY2027
    # (holidays from chinese_calendar/holidays, festivals from the presets),
    # then the brand days, all in date order.
    from app.services.calendar.key_dates import proposed_key_dates

    rows = [(f"kd-{e.kind}-{e.date}", e.name, e.kind, e.date, e.end_date) for e in proposed_key_dates([2027], doc.lang)]
    rows = sorted(rows + [(k, localise(n, doc.lang), kind, d, e) for k, n, kind, d, e in KEY_DATES], key=lambda r: r[3])
    for pos, (key, name, kind, date, end) in enumerate(rows):
        doc.add("key_date", id=uid(key), position=pos, name=name, kind=kind, date=date, end_date=end, visible=True)


def build_budget(doc: Doc) -> None:
    """Budget lines with twelve monthly cells, forecast assumptions and KPIs."""
    for pos, line in enumerate(BUDGET_LINES):
        key, channel, sub_channel, campaign, owner, note, total, weights, factors = line
        doc.add(
            "budget_line",
            id=uid(key),
            position=pos,
            channel_id=uid(channel),
            sub_channel=sub_channel,
            campaign_id=campaign and uid(campaign),
            owner=owner,
            note=note,
        )
        for month, planned in enumerate(spread(total, weights), start=1):
            actual = None
            if month <= ACTUAL_MONTHS:
                factor = factors[month - 1] if factors else 1000
                actual = float((planned * factor + 50_000) // 100_000 * 100)  # nearest CNY 100
            doc.add(
                "budget_cell",
                budget_line_id=uid(key),
                month=f"{YEAR}-{month:02d}",
                planned=float(planned),
                actual=actual,
            )
    for pos, (channel, (cac, conversion, aov, margin, repeat)) in enumerate(FORECAST.items()):
        doc.add(
            "forecast_assumption",
            id=uid(f"forecast/{channel}"),
            position=pos,
            channel_id=uid(channel),
            spend_override=None,
            cac=cac,
            conversion_rate_pct=conversion,
            avg_order_value=aov,
            gross_margin_pct=margin,
            repeat_purchases=repeat,
        )
    for pos, k in enumerate(KPIS):
        key, name, unit, baseline, target, actual, direction, alert, owner, cadence, campaign = k
        doc.add(
            "kpi",
            id=uid(key),
            position=pos,
            name=name,
            unit=unit,
            baseline=baseline,
            target=target,
            actual=actual,
            direction=direction,
            alert_threshold_pct=alert,
            owner=owner,
            cadence=cadence,
            campaign_id=campaign and uid(campaign),
            definition=KPI_DEFINITIONS.get(key, ("", ""))[0],
            data_source=KPI_DEFINITIONS.get(key, ("", ""))[1],
        )


def build_risk(doc: Doc) -> None:
    """Risk register, severity levels and crisis playbooks. Categories are
    stored as the app's stable keys (shown translated); each playbook names
    the product its statements' {product} placeholder stands for."""
    category_keys = {
        "Supply chain": "supply_chain",
        "Data security": "data_security",
        "Reputation / public opinion": "reputation",
        "Product quality": "product_quality",
        "Credit": "credit",
        "Concentration": "concentration",
        "Operations": "operations",
        "Compliance": "compliance",
    }
    products = {
        "pb-complaint": Tx("桂花乌龙冷泡茶", "Osmanthus Oolong cold brew"),
        "pb-dataleak": Tx("会员服务", "membership service"),
        "pb-supplier": Tx("桂花乌龙系列", "Osmanthus Oolong range"),
    }
    for pos, r in enumerate(RISKS):
        key, category, title, description, likelihood, impact, owner, mitigation, contingency, status, review = r
        doc.add(
            "risk",
            id=uid(key),
            position=pos,
            category=category_keys.get(category.en, category) if isinstance(category, Tx) else category,
            title=title,
            description=description,
            likelihood=likelihood,
            impact=impact,
            owner=owner,
            mitigation=mitigation,
            contingency=contingency,
            status=status,
            review_date=review,
        )
    for pos, (key, level, name, minutes, hours, escalate, description) in enumerate(SEVERITY_LEVELS):
        doc.add(
            "severity_level",
            id=uid(key),
            position=pos,
            level=level,
            name=name,
            response_minutes=minutes,
            update_interval_hours=hours,
            escalate_to=escalate,
            description=description,
        )
    for pos, pb in enumerate(PLAYBOOKS):
        key, name, scenario, severity, trigger, kpi, risk, spokesperson, contacts, steps, statements = pb
        doc.add(
            "playbook",
            id=uid(key),
            position=pos,
            name=name,
            scenario=scenario,
            severity_level_id=uid(severity),
            trigger_text=trigger,
            trigger_kpi_id=kpi and uid(kpi),
            trigger_risk_id=risk and uid(risk),
            spokesperson=spokesperson,
            product=products.get(key, ""),
        )
        for cpos, (role, person, contact) in enumerate(contacts):
            doc.add(
                "escalation_contact",
                id=uid(f"{key}/contact/{cpos}"),
                position=cpos,
                playbook_id=uid(key),
                role=role,
                name=person,
                contact=contact,
            )
        for spos, (action, owner, offset) in enumerate(steps):
            doc.add(
                "playbook_step",
                id=uid(f"{key}/step/{spos}"),
                position=spos,
                playbook_id=uid(key),
                action=action,
                owner=owner,
                offset_minutes=offset,
            )
        for hpos, (title, body) in enumerate(statements):
            doc.add(
                "holding_statement",
                id=uid(f"{key}/statement/{hpos}"),
                position=hpos,
                playbook_id=uid(key),
                title=title,
                body=body,
            )


def build(lang: str) -> dict:
    """The whole sample plan in *lang* as an exchange document."""
    doc = Doc(lang)
    build_overview(doc)
    build_strategy(doc)
    build_calendar(doc)
    build_budget(doc)
    build_risk(doc)
    build_initiatives(doc)
    return doc.document()


def write_plan_file(source: Path) -> Path:
    """The sample imported once into a plan file beside its JSON: the demo
    plan is a copy of it, so opening the demo does not import JSON each time
    (tests/plan/test_samples.py checks that it holds what the JSON holds)."""
    from app.services.exchange import json_exchange

    target = source.with_suffix(".stratdeck")
    target.unlink(missing_ok=True)
    json_exchange.import_json_file(source, target)
    return target


def main() -> None:
    """Write both sample files, and the plan file made from each."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        path = OUT_DIR / f"{SLUG}-{lang}.json"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            json.dump(build(lang), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(path.relative_to(ROOT))
        print(write_plan_file(path).relative_to(ROOT))


if __name__ == "__main__":
    main()
