"""Plans with content, written straight into a plan file with SQL.

``plan_contents()`` is a Hypothesis strategy for random but valid plans
(awkward text included); ``write_rows`` inserts such rows, or the fixed
ones of ``full_plan.every_table_rows()``, into an open PlanFile."""

from __future__ import annotations

import datetime as dt

from full_plan import PNG_MAGIC
from hypothesis import strategies as st

from app.services.plan import schema
from app.services.plan.storage.plan_file import PlanFile

AWKWARD_TEXTS = (
    "双11 GMV 1.2 亿",
    "Emoji 😀👍🏽 and 🇨🇳 flags",
    "<b>bold & <i>unclosed <img src='/etc/passwd'> &amp; &lt;",
    "\u200f\u202eRTL override\u202c and \u200bzero width",
    "control \x00\x01\x07\x1b[31m\x7f chars",
    "lines\nand\r\nreturns\tand tabs",
    "=SUM(A1:A9) +1 -1 @cmd",
    "",
)
text = st.one_of(
    st.sampled_from(AWKWARD_TEXTS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
)
percent = st.floats(0, 100, allow_nan=False)
money = st.floats(0, 1e12, allow_nan=False)
hex_colour = st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")
day = st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31))


@st.composite
def date_pair(draw) -> tuple[str | None, str | None]:
    """Start and end dates (either may be missing), end never before start."""
    first, second = draw(day), draw(day)
    start, end = sorted((first, second))
    return (
        draw(st.sampled_from([start.isoformat(), None])),
        draw(st.sampled_from([end.isoformat(), None])),
    )


def _ids(draw, count: int) -> list[str]:
    return [str(u) for u in draw(st.lists(st.uuids(), min_size=count, max_size=count, unique=True))]


@st.composite
def plan_contents(draw) -> dict[str, list[dict]]:
    """Rows for most plan tables, respecting every CHECK and reference."""
    rows: dict[str, list[dict]] = {}
    start, end = draw(date_pair())
    rows["plan"] = [
        {
            "title": draw(text),
            "brand": draw(text),
            "owner": draw(text),
            "market_context": draw(text),
            "confidentiality": draw(text),
            "currency": draw(st.from_regex(r"\A[A-Z]{3}\Z")),
            "language": draw(st.sampled_from(["zh", "en"])),
            "period_start": start,
            "period_end": end,
            "brand_color": draw(st.none() | hex_colour),
            "reserve_min_pct": draw(percent),
            "reserve_max_pct": draw(percent),
            "variance_threshold_pct": draw(st.floats(0, 1000)),
        }
    ]
    rows["objective"] = [
        {"id": i, "position": n, "text": draw(text), "metric": draw(text), "target": draw(text)}
        for n, i in enumerate(_ids(draw, draw(st.integers(0, 4))))
    ]
    swot_ids = _ids(draw, draw(st.integers(0, 4)))
    rows["swot_item"] = [
        {
            "id": i,
            "position": n,
            "quadrant": draw(st.sampled_from("SWOT")),
            "text": draw(text),
            "weight": draw(st.integers(1, 5)),
            "evidence": draw(text),
        }
        for n, i in enumerate(swot_ids)
    ]
    tows_ids = _ids(draw, draw(st.integers(0, 3)))
    rows["tows_strategy"] = [
        {
            "id": i,
            "position": n,
            "kind": draw(st.sampled_from(["SO", "ST", "WO", "WT"])),
            "text": draw(text),
            "rationale": draw(text),
        }
        for n, i in enumerate(tows_ids)
    ]
    pairs = [(t, s) for t in tows_ids for s in swot_ids]
    cited = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=4)) if pairs else []
    rows["tows_citation"] = [{"strategy_id": t, "swot_item_id": s, "position": n} for n, (t, s) in enumerate(cited)]
    persona_ids = _ids(draw, draw(st.integers(0, 2)))
    rows["persona"] = []
    for n, i in enumerate(persona_ids):
        photo = draw(st.none() | st.binary(max_size=64).map(lambda b: PNG_MAGIC + b))
        rows["persona"].append(
            {
                "id": i,
                "position": n,
                "name": draw(text),
                "quote": draw(text),
                "customer_share_pct": draw(st.none() | percent),
                "photo": photo,
                "photo_mime": "image/png" if photo is not None else None,
            }
        )
    channel_ids = _ids(draw, draw(st.integers(0, 3)))
    rows["channel"] = [
        {
            "id": i,
            "position": n,
            "name": draw(text),
            "target_share_pct": draw(st.none() | percent),
            "color": draw(st.none() | hex_colour),
            "note": draw(text),
        }
        for n, i in enumerate(channel_ids)
    ]
    campaign_ids = _ids(draw, draw(st.integers(0, 3)))
    rows["campaign"] = []
    for n, i in enumerate(campaign_ids):
        c_start, c_end = draw(date_pair())
        rows["campaign"].append(
            {
                "id": i,
                "position": n,
                "name": draw(text),
                "status": draw(st.sampled_from(["idea", "planned", "live", "done", "cancelled"])),
                "start_date": c_start,
                "end_date": c_end,
            }
        )
    rows["campaign_phase"] = []
    if campaign_ids:
        for n, i in enumerate(_ids(draw, draw(st.integers(0, 3)))):
            p_start, p_end = draw(date_pair())
            rows["campaign_phase"].append(
                {
                    "id": i,
                    "position": n,
                    "campaign_id": draw(st.sampled_from(campaign_ids)),
                    "kind": draw(st.sampled_from(["warm_up", "launch", "long_tail", "custom"])),
                    "name": draw(text),
                    "start_date": p_start,
                    "end_date": p_end,
                }
            )
    rows["key_date"] = []
    for n, i in enumerate(_ids(draw, draw(st.integers(0, 2)))):
        k_start, k_end = draw(date_pair())
        rows["key_date"].append(
            {
                "id": i,
                "position": n,
                "name": draw(text),
                "kind": "festival",
                "date": k_start or "2026-11-11",
                "end_date": k_end if k_start else None,
                "visible": draw(st.booleans()),
            }
        )
    rows["budget_line"] = []
    rows["budget_cell"] = []
    if channel_ids:
        line_ids = _ids(draw, draw(st.integers(0, 2)))
        for n, i in enumerate(line_ids):
            rows["budget_line"].append(
                {
                    "id": i,
                    "position": n,
                    "channel_id": draw(st.sampled_from(channel_ids)),
                    "campaign_id": draw(st.sampled_from([None, *campaign_ids])),
                    "note": draw(text),
                }
            )
            months = draw(st.lists(st.integers(1, 12), unique=True, max_size=3))
            rows["budget_cell"] += [
                {
                    "budget_line_id": i,
                    "month": f"2027-{m:02d}",
                    "planned": draw(st.none() | money),
                    "actual": draw(st.none() | money),
                }
                for m in months
            ]
    rows["kpi"] = [
        {
            "id": i,
            "position": n,
            "name": draw(text),
            "baseline": draw(st.none() | st.floats(allow_nan=False, allow_infinity=False)),
            "target": draw(st.none() | money),
            "direction": draw(st.sampled_from(["higher", "lower"])),
            "alert_threshold_pct": draw(st.none() | st.floats(0, 1000)),
        }
        for n, i in enumerate(_ids(draw, draw(st.integers(0, 2))))
    ]
    rows["competitor"] = [
        {
            "id": i,
            "position": n,
            "name": draw(text),
            "is_own_brand": draw(st.booleans()),
            "price_score": draw(st.none() | st.floats(0, 10)),
            "market_share_pct": draw(st.none() | percent),
        }
        for n, i in enumerate(_ids(draw, draw(st.integers(0, 2))))
    ]
    return rows


def write_rows(plan: PlanFile, rows: dict[str, list[dict]]) -> None:
    """Insert *rows* into an open plan in one transaction, missing columns
    taking their defaults; the ``plan`` entry updates the existing row."""
    with plan.transaction() as conn:
        for table in schema.tables():
            defaults = {c.name: c.default for c in table.columns if not (c.required or c.primary_key)}
            for given in rows.get(table.name, []):
                row = given if table.name == "plan" else {**defaults, **given}
                names = list(row)
                quoted = ", ".join(f'"{n}"' for n in names)
                if table.name == "plan":
                    assignments = ", ".join(f'"{n}" = ?' for n in names)
                    conn.execute(f'UPDATE "plan" SET {assignments}', [row[n] for n in names])
                else:
                    marks = ", ".join("?" for _ in names)
                    conn.execute(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', [row[n] for n in names])
