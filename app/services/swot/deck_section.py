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
from app.services.plan.wording import Wording

_label = Wording({
    "swot": ("SWOT analysis",
             "SWOT 分析"),
    "S": ("Strengths",
          "优势 (S)"),
    "W": ("Weaknesses",
          "劣势 (W)"),
    "O": ("Opportunities",
          "机会 (O)"),
    "T": ("Threats",
          "威胁 (T)"),
    "item": ("{label}  {text} (weight {weight})",
             "{label}  {text}（权重 {weight}）"),
    "none": ("None listed.",
             "暂无。"),
    "evidence_title": ("Evidence behind the SWOT",
                       "SWOT 依据"),
    "number": ("#",
               "编号"),
    "item_head": ("Item",
                  "条目"),
    "weight": ("Weight",
               "权重"),
    "evidence": ("Evidence",
                 "依据 / 来源"),
    "tows": ("TOWS strategies",
             "TOWS 策略矩阵"),
    "kind": ("Kind",
             "类型"),
    "strategy": ("Strategy",
                 "策略"),
    "rationale": ("Rationale",
                  "理由"),
    "pairs": ("Pairs",
              "对应条目"),
    "no_citation": ("no SWOT item cited",
                    "未引用 SWOT 条目"),
})  # fmt: skip


def slide_order(ctx) -> list[tuple[str, dict]]:
    """(label, item) in slide order: quadrants S, W, O, T, heaviest first;
    labels S1, S2… follow that order."""
    ordered = []
    for quadrant in QUADRANT_ORDER:
        items = sorted_by_weight(ctx.rows("swot_item", {"quadrant": quadrant}))
        ordered += [(f"{quadrant}{n}", item) for n, item in enumerate(items, 1)]
    return ordered


_headline = Wording({
    "both": ("Our biggest strength is {s}; the biggest threat is {t}",
             "最大优势是{s}，最大威胁是{t}"),
    "counts": ("{s} strengths, {w} weaknesses, {o} opportunities, {t} threats",
               "优势 {s} 项、劣势 {w} 项、机会 {o} 项、威胁 {t} 项"),
    "evidence": ("{n} of {total} SWOT items rest on named evidence",
                 "{total} 项 SWOT 条目中 {n} 项有据可查"),
    "tows": ("{n} strategies turn the SWOT into action ({kinds})",
             "{n} 项策略把 SWOT 转化为行动（{kinds}）"),
})  # fmt: skip
SHORT_HEADLINE = {"en": 110, "zh": 44}


@section_renderer("swot", order=20, title_zh="SWOT 分析", title_en="SWOT analysis")
def swot_slides(ctx):
    """The SWOT grid and the evidence table (left out when there are no items)."""
    ordered = [(label, item) for label, item in slide_order(ctx) if ctx.clean(item["text"])]
    if not ordered:
        return
    cards, counts, tops = [], {}, {}
    for quadrant in QUADRANT_ORDER:
        items = [(label, item) for label, item in ordered if item["quadrant"] == quadrant]
        counts[quadrant] = len(items)
        if items:
            tops[quadrant] = ctx.clean(items[0][1]["text"]).rstrip("。.")
        lines = [_label(ctx, "item", label=label, text=ctx.clean(item["text"], f"SWOT item {label}"),
                        weight=item["weight"]) for label, item in items]
        cards.append((_label(ctx, quadrant), lines or [_label(ctx, "none")]))
    headline = _headline(ctx, "counts", s=counts["S"], w=counts["W"], o=counts["O"], t=counts["T"])
    if "S" in tops and "T" in tops:
        both = _headline(ctx, "both", s=tops["S"], t=tops["T"])
        if len(both) <= SHORT_HEADLINE["en" if ctx.language == "en" else "zh"]:
            headline = both
    yield from ctx.slides.grid(headline, cards, "swot.grid")
    evidence = [(label, item) for label, item in ordered if ctx.clean(item["evidence"])]
    if evidence:
        header = [_label(ctx, "number"), _label(ctx, "item_head"), _label(ctx, "weight"), _label(ctx, "evidence")]
        rows = [[label, ctx.clean(item["text"], f"SWOT item {label}"), str(item["weight"]),
                 ctx.clean(item["evidence"], f"evidence of SWOT item {label}")] for label, item in evidence]
        yield from ctx.slides.table(_headline(ctx, "evidence", n=len(evidence), total=len(ordered)), header, rows,
                                    [0.7, 4, 0.9, 4.4], "swot.evidence")


@section_renderer("tows", order=22, title_zh="TOWS 策略矩阵", title_en="TOWS strategies", group="swot")
def tows_slides(ctx):
    """The TOWS table: kind, strategy, rationale, cited items (left out when there are no strategies)."""
    labels = {item["id"]: (label, item) for label, item in slide_order(ctx)}
    cited: dict[str, list[str]] = {}
    for strategy_id, item_id in ctx.conn.execute(
        "SELECT strategy_id, swot_item_id FROM tows_citation ORDER BY strategy_id, position, swot_item_id"
    ):
        cited.setdefault(strategy_id, []).append(item_id)
    rows, kinds = [], {}
    for kind in TOWS_KIND_ORDER:
        for n, strategy in enumerate(ctx.rows("tows_strategy", {"kind": kind}), 1):
            where = f"TOWS strategy {kind}{n}"
            text = ctx.clean(strategy["text"], where)
            if not text:
                continue
            kinds[kind] = kinds.get(kind, 0) + 1
            pairs = [f"{labels[i][0]} {ctx.clean(labels[i][1]['text'])}" for i in cited.get(strategy["id"], [])
                     if i in labels]
            rows.append([f"{kind}{n}", text, ctx.clean(strategy["rationale"], f"rationale of {where}"),
                         "\n".join(pairs) or _label(ctx, "no_citation")])
    if not rows:
        return
    header = [_label(ctx, "kind"), _label(ctx, "strategy"), _label(ctx, "rationale"), _label(ctx, "pairs")]
    summary = ("、" if ctx.language != "en" else ", ").join(f"{k} {v}" for k, v in kinds.items())
    yield from ctx.slides.table(_headline(ctx, "tows", n=len(rows), kinds=summary), header, rows,
                                [0.8, 3.4, 3.2, 3.4], "tows.table")
