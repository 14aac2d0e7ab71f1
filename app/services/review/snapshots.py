"""Snapshots inside the plan file: take, list, read, restore as a new plan,
delete. A snapshot never changes the plan's content: it only adds (or
removes) a row of ``plan_snapshot``."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.services.plan import schema
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, PlanFileError, UsageError
from app.services.plan.storage.plan_file import PlanFile, now_iso
from app.services.review.documents import SNAPSHOT_TABLE, canonical_bytes, digest, live_document
from app.services.review.messages import MESSAGES

CANVAS = "review"
MAX_NAME, MAX_NOTE = 200, 5_000
LIST_COLUMNS = ("id", "name", "note", "kind", "taken_at", "content_format", "content_sha256", "length(content)")


@dataclass(frozen=True)
class SnapshotInfo:
    """What the Snapshots list shows of one snapshot (not its rows)."""

    id: str
    name: str
    note: str
    kind: str
    taken_at: str
    content_format: int
    content_sha256: str
    stored_bytes: int


def _checked_text(name: str, note: str) -> tuple[str, str]:
    name, note = (name or "").strip(), note or ""
    if not name:
        raise EditRefused("name", MESSAGES("name_missing"))
    if len(name) > MAX_NAME:
        raise EditRefused("name", MESSAGES("name_too_long", length=len(name)))
    if len(note) > MAX_NOTE:
        raise EditRefused("note", MESSAGES("note_too_long", length=len(note)))
    return name, note


def compress(document: dict) -> bytes:
    """The stored form of a document: zlib (level 9) of its canonical JSON."""
    return zlib.compress(canonical_bytes(document), 9)


def insert_snapshot(
    conn: sqlite3.Connection,
    document: dict,
    name: str,
    note: str,
    kind: str,
    snapshot_id: str | None = None,
    taken_at: str | None = None,
) -> str:
    """Insert a snapshot row of *document* on *conn* (inside the caller's
    transaction); returns its id."""
    snapshot_id = snapshot_id or str(uuid.uuid4())
    conn.execute(
        f'INSERT INTO "{SNAPSHOT_TABLE}" (id, name, note, kind, taken_at, content_format, content_sha256, content) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            snapshot_id,
            name,
            note,
            kind,
            taken_at or now_iso(),
            document["format_version"],
            digest(document),
            compress(document),
        ),
    )
    return snapshot_id


def take_snapshot(plan: PlanFile, name: str, note: str = "", kind: str = "manual") -> tuple[Change, SnapshotInfo]:
    """Record the plan's current rows as a snapshot called *name*."""
    name, note = _checked_text(name, note)
    with plan.transaction() as conn:
        snapshot_id = insert_snapshot(conn, live_document(conn), name, note, kind)
    info = snapshot_info(plan, snapshot_id)
    return Change(CANVAS, SNAPSHOT_TABLE, (snapshot_id,), structure=True), info


def list_snapshots(plan: PlanFile) -> list[SnapshotInfo]:
    """Every snapshot of the plan, newest first."""
    rows = plan.conn.execute(
        f'SELECT {", ".join(LIST_COLUMNS)} FROM "{SNAPSHOT_TABLE}" ORDER BY taken_at DESC, rowid DESC'
    ).fetchall()
    return [SnapshotInfo(*row) for row in rows]


def snapshot_info(plan: PlanFile, snapshot_id: str) -> SnapshotInfo:
    """One snapshot's list entry; UsageError when there is none."""
    row = plan.conn.execute(
        f'SELECT {", ".join(LIST_COLUMNS)} FROM "{SNAPSHOT_TABLE}" WHERE id = ?', (snapshot_id,)
    ).fetchone()
    if row is None:
        raise UsageError(MESSAGES("unknown_snapshot", plan=plan.path.name, snapshot=snapshot_id))
    return SnapshotInfo(*row)


def find_snapshot(plan: PlanFile, name_or_id: str) -> SnapshotInfo:
    """The snapshot with this id, or the newest one with this name."""
    found = [s for s in list_snapshots(plan) if s.id == name_or_id]
    found = found or [s for s in list_snapshots(plan) if s.name == name_or_id]
    if not found:
        raise UsageError(MESSAGES("unknown_snapshot", plan=plan.path.name, snapshot=name_or_id))
    return found[0]  # the newest of those with this name


def read_snapshot(plan: PlanFile, snapshot_id: str) -> dict:
    """The document a snapshot holds (PlanFileError when it is damaged)."""
    info = snapshot_info(plan, snapshot_id)
    blob = plan.conn.execute(f'SELECT content FROM "{SNAPSHOT_TABLE}" WHERE id = ?', (snapshot_id,)).fetchone()[0]
    return decode(blob, info.name, plan.path.name)


def decode(blob: bytes, name: str, plan_name: str) -> dict:
    """The document inside a stored snapshot."""
    import json

    try:
        document = json.loads(zlib.decompress(blob).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise PlanFileError(
            MESSAGES("snapshot_damaged", snapshot=name, plan=plan_name, reason=type(exc).__name__)
        ) from None
    if not isinstance(document, dict) or "plan" not in document:
        raise PlanFileError(MESSAGES("snapshot_damaged", snapshot=name, plan=plan_name, reason="not a plan"))
    if document.get("format_version", 0) > schema.schema_version():
        raise PlanFileError(MESSAGES("snapshot_newer", snapshot=name, version=document.get("format_version")))
    return upgraded(document)


def upgraded(document: dict) -> dict:
    """*document* in the current plan format: a snapshot taken by an older
    format lacks the tables and columns added since; they take their
    defaults, as an import would give them (so a diff does not list them)."""
    from app.services.review.documents import content_tables

    for table in content_tables():
        rows = [document.setdefault("plan", {})] if table.name == "plan" else document.setdefault(table.name, [])
        for row in rows:
            for column in table.columns:
                row.setdefault(column.name, column.default)
    document["format_version"] = schema.schema_version()
    return document


def delete_snapshot(plan: PlanFile, snapshot_id: str) -> tuple[Change, tuple]:
    """Delete a snapshot; returns the change and the row (for undo)."""
    snapshot_info(plan, snapshot_id)
    row = plan.conn.execute(f'SELECT * FROM "{SNAPSHOT_TABLE}" WHERE id = ?', (snapshot_id,)).fetchone()
    with plan.transaction() as conn:
        conn.execute(f'DELETE FROM "{SNAPSHOT_TABLE}" WHERE id = ?', (snapshot_id,))
    return Change(CANVAS, SNAPSHOT_TABLE, (snapshot_id,), structure=True), tuple(row)


def restore_deleted(plan: PlanFile, row: tuple) -> Change:
    """Put back a snapshot row removed by delete_snapshot (undo)."""
    names = schema.table(SNAPSHOT_TABLE).column_names
    with plan.transaction() as conn:
        conn.execute(
            f'INSERT INTO "{SNAPSHOT_TABLE}" ({", ".join(names)}) VALUES ({", ".join("?" for _ in names)})', row
        )
    return Change(CANVAS, SNAPSHOT_TABLE, (row[0],), structure=True)


def write_plan(document: dict, target: Path, snapshots: list[tuple] = ()) -> Path:
    """Write *document* as a new plan file at *target* (atomically), with
    the given snapshot rows (``insert_snapshot`` arguments) recorded in it."""
    from app.services.exchange.json_exchange import insert_document
    from app.services.exchange.json_rows import check_document
    from app.services.plan.storage.plan_file import build_new_file

    rows = check_document(document)

    def fill(conn: sqlite3.Connection) -> None:
        insert_document(conn, rows)
        for args in snapshots:
            insert_snapshot(conn, *args)

    build_new_file(Path(target), fill)
    return Path(target)


def restore_as_new_plan(plan: PlanFile, snapshot_id: str, target: Path) -> Path:
    """Write the snapshot's rows as a new plan file at *target*. The new plan
    keeps the plan id and holds this snapshot too, so it can later be
    compared and merged with the plan it came from."""
    target = Path(target)
    if target.exists():
        raise UsageError(MESSAGES("output_exists", file=target.name))
    info = snapshot_info(plan, snapshot_id)
    document = read_snapshot(plan, snapshot_id)
    return write_plan(document, target, [(document, info.name, info.note, info.kind, info.id, info.taken_at)])


@contextlib.contextmanager
def open_document(document: dict, name: str = "snapshot"):
    """A read-only, in-memory PlanFile holding *document*, for the services
    that read a plan (figures, the deck); closed on leaving the block."""
    from app.services.exchange.json_exchange import insert_document
    from app.services.exchange.json_rows import check_document
    from app.services.plan.storage import sqlite_guard
    from app.services.plan.storage.plan_file import create_schema

    rows = check_document(document)
    conn = sqlite_guard.connect("file::memory:", writable=True)
    conn.execute("BEGIN")
    create_schema(conn)
    insert_document(conn, rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA query_only = ON")
    plan = PlanFile(Path(name), conn, None, True, None)
    try:
        yield plan
    finally:
        conn.close()
