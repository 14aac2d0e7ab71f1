"""Copies of one plan: Send a Copy (a copy plus a snapshot both files
share), finding the common version of two copies, and writing a merge into
the open plan (one transaction, after a backup) or into a new file."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from app.services.plan import schema
from app.services.plan.changes import Change
from app.services.plan.errors import ImportDataError, UsageError
from app.services.plan.storage import backups
from app.services.plan.storage.plan_file import PlanFile
from app.services.review import snapshots
from app.services.review.documents import SNAPSHOT_TABLE, content_tables, live_document, plan_id
from app.services.review.merge import MergeResult, merge
from app.services.review.messages import MESSAGES

ALL_CANVASES = "*"


@dataclass
class MergeInputs:
    """The three versions a merge needs, and the shared snapshot used as base."""

    base: dict
    mine: dict
    theirs: dict
    base_name: str
    base_id: str
    theirs_snapshots: list[tuple]  # snapshot rows of the other copy


def send_copy(plan: PlanFile, target: Path, name: str = "", note: str = "") -> tuple[Change, Path, str]:
    """Write a copy of *plan* to *target* after recording a shared snapshot,
    which both files then hold (the base of a later merge). Returns the
    change, the copy's path and the snapshot id."""
    target = Path(target)
    if target.exists() and target.resolve() == plan.path.resolve():
        raise UsageError(MESSAGES("same_file", file=target.name))
    label = name or f"Sent to {target.stem}"[:200]
    change, info = snapshots.take_snapshot(plan, label, note, kind="shared-copy")
    try:
        plan.save_copy(target)
    except BaseException:
        with contextlib.suppress(Exception):
            snapshots.delete_snapshot(plan, info.id)
        raise
    return change, target, info.id


def snapshot_rows(plan: PlanFile) -> list[tuple]:
    """Every snapshot row of *plan* as stored (column order of the table)."""
    return [tuple(r) for r in plan.conn.execute(f'SELECT * FROM "{SNAPSHOT_TABLE}"')]


def common_snapshot(mine: PlanFile, theirs: PlanFile) -> snapshots.SnapshotInfo | None:
    """The newest snapshot both copies hold (same id and same content)."""
    theirs_by_id = {s.id: s for s in snapshots.list_snapshots(theirs)}
    for info in snapshots.list_snapshots(mine):  # newest first
        other = theirs_by_id.get(info.id)
        if other is not None and other.content_sha256 == info.content_sha256:
            return info
    return None


def merge_inputs(mine: PlanFile, theirs: PlanFile) -> MergeInputs:
    """Read both copies and their common version; refuse copies of two
    different plans, or copies without a shared snapshot."""
    mine_doc, theirs_doc = live_document(mine.conn), live_document(theirs.conn)
    if plan_id(mine_doc) != plan_id(theirs_doc):
        raise UsageError(MESSAGES("different_plans", mine=mine.path.name, theirs=theirs.path.name))
    base = common_snapshot(mine, theirs)
    if base is None:
        raise UsageError(MESSAGES("no_common_snapshot", mine=mine.path.name, theirs=theirs.path.name))
    base_doc = snapshots.read_snapshot(mine, base.id)
    return MergeInputs(base_doc, mine_doc, theirs_doc, base.name, base.id, snapshot_rows(theirs))


def replace_rows(conn, document: dict) -> None:
    """Make the plan behind *conn* hold exactly *document*'s rows (inside
    the caller's transaction); its snapshots are kept."""
    from app.services.exchange.json_exchange import insert_document
    from app.services.exchange.json_rows import check_document

    try:
        rows = check_document(document)
    except ImportDataError as exc:
        raise ImportDataError(MESSAGES("merge_invalid", reason=str(exc)), "") from None
    for table in reversed(content_tables()):
        conn.execute(f'DELETE FROM "{table.name}"')
    try:
        insert_document(conn, {name: rows[name] for name in rows if name != SNAPSHOT_TABLE})
    except ImportDataError as exc:  # two valid edits of one row that break a rule together
        raise ImportDataError(MESSAGES("merge_invalid", reason=str(exc)), "") from None


def add_snapshot_rows(conn, rows: list[tuple]) -> None:
    """Add the snapshot rows the plan does not hold yet (same id = same snapshot)."""
    names = schema.table(SNAPSHOT_TABLE).column_names
    sql = f'INSERT OR IGNORE INTO "{SNAPSHOT_TABLE}" ({", ".join(names)}) VALUES ({", ".join("?" for _ in names)})'
    conn.executemany(sql, rows)


def write_into_plan(plan: PlanFile, document: dict, extra_snapshots: list[tuple] = ()) -> Change:
    """Replace the open plan's rows with *document* in one transaction (all
    or nothing; a killed process leaves the plan as it was)."""
    with plan.transaction() as conn:
        replace_rows(conn, document)
        add_snapshot_rows(conn, list(extra_snapshots))
    return Change(ALL_CANVASES, "", structure=True)


def merge_into_plan(
    plan: PlanFile, inputs: MergeInputs, result: MergeResult, keep: int = backups.DEFAULT_KEEP
) -> tuple[Change, dict, Path | None]:
    """Write a resolved merge into the open *plan*: a backup first, then one
    transaction. Returns the change, the content before (for undo) and the
    backup's path."""
    if not result.ok:
        raise UsageError(MESSAGES("unresolved", count=len(result.unresolved)))
    before = live_document(plan.conn)
    backup = backups.rotate_backup(plan.conn, plan.path, max(keep, 1))
    change = write_into_plan(plan, result.document, inputs.theirs_snapshots)
    return change, before, backup


def merge_to_new_file(inputs: MergeInputs, result: MergeResult, mine: PlanFile, target: Path) -> Path:
    """Write a resolved merge as a new plan file holding both copies' snapshots."""
    if not result.ok:
        raise UsageError(MESSAGES("unresolved", count=len(result.unresolved)))
    target = Path(target)
    if target.exists():
        raise UsageError(MESSAGES("output_exists", file=target.name))
    rows = {r[0]: r for r in snapshot_rows(mine) + list(inputs.theirs_snapshots)}
    from app.services.plan.storage.plan_file import build_new_file

    def fill(conn) -> None:
        replace_rows(conn, result.document)
        add_snapshot_rows(conn, list(rows.values()))

    build_new_file(target, fill)
    return target


def merge_files(mine: PlanFile, theirs_path: Path, resolutions: dict | None = None, prefer: str | None = None):
    """Open the other copy read-only and merge it with *mine*: (inputs, result)."""
    theirs_path = Path(theirs_path)
    if theirs_path.resolve() == mine.path.resolve():
        raise UsageError(MESSAGES("same_file", file=theirs_path.name))
    with PlanFile.open(theirs_path, read_only=True) as theirs:
        inputs = merge_inputs(mine, theirs)
    return inputs, merge(inputs.base, inputs.mine, inputs.theirs, resolutions, prefer)
