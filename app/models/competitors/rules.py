"""Rules of the Competitors canvas, as pure functions of plain values: field
limits, number parsing, which competitors the positioning map can place,
and the findings (shares over 100 %, no own brand on the map, missing
scores)."""

from __future__ import annotations

import re

from app.models.findings import INFO, WARNING, Finding
from app.models.frozen import frozen_model

# The same tuple as app.models.overview.tables.MAP_AXES (a test checks it): the
# rules load with the editor, which must not import SQLModel at start-up.
MAP_AXES = ("price", "quality", "innovation", "reach", "custom_x", "custom_y")

CANVAS = "competitors"
TABLE = "competitor"
TEXT_FIELDS = {
    "name": 200,
    "positioning": 2_000,
    "price_level": 300,
    "main_channels": 1_000,
    "strengths": 4_000,
    "weaknesses": 4_000,
    "strategy": 4_000,
    "recent_moves": 4_000,
}
SHARE_FIELD = "market_share_pct"
SCORE_FIELDS = (
    "price_score",
    "quality_score",
    "innovation_score",
    "reach_score",
    "custom_x_score",
    "custom_y_score",
)
FIELDS = (*TEXT_FIELDS, "is_own_brand", SHARE_FIELD, *SCORE_FIELDS)
LABELS = {
    "name": "Name",
    "positioning": "Positioning",
    "price_level": "Price level",
    "main_channels": "Main channels",
    "strengths": "Strengths",
    "weaknesses": "Weaknesses",
    "strategy": "Strategy",
    "recent_moves": "Recent moves",
    "is_own_brand": "Our brand",
    "market_share_pct": "Market share",
    "price_score": "Price score",
    "quality_score": "Quality score",
    "innovation_score": "Innovation score",
    "reach_score": "Reach score",
    "custom_x_score": "Custom X score",
    "custom_y_score": "Custom Y score",
}
AXIS_NAMES = {
    "price": "Price",
    "quality": "Quality",
    "innovation": "Innovation",
    "reach": "Reach",
    "custom_x": "Custom X",
    "custom_y": "Custom Y",
}
AXIS_LABEL_LIMIT = 60
GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
SHARE_TOLERANCE = 0.05  # rounding in typed shares (33.3 × 3) is not a problem


def score_field(axis: str) -> str:
    """The competitor column that holds the scores of map *axis*."""
    return f"{axis}_score"


def axis_title(axis: str, custom_x_label: str = "", custom_y_label: str = "") -> str:
    """The English title of *axis*; a custom axis shows its label when set."""
    custom = {"custom_x": custom_x_label, "custom_y": custom_y_label}.get(axis, "")
    return custom.strip() or AXIS_NAMES.get(axis, axis)


def parse_number(value) -> float | None:
    """*value* as a float (None for blank); text may carry spaces, thousands
    separators (1,200) or a trailing %. Raises ValueError otherwise (also for
    a decimal comma, which would otherwise be read ten times too large)."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value) if abs(value) < 1e308 else float("inf")  # an int beyond float range
    else:
        text = str(value).strip().replace("\u3000", "").replace("％", "%")
        if not text:
            return None
        text = text.removesuffix("%").strip()
        if "," in text:  # a thousands separator only: "12,5" is refused, not read as 125
            if not GROUPED.match(text):
                raise ValueError(value)
            text = text.replace(",", "")
        number = float(text)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(value)
    return number


def number_limit(field: str) -> float:
    """The largest value *field* accepts (shares 100, scores 10)."""
    return 100.0 if field == SHARE_FIELD else 10.0


def display_name(row: dict, index: int) -> str:
    """How a competitor is named in messages: its name or 'Competitor n'."""
    name = (row.get("name") or "").strip()
    return name if name else f"Competitor {index}"


@frozen_model
class MapPoint:
    """One competitor placed on the positioning map."""

    competitor_id: str
    name: str
    x: float
    y: float
    share: float | None
    own: bool


def place_on_map(rows: list[dict], x_axis: str, y_axis: str) -> tuple[list[MapPoint], list[dict]]:
    """The competitors that have both scores of the chosen axes, as points,
    and the rows that are not on the map (a score missing)."""
    x_field, y_field = score_field(x_axis), score_field(y_axis)
    points, missing = [], []
    for index, row in enumerate(rows, 1):
        x, y = row.get(x_field), row.get(y_field)
        if x is None or y is None:
            missing.append(row)
            continue
        own = bool(row.get("is_own_brand"))
        points.append(MapPoint(row["id"], display_name(row, index), float(x), float(y), row.get(SHARE_FIELD), own))
    return points, missing


def check_competitors(plan: dict, rows: list[dict]) -> list[Finding]:
    """Findings about the competitor table and the positioning map."""
    found: list[Finding] = []
    if not rows:
        return found

    def add(rule: str, message: str, severity: str, item: str, field: str, args: tuple, table: str = TABLE) -> None:
        found.append(Finding(rule, severity, CANVAS, message, table, item, field, args))

    total = sum(float(r.get(SHARE_FIELD) or 0) for r in rows)
    if total > 100 + SHARE_TOLERANCE:
        shown = f"{total:.1f}".rstrip("0").rstrip(".")
        add(
            "competitors.share_over_100",
            f"Market shares add up to {shown} %, more than 100 %.",
            WARNING,
            "",
            SHARE_FIELD,
            (("total", shown),),
        )
    x_axis, y_axis = plan.get("competitor_x_axis") or "price", plan.get("competitor_y_axis") or "quality"
    x_label, y_label = plan.get("custom_axis_x_label") or "", plan.get("custom_axis_y_label") or ""
    axes = {x_axis: axis_title(x_axis, x_label, y_label), y_axis: axis_title(y_axis, x_label, y_label)}
    for axis in dict.fromkeys((x_axis, y_axis)):
        if axis.startswith("custom_") and not (plan.get(f"custom_axis_{axis[-1]}_label") or "").strip():
            add(
                "competitors.custom_axis_unnamed",
                f"The map uses the {AXIS_NAMES[axis]} axis, which has no name.",
                INFO,
                plan.get("id", ""),
                f"custom_axis_{axis[-1]}_label",
                (("axis", AXIS_NAMES[axis]),),
                "plan",
            )
    own = [r for r in rows if r.get("is_own_brand")]
    if not own:
        add(
            "competitors.no_own_brand",
            "No competitor is marked as our brand, so the map cannot show us.",
            WARNING,
            "",
            "is_own_brand",
            (),
        )
    elif len(own) > 1:
        add(
            "competitors.several_own_brands",
            f"{len(own)} competitors are marked as our brand.",
            WARNING,
            own[1]["id"],
            "is_own_brand",
            (("count", len(own)),),
        )
    for index, row in enumerate(rows, 1):
        name = display_name(row, index)
        if not (row.get("name") or "").strip():
            add("competitors.no_name", f"Competitor {index} has no name.", INFO, row["id"], "name", (("index", index),))
        lacking = [axis for axis in axes if row.get(score_field(axis)) is None]
        if not lacking:
            continue
        titles = " and ".join(axes[a] for a in lacking)
        # "missing" lets the interface name built-in axes in its own language
        args = (("name", name), ("axes", titles), ("missing", tuple((a, axes[a]) for a in lacking)))
        if row.get("is_own_brand"):
            add(
                "competitors.own_not_on_map",
                f"Our brand {name} is not on the map: no {titles} score.",
                WARNING,
                row["id"],
                score_field(lacking[0]),
                args,
            )
        else:
            add(
                "competitors.not_on_map",
                f"{name} is not on the map: no {titles} score.",
                INFO,
                row["id"],
                score_field(lacking[0]),
                args,
            )
    return found


def axes_error(x_axis: str, y_axis: str) -> str | None:
    """Why a pair of map axes cannot be used, or None."""
    for axis in (x_axis, y_axis):
        if axis not in MAP_AXES:
            return f"'{axis}' is not a map axis (use price, quality, innovation, reach, custom_x or custom_y)."
    if x_axis == y_axis:
        return "The map needs two different axes."
    return None
