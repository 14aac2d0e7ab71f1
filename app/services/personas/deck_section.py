"""The Personas & segments sections of the deck: persona cards (two or three
per slide, with photo), the value-tier table and one journey map per persona.
Empty parts yield no slides. Fixed words are in LABELS below (zh and en)."""

from __future__ import annotations

from app.models.personas.rules import JOURNEY_STAGES, pct, share_total
from app.services.deck.registry import section_renderer
from app.services.personas.messages import MESSAGES

LABELS = {
    "en": {
        "personas": "Personas",
        "share": "{share}% of customers",
        "goals": "Goals",
        "pain_points": "Pain points",
        "behaviours": "Behaviours",
        "preferred_channels": "Channels",
        "buying_triggers": "Buying triggers",
        "value_tiers": "Customer value tiers",
        "tier": "Tier",
        "customers": "Share of customers",
        "revenue": "Share of revenue",
        "service_level": "Service level",
        "response_time": "Response time",
        "total": "Total",
        "journey": "Customer journey · {name}",
        "unnamed": "Persona {n}",
        "touchpoints": "Touchpoints",
        "channels": "Channels",
        "tactic": "Tactic",
        "awareness": "Awareness",
        "consideration": "Consideration",
        "purchase": "Purchase",
        "use": "Use",
        "loyalty": "Loyalty",
        "advocacy": "Advocacy",
    },
    "zh": {
        "personas": "用户画像",
        "share": "占客户 {share}%",
        "goals": "目标",
        "pain_points": "痛点",
        "behaviours": "行为特征",
        "preferred_channels": "常用渠道",
        "buying_triggers": "购买触发点",
        "value_tiers": "客户价值分层",
        "tier": "层级",
        "customers": "客户占比",
        "revenue": "收入占比",
        "service_level": "服务标准",
        "response_time": "响应时效",
        "total": "合计",
        "journey": "客户旅程 · {name}",
        "unnamed": "用户画像 {n}",
        "touchpoints": "触点",
        "channels": "渠道",
        "tactic": "策略",
        "awareness": "认知",
        "consideration": "考虑",
        "purchase": "购买",
        "use": "使用",
        "loyalty": "忠诚",
        "advocacy": "推荐",
    },
}
PHOTO_SIZE = 64.0  # points; the photo sits beside the persona's name
CARD_SECTIONS = ("goals", "pain_points", "behaviours", "preferred_channels", "buying_triggers")


def word(ctx, key: str, **values) -> str:
    """A fixed word of these sections in the plan's language."""
    text = LABELS["en" if ctx.language == "en" else "zh"][key]
    return text.format(**values) if values else text


def _name(ctx, persona: dict, n: int) -> str:
    return (persona.get("name") or "").strip() or word(ctx, "unnamed", n=n)


@section_renderer("personas", order=30, title_zh="用户画像", title_en="Personas")
def persona_slides(ctx):
    """Persona cards, two or three to a slide."""
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
    """Cards in a row (three across; two when there are one, two or four).
    When the cards need follow-on slides, a smaller text size is used if it
    saves them."""
    from app.services.deck.primitives import _grid_boxes
    from app.services.deck.theme import BODY_H, BODY_TOP, BODY_W, MARGIN_X

    columns = 2 if len(personas) in (1, 2, 4) else 3
    boxes = _grid_boxes(columns, 1, MARGIN_X, BODY_TOP, BODY_W, BODY_H)
    photos = {p["id"]: _photo(ctx, p, _name(ctx, p, n)) for n, p in enumerate(personas, 1)}
    title = word(ctx, "personas")
    slides = ctx.slides._cell_slides(title, _cells(ctx, personas, photos, boxes[0].width, 11), boxes, "card")
    if len(slides) > -(-len(personas) // columns):
        compact = ctx.slides._cell_slides(title, _cells(ctx, personas, photos, boxes[0].width, 10), boxes, "card")
        slides = compact if len(compact) < len(slides) else slides
    yield from slides


def _cells(ctx, personas: list[dict], photos: dict, box_width: float, size: float) -> list:
    """One grid cell per persona, text at *size* points."""
    from app.services.deck.slides import Cell

    styles = _card_styles(ctx.slides.styles, size)
    cells = []
    for n, persona in enumerate(personas, 1):
        name = _name(ctx, persona, n)
        where = f"persona “{name}”"
        photo = photos[persona["id"]]
        cells.append(
            Cell(
                lambda cont, p=persona, nm=name, w=where, ph=photo: _card_heading(
                    ctx, p, nm, w, cont, box_width - 24, ph, styles
                ),
                _card_body(ctx, persona, where, styles),
            )
        )
    return cells


def _card_heading(ctx, persona: dict, name: str, where: str, continued: bool, width: float, photo, styles) -> list:
    """Name (with photo beside it), the profile line and the quote; after a
    break only the name marked as continued."""
    from reportlab.platypus import Paragraph

    slides = ctx.slides
    if continued:
        return [slides.para(slides.continued(ctx.text(name, where)), "cell_title")]
    facts = [persona.get(k) or "" for k in ("role", "age_band", "city_tier", "income_band")]
    if persona.get("customer_share_pct") is not None:
        facts.append(word(ctx, "share", share=pct(persona["customer_share_pct"])))
    text = [slides.para(ctx.text(name, where), "cell_title")]
    profile = " · ".join(f.strip() for f in facts if f and f.strip())
    if profile:
        text.append(Paragraph(slides.markup(ctx.text(profile, where)), styles["profile"]))
    quote = (persona.get("quote") or "").strip()
    if quote:
        text.append(Paragraph(slides.markup(ctx.text(f"“{quote}”", where)), styles["quote"]))
    if photo is None:
        return text
    from reportlab.platypus import Table, TableStyle

    table = Table([[photo, text]], colWidths=[PHOTO_SIZE + 10, width - PHOTO_SIZE - 10], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table]


def _photo(ctx, persona: dict, name: str):
    """The persona's photo as a reportlab Image fitting PHOTO_SIZE, or None;
    a photo that cannot be read is a deck warning, not a failure."""
    if not persona.get("photo"):
        return None
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(io.BytesIO(persona["photo"])).getSize()
        scale = PHOTO_SIZE / max(width, height)
        return Image(io.BytesIO(persona["photo"]), width * scale, height * scale)
    except Exception:  # noqa: BLE001 - any undecodable image: leave it out and say so
        ctx.checker.note(MESSAGES("photo_unreadable_in_deck", name=ctx.plain(name, "a persona name")))
        return None


def _card_body(ctx, persona: dict, where: str, styles: dict) -> list:
    """Goals, pain points, behaviours, channels and triggers, each under a
    small heading."""
    from reportlab.platypus import Paragraph

    slides, body = ctx.slides, []
    for key in CARD_SECTIONS:
        value = (persona.get(key) or "").strip()
        if value:
            # heading and text in one paragraph, so a heading never ends a card alone
            label = (
                f'<font size="{styles["label_size"]}" color="{ctx.theme.ink}">{slides.markup(word(ctx, key))}</font>'
            )
            body.append(Paragraph(f"{label}<br/>{slides.markup(ctx.text(value, where))}", styles["text"]))
    return body


def _card_styles(base: dict, size: float) -> dict:
    """Smaller text than the shared card styles (three cards of a persona's
    needs should fit one slide), at *size* points."""
    from reportlab.lib.styles import ParagraphStyle

    leading = size * 1.32
    return {
        "label_size": size - 1,
        "text": ParagraphStyle("persona_text", parent=base["table"], fontSize=size, leading=leading, spaceAfter=4),
        "profile": ParagraphStyle("persona_profile", parent=base["caption"], fontSize=size, leading=leading),
        "quote": ParagraphStyle(
            "persona_quote", parent=base["caption"], fontSize=size, leading=leading, spaceBefore=3, spaceAfter=4
        ),
    }


def tier_table(ctx, tiers: list[dict]):
    """Tier, share of customers, share of revenue, service level, response
    time; a total row under them."""
    header = [word(ctx, k) for k in ("tier", "customers", "revenue", "service_level", "response_time")]
    rows = []
    for n, tier in enumerate(tiers, 1):
        where = f"value tier {n}"
        revenue = tier.get("revenue_share_pct")
        rows.append(
            [
                ctx.text(tier["name"], where),
                f"{pct(tier['customer_share_pct'])}%",
                "" if revenue is None else f"{pct(revenue)}%",
                ctx.text(tier["service_level"], where),
                ctx.text(tier["response_time"], where),
            ]
        )
    revenues = [t.get("revenue_share_pct") for t in tiers]
    revenue_total = f"{pct(share_total(revenues))}%" if any(v is not None for v in revenues) else ""
    rows.append(
        [word(ctx, "total"), f"{pct(share_total(t['customer_share_pct'] for t in tiers))}%", revenue_total, "", ""]
    )
    yield from ctx.slides.table(word(ctx, "value_tiers"), header, rows, widths=[1.4, 1.1, 1.1, 4.2, 1.4])


def journey_map(ctx, name: str, stages: dict[str, dict], n: int):
    """Stages as columns; touchpoints, channels and tactic as rows."""
    header = [""] + [word(ctx, stage) for stage in JOURNEY_STAGES]
    rows = []
    for field in ("touchpoints", "channels", "tactic"):
        row = [word(ctx, field)]
        for stage in JOURNEY_STAGES:
            value = stages.get(stage, {}).get(field) or ""
            row.append(ctx.text(value, f"journey of persona {n} ({stage}, {field})"))
        rows.append(row)
    title = ctx.text(word(ctx, "journey", name=name), f"journey of persona {n}")
    yield from ctx.slides.table(title, header, rows, widths=[0.9, 1, 1, 1, 1, 1, 1])
