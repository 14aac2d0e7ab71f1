"""The Competitors sections of the deck: the competitor table (section
"competitors") and the positioning map (section "positioning"), drawn on
the axes stored in the plan, our brand in the brand colour and bubble size
by market share."""

from __future__ import annotations

from app.models.competitors import rules
from app.services.deck.registry import section_renderer
from app.services.plan.wording import Wording

CROWDED = 20  # from this many bubbles on, some names may find no free spot: the caption says so

# A fixed word of these slides in the plan's language.
label = Wording({
    "competitors": ("Competitor overview",
                    "竞品概览"),
    "name": ("Competitor",
             "竞品"),
    "positioning": ("Positioning",
                    "定位"),
    "price_level": ("Price level",
                    "价格带"),
    "main_channels": ("Main channels",
                      "主要渠道"),
    "strengths": ("Strengths",
                  "优势"),
    "weaknesses": ("Weaknesses",
                   "劣势"),
    "share": ("Share",
              "市场份额"),
    "own": ("{name} (our brand)",
            "{name}（本品牌）"),
    "map": ("Positioning map",
            "竞品定位图"),
    "map_caption": ("{y} against {x}, scores 0–10; bubble size shows market share.",
                    "纵轴{y}，横轴{x}，评分 0–10；气泡大小表示市场份额。"),
    "not_on_map": ("Not on the map (a score is missing): {names}.",
                   "未上图（缺少评分）：{names}。"),
    "no_points": ("No competitor has both a {x} and a {y} score yet.",
                  "还没有竞品同时具有{x}和{y}评分。"),
    "unnamed": ("Competitor {n}",
                "竞品 {n}"),
    "price": ("Price",
              "价格"),
    "quality": ("Quality",
                "品质"),
    "innovation": ("Innovation",
                   "创新"),
    "reach": ("Reach",
              "覆盖"),
    "custom_x": ("Custom X",
                 "自定义横轴"),
    "custom_y": ("Custom Y",
                 "自定义纵轴"),
    "separator": (", ",
                  "、"),
    "crowded": ("With this many competitors, a name that would cover another name is left out; "
                "the competitor overview lists them all.",
                "竞品较多时，会遮挡其他名称的名称不在图中显示；竞品概览列出了全部竞品。"),
})  # fmt: skip


# A computed headline or column title in the plan's language.
headline = Wording({
    "table": ("{n} competitors; {leader} leads with {share}% share",
              "{n} 个主要竞品，{leader}份额最高（{share}%）"),
    "table_plain": ("{n} competitors compared on positioning, price and channels",
                    "{n} 个主要竞品的定位、价格带与渠道对比"),
    "moves": ("What competitors are doing: {n} with a stated strategy or recent moves",
              "竞品动向：{n} 个竞品有明确策略或近期动作"),
    "strategy": ("Strategy",
                 "竞争策略"),
    "recent_moves": ("Recent moves",
                     "近期动作"),
    "map": ("{own} scores {y} {yv:g} on {y_name} at {x_name} {xv:g}; {above} of {n} competitors score lower",
            "{own}{y_name}评分 {yv:g}（{x_name} {xv:g}），高于 {n} 个竞品中的 {above} 个"),
    "map_plain": ("{n} brands on {y_name} against {x_name}",
                  "{n} 个品牌的{y_name}与{x_name}定位"),
})  # fmt: skip


def _name(ctx, row: dict, index: int) -> str:
    name = ctx.clean(row.get("name")) or label(ctx, "unnamed", n=index)
    return label(ctx, "own", name=name) if row.get("is_own_brand") else name


def _share(value) -> str:
    return "" if value is None else f"{value:g}%"


@section_renderer("competitors", order=40, title_zh="竞品分析", title_en="Competitors")
def competitor_slides(ctx):
    """The competitor table (columns empty for every competitor left out),
    then their strategies and recent moves when the plan holds any."""
    rows = ctx.rows("competitor")
    if not rows:
        return
    header = [label(ctx, k) for k in ("name", "positioning", "price_level", "main_channels", "strengths",
                                      "weaknesses", "share")]
    body = []
    for n, row in enumerate(rows, 1):
        where = f"competitor {n}"
        body.append([_name(ctx, row, n)] + [ctx.clean(row[k], f"{where} ({k})") for k in (
            "positioning", "price_level", "main_channels", "strengths", "weaknesses")]
            + [_share(row["market_share_pct"])])
    rivals = [(r["market_share_pct"], _name(ctx, r, n)) for n, r in enumerate(rows, 1)
              if r["market_share_pct"] is not None and not r.get("is_own_brand")]
    if rivals:
        share, leader = max(rivals)
        title = headline(ctx, "table", n=len(rows), leader=leader, share=f"{share:g}")
    else:
        title = headline(ctx, "table_plain", n=len(rows))
    yield from ctx.slides.table(title, header, body, [1.5, 2, 1.4, 1.7, 2.2, 2.2, 0.9], "competitors.table")
    moves = [[_name(ctx, r, n), ctx.clean(r.get("strategy"), f"competitor {n} (strategy)"),
              ctx.clean(r.get("recent_moves"), f"competitor {n} (recent moves)")] for n, r in enumerate(rows, 1)]
    moves = [m for m in moves if m[1] or m[2]]
    if moves:
        header = [label(ctx, "name"), headline(ctx, "strategy"), headline(ctx, "recent_moves")]
        yield from ctx.slides.table(headline(ctx, "moves", n=len(moves)), header, moves, [1.4, 4, 4],
                                    "competitors.moves")


def axis_name(ctx, axis: str) -> str:
    """The title of map *axis* on the slide: a custom label, or the built-in name."""
    custom = ctx.clean(ctx.overview.get(f"custom_axis_{axis[-1]}_label")) if axis.startswith("custom_") else ""
    return custom or label(ctx, axis)


@section_renderer("positioning", order=42, title_zh="竞品定位", title_en="Positioning", group="competitors")
def positioning_slides(ctx):
    """The positioning map on the plan's axes, with a caption naming the
    competitors without both scores; left out (with a warning) when no
    competitor has both scores."""
    from app.services.deck.model import ChartSpec, Point, ValueFormat

    rows = ctx.rows("competitor")
    if not rows:
        return
    x_axis = ctx.overview.get("competitor_x_axis") or "price"
    y_axis = ctx.overview.get("competitor_y_axis") or "quality"
    points, off = rules.place_on_map(rows, x_axis, y_axis)
    x_name, y_name = axis_name(ctx, x_axis), axis_name(ctx, y_axis)
    if not points:
        ctx.leave_out("left_out_map", x=x_name, y=y_name)
        return
    order = {row["id"]: n for n, row in enumerate(rows, 1)}
    by_id = {row["id"]: row for row in rows}
    largest = max((p.share or 0 for p in points), default=0) or 1
    spec_points = tuple(Point(_name(ctx, by_id[p.competitor_id], order[p.competitor_id]), p.x, p.y,
                              (p.share or 0) / largest, p.own) for p in points)
    caption = [label(ctx, "map_caption", x=x_name, y=y_name)]
    if off:
        listed = label(ctx, "separator").join(_name(ctx, r, order[r["id"]]) for r in off)
        caption.append(label(ctx, "not_on_map", names=listed))
    own = next((p for p in spec_points if p.own), None)
    others = [p for p in spec_points if not p.own]
    if own and others:
        title = headline(ctx, "map", own=ctx.clean(by_id[next(p.competitor_id for p in points if p.own)]["name"]),
                         y_name=y_name, x_name=x_name, yv=own.y, xv=own.x, y=y_name,
                         above=sum(1 for p in others if p.y < own.y), n=len(others))
    else:
        title = headline(ctx, "map_plain", n=len(spec_points), y_name=y_name, x_name=x_name)
    spec = ChartSpec("scatter", points=spec_points, x_title=x_name, y_title=y_name,
                     value_format=ValueFormat("score", language=ctx.language))
    yield from ctx.slides.chart(title, spec, caption, "positioning.map")
