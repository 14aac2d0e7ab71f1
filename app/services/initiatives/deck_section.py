"""The Strategy & actions sections of the deck, built on the slide model
(app/services/deck/model.py): the strategy house (objectives as the roof,
pillars as columns, initiatives inside), the roadmap by quarter, the
responsibility matrix, the checkpoints and the one-page chain objective →
pillar → initiative → KPI → budget that a reviewer can follow.

Each section is left out when the plan has nothing for it."""

from __future__ import annotations

from app.models.initiatives import rules
from app.services.deck.registry import section_renderer
from app.services.initiatives import checkpoints as checkpoint_service
from app.services.initiatives import matrix, service
from app.services.plan.wording import Wording

MOST_PILLARS = 5  # columns of the house on one slide
RESULT_COLOURS = {"on_track": "#D5EFD8", "off_track": "#F9D0CE", "pending": "#ECEFF1"}
ROLE_FILL = "#F6C28B"  # the accountable (A) cells
# A fixed text or headline of these sections in the plan's language.
word = Wording({
    "house": ("{n} pillars and {m} initiatives carry the plan's {k} objectives",
              "{n} 大策略支柱、{m} 项举措支撑 {k} 个目标"),
    "house_plain": ("{n} pillars and {m} initiatives",
                    "{n} 大策略支柱、{m} 项举措"),
    "roof": ("Objectives",
             "目标"),
    "none": ("(no initiative yet)",
             "（暂无举措）"),
    "roadmap": ("Roadmap: {m} initiatives over {q} quarters; most in {quarter} ({c})",
                "举措路线图：{q} 个季度共 {m} 项，{quarter} 最集中（{c} 项）"),
    "pillar": ("Pillar",
               "策略支柱"),
    "undated": ("Not scheduled",
                "未排期"),
    "raci": ("{a} of {n} initiatives have exactly one accountable (A) party",
             "{n} 项举措中 {a} 项有唯一的负责人（A）"),
    "initiative": ("Initiative",
                   "举措"),
    "raci_caption": ("R responsible · A accountable · C consulted · I informed",
                     "R 执行 · A 负责 · C 咨询 · I 知会"),
    "checkpoints": ("{n} checkpoints: {on} on track, {off} off track, {pending} pending",
                    "{n} 个里程碑监测点：{on} 个达标，{off} 个未达标，{pending} 个待检查"),
    "date": ("Date",
             "日期"),
    "checked": ("What is checked",
                "监测内容"),
    "thresholds": ("KPI thresholds",
                   "KPI 阈值"),
    "result": ("Result",
               "结果"),
    "decision": ("Decision",
                 "决策"),
    "pending": ("Pending",
                "待检查"),
    "on_track": ("On track",
                 "达标"),
    "off_track": ("Off track",
                  "未达标"),
    "chain": ("From objective to budget: {m} initiatives funded with {money}",
              "从目标到预算：{m} 项举措，共投入 {money}"),
    "objective": ("Objective",
                  "目标"),
    "kpis": ("KPIs",
             "衡量指标"),
    "budget": ("Budget",
               "预算"),
    "unlinked": ("—",
                 "—"),
    "register": ("{m} initiatives: who owns them, when they run and what they cost",
                 "{m} 项举措：负责人、时间与费用"),
    "what": ("What it does",
             "举措内容"),
    "owner": ("Owner",
              "负责人"),
    "when": ("When",
             "时间"),
    "status": ("Status",
               "状态"),
    "cost": ("Cost",
             "费用"),
    "planned": ("Planned",
                "计划中"),
    "in_progress": ("In progress",
                    "进行中"),
    "done": ("Done",
             "已完成"),
    "on_hold": ("On hold",
                "暂停"),
    "cancelled": ("Cancelled",
                  "已取消"),
    "high": ("high",
             "高"),
    "medium": ("medium",
               "中"),
    "low": ("low",
            "低"),
    "priority": ("{p} priority",
                 "{p}优先级"),
})  # fmt: skip


def _initiatives(ctx) -> tuple[list[dict], list[dict]]:
    """The pillars and initiatives that have a name, in canvas order."""
    pillars = [p for p in service.list_pillars(ctx.plan) if ctx.clean(p["name"])]
    named = {p["id"] for p in pillars}
    initiatives = [i for i in service.list_initiatives(ctx.plan) if i["pillar_id"] in named and ctx.clean(i["name"])]
    return pillars, initiatives


@section_renderer("strategy", order=44, title_zh="核心策略框架", title_en="Strategy framework")
def house_slides(ctx):
    """The strategy house: the objectives as its roof, one column per pillar
    with its initiatives inside (five pillars a slide)."""
    from app.services.deck.layouts.cards import cards_block
    from app.services.deck.layouts.slides import GAP, paragraphs_height
    from app.services.deck.model import BODY_BOX, Box, Card, CardLine, TextBlock

    pillars, initiatives = _initiatives(ctx)
    if not pillars:
        return
    objectives = [t for t in (ctx.clean(o["text"], "an objective") for o in ctx.rows("objective")) if t]
    key = "house_plain"
    roof = None
    body = BODY_BOX
    if objectives:
        key = "house"
        text = (
            f"{word(ctx, 'roof')}：" + " · ".join(objectives)
            if ctx.language != "en"
            else (f"{word(ctx, 'roof')}: " + " · ".join(objectives))
        )
        height = min(paragraphs_height([text], body.w, 15.0) + 12, body.h / 3)
        roof = TextBlock(Box(body.x, body.y, body.w, height), (text,), "lead", 15.0, "center")
        body = Box(body.x, body.y + height + GAP, body.w, body.h - height - GAP)
    from app.services.deck.theme import PALETTE

    palette = (ctx.theme.brand, *(c for c in PALETTE if c.upper() != ctx.theme.brand.upper()))
    cards = []
    for n, pillar in enumerate(pillars):
        mine = [i for i in initiatives if i["pillar_id"] == pillar["id"]]
        lines = tuple(CardLine(ctx.clean(i["name"], f"initiative {i['name']}")) for i in mine)
        cards.append(
            Card(
                ctx.clean(pillar["name"], "a pillar"),
                lines or (CardLine(word(ctx, "none")),),
                ctx.clean(pillar["intent"], f"pillar {pillar['name']}"),
                palette[n % len(palette)],
            )
        )
    headline = word(ctx, key, n=len(pillars), m=len(initiatives), k=len(objectives))
    pages = []
    for start in range(0, len(cards), MOST_PILLARS):
        chunk = cards[start : start + MOST_PILLARS]
        block, cut = cards_block(chunk, body, len(chunk), stretch=True)
        for title in cut:
            ctx.checker.note(f"The pillar “{title}” has more initiatives than its column holds; the last are cut.")
        pages.append([roof, block] if roof else [block])
    yield from ctx.slides.pages(headline, pages, "strategy.house")


@section_renderer("initiative_list", order=45, title_zh="举措一览", title_en="Initiatives", group="strategy")
def register_slides(ctx):
    """Every initiative: what it does, owner and department, when, status and
    priority in words, and its cost (the sum of its budget lines)."""
    pillars, initiatives = _initiatives(ctx)
    if not initiatives:
        return
    costs = service.costs(ctx.plan)
    rows = []
    for initiative in initiatives:
        where = f"initiative {initiative['name']}"
        start, end = rules.span(initiative)
        when = ctx.clean(initiative.get("quarter")) if not initiative.get("start_date") else ""
        if not when and (start or end):
            when = " – ".join(ctx.date(d.isoformat()) for d in (start, end) if d)
        owner = " · ".join(
            p for p in (ctx.clean(initiative["owner"], where), ctx.clean(initiative["department"], where)) if p
        )
        status = word(ctx, initiative["status"]) if initiative["status"] in rules.INITIATIVE_STATUSES else ""
        priority = initiative["priority"]
        if priority in rules.INITIATIVE_PRIORITIES:
            status = f"{status} · {word(ctx, 'priority', p=word(ctx, priority))}"
        cost = costs.get(initiative["id"], {}).get("planned", 0)
        rows.append([ctx.clean(initiative["name"], where), ctx.clean(initiative["description"], where), owner, when,
                     status, ctx.money(cost) if cost else word(ctx, "unlinked")])  # fmt: skip
    header = [word(ctx, k) for k in ("initiative", "what", "owner", "when", "status", "cost")]
    yield from ctx.slides.table(word(ctx, "register", m=len(initiatives)), header, rows, [2.2, 4, 2, 1.6, 1.6, 1.2],
                                "strategy.initiatives")  # fmt: skip


@section_renderer("roadmap", order=46, title_zh="举措路线图", title_en="Initiative roadmap", group="strategy")
def roadmap_slides(ctx):
    """Pillars × quarters, each cell naming the initiatives that run then;
    initiatives with neither dates nor quarter go in a last column."""
    pillars, initiatives = _initiatives(ctx)
    if not initiatives:
        return
    by_quarter = {i["id"]: rules.quarters(i) for i in initiatives}
    quarters = sorted({q for qs in by_quarter.values() for q in qs})
    undated = any(not qs for qs in by_quarter.values())
    header = [word(ctx, "pillar"), *quarters] + ([word(ctx, "undated")] if undated else [])
    rows = []
    for pillar in pillars:
        mine = [i for i in initiatives if i["pillar_id"] == pillar["id"]]
        if not mine:
            continue
        cells = ["\n".join(ctx.clean(i["name"]) for i in mine if q in by_quarter[i["id"]]) for q in quarters]
        if undated:
            cells.append("\n".join(ctx.clean(i["name"]) for i in mine if not by_quarter[i["id"]]))
        rows.append([ctx.clean(pillar["name"]), *cells])
    counts = {q: sum(1 for qs in by_quarter.values() if q in qs) for q in quarters}
    busiest = max(quarters, key=lambda q: counts[q]) if quarters else word(ctx, "undated")
    headline = word(ctx, "roadmap", m=len(initiatives), q=len(quarters), quarter=busiest,
                    c=counts.get(busiest, len(initiatives)))  # fmt: skip
    weights = [1.3] + [2.0] * (len(header) - 1)
    yield from ctx.slides.table(headline, header, rows, weights, "strategy.roadmap", keep=tuple(range(len(header))))


@section_renderer("raci", order=47, title_zh="资源分配与责任矩阵", title_en="Responsibility matrix", group="strategy")
def raci_slides(ctx):
    """Initiatives × teams and partners, R/A/C/I, the accountable cells filled."""
    _pillars, initiatives = _initiatives(ctx)
    parties = [p for p in matrix.list_parties(ctx.plan) if ctx.clean(p["name"])]
    if not initiatives or not parties:
        return
    roles = matrix.roles(ctx.plan)
    header = [word(ctx, "initiative"), *(ctx.clean(p["name"], "a team or partner") for p in parties)]
    rows, fills = [], []
    for r, initiative in enumerate(initiatives):
        cells = [roles.get((initiative["id"], p["id"]), "") for p in parties]
        fills += [(c + 1, r, ROLE_FILL) for c, role in enumerate(cells) if role == "A"]
        rows.append([ctx.clean(initiative["name"]), *cells])
    single = sum(1 for i in initiatives if len(rules.accountable(matrix.list_cells(ctx.plan), i["id"])) == 1)
    headline = word(ctx, "raci", a=single, n=len(initiatives))
    weights = [3.0] + [1.0] * len(parties)
    slides = ctx.slides.table(headline, header, rows, weights, "strategy.raci", fills=fills,
                              keep=tuple(range(len(header))))  # fmt: skip
    yield from slides


@section_renderer("checkpoints", order=48, title_zh="关键里程碑监测点", title_en="Checkpoints", group="strategy")
def checkpoint_slides(ctx):
    """Every checkpoint: date, what is checked, its KPI thresholds, result and decision."""
    rows_in = [c for c in checkpoint_service.list_checkpoints(ctx.plan) if ctx.clean(c["name"])]
    if not rows_in:
        return
    kpis = dict(service.link_choices(ctx.plan, "kpi"))
    thresholds = checkpoint_service.all_thresholds(ctx.plan)
    header = [word(ctx, k) for k in ("date", "checked", "thresholds", "result", "decision")]
    rows, fills = [], []
    for r, row in enumerate(rows_in):
        shown = ("; " if ctx.language == "en" else "；").join(
            ctx.clean(kpis.get(k, "")) + ("" if t is None else f" {t:g}") for k, t in thresholds.get(row["id"], [])
        )
        result = row["result"] if row["result"] in rules.CHECKPOINT_RESULTS else "pending"
        fills.append((3, r, RESULT_COLOURS[result]))
        rows.append([ctx.date(row["date"]) if row["date"] else "", ctx.clean(row["name"], "a checkpoint"), shown,
                     word(ctx, result), ctx.clean(row["decision"], f"checkpoint {row['name']}")])  # fmt: skip
    counts = {k: sum(1 for c in rows_in if c["result"] == k) for k in rules.CHECKPOINT_RESULTS}
    headline = word(ctx, "checkpoints", n=len(rows_in), on=counts["on_track"], off=counts["off_track"],
                    pending=counts["pending"])  # fmt: skip
    yield from ctx.slides.table(headline, header, rows, [1.8, 3, 2.4, 1.1, 2.6], "strategy.checkpoints", fills=fills)


@section_renderer("chain", order=49, title_zh="目标到预算的链路", title_en="Objective to budget", group="strategy")
def chain_slides(ctx):
    """One row per initiative: the objectives it serves, its pillar, the
    KPIs that measure it and its budget (the sum of its budget lines)."""
    pillars, initiatives = _initiatives(ctx)
    if not initiatives:
        return
    names = {p["id"]: ctx.clean(p["name"]) for p in pillars}
    objectives = {o["id"]: (n, ctx.clean(o["text"])) for n, o in enumerate(ctx.rows("objective"))}
    kpis = dict(service.link_choices(ctx.plan, "kpi"))
    links = service.all_links(ctx.plan)
    costs = service.costs(ctx.plan)
    rows = []
    for initiative in initiatives:
        served = [objectives[i] for i in links["objective"].get(initiative["id"], []) if i in objectives]
        order = min((n for n, _ in served), default=len(objectives))
        measured = [ctx.clean(kpis.get(k, "")) for k in links["kpi"].get(initiative["id"], [])]
        measured_text = (", " if ctx.language == "en" else "、").join(m for m in measured if m)
        cost = costs.get(initiative["id"], {}).get("planned", 0)
        rows.append((order, [
            "\n".join(t for _, t in served) or word(ctx, "unlinked"), names[initiative["pillar_id"]],
            ctx.clean(initiative["name"]), measured_text or word(ctx, "unlinked"),
            ctx.money(cost) if cost else word(ctx, "unlinked"),
        ]))  # fmt: skip
    rows.sort(key=lambda pair: pair[0])
    total = sum(c["planned"] for i, c in costs.items() if i in {x["id"] for x in initiatives})
    header = [word(ctx, k) for k in ("objective", "pillar", "initiative", "kpis", "budget")]
    headline = word(ctx, "chain", m=len(initiatives), money=ctx.money(total))
    yield from ctx.slides.table(headline, header, [r for _, r in rows], [3, 1.6, 2.6, 2.2, 1.4], "strategy.chain",
                                keep=tuple(range(5)))  # fmt: skip
