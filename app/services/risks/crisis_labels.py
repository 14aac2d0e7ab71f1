"""Fixed words of the risk and playbook slides and the one-page playbook PDF,
in the plan's language (zh or en), and the facts of one playbook gathered
for printing. No Qt, no reportlab."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models.risks import rules as risk_rules
from app.services.plan.rows import read_rows

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "heat_map": "Risk heat map",
        "likelihood": "Likelihood",
        "impact": "Impact",
        "heat_caption": "{n} risks; score = likelihood × impact. Low 1–4, medium 5–9, high 10–16, critical 20–25.",
        "top_risks": "Top risks",
        "risk": "Risk",
        "category": "Category",
        "score": "Score",
        "owner": "Owner",
        "mitigation": "Mitigation",
        "status": "Status",
        "levels": "Severity levels",
        "level": "Level",
        "name": "Name",
        "response": "Response within",
        "updates": "Updates every",
        "escalate": "Escalate to",
        "level_line": "Level {level} · {name}",
        "no_level": "No severity level",
        "targets": "Respond within {response} · updates every {updates} · escalate to {escalate}",
        "trigger": "Trigger",
        "trigger_kpi": "KPI: {name}",
        "trigger_risk": "Risk: {name}",
        "chain": "Escalation chain",
        "timeline": "Response timeline",
        "when": "When",
        "action": "Action",
        "statement": "Holding statement",
        "spokesperson": "Spokesperson",
        "scenario": "Scenario",
        "none": "—",
        "blank_brand": "[brand]",
        "blank_product": "[product]",
        "blank_date": "[date]",
        "minutes": "{n} min",
        "hours": "{n} h",
        "printed": "{plan} · printed {date}",
        "page": "Playbook {n} of {total}",
        "page_part": "Playbook {n} of {total} · page {part}",
        "continued": "{name} (continued)",
        "low": "low",
        "medium": "medium",
        "high": "high",
        "critical": "critical",
        "open": "Open",
        "monitoring": "Monitoring",
        "mitigated": "Mitigated",
        "closed": "Closed",
    },
    "zh": {
        "heat_map": "风险热力图",
        "likelihood": "可能性",
        "impact": "影响程度",
        "heat_caption": "共 {n} 项风险；风险值 = 可能性 × 影响程度。低 1–4，中 5–9，高 10–16，极高 20–25。",
        "top_risks": "重点风险",
        "risk": "风险",
        "category": "类别",
        "score": "风险值",
        "owner": "负责人",
        "mitigation": "缓解措施",
        "status": "状态",
        "levels": "响应级别",
        "level": "级别",
        "name": "名称",
        "response": "响应时限",
        "updates": "通报频率",
        "escalate": "上报至",
        "level_line": "{level} 级 · {name}",
        "no_level": "未设定响应级别",
        "targets": "{response}内响应 · 每 {updates}通报 · 上报至{escalate}",
        "trigger": "触发条件",
        "trigger_kpi": "指标：{name}",
        "trigger_risk": "风险：{name}",
        "chain": "上报链条",
        "timeline": "响应时间线",
        "when": "时间",
        "action": "行动",
        "statement": "初步声明",
        "spokesperson": "发言人",
        "scenario": "情景",
        "none": "—",
        "blank_brand": "【品牌】",
        "blank_product": "【产品】",
        "blank_date": "【日期】",
        "minutes": "{n} 分钟",
        "hours": "{n} 小时",
        "printed": "{plan} · 打印于 {date}",
        "page": "预案 {n} / {total}",
        "page_part": "预案 {n} / {total} · 第 {part} 页",
        "continued": "{name}（续）",
        "low": "低",
        "medium": "中",
        "high": "高",
        "critical": "极高",
        "open": "未处理",
        "monitoring": "监控中",
        "mitigated": "已缓解",
        "closed": "已关闭",
    },
}

CATEGORY_LABELS = {
    "en": risk_rules.CATEGORIES,
    "zh": {
        "supply_chain": "供应链",
        "data_security": "数据安全",
        "reputation": "舆情 / 声誉",
        "product_quality": "产品质量",
        "credit": "信用",
        "concentration": "集中度",
        "operations": "运营",
        "compliance": "合规",
    },
}


def language_of(value: str | None) -> str:
    """The label language for a plan language (anything but 'en' is 'zh')."""
    return "en" if value == "en" else "zh"


def label(language: str, key: str, **values) -> str:
    """The fixed text *key* in *language* with ``{placeholders}`` filled."""
    text = LABELS[language_of(language)][key]
    return text.format(**values) if values else text


def category(language: str, value: str) -> str:
    """A stored category in *language*: fixed keys translated, custom text as typed."""
    return CATEGORY_LABELS[language_of(language)].get(value or "", value or "")


def offset(language: str, minutes: int | None) -> str:
    """A step offset: ``T+15 min`` / ``T+15 分钟``, ``T+1 h`` / ``T+1 小时``."""
    text = risk_rules.offset_text(minutes)
    if language_of(language) == "zh":
        text = text.replace(" min", " 分钟").replace(" h", " 小时")
    return text


def duration_minutes(language: str, minutes: int | None) -> str:
    """A response target: ``60 min`` → ``1 h``; a dash when not set."""
    if not minutes:
        return label(language, "none")
    if minutes % 60 == 0:
        return label(language, "hours", n=minutes // 60)
    return label(language, "minutes", n=minutes)


def duration_hours(language: str, hours: float | None) -> str:
    """An update interval in hours (``24 h``), a dash when not set."""
    if not hours:
        return label(language, "none")
    return label(language, "hours", n=f"{hours:g}")


@dataclass
class PlaybookFacts:
    """Everything printed about one playbook, already in plain strings."""

    row: dict
    level: dict | None
    kpi: dict | None
    risk: dict | None
    contacts: list[dict] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    statements: list[tuple[str, str]] = field(default_factory=list)  # (title, filled body)


def gather(conn, language: str, today: dt.date) -> list[PlaybookFacts]:
    """The facts of every playbook, statements filled in for *today*."""
    from app.services.deck.labels import format_date

    plan = dict(zip(("brand",), conn.execute('SELECT brand FROM "plan"').fetchone(), strict=True))
    levels = {r["id"]: r for r in read_rows(conn, "severity_level")}
    kpis = {r[0]: {"id": r[0], "name": r[1]} for r in conn.execute("SELECT id, name FROM kpi")}
    risks = {r["id"]: r for r in read_rows(conn, "risk")}
    date_text = format_date(language, today)
    grouped: dict[str, dict[str, list[dict]]] = {}
    for table in ("escalation_contact", "playbook_step", "holding_statement"):
        for row in read_rows(conn, table):
            grouped.setdefault(row["playbook_id"], {}).setdefault(table, []).append(row)
    facts = []
    for row in read_rows(conn, "playbook"):
        own = grouped.get(row["id"], {})
        values = {"brand": plan["brand"] or "", "date": date_text, "product": row["product"] or ""}
        # a placeholder with nothing to fill it reads as a blank to fill in, never as "{brand}"
        values = {k: v or label(language, f"blank_{k}") for k, v in values.items()}
        statements = [
            (risk_rules.fill_placeholders(s["title"], values)[0], risk_rules.fill_placeholders(s["body"], values)[0])
            for s in own.get("holding_statement", [])
        ]
        facts.append(
            PlaybookFacts(
                row,
                levels.get(row["severity_level_id"] or ""),
                kpis.get(row["trigger_kpi_id"] or ""),
                risks.get(row["trigger_risk_id"] or ""),
                own.get("escalation_contact", []),
                own.get("playbook_step", []),
                statements,
            )
        )
    return facts


def level_title(language: str, level: dict) -> str:
    """ "Level 1 · Crisis", or just the level's name when it already says
    which level it is ("Level 1 (critical)", "一级（重大）"), or "Level 1"
    when it has no name."""
    name = (level["name"] or "").strip()
    number = level["level"]
    plain = label(language, "level_line", level=number, name="").rstrip(" ·")
    chinese_number = "一二三四五六七八九"[number - 1] + "级" if isinstance(number, int) and 1 <= number <= 9 else None
    if not name:
        return plain
    if name.lower().startswith(plain.lower()) or (chinese_number and name.startswith(chinese_number)):
        return name
    return label(language, "level_line", level=number, name=name)


def level_lines(language: str, facts: PlaybookFacts) -> list[str]:
    """The level line and its response targets, or 'no severity level'."""
    level = facts.level
    if level is None:
        return [label(language, "no_level")]
    return [
        level_title(language, level),
        label(
            language,
            "targets",
            response=duration_minutes(language, level["response_minutes"]),
            updates=duration_hours(language, level["update_interval_hours"]),
            escalate=level["escalate_to"] or label(language, "none"),
        ),
    ]


def trigger_lines(language: str, facts: PlaybookFacts) -> list[str]:
    """The trigger text and the KPI and risk it is linked to."""
    lines = [facts.row["trigger_text"]] if (facts.row["trigger_text"] or "").strip() else []
    if facts.kpi:
        lines.append(label(language, "trigger_kpi", name=facts.kpi["name"]))
    if facts.risk:
        lines.append(label(language, "trigger_risk", name=facts.risk["title"]))
    return lines or [label(language, "none")]


def contact_line(contact: dict) -> str:
    """``Role — Name — contact`` with empty parts left out."""
    return " — ".join(p for p in (contact["role"], contact["name"], contact["contact"]) if (p or "").strip())
