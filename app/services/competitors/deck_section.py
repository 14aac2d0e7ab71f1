"""The Competitors sections of the deck: the competitor table (section
"competitors") and the positioning map (section "positioning"), drawn on
the axes stored in the plan, our brand in the brand colour and bubble size
by market share."""

from __future__ import annotations

from app.models.competitors import rules
from app.services.deck.registry import section_renderer

CROWDED = 20  # from this many bubbles on, some names may find no free spot: the caption says so

LABELS = {
    "en": {
        "competitors": "Competitor overview",
        "name": "Competitor",
        "positioning": "Positioning",
        "price_level": "Price level",
        "main_channels": "Main channels",
        "strengths": "Strengths",
        "weaknesses": "Weaknesses",
        "share": "Share",
        "own": "{name} (our brand)",
        "map": "Positioning map",
        "map_caption": "{y} against {x}, scores 0–10; bubble size shows market share.",
        "not_on_map": "Not on the map (a score is missing): {names}.",
        "no_points": "No competitor has both a {x} and a {y} score yet.",
        "unnamed": "Competitor {n}",
        "price": "Price",
        "quality": "Quality",
        "innovation": "Innovation",
        "reach": "Reach",
        "custom_x": "Custom X",
        "custom_y": "Custom Y",
        "separator": ", ",
        "crowded": "With this many competitors, a name that would cover another name is left out; "
        "the competitor overview lists them all.",
    },
    "zh": {
        "competitors": "竞品概览",
        "name": "竞品",
        "positioning": "定位",
        "price_level": "价格带",
        "main_channels": "主要渠道",
        "strengths": "优势",
        "weaknesses": "劣势",
        "share": "市场份额",
        "own": "{name}（本品牌）",
        "map": "竞品定位图",
        "map_caption": "纵轴{y}，横轴{x}，评分 0–10；气泡大小表示市场份额。",
        "not_on_map": "未上图（缺少评分）：{names}。",
        "no_points": "还没有竞品同时具有{x}和{y}评分。",
        "unnamed": "竞品 {n}",
        "price": "价格",
        "quality": "品质",
        "innovation": "创新",
        "reach": "覆盖",
        "custom_x": "自定义横轴",
        "custom_y": "自定义纵轴",
        "separator": "、",
        "crowded": "竞品较多时，会遮挡其他名称的名称不在图中显示；竞品概览列出了全部竞品。",
    },
}


def label(ctx, key: str, **values) -> str:
    """A fixed word of these slides in the plan's language."""
    text = LABELS["en" if ctx.language == "en" else "zh"][key]
    return text.format(**values) if values else text


def _name(ctx, row: dict, index: int) -> str:
    name = (row.get("name") or "").strip() or label(ctx, "unnamed", n=index)
    return label(ctx, "own", name=name) if row.get("is_own_brand") else name


def _share(value) -> str:
    return "" if value is None else f"{value:g} %"


@section_renderer("competitors", order=40, title_zh="竞品分析", title_en="Competitors")
def competitor_slides(ctx):
    """The competitor table: name, positioning, price level, channels,
    strengths, weaknesses and share (left out when there are no competitors)."""
    rows = ctx.rows("competitor")
    if not rows:
        return
    header = [
        label(ctx, k)
        for k in ("name", "positioning", "price_level", "main_channels", "strengths", "weaknesses", "share")
    ]
    body = []
    for n, row in enumerate(rows, 1):
        where = f"competitor {n}"
        body.append(
            [
                ctx.text(_name(ctx, row, n), where),
                ctx.text(row["positioning"], f"{where} (positioning)"),
                ctx.text(row["price_level"], f"{where} (price level)"),
                ctx.text(row["main_channels"], f"{where} (channels)"),
                ctx.text(row["strengths"], f"{where} (strengths)"),
                ctx.text(row["weaknesses"], f"{where} (weaknesses)"),
                _share(row["market_share_pct"]),
            ]
        )
    yield from ctx.slides.table(label(ctx, "competitors"), header, body, widths=[1.5, 2, 1.4, 1.7, 2.2, 2.2, 0.9])


def axis_name(ctx, axis: str) -> str:
    """The title of map *axis* on the slide: a custom label, or the built-in name."""
    custom = (ctx.overview.get(f"custom_axis_{axis[-1]}_label") or "").strip() if axis.startswith("custom_") else ""
    return ctx.plain(custom, "custom map axis") if custom else label(ctx, axis)


@section_renderer("positioning", order=42, title_zh="竞品定位", title_en="Positioning", group="competitors")
def positioning_slides(ctx):
    """The positioning map on the plan's axes, with a caption naming the
    competitors without both scores (left out when there are no competitors)."""
    rows = ctx.rows("competitor")
    if not rows:
        return
    x_axis = ctx.overview.get("competitor_x_axis") or "price"
    y_axis = ctx.overview.get("competitor_y_axis") or "quality"
    points, off = rules.place_on_map(rows, x_axis, y_axis)
    x_name, y_name = axis_name(ctx, x_axis), axis_name(ctx, y_axis)
    order = {row["id"]: n for n, row in enumerate(rows, 1)}
    placed = {p.competitor_id for p in points}
    names = {
        r["id"]: ctx.plain(_name(ctx, r, n), f"competitor {n}") for n, r in enumerate(rows, 1) if r["id"] in placed
    }
    caption = [label(ctx, "map_caption", x=x_name, y=y_name)]
    if not points:
        caption = [label(ctx, "no_points", x=x_name, y=y_name)]
    if len(points) > CROWDED:
        caption.append(label(ctx, "crowded"))
    if off:
        listed = label(ctx, "separator").join(_name(ctx, r, order[r["id"]]) for r in off)
        caption.append(ctx.text(label(ctx, "not_on_map", names=listed), "positioning map caption"))
    yield from ctx.slides.chart(label(ctx, "map"), positioning_plot(points, names, x_name, y_name, ctx.theme), caption)


def positioning_plot(points, names: dict, x_name: str, y_name: str, theme, result: list | None = None):
    """A plot function drawing the positioning map: 0–10 on both axes,
    quadrant lines at 5, bubbles sized by share, our brand in the brand colour.
    Names go where they overlap no other name (app.models.competitors.labels);
    one with no free spot is left out. *result*, when given, receives the
    DrawnNames (for the caption and tests)."""
    from app.services.competitors.map_names import annotate_names
    from app.services.deck.theme import MUTED, RULE

    def plot(figure) -> None:
        ax = figure.add_axes((0.07, 0.12, 0.9, 0.84))
        ax.set_xlim(-0.5, 10.5)
        ax.set_ylim(-0.5, 10.5)
        ax.axhline(5, color=RULE, linewidth=0.8, zorder=0)
        ax.axvline(5, color=RULE, linewidth=0.8, zorder=0)
        ax.set_xlabel(x_name)
        ax.set_ylabel(y_name)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for point in points:
            ax.scatter(
                [point.x],
                [point.y],
                s=bubble_size(point.share),
                color=theme.brand if point.own else MUTED,
                alpha=0.85 if point.own else 0.55,
                edgecolors="white",
                linewidths=1.2,
                zorder=3 if point.own else 2,
            )

        def style(point) -> dict:
            return {
                "fontsize": 11 if point.own else 10,
                "color": theme.ink if point.own else "#333333",
                "zorder": 5 if point.own else 4,
            }

        drawn = annotate_names(ax, points, names, bubble_size, style)
        if result is not None:
            result.append(drawn)

    return plot


def bubble_size(share) -> float:
    """Marker area (points²) for a market share: 80 for unknown, growing with share."""
    return 80.0 if share is None else 80.0 + float(share) * 28.0
