"""The Risks and Crisis-playbook sections of the deck: a 5×5 heat map and the
top-risks table; the severity levels and one slide per playbook (level and
triggers, escalation chain, step timeline, holding statement filled in)."""

from __future__ import annotations

from dataclasses import replace

from app.models.prompts import without_prompt_markers
from app.models.risks import rules as risk_rules
from app.services.deck.registry import section_renderer
from app.services.plan.wording import Wording
from app.services.risks import crisis_labels as words

TOP_RISKS = 5  # listed beside the heat map
# A computed headline or column title in the plan's language.
headline = Wording({
    "heat": ("{high} of {n} risks rated high or critical; the largest is {title} ({score})",
             "{n} 项风险中 {high} 项为高，最大风险是{title}（{score} 分）"),
    "heat_calm": ("None of the {n} risks is rated high; the largest is {title} ({score})",
                  "{n} 项风险均不属高风险，最大风险是{title}（{score} 分）"),
    "table": ("{m} of {n} risks have a mitigation and an owner",
              "{n} 项风险中 {m} 项已有应对措施和负责人"),
    "detail": ("What could happen and the fallback: {n} risks",
               "风险说明与应急预案：共 {n} 项"),
    "description": ("Description",
                    "风险说明"),
    "contingency": ("Contingency",
                    "应急预案"),
    "review": ("Review",
               "复核日期"),
    "levels": ("{n} severity levels: from {first} to {last}",
               "{n} 级事件分级：从{first}到{last}"),
    "description_short": ("Description",
                          "说明"),
    "playbook": ("{name}: {level}, first response within {response}",
                 "{name}：{level}，{response}内响应"),
    "playbook_plain": ("{name}: who does what, and when",
                       "{name}：谁在何时做什么"),
    "scenario": ("Scenario",
                 "情景"),
    "product": ("Product",
                "涉及产品"),
})  # fmt: skip


def _risk_ids(risks: list[dict]) -> dict[str, str]:
    """Short ids R1, R2… in the order of the top-risks table (highest score first)."""
    ordered = risk_rules.top_risks(risks, len(risks))
    ordered += [r for r in risks if r not in ordered]
    return {r["id"]: f"R{n}" for n, r in enumerate(ordered, 1)}


@section_renderer("risks", order=80, title_zh="风险清单", title_en="Risks")
def risk_slides(ctx):
    """The heat map with the top risks beside it, the register table and the
    descriptions and contingencies (left out when the register is empty)."""
    risks = [r for r in ctx.rows("risk") if ctx.clean(r["title"])]
    if not risks:
        return
    ids = _risk_ids(risks)
    yield from heat_map(ctx, risks, ids)
    yield from register(ctx, risks, ids)


def heat_map(ctx, risks: list[dict], ids: dict[str, str]):
    """The 5×5 likelihood × impact map with each risk's id in its cell and
    the top risks listed beside it."""
    from app.services.deck.model import Bullet, ChartSpec, HeatCell

    language = ctx.language
    cells: dict[tuple[int, int], list[str]] = {}
    for risk in risks:
        if risk["likelihood"] and risk["impact"]:
            cells.setdefault((risk["likelihood"] - 1, risk["impact"] - 1), []).append(ids[risk["id"]])
    heat = tuple(HeatCell(row, col, risk_rules.level_colour((row + 1) * (col + 1)) if (row, col) in cells else
                          _pale(risk_rules.level_colour((row + 1) * (col + 1))), tuple(cells.get((row, col), ())))
                 for row in range(5) for col in range(5))
    spec = ChartSpec("heatmap", tuple(str(n) for n in range(1, 6)), row_categories=tuple(str(n) for n in range(1, 6)),
                     cells=heat, x_title=words.label(language, "impact"), y_title=words.label(language, "likelihood"))
    top = risk_rules.top_risks(risks, TOP_RISKS)
    high = sum(1 for r in risks if risk_rules.is_high(r))
    first = top[0] if top else risks[0]
    score = risk_rules.score(first["likelihood"], first["impact"])
    title = headline(ctx, "heat" if high else "heat_calm", high=high, n=len(risks), title=ctx.clean(first["title"]),
                     score=score)
    items = []
    for risk in top:
        value = risk_rules.score(risk["likelihood"], risk["impact"])
        level = words.label(language, risk_rules.level(value))
        items.append(Bullet(f"{ctx.clean(risk['title'])}（{value} · {level}）" if language != "en" else
                            f"{ctx.clean(risk['title'])} ({value} · {level})", lead=f"{ids[risk['id']]}  "))

    def side(box):
        return ctx.slides.bullet_blocks(items, box)[:1]

    yield from ctx.slides.chart(title, spec, [words.label(language, "heat_caption", n=len(risks))], "risks.heat",
                                side=side if items else None, side_share=0.45)


def _pale(colour: str) -> str:
    from app.services.deck.theme import mix

    return mix(colour, "#FFFFFF", 0.72)


def register(ctx, risks: list[dict], ids: dict[str, str]):
    """Every risk: id, title, category, score and level, owner, mitigation,
    status; then description, contingency and review date where set."""
    language = ctx.language
    ordered = sorted(risks, key=lambda r: int(ids[r["id"]][1:]))
    header = [words.label(language, k) for k in ("risk", "category", "score", "owner", "mitigation", "status")]
    rows = []
    for risk in ordered:
        where = f"risk '{risk['title']}'"
        value = risk_rules.score(risk["likelihood"], risk["impact"])
        status = words.label(language, risk["status"]) if risk["status"] in risk_rules.STATUSES else risk["status"]
        rows.append([f"{ids[risk['id']]} {ctx.clean(risk['title'], where)}",
                     ctx.clean(words.category(language, risk["category"]), where),
                     f"{value} · {words.label(language, risk_rules.level(value))}",
                     ctx.clean(risk["owner"], where), ctx.clean(risk["mitigation"], where), status or ""])
    covered = sum(1 for r in rows if r[3] and r[4])
    yield from ctx.slides.table(headline(ctx, "table", m=covered, n=len(rows)), header, rows,
                                [3, 1.4, 1.2, 1.6, 4, 1.1], "risks.register")
    detail = []
    for risk in ordered:
        where = f"risk '{risk['title']}'"
        texts = [ctx.clean(risk.get(k), where) for k in ("description", "contingency")]
        review = ctx.date(risk["review_date"]) if risk.get("review_date") else ""
        if any(texts) or review:
            detail.append([f"{ids[risk['id']]} {ctx.clean(risk['title'])}", *texts, review])
    if detail:
        header = [words.label(language, "risk"), headline(ctx, "description"), headline(ctx, "contingency"),
                  headline(ctx, "review")]
        yield from ctx.slides.table(headline(ctx, "detail", n=len(detail)), header, detail, [2.2, 4, 4, 1.3],
                                    "risks.detail")


@section_renderer("playbooks", order=85, title_zh="危机公关预案", title_en="Crisis playbooks")
def playbook_slides(ctx):
    """The severity levels (two or more; a single level is told on its
    playbook's slide), then one slide per playbook. A plan without playbooks
    leaves the section out (levels alone, as templates seed them, are not a
    crisis plan yet)."""
    language = ctx.language
    facts = words.gather(ctx.conn, language, ctx.today)
    if not facts:
        return
    levels = sorted(ctx.rows("severity_level"), key=lambda r: r["level"])
    if len(levels) > 1:
        header = [words.label(language, k) for k in ("level", "name", "response", "updates", "escalate")]
        header.append(headline(ctx, "description_short"))
        rows = [[str(level["level"]), ctx.clean(level["name"], f"severity level {level['level']}"),
                 words.duration_minutes(language, level["response_minutes"]),
                 words.duration_hours(language, level["update_interval_hours"]),
                 ctx.clean(level["escalate_to"], f"severity level {level['level']}"),
                 ctx.clean(level.get("description"), f"severity level {level['level']}")] for level in levels]
        title = headline(ctx, "levels", n=len(levels), first=words.level_title(language, levels[0]),
                         last=words.level_title(language, levels[-1]))
        yield from ctx.slides.table(title, header, rows, [0.6, 1.6, 1.2, 1.2, 1.8, 4.4], "playbooks.levels")
    for n, item in enumerate(facts, 1):
        yield from playbook_slide(ctx, item, n, single_level=len(levels) == 1)


def playbook_slide(ctx, item: words.PlaybookFacts, n: int, single_level: bool = False):
    """One slide: level, scenario, triggers, escalation chain, spokesperson
    on the left; the step timeline and the holding statement on the right.
    Text is set at the largest size at which both columns fit."""

    language = ctx.language
    where = f"playbook {n}"
    name = ctx.clean(item.row["name"], where) or words.label(language, "none")
    left: list[tuple[str, list[str]]] = []
    level_lines = words.level_lines(language, item)
    if single_level and item.level is not None and ctx.clean(item.level.get("description")):
        level_lines.append(ctx.clean(item.level.get("description")))
    left.append((words.label(language, "level"), level_lines))
    for key in ("scenario", "product"):
        value = ctx.clean(item.row.get(key), where)
        if value:
            left.append((headline(ctx, key), [value]))
    triggers = [ctx.clean(t) for t in words.trigger_lines(language, item) if t != words.label(language, "none")]
    if triggers:
        left.append((words.label(language, "trigger"), triggers))
    chain = [ctx.clean(words.contact_line(c)) for c in item.contacts]
    if chain:
        left.append((words.label(language, "chain"), [f"{k}. {c}" for k, c in enumerate(chain, 1)]))
    spokesperson = ctx.clean(item.row["spokesperson"], where)
    if spokesperson:
        left.append((words.label(language, "spokesperson"), [spokesperson]))
    steps = [[words.offset(language, s["offset_minutes"]), ctx.clean(s["action"], where), ctx.clean(s["owner"], where)]
             for s in item.steps]
    statement: list[str] = []  # its heading first, then its lines
    for title, body in item.statements[:1]:
        label, title = words.label(language, "statement"), ctx.clean(title)
        # a title that starts like the generic heading ("初步声明：已关注…") is the heading; any other goes under it
        statement = [title] if title.casefold().startswith(label.casefold()) else [label, *([title] if title else [])]
        statement += [ctx.clean(without_prompt_markers(line)) for line in body.split("\n") if line.strip()]
    size, blocks = _two_columns(language, left, steps, statement)
    moved: list[str] = []
    if size < 11 and statement:  # crowded: the holding statement moves to the follow-on slide
        alone = _two_columns(language, left, steps, [])
        if alone[0] > size:
            (size, blocks), moved = alone, statement
    level = words.level_title(language, item.level) if item.level else ""
    response = words.duration_minutes(language, item.level["response_minutes"]) if item.level else ""
    title = headline(ctx, "playbook", name=name, level=level, response=response) if level and response else \
        headline(ctx, "playbook_plain", name=name)
    yield ctx.slides.slide(title, blocks, f"playbooks.{n}")
    more = list(moved)
    for heading, body in item.statements[1:]:  # the other prepared statements, filled in, on a follow-on slide
        more += [ctx.clean(heading)] if ctx.clean(heading) else []
        more += [ctx.clean(without_prompt_markers(line)) for line in body.split("\n") if line.strip()]
    if more:
        for slide in ctx.slides.text(ctx.slides.continued(ctx.slides.clean(title)), more, f"playbooks.{n}"):
            yield replace(slide, continued=True)


SIZES = (15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0)


def _two_columns(language: str, left: list, steps: list, statement: list[str]) -> tuple[float, list]:
    """The playbook's two columns at the split that gives the smaller of the
    two text sizes the most: ``(that size, blocks)``."""
    from app.services.deck.layouts.slides import GAP
    from app.services.deck.model import BODY_BOX, Box

    best: tuple[float, list] | None = None
    for share in (0.42, 0.36, 0.48, 0.54):
        above = best[0] if best else None  # a later split must set both columns larger than this to win
        left_w = BODY_BOX.w * share
        right = Box(BODY_BOX.x + left_w + GAP, BODY_BOX.y, BODY_BOX.w - left_w - GAP, BODY_BOX.h)
        left_blocks = _left_column(left, Box(BODY_BOX.x, BODY_BOX.y, left_w, BODY_BOX.h), above)
        right_blocks = _right_column(language, steps, statement, right, above) if left_blocks is not None else None
        if left_blocks is None or right_blocks is None:
            continue
        blocks = left_blocks + right_blocks
        smallest = min(getattr(b, "size", 99.0) for b in blocks)
        if best is None or smallest > best[0]:
            best = (smallest, blocks)
        if best[0] >= SIZES[0]:
            break  # the largest size: no other split can do better
    return best


def _sizes(above: float | None) -> tuple[float, ...]:
    """The sizes worth trying: all, or only those larger than *above*."""
    return SIZES if above is None else tuple(size for size in SIZES if size > above)
def _left_column(groups: list[tuple[str, list[str]]], box, above: float | None = None) -> list | None:
    """Headed bullet groups one under another at the largest size that fits
    *box*; None when *above* is given and no size larger than it fits."""
    from app.services.deck.layouts.slides import bullets_height
    from app.services.deck.model import Box, Bullet, BulletsBlock

    blocks: list = []
    sizes = _sizes(above)
    for size in sizes:
        blocks, top = [], box.y
        for heading, lines in groups:
            items = [Bullet(line) for line in lines if line]
            h = bullets_height(items, box.w, size, heading)
            blocks.append(BulletsBlock(Box(box.x, top, box.w, h), tuple(items), False, heading, size))
            top += h + size * 0.4
        if top - size * 0.4 <= box.bottom:
            return blocks
    return blocks if above is None else None


def _right_column(language: str, steps: list, statement: list[str], box, above: float | None = None) -> list | None:
    """The step table and the holding statement at the largest size that
    fits *box*; None when *above* is given and no size larger than it fits."""
    from app.services.deck.layouts.slides import GAP, paragraphs_height
    from app.services.deck.layouts.table import table_blocks
    from app.services.deck.model import Box, TextBlock

    blocks: list = []
    for size in _sizes(above):
        blocks, top, fits = [], box.y, True
        if steps:
            heading = words.label(language, "timeline")
            blocks.append(TextBlock(Box(box.x, top, box.w, size * 1.4), (heading,), "lead", size))
            top += size * 1.4 + 2
            header = [words.label(language, k) for k in ("when", "action", "owner")]
            table = table_blocks(header, steps, [0.8, 3, 1.3], Box(box.x, top, box.w, box.bottom - top), size=size)
            fits = len(table) == 1
            blocks.append(table[0])
            top = table[0].box.bottom + GAP
        if statement:  # its heading is its first line
            h = paragraphs_height(statement, box.w, size)
            blocks.append(TextBlock(Box(box.x, top, box.w, min(h, box.bottom - top)), tuple(statement), "body", size))
            fits = fits and top + h <= box.bottom
        if fits:
            return blocks
    return blocks if above is None else None
