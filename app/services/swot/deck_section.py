"""The SWOT and TOWS sections of the deck.

SWOT: a two-by-two grid of the four quadrants, items heaviest first with
their weight (a long quadrant continues in its place on follow-on slides),
then a table of the evidence behind the items that name one. TOWS: a table
of the strategies by kind with their rationale and the SWOT items each one
pairs. Items are numbered S1, W1… in the order the SWOT slide shows them,
so the TOWS table's references can be found on it. Empty canvases are left
out (no slides)."""

from __future__ import annotations

from app.models.swot.rules import QUADRANT_ORDER, TOWS_KIND_ORDER, sorted_by_weight
from app.services.deck.registry import section_renderer

LABELS = {
    "en": {
        "swot": "SWOT analysis",
        "S": "Strengths",
        "W": "Weaknesses",
        "O": "Opportunities",
        "T": "Threats",
        "item": "{label}  {text} (weight {weight})",
        "none": "None listed.",
        "evidence_title": "Evidence behind the SWOT",
        "number": "#",
        "item_head": "Item",
        "weight": "Weight",
        "evidence": "Evidence",
        "tows": "TOWS strategies",
        "kind": "Kind",
        "strategy": "Strategy",
        "rationale": "Rationale",
        "pairs": "Pairs",
        "no_citation": "no SWOT item cited",
    },
    "zh": {
        "swot": "SWOT 分析",
        "S": "优势 (S)",
        "W": "劣势 (W)",
        "O": "机会 (O)",
        "T": "威胁 (T)",
        "item": "{label}  {text}（权重 {weight}）",
        "none": "暂无。",
        "evidence_title": "SWOT 依据",
        "number": "编号",
        "item_head": "条目",
        "weight": "权重",
        "evidence": "依据 / 来源",
        "tows": "TOWS 策略矩阵",
        "kind": "类型",
        "strategy": "策略",
        "rationale": "理由",
        "pairs": "对应条目",
        "no_citation": "未引用 SWOT 条目",
    },
}


def _label(ctx, key: str, **values) -> str:
    text = LABELS["en" if ctx.language == "en" else "zh"][key]
    return text.format(**values) if values else text


def slide_order(ctx) -> list[tuple[str, dict]]:
    """(label, item) in slide order: quadrants S, W, O, T, heaviest first;
    labels S1, S2… follow that order."""
    ordered = []
    for quadrant in QUADRANT_ORDER:
        items = sorted_by_weight(ctx.rows("swot_item", {"quadrant": quadrant}))
        ordered += [(f"{quadrant}{n}", item) for n, item in enumerate(items, 1)]
    return ordered


@section_renderer("swot", order=20, title_zh="SWOT 分析", title_en="SWOT analysis")
def swot_slides(ctx):
    """The SWOT grid and the evidence table (left out when there are no items)."""
    from app.services.deck.primitives import Quadrant

    ordered = slide_order(ctx)
    if not ordered:
        return
    quadrants = []
    for quadrant in QUADRANT_ORDER:
        lines = [
            ctx.text(_label(ctx, "item", label=label, text=item["text"], weight=item["weight"]), f"SWOT item {label}")
            for label, item in ordered
            if item["quadrant"] == quadrant
        ]
        quadrants.append(Quadrant(_label(ctx, quadrant), lines or [_label(ctx, "none")]))
    yield from ctx.slides.grid(_label(ctx, "swot"), quadrants)
    evidence = [(label, item) for label, item in ordered if (item["evidence"] or "").strip()]
    if evidence:
        header = [_label(ctx, "number"), _label(ctx, "item_head"), _label(ctx, "weight"), _label(ctx, "evidence")]
        rows = [
            [
                label,
                ctx.text(item["text"], f"SWOT item {label}"),
                str(item["weight"]),
                ctx.text(item["evidence"], f"evidence of SWOT item {label}"),
            ]
            for label, item in evidence
        ]
        yield from ctx.slides.table(_label(ctx, "evidence_title"), header, rows, widths=[0.7, 4, 0.9, 4.4])


@section_renderer("tows", order=22, title_zh="TOWS 策略矩阵", title_en="TOWS strategies", group="swot")
def tows_slides(ctx):
    """The TOWS table: kind, strategy, rationale, cited items (left out when there are no strategies)."""
    labels = {item["id"]: (label, item) for label, item in slide_order(ctx)}
    cited: dict[str, list[str]] = {}
    for strategy_id, item_id in ctx.conn.execute(
        "SELECT strategy_id, swot_item_id FROM tows_citation ORDER BY strategy_id, position, swot_item_id"
    ):
        cited.setdefault(strategy_id, []).append(item_id)
    rows = []
    for kind in TOWS_KIND_ORDER:
        for n, strategy in enumerate(ctx.rows("tows_strategy", {"kind": kind}), 1):
            where = f"TOWS strategy {kind}{n}"
            pairs = [f"{labels[i][0]} {labels[i][1]['text']}" for i in cited.get(strategy["id"], []) if i in labels]
            rows.append(
                [
                    ctx.text(f"{kind}{n}", where),
                    ctx.text(strategy["text"], where),
                    ctx.text(strategy["rationale"], f"rationale of {where}"),
                    ctx.text("\n".join(pairs) or _label(ctx, "no_citation"), f"citations of {where}"),
                ]
            )
    if not rows:
        return
    header = [_label(ctx, "kind"), _label(ctx, "strategy"), _label(ctx, "rationale"), _label(ctx, "pairs")]
    yield from ctx.slides.table(_label(ctx, "tows"), header, rows, widths=[0.8, 3.4, 3.2, 3.4])
