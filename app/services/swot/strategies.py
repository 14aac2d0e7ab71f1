"""Read and edit TOWS strategies and the SWOT items they cite.

A strategy has a kind (SO, ST, WO, WT), text and rationale; its citations
are an ordered list of SWOT item ids. Whether the citations match the kind
is advice (a finding, see app.models.swot.rules), not a refusal: a planner
may cite first and fix the kind later."""

from __future__ import annotations

from app.models.swot.rules import TOWS_KIND_ORDER as TOWS_KINDS
from app.models.swot.rules import strategy_labels
from app.services.plan import kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import refuse_non_characters
from app.services.plan.messages import Term
from app.services.plan.rows import insert_row, move_row, read_rows, update_field
from app.services.plan.storage.plan_file import PlanFile
from app.services.swot.messages import MESSAGES, STRATEGY_LABELS

CANVAS = "swot"
STRATEGY_TEXT_LIMITS = {"text": 1_000, "rationale": 5_000}


def list_strategies(plan: PlanFile) -> list[dict]:
    """Every strategy in matrix order (SO, ST, WO, WT, each by position),
    each with its short ``label`` (SO1…) and ``cites`` (ordered item ids)."""
    rows = []
    for kind in TOWS_KINDS:
        rows += read_rows(plan.conn, "tows_strategy", {"kind": kind})
    names = strategy_labels(rows)
    cites = citations(plan)
    return [dict(r, label=names[r["id"]], cites=cites.get(r["id"], [])) for r in rows]


def citations(plan: PlanFile) -> dict[str, list[str]]:
    """Cited SWOT item ids by strategy id, in citation order."""
    cited: dict[str, list[str]] = {}
    for strategy_id, item_id in plan.conn.execute(
        "SELECT strategy_id, swot_item_id FROM tows_citation ORDER BY strategy_id, position, swot_item_id"
    ):
        cited.setdefault(strategy_id, []).append(item_id)
    return cited


def get_strategy(plan: PlanFile, strategy_id: str) -> dict:
    """One strategy (as list_strategies gives it), or EditRefused."""
    for strategy in list_strategies(plan):
        if strategy["id"] == strategy_id:
            return strategy
    raise EditRefused("", MESSAGES("strategy_gone"))


def _check_kind(kind) -> str:
    if kind not in TOWS_KINDS:
        raise EditRefused("kind", MESSAGES("bad_kind", value=shown(kind)))
    return kind


def check_text(field: str, value, labels: dict[str, str], limits: dict[str, int], unknown: str) -> str:
    """*value* as text of at most ``limits[field]`` characters, else
    EditRefused in the SWOT canvas' wording naming ``labels[field]`` (shared
    with the SWOT items of swot_service); a field *limits* lacks is refused
    with message *unknown*."""
    if field not in limits:
        raise EditRefused(field, MESSAGES(unknown, value=shown(field)))
    label, limit = Term(labels[field]), limits[field]
    if not isinstance(value, str):
        raise EditRefused(field, MESSAGES("text_only", label=label))
    if len(value) > limit:
        raise EditRefused(field, MESSAGES("too_long", label=label, length=len(value), limit=limit))
    refuse_non_characters(field, label, value)
    return value


def check_strategy_value(field: str, value) -> str:
    """The value to store for *field* (text, rationale), or EditRefused."""
    return check_text(field, value, STRATEGY_LABELS, STRATEGY_TEXT_LIMITS, "unknown_strategy_field")


def add_strategy(
    plan: PlanFile,
    kind: str,
    text: str = "",
    rationale: str = "",
    index: int | None = None,
    strategy_id: str | None = None,
) -> Change:
    """Insert a strategy of *kind* at *index* among its kind (end by default)."""
    values = {"text": check_strategy_value("text", text), "rationale": check_strategy_value("rationale", rationale)}
    new_id = insert_row(plan, "tows_strategy", values, index, strategy_id, scope={"kind": _check_kind(kind)})
    return Change(CANVAS, "tows_strategy", (new_id,), structure=True)


def update_strategy(plan: PlanFile, strategy_id: str, field: str, value) -> Change:
    """Change the text or rationale of a strategy."""
    stored = check_strategy_value(field, value)
    update_field(plan, "tows_strategy", strategy_id, field, stored, MESSAGES("strategy_gone"))
    return Change(CANVAS, "tows_strategy", (strategy_id,), (field,))


def strategy_place(plan: PlanFile, strategy_id: str) -> tuple[str, int]:
    """(kind, index among its kind) of a strategy, for undo of a kind change."""
    row = plan.conn.execute("SELECT kind FROM tows_strategy WHERE id = ?", (strategy_id,)).fetchone()
    if row is None:
        raise EditRefused("kind", MESSAGES("strategy_gone"))
    ids = [r["id"] for r in read_rows(plan.conn, "tows_strategy", {"kind": row[0]})]
    return row[0], ids.index(strategy_id)


def set_kind(plan: PlanFile, strategy_id: str, kind: str, index: int | None = None) -> Change:
    """Make a strategy of another kind, placed at *index* among that kind
    (the end by default); both kinds keep dense positions."""
    kind = _check_kind(kind)
    old_kind, _ = strategy_place(plan, strategy_id)
    with plan.transaction() as conn:
        conn.execute("UPDATE tows_strategy SET kind = ? WHERE id = ?", (kind, strategy_id))
        for scope_kind in {old_kind, kind}:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM tows_strategy WHERE kind = ? AND id != ? ORDER BY position, id",
                    (scope_kind, strategy_id),
                )
            ]
            if scope_kind == kind:
                ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), strategy_id)
            conn.executemany("UPDATE tows_strategy SET position = ? WHERE id = ?", list(enumerate(ids)))
    return Change(CANVAS, "tows_strategy", (strategy_id,), ("kind",), structure=True)


def move_strategy(plan: PlanFile, strategy_id: str, index: int) -> Change:
    """Move a strategy to *index* among its kind."""
    kind, _ = strategy_place(plan, strategy_id)
    move_row(plan, "tows_strategy", strategy_id, index, {"kind": kind})
    return Change(CANVAS, "tows_strategy", (strategy_id,), structure=True)


def add_strategy_citing(plan: PlanFile, kind: str, item_ids, strategy_id: str | None = None) -> Change:
    """Add a strategy of *kind* that already cites *item_ids*: one commit,
    or nothing (never a strategy left without the citations asked for)."""
    with plan.transaction():
        change = add_strategy(plan, kind, strategy_id=strategy_id)
        if item_ids:
            set_citations(plan, change.ids[0], item_ids)
    return change


def set_citations(plan: PlanFile, strategy_id: str, item_ids) -> Change:
    """Make *item_ids* (in this order) the SWOT items the strategy cites."""
    ids = list(item_ids)
    if len(set(ids)) != len(ids):
        raise EditRefused("citations", MESSAGES("cites_twice"))
    if plan.conn.execute("SELECT 1 FROM tows_strategy WHERE id = ?", (strategy_id,)).fetchone() is None:
        raise EditRefused("citations", MESSAGES("strategy_gone"))
    known = {r[0] for r in plan.conn.execute("SELECT id FROM swot_item")}
    if not set(ids) <= known:
        raise EditRefused("citations", MESSAGES("item_gone"))
    with plan.transaction() as conn:
        conn.execute("DELETE FROM tows_citation WHERE strategy_id = ?", (strategy_id,))
        conn.executemany(
            "INSERT INTO tows_citation (strategy_id, swot_item_id, position) VALUES (?, ?, ?)",
            [(strategy_id, item_id, n) for n, item_id in enumerate(ids)],
        )
    return Change(CANVAS, "tows_citation", (strategy_id,), ("citations",))


def delete_strategy(plan: PlanFile, strategy_id: str) -> tuple[Change, dict]:
    """Delete a strategy and its citations; return the change and what undo needs."""
    kind, index = strategy_place(plan, strategy_id)
    cursor = plan.conn.execute("SELECT id, kind, text, rationale FROM tows_strategy WHERE id = ?", (strategy_id,))
    row = dict(zip(("id", "kind", "text", "rationale"), cursor.fetchone(), strict=True))
    cites = citations(plan).get(strategy_id, [])
    kept_links.keep(plan, "tows_strategy", [strategy_id])
    with plan.transaction() as conn:
        conn.execute("DELETE FROM tows_citation WHERE strategy_id = ?", (strategy_id,))
        conn.execute("DELETE FROM tows_strategy WHERE id = ?", (strategy_id,))
        ids = [r[0] for r in conn.execute("SELECT id FROM tows_strategy WHERE kind = ? ORDER BY position, id", (kind,))]
        conn.executemany("UPDATE tows_strategy SET position = ? WHERE id = ?", list(enumerate(ids)))
    snapshot = {"row": row, "index": index, "cites": cites}
    return Change(CANVAS, "tows_strategy", (strategy_id,), structure=True), snapshot


def restore_strategy(plan: PlanFile, snapshot: dict) -> Change:
    """Undo of delete_strategy: the strategy and its citations back in one transaction."""
    row = snapshot["row"]
    with plan.transaction() as conn:
        ids = [
            r[0]
            for r in conn.execute("SELECT id FROM tows_strategy WHERE kind = ? ORDER BY position, id", (row["kind"],))
        ]
        ids.insert(min(snapshot["index"], len(ids)), row["id"])
        conn.execute(
            "INSERT INTO tows_strategy (id, position, kind, text, rationale) VALUES (?, ?, ?, ?, ?)",
            (row["id"], 0, row["kind"], row["text"], row["rationale"]),
        )
        conn.executemany("UPDATE tows_strategy SET position = ? WHERE id = ?", list(enumerate(ids)))
        conn.executemany(
            "INSERT INTO tows_citation (strategy_id, swot_item_id, position) VALUES (?, ?, ?)",
            [(row["id"], item_id, n) for n, item_id in enumerate(snapshot["cites"])],
        )
        kept_links.put_back(conn, plan, "tows_strategy", [row["id"]])
    return Change(CANVAS, "tows_strategy", (row["id"],), structure=True)
