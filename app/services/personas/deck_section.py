"""The Personas & segments sections of the deck: persona cards (two or three
per slide, with photo), the value-tier table and one journey map per persona.
Empty parts yield no slides. Fixed words are in ``word`` below (en and zh)."""

from __future__ import annotations

from app.models.personas.rules import JOURNEY_STAGES, pct, share_total
from app.services.deck.registry import section_renderer
from app.services.personas.messages import MESSAGES
from app.services.plan.wording import Wording

# A fixed word of these sections in the plan's language.
word = Wording({
    "personas": ("Personas",
                 "用户画像"),
    "share": ("{share}% of customers",
              "占客户 {share}%"),
    "goals": ("Goals",
              "目标"),
    "pain_points": ("Pain points",
                    "痛点"),
    "behaviours": ("Behaviours",
                   "行为特征"),
    "preferred_channels": ("Channels",
                           "常用渠道"),
    "buying_triggers": ("Buying triggers",
                        "购买触发点"),
    "value_tiers": ("Customer value tiers",
                    "客户价值分层"),
    "tier": ("Tier",
             "层级"),
    "customers": ("Share of customers",
                  "客户占比"),
    "revenue": ("Share of revenue",
                "收入占比"),
    "service_level": ("Service level",
                      "服务标准"),
    "response_time": ("Response time",
                      "响应时效"),
    "total": ("Total",
              "合计"),
    "journey": ("Customer journey · {name}",
                "客户旅程 · {name}"),
    "unnamed": ("Persona {n}",
                "用户画像 {n}"),
    "touchpoints": ("Touchpoints",
                    "触点"),
    "channels": ("Channels",
                 "渠道"),
    "tactic": ("Tactic",
               "策略"),
    "awareness": ("Awareness",
                  "认知"),
    "consideration": ("Consideration",
                      "考虑"),
    "purchase": ("Purchase",
                 "购买"),
    "use": ("Use",
            "使用"),
    "loyalty": ("Loyalty",
                "忠诚"),
    "advocacy": ("Advocacy",
                 "推荐"),
})  # fmt: skip
PHOTO_SIZE = 64.0  # points; the photo sits beside the persona's name
CARD_SECTIONS = ("goals", "pain_points", "behaviours", "preferred_channels", "buying_triggers")


# A computed headline of these slides in the plan's language.
headline = Wording({
    "personas": ("{n} personas; the largest, {name}, is {share}% of customers",
                 "{n} 类核心用户，{name}占客户 {share}%，为最大群体"),
    "personas_plain": ("{n} personas drive the plan: {names}",
                       "{n} 类核心用户：{names}"),
    "tiers": ("{name} tier: {customers}% of customers, {revenue}% of revenue",
              "{name}占客户 {customers}%，贡献 {revenue}% 的收入"),
    "tiers_plain": ("{n} value tiers with their service levels",
                    "{n} 个客户价值层级及其服务标准"),
    "journey": ("{name}: the journey from awareness to advocacy",
                "{name}：从认知到推荐的客户旅程"),
})  # fmt: skip


def _name(ctx, persona: dict, n: int) -> str:
    return ctx.clean(persona.get("name")) or word(ctx, "unnamed", n=n)


@section_renderer("personas", order=30, title_zh="用户画像", title_en="Personas")
def persona_slides(ctx):
    """Persona cards, 3–4 to a slide, each as tall as it needs."""
    personas = ctx.rows("persona")
    if personas:
        yield from persona_cards(ctx, personas)


@section_renderer("value_tiers", order=32, title_zh="客户价值分层", title_en="Customer value tiers", group="personas")
def value_tier_slides(ctx):
    """The value-tier table with a total row."""
    tiers = ctx.rows("value_tier")
    if tiers:
        yield from tier_table(ctx, tiers)


@section_renderer("journeys", order=34, title_zh="客户旅程", title_en="Customer journeys", group="personas")
def journey_slides(ctx):
    """One journey map (stages across, touchpoints / channels / tactic down)
    per persona that has a journey."""
    stages = ctx.rows("journey_stage")
    for n, persona in enumerate(ctx.rows("persona"), 1):
        own = {s["stage"]: s for s in stages if s["persona_id"] == persona["id"]}
        if own:
            yield from journey_map(ctx, _name(ctx, persona, n), own, n)


def persona_cards(ctx, personas: list[dict]):
    """One card per persona: name, the facts line (role, age, city tier,
    income, share), profile, quote and the needs under small labels."""
    from app.services.deck.model import Card, CardLine

    cards = []
    for n, persona in enumerate(personas, 1):
        name = _name(ctx, persona, n)
        where = f"persona “{name}”"
        facts = [ctx.clean(persona.get(k), where) for k in ("role", "age_band", "city_tier", "income_band")]
        if persona.get("customer_share_pct") is not None:
            facts.append(word(ctx, "share", share=pct(persona["customer_share_pct"])))
        lines = []
        profile = ctx.clean(persona.get("profile"), where)
        if profile:
            lines.append(CardLine(profile))
        quote = ctx.clean(persona.get("quote"), where)
        if quote:
            lines.append(CardLine(f"“{quote}”"))
        for key in CARD_SECTIONS:
            value = ctx.clean(persona.get(key), where)
            if value:
                lines.append(CardLine(value, word(ctx, key)))
        cards.append(Card(name, tuple(lines), " · ".join(f for f in facts if f), None, _photo(ctx, persona, name)))
    shares = [(p.get("customer_share_pct") or 0, _name(ctx, p, n)) for n, p in enumerate(personas, 1)]
    share, top = max(shares)
    if share:
        title = headline(ctx, "personas", n=len(cards), name=top, share=pct(share))
    else:
        separator = "、" if ctx.language != "en" else ", "
        title = headline(ctx, "personas_plain", n=len(cards), names=separator.join(c.title for c in cards[:4]))
    yield from ctx.slides.cards(title, cards, "personas.cards", most=4)


def _photo(ctx, persona: dict, name: str):
    """The persona's photo bytes when they can be read; a photo that cannot
    be read is a deck warning, not a failure."""
    if not persona.get("photo"):
        return None
    import io

    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(persona["photo"])).getSize()
        return bytes(persona["photo"])
    except Exception:  # noqa: BLE001 - any undecodable image: leave it out and say so
        ctx.checker.note(MESSAGES("photo_unreadable_in_deck", name=ctx.plain(name, "a persona name")))
        return None


def tier_table(ctx, tiers: list[dict]):
    """Tier, share of customers, share of revenue, service level, response
    time; a total row under them."""
    header = [word(ctx, k) for k in ("tier", "customers", "revenue", "service_level", "response_time")]
    rows = []
    for n, tier in enumerate(tiers, 1):
        where = f"value tier {n}"
        revenue = tier.get("revenue_share_pct")
        rows.append([ctx.clean(tier["name"], where), f"{pct(tier['customer_share_pct'])}%",
                     "" if revenue is None else f"{pct(revenue)}%", ctx.clean(tier["service_level"], where),
                     ctx.clean(tier["response_time"], where)])
    revenues = [t.get("revenue_share_pct") for t in tiers]
    revenue_total = f"{pct(share_total(revenues))}%" if any(v is not None for v in revenues) else ""
    rows.append([word(ctx, "total"), f"{pct(share_total(t['customer_share_pct'] for t in tiers))}%", revenue_total,
                 "", ""])
    best = max(tiers, key=lambda t: t.get("revenue_share_pct") or 0)
    if best.get("revenue_share_pct"):
        title = headline(ctx, "tiers", name=ctx.clean(best["name"]), customers=pct(best["customer_share_pct"]),
                         revenue=pct(best["revenue_share_pct"]))
    else:
        title = headline(ctx, "tiers_plain", n=len(tiers))
    yield from ctx.slides.table(title, header, rows, [1.4, 1.1, 1.1, 4.2, 1.4], "value_tiers.table", total_row=True)


def journey_map(ctx, name: str, stages: dict[str, dict], n: int):
    """Stages as columns; touchpoints, channels and tactic as rows."""
    header = [""] + [word(ctx, stage) for stage in JOURNEY_STAGES]
    rows = []
    for field in ("touchpoints", "channels", "tactic"):
        row = [word(ctx, field)]
        for stage in JOURNEY_STAGES:
            row.append(ctx.clean(stages.get(stage, {}).get(field), f"journey of persona {n} ({stage}, {field})"))
        rows.append(row)
    rows = [r for r in rows if any(r[1:])]
    yield from ctx.slides.table(headline(ctx, "journey", name=name), header, rows, [0.9, 1, 1, 1, 1, 1, 1],
                                f"journeys.{n}")
