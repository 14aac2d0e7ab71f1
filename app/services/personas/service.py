"""Read and edit personas (the cards of the Personas & segments canvas).

Each edit validates first (EditRefused, nothing stored), then commits in one
transaction and returns a Change. Deleting a persona also removes its journey
stages and campaign targets (ON DELETE CASCADE); the snapshot it returns lets
undo put all of them back in one step."""

from __future__ import annotations

import math
from pathlib import Path

from app.models.personas.rules import CANVAS
from app.services.personas.messages import MESSAGES, PERSONA_LABELS
from app.services.plan import images
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import text_value
from app.services.plan.messages import Message, Term
from app.services.plan.row_edits import RowEdits
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile

TEXT_FIELDS = {
    "name": 200,
    "role": 300,
    "age_band": 100,
    "city_tier": 100,
    "income_band": 100,
    "goals": 5_000,
    "pain_points": 5_000,
    "behaviours": 5_000,
    "preferred_channels": 2_000,
    "buying_triggers": 5_000,
    "quote": 1_000,
    "profile": 5_000,
}
FIELDS = (*TEXT_FIELDS, "customer_share_pct")
LABELS = PERSONA_LABELS
# Every column but the photo bytes: the card grid and the rules never need them.
LIST_COLUMNS = ("id", "position", *FIELDS, "photo_mime")


def parse_share(field: str, label: Term | Message, value, allow_empty: bool = True) -> float | None:
    """A percentage from 0 to 100 given as a number or text ('12.5', '12.5 %');
    empty text is None when *allow_empty*. Raises EditRefused otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_empty:
            return None
        raise EditRefused(field, MESSAGES("share_needed", label=label))
    if isinstance(value, bool):
        raise EditRefused(field, MESSAGES("share_needed", label=label))
    if isinstance(value, str):
        text = value.strip().rstrip("%％").strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise EditRefused(field, MESSAGES("share_bad", label=label, value=shown(value.strip()))) from None
    elif isinstance(value, (int, float)):
        number = float(value) if abs(value) < 1e308 else math.inf  # an int beyond float range
    else:
        raise EditRefused(field, MESSAGES("share_needed", label=label))
    if not math.isfinite(number) or not 0 <= number <= 100:
        raise EditRefused(field, MESSAGES("share_bad", label=label, value=shown(value)))
    return round(number, 4)


def check_value(field: str, value):
    """The value to store for persona *field*, or EditRefused."""
    if field not in FIELDS:
        raise EditRefused(field, MESSAGES("unknown_persona_field", field=field))
    label = Term(LABELS[field])
    if field == "customer_share_pct":
        return parse_share(field, label, value)
    return text_value(field, label, value, TEXT_FIELDS[field])


PERSONAS = RowEdits(CANVAS, "persona", check_value, MESSAGES("persona_gone"))
add_persona, update_persona, move_persona = PERSONAS.add, PERSONAS.update, PERSONAS.move


# -- reading -----------------------------------------------------------------
def list_personas(plan: PlanFile, ids=None, columns: tuple[str, ...] = LIST_COLUMNS) -> list[dict]:
    """Personas in their order (only *ids* when given), without photo bytes
    (``photo_mime`` tells whether there is a photo). *columns* narrows what
    is read: the rules and the journey chooser need only a few."""
    names = ", ".join(f'"{c}"' for c in columns)
    where, params = "", ()
    if ids is not None:
        ids = tuple(ids)
        where, params = f" WHERE id IN ({', '.join('?' for _ in ids)})", ids
    cursor = plan.conn.execute(f"SELECT {names} FROM persona{where} ORDER BY position, id", params)
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def get_persona(plan: PlanFile, persona_id: str) -> dict | None:
    """One persona with every column (photo bytes included), or None."""
    cursor = plan.conn.execute("SELECT * FROM persona WHERE id = ?", (persona_id,))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None


def photo_of(plan: PlanFile, persona_id: str) -> tuple[bytes | None, str | None]:
    """(photo bytes, mime) of a persona; (None, None) when it has none."""
    row = plan.conn.execute("SELECT photo, photo_mime FROM persona WHERE id = ?", (persona_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


# -- editing -----------------------------------------------------------------


def set_photo_from_file(plan: PlanFile, persona_id: str, path: Path) -> Change:
    """Check, scale and store an image file as the persona's photo."""
    data, mime = images.load_image(Path(path), "photo")
    return set_photo(plan, persona_id, data, mime)


def set_photo(plan: PlanFile, persona_id: str, data: bytes | None, mime: str | None) -> Change:
    """Store already-checked photo bytes (None clears the photo)."""
    if (data is None) != (mime is None) or mime not in (None, "image/png", "image/jpeg"):
        raise EditRefused("photo", MESSAGES("photo_incomplete"))
    images.check_stored_image(data, "photo")
    with plan.transaction() as conn:
        cursor = conn.execute("UPDATE persona SET photo = ?, photo_mime = ? WHERE id = ?", (data, mime, persona_id))
        if cursor.rowcount != 1:
            raise EditRefused("photo", MESSAGES("persona_gone"))
    return Change(CANVAS, "persona", (persona_id,), ("photo",))


def persona_order(plan: PlanFile) -> list[str]:
    """Persona ids in card order (what undo of a drag puts back)."""
    return [r[0] for r in plan.conn.execute("SELECT id FROM persona ORDER BY position, id")]


def set_persona_order(plan: PlanFile, persona_ids) -> Change:
    """Store *persona_ids* (every persona, each once) as the card order."""
    ids = list(persona_ids)
    if sorted(ids) != sorted(persona_order(plan)):
        raise EditRefused("", MESSAGES("cards_changed"))
    with plan.transaction() as conn:
        conn.executemany("UPDATE persona SET position = ? WHERE id = ?", list(enumerate(ids)))
    return Change(CANVAS, "persona", tuple(ids), structure=True)


def moved_order(order: list[str], persona_ids, index: int) -> list[str]:
    """*order* with *persona_ids* (kept in card order) moved before the card
    now at *index* (the end when *index* is past the last card)."""
    wanted = set(persona_ids)
    moving = [i for i in order if i in wanted]
    before = order[index] if 0 <= index < len(order) else None
    while before in wanted:  # dropped onto a moved card: before the next card that stays
        following = order.index(before) + 1
        before = order[following] if following < len(order) else None
    rest = [i for i in order if i not in wanted]
    at = rest.index(before) if before is not None else len(rest)
    return rest[:at] + moving + rest[at:]


def move_personas(plan: PlanFile, persona_ids, index: int) -> Change:
    """Move personas before the card now at *index* (see moved_order) in one transaction."""
    order = persona_order(plan)
    if not set(persona_ids) <= set(order):
        raise EditRefused("", MESSAGES("persona_gone"))
    return set_persona_order(plan, moved_order(order, persona_ids, index))


def delete_personas(plan: PlanFile, persona_ids: list[str]) -> tuple[Change, dict]:
    """Delete personas with their journey stages and campaign targets in one
    transaction; return the change and a snapshot for restore_personas."""
    wanted = set(persona_ids)
    with plan.transaction() as conn:
        rows = read_rows(conn, "persona")
        missing = wanted - {r["id"] for r in rows}
        if missing:
            raise EditRefused("", MESSAGES("persona_gone"))
        snapshot = {
            "personas": [(index, row) for index, row in enumerate(rows) if row["id"] in wanted],
            "stages": [s for s in read_rows(conn, "journey_stage") if s["persona_id"] in wanted],
            "targets": [t for t in read_rows(conn, "campaign_persona") if t["persona_id"] in wanted],
        }
        gone = [(i,) for i in persona_ids]
        conn.executemany("DELETE FROM journey_stage WHERE persona_id = ?", gone)
        conn.executemany("DELETE FROM campaign_persona WHERE persona_id = ?", gone)
        conn.executemany("DELETE FROM persona WHERE id = ?", gone)
        kept = [r["id"] for r in rows if r["id"] not in wanted]
        conn.executemany("UPDATE persona SET position = ? WHERE id = ?", list(enumerate(kept)))
    return Change(CANVAS, "persona", tuple(persona_ids), structure=True), snapshot


def restore_personas(plan: PlanFile, snapshot: dict) -> Change:
    """Put deleted personas back where they were, with their journeys and
    campaign targets (undo of delete_personas), in one transaction."""
    with plan.transaction() as conn:
        order = [r["id"] for r in read_rows(conn, "persona")]
        for index, row in sorted(snapshot["personas"], key=lambda pair: pair[0]):
            order.insert(min(index, len(order)), row["id"])
            _insert(conn, "persona", row)
        conn.executemany("UPDATE persona SET position = ? WHERE id = ?", list(enumerate(order)))
        for table, key in (("journey_stage", "stages"), ("campaign_persona", "targets")):
            for row in snapshot[key]:
                _insert(conn, table, row)
    ids = tuple(row["id"] for _, row in snapshot["personas"])
    return Change(CANVAS, "persona", ids, structure=True)


def _insert(conn, table: str, row: dict) -> None:
    """Insert *row* as it was read (every column)."""
    names = list(row)
    quoted = ", ".join(f'"{n}"' for n in names)
    conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in names)})', [row[n] for n in names])


def duplicate_persona(plan: PlanFile, persona_id: str, copy_id: str | None = None) -> Change:
    """Insert a copy of a persona (photo and journey included) right after it."""
    import uuid

    from app.services.personas.journeys import stage_id

    source = get_persona(plan, persona_id)
    if source is None:
        raise EditRefused("", MESSAGES("persona_gone"))
    copy_id = copy_id or str(uuid.uuid4())
    with plan.transaction() as conn:
        order = [r[0] for r in conn.execute("SELECT id FROM persona ORDER BY position, id")]
        order.insert(order.index(persona_id) + 1, copy_id)
        _insert(conn, "persona", {**source, "id": copy_id, "position": len(order)})
        conn.executemany("UPDATE persona SET position = ? WHERE id = ?", list(enumerate(order)))
        for stage in read_rows(conn, "journey_stage", {"persona_id": persona_id}):
            _insert(conn, "journey_stage", {**stage, "id": stage_id(copy_id, stage["stage"]), "persona_id": copy_id})
    return Change(CANVAS, "persona", (copy_id,), structure=True)
