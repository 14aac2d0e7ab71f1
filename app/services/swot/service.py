"""Read and edit SWOT items: add, edit, delete (with the TOWS citations that
point at them), reorder, move between quadrants and sort by weight.

Each edit validates first (refusing with EditRefused, nothing stored), then
commits in one transaction and returns a Change. Multi-item edits (a drag of
several items, a delete that removes citations) are one transaction, so
one undo step restores them whole. TOWS strategies are in swot_strategies."""

from __future__ import annotations

from app.models.swot.rules import QUADRANT_ORDER, item_labels, sorted_by_weight, strategy_labels
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.rows import insert_row, query_rows, update_field
from app.services.plan.storage.plan_file import PlanFile
from app.services.swot.messages import ITEM_LABELS, MESSAGES
from app.services.swot.strategies import check_text

CANVAS = "swot"
ITEM_TEXT_LIMITS = {"text": 1_000, "evidence": 5_000}
_ORDER_SQL = "CASE quadrant WHEN 'S' THEN 0 WHEN 'W' THEN 1 WHEN 'O' THEN 2 ELSE 3 END, position, id"

Layout = list[tuple[str, str, int]]  # (item id, quadrant, position)


def _rows(plan: PlanFile, sql: str, params: tuple = ()) -> list[dict]:
    return query_rows(plan.conn, sql, params)


def list_items(plan: PlanFile) -> list[dict]:
    """Every SWOT item in board order: S, W, O, T, each by position."""
    return _rows(plan, f"SELECT * FROM swot_item ORDER BY {_ORDER_SQL}")


def items_by_quadrant(plan: PlanFile) -> dict[str, list[dict]]:
    """SWOT items grouped by quadrant, each list in order."""
    grouped: dict[str, list[dict]] = {q: [] for q in QUADRANT_ORDER}
    for item in list_items(plan):
        grouped[item["quadrant"]].append(item)
    return grouped


def get_item(plan: PlanFile, item_id: str) -> dict:
    """One SWOT item, or EditRefused when it no longer exists."""
    rows = _rows(plan, "SELECT * FROM swot_item WHERE id = ?", (item_id,))
    if not rows:
        raise EditRefused("", MESSAGES("item_gone"))
    return rows[0]


def labels(plan: PlanFile) -> dict[str, str]:
    """Short labels (S1, W2…) of every SWOT item by id."""
    return item_labels(list_items(plan))


# -- validation -----------------------------------------------------------------
def _check_quadrant(quadrant) -> str:
    if quadrant not in QUADRANT_ORDER:
        raise EditRefused("quadrant", MESSAGES("bad_quadrant", value=shown(quadrant)))
    return quadrant


def check_item_value(field: str, value):
    """The value to store for *field* of a SWOT item, or EditRefused."""
    if field == "weight":
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise EditRefused(field, MESSAGES("weight_not_whole"))
        try:
            number = int(str(value).strip())
        except ValueError:
            raise EditRefused(field, MESSAGES("weight_not_whole")) from None
        if not 1 <= number <= 5:
            raise EditRefused(field, MESSAGES("weight_out_of_range", value=number))
        return number
    return check_text(field, value, ITEM_LABELS, ITEM_TEXT_LIMITS, "unknown_item_field")


# -- single-item edits ------------------------------------------------------------
def add_item(
    plan: PlanFile,
    quadrant: str,
    text: str = "",
    weight: int = 3,
    evidence: str = "",
    index: int | None = None,
    item_id: str | None = None,
) -> Change:
    """Insert an item into *quadrant* at *index* (end by default); Change.ids holds its id."""
    values = {
        "text": check_item_value("text", text),
        "weight": check_item_value("weight", weight),
        "evidence": check_item_value("evidence", evidence),
    }
    quadrant = _check_quadrant(quadrant)
    new_id = insert_row(plan, "swot_item", values, index, item_id, scope={"quadrant": quadrant})
    return Change(CANVAS, "swot_item", (new_id,), structure=True)


def update_item(plan: PlanFile, item_id: str, field: str, value) -> Change:
    """Change the text, weight or evidence of one item."""
    stored = check_item_value(field, value)
    update_field(plan, "swot_item", item_id, field, stored, MESSAGES("item_gone"))
    return Change(CANVAS, "swot_item", (item_id,), (field,))


# -- arranging: reorder, move between quadrants, sort ----------------------------------
def layout(plan: PlanFile) -> Layout:
    """Where every item is: (id, quadrant, position), in board order."""
    return [tuple(r) for r in plan.conn.execute(f"SELECT id, quadrant, position FROM swot_item ORDER BY {_ORDER_SQL}")]


def set_layout(plan: PlanFile, places: Layout) -> Change:
    """Put items back where *places* says (undo and redo of any arrangement)."""
    known = {row[0] for row in plan.conn.execute("SELECT id FROM swot_item")}
    missing = [item_id for item_id, _q, _p in places if item_id not in known]
    if missing:
        raise EditRefused("", MESSAGES("item_gone"))
    for _id, quadrant, _p in places:
        _check_quadrant(quadrant)
    with plan.transaction() as conn:
        conn.executemany(
            "UPDATE swot_item SET quadrant = ?, position = ? WHERE id = ?", [(q, p, i) for i, q, p in places]
        )
    return Change(CANVAS, "swot_item", tuple(i for i, _q, _p in places), ("quadrant", "position"), structure=True)


def _apply_order(plan: PlanFile, grouped: dict[str, list[str]], moved: tuple[str, ...]) -> Change:
    """Store *grouped* (quadrant → ordered ids) as the board, positions dense."""
    places = [(item_id, q, n) for q in QUADRANT_ORDER for n, item_id in enumerate(grouped[q])]
    current = set(layout(plan))
    changed = [p for p in places if p not in current]
    if changed:
        with plan.transaction() as conn:
            conn.executemany(
                "UPDATE swot_item SET quadrant = ?, position = ? WHERE id = ?", [(q, p, i) for i, q, p in changed]
            )
    return Change(CANVAS, "swot_item", moved, ("quadrant", "position"), structure=True)


def move_items(plan: PlanFile, item_ids, quadrant: str, index: int | None = None) -> Change:
    """Move items (in their board order) into *quadrant*, before the item now
    at *index* there (the end when None or past the end); they may come from
    any quadrant, including this one. One transaction."""
    quadrant = _check_quadrant(quadrant)
    grouped: dict[str, list[str]] = {q: [] for q in QUADRANT_ORDER}
    for item_id, item_quadrant, _p in layout(plan):
        grouped[item_quadrant].append(item_id)
    wanted = set(item_ids)
    board_order = [i for q in QUADRANT_ORDER for i in grouped[q]]
    if not wanted or not wanted <= set(board_order):
        raise EditRefused("", MESSAGES("item_gone"))
    moving = [i for i in board_order if i in wanted]
    target = grouped[quadrant]
    index = len(target) if index is None else max(0, min(index, len(target)))
    index -= sum(1 for i in target[:index] if i in wanted)
    for q in QUADRANT_ORDER:
        grouped[q] = [i for i in grouped[q] if i not in wanted]
    grouped[quadrant][index:index] = moving
    return _apply_order(plan, grouped, tuple(moving))


def sort_by_weight(plan: PlanFile, quadrants=QUADRANT_ORDER) -> Change:
    """Order the items of *quadrants* heaviest first (ties keep their order)."""
    grouped = items_by_quadrant(plan)
    order = {
        q: [i["id"] for i in (sorted_by_weight(grouped[q]) if q in quadrants else grouped[q])] for q in QUADRANT_ORDER
    }
    return _apply_order(plan, order, tuple(i["id"] for q in quadrants for i in grouped[q]))


# -- delete and restore (with citations) -------------------------------------------
def citing_strategies(plan: PlanFile, item_ids) -> list[dict]:
    """TOWS strategies citing any of *item_ids*, each with its ``label`` (SO1…)."""
    ids = list(item_ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    strategy_ids = {
        r[0] for r in plan.conn.execute(f"SELECT strategy_id FROM tows_citation WHERE swot_item_id IN ({marks})", ids)
    }
    strategies = _rows(plan, "SELECT * FROM tows_strategy")
    names = strategy_labels(strategies)
    cited = [dict(s, label=names[s["id"]]) for s in strategies if s["id"] in strategy_ids]
    return sorted(cited, key=lambda s: (s["label"][:2], int(s["label"][2:])))


def _citation_lists(conn, strategy_ids) -> dict[str, list[str]]:
    """The ordered cited item ids of each strategy in *strategy_ids*."""
    lists: dict[str, list[str]] = {sid: [] for sid in strategy_ids}
    for strategy_id, item_id in conn.execute(
        "SELECT strategy_id, swot_item_id FROM tows_citation ORDER BY strategy_id, position, swot_item_id"
    ):
        if strategy_id in lists:
            lists[strategy_id].append(item_id)
    return lists


def _write_citations(conn, lists: dict[str, list[str]]) -> None:
    """Replace the citations of each strategy in *lists*, positions 0..n-1."""
    for strategy_id, item_ids in lists.items():
        conn.execute("DELETE FROM tows_citation WHERE strategy_id = ?", (strategy_id,))
        conn.executemany(
            "INSERT INTO tows_citation (strategy_id, swot_item_id, position) VALUES (?, ?, ?)",
            [(strategy_id, item_id, n) for n, item_id in enumerate(item_ids)],
        )


def delete_items(plan: PlanFile, item_ids) -> tuple[Change, dict]:
    """Delete items and the citations of them in one transaction (the
    citing strategies keep their other citations, renumbered). Returns the
    change and what undo needs (rows, board layout, the citing strategies'
    citation lists)."""
    ids = list(dict.fromkeys(item_ids))
    before = layout(plan)
    present = {i for i, _q, _p in before}
    if not ids or not set(ids) <= present:
        raise EditRefused("", MESSAGES("item_gone"))
    marks = ", ".join("?" for _ in ids)
    rows = _rows(plan, f"SELECT * FROM swot_item WHERE id IN ({marks})", tuple(ids))
    citing = {
        r[0] for r in plan.conn.execute(f"SELECT strategy_id FROM tows_citation WHERE swot_item_id IN ({marks})", ids)
    }
    cited_before = _citation_lists(plan.conn, citing)
    remaining: dict[str, list[str]] = {q: [] for q in QUADRANT_ORDER}
    for item_id, quadrant, _p in before:
        if item_id not in ids:
            remaining[quadrant].append(item_id)
    with plan.transaction() as conn:
        _write_citations(conn, {sid: [i for i in cites if i not in ids] for sid, cites in cited_before.items()})
        conn.execute(f"DELETE FROM swot_item WHERE id IN ({marks})", ids)
        conn.executemany(
            "UPDATE swot_item SET position = ? WHERE id = ?",
            [(n, i) for q in QUADRANT_ORDER for n, i in enumerate(remaining[q])],
        )
    snapshot = {"rows": rows, "layout": before, "citations": cited_before}
    extra = {"strategies": sorted(citing)}
    return Change(CANVAS, "swot_item", tuple(ids), structure=True, extra=extra), snapshot


def restore_items(plan: PlanFile, snapshot: dict) -> Change:
    """Undo of delete_items: rows, places and the citing strategies' citation
    lists back as they were, in one transaction."""
    rows = snapshot["rows"]
    with plan.transaction() as conn:
        for row in rows:
            names = list(row)
            conn.execute(
                f"INSERT INTO swot_item ({', '.join(chr(34) + n + chr(34) for n in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})",
                [row[n] for n in names],
            )
        conn.executemany(
            "UPDATE swot_item SET quadrant = ?, position = ? WHERE id = ?",
            [(q, p, i) for i, q, p in snapshot["layout"]],
        )
        _write_citations(conn, snapshot["citations"])
    return Change(CANVAS, "swot_item", tuple(r["id"] for r in rows), structure=True)
