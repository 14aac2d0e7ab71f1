"""Read and edit a persona's customer journey: six fixed stages (awareness →
consideration → purchase → use → loyalty → advocacy), each with touchpoints,
channels and a tactic.

A stage is stored only while it holds some text: writing into an empty stage
creates its row, clearing its last field removes it. So undo of a first edit
(back to empty) leaves the file exactly as before, and "a persona with no
journey" means "no stage rows"."""

from __future__ import annotations

import uuid

from app.models.personas.rules import CANVAS, JOURNEY_STAGES
from app.services.personas.messages import JOURNEY_LABELS, MESSAGES, STAGE_NAMES
from app.services.personas.problems import stage_counts  # noqa: F401 - the journey chooser's count
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.field_checks import text_value
from app.services.plan.messages import Term
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile

FIELDS = {"touchpoints": 2_000, "channels": 1_000, "tactic": 2_000}
LABELS = JOURNEY_LABELS


def journey(plan: PlanFile, persona_id: str) -> list[dict]:
    """The six stages of a persona in journey order; stages not filled in are
    empty dicts with ``id`` None."""
    stored = {r["stage"]: r for r in read_rows(plan.conn, "journey_stage", {"persona_id": persona_id})}
    empty = dict.fromkeys(FIELDS, "")
    return [
        stored.get(stage) or {"id": None, "persona_id": persona_id, "stage": stage, **empty} for stage in JOURNEY_STAGES
    ]


def stage_id(persona_id: str, stage: str) -> str:
    """The id a new stage row gets: derived from persona and stage, so redo
    (and undo of a clear) recreates the very same row."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"stratdeck:journey/{persona_id}/{stage}"))


def stored_stage_id(plan: PlanFile, persona_id: str, stage: str) -> str | None:
    """The id of the stage's row, or None while the stage is empty."""
    row = plan.conn.execute(
        "SELECT id FROM journey_stage WHERE persona_id = ? AND stage = ?", (persona_id, stage)
    ).fetchone()
    return row[0] if row else None


def check_value(stage: str, field: str, value) -> str:
    """The text to store, or EditRefused naming stage and field."""
    if stage not in JOURNEY_STAGES:
        raise EditRefused(field, MESSAGES("unknown_stage", stage=stage))
    if field not in FIELDS:
        raise EditRefused(field, MESSAGES("unknown_journey_field", field=field))
    label = MESSAGES("stage_label", label=Term(LABELS[field]), stage=Term(STAGE_NAMES[stage]))
    return text_value(field, label, value, FIELDS[field])


def set_stage_field(
    plan: PlanFile, persona_id: str, stage: str, field: str, value: str, row_id: str | None = None
) -> Change:
    """Set one field of one stage (creating or removing the stage's row as
    it gains its first or loses its last text; a created row gets *row_id*,
    or the id stage_id derives)."""
    value = check_value(stage, field, value)
    with plan.transaction() as conn:
        if conn.execute("SELECT 1 FROM persona WHERE id = ?", (persona_id,)).fetchone() is None:
            raise EditRefused(field, MESSAGES("persona_gone"))
        row = conn.execute(
            "SELECT id, touchpoints, channels, tactic FROM journey_stage WHERE persona_id = ? AND stage = ?",
            (persona_id, stage),
        ).fetchone()
        if row is None:
            if value:
                values = {**dict.fromkeys(FIELDS, ""), field: value}
                conn.execute(
                    "INSERT INTO journey_stage (id, position, persona_id, stage, touchpoints, channels, tactic) "
                    "VALUES (?, 0, ?, ?, ?, ?, ?)",
                    (
                        row_id or stage_id(persona_id, stage),
                        persona_id,
                        stage,
                        values["touchpoints"],
                        values["channels"],
                        values["tactic"],
                    ),
                )
        else:
            current = dict(zip(("touchpoints", "channels", "tactic"), row[1:], strict=True))
            current[field] = value
            if any(current.values()):
                conn.execute(f'UPDATE journey_stage SET "{field}" = ? WHERE id = ?', (value, row[0]))
            else:
                conn.execute("DELETE FROM journey_stage WHERE id = ?", (row[0],))
        _renumber(conn, persona_id)
    return Change(CANVAS, "journey_stage", (persona_id,), (field,), extra={"stage": stage})


def set_journey(plan: PlanFile, persona_id: str, stages: list[dict]) -> Change:
    """Replace a persona's whole journey with *stages* (dicts with stage, the
    three fields and optionally the row id to keep) in one transaction —
    paste, clear and their undo."""
    checked = []
    for item in stages:
        values = {f: check_value(item["stage"], f, item.get(f) or "") for f in FIELDS}
        if any(values.values()):
            checked.append((item.get("id") or stage_id(persona_id, item["stage"]), item["stage"], values))
    with plan.transaction() as conn:
        if conn.execute("SELECT 1 FROM persona WHERE id = ?", (persona_id,)).fetchone() is None:
            raise EditRefused("", MESSAGES("persona_gone"))
        conn.execute("DELETE FROM journey_stage WHERE persona_id = ?", (persona_id,))
        conn.executemany(
            "INSERT INTO journey_stage (id, position, persona_id, stage, touchpoints, channels, tactic) "
            "VALUES (?, 0, ?, ?, ?, ?, ?)",
            [(row_id, persona_id, stage, v["touchpoints"], v["channels"], v["tactic"]) for row_id, stage, v in checked],
        )
        _renumber(conn, persona_id)
    return Change(CANVAS, "journey_stage", (persona_id,), tuple(FIELDS), structure=True)


def _renumber(conn, persona_id: str) -> None:
    """Positions follow the stage order, dense from 0 (exports diff cleanly)."""
    rows = conn.execute("SELECT id, stage FROM journey_stage WHERE persona_id = ?", (persona_id,)).fetchall()
    ordered = sorted(rows, key=lambda r: JOURNEY_STAGES.index(r[1]))
    conn.executemany("UPDATE journey_stage SET position = ? WHERE id = ?", [(i, r[0]) for i, r in enumerate(ordered)])
