"""The review commands of ``stratdeck``: snapshot, snapshots, diff, merge.

Exit codes beyond the common ones (app/main.py): ``merge`` exits 5 when
conflicts are left unresolved, after printing them; nothing is written."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.services.plan.errors import StratdeckError, UsageError
from app.services.plan.storage.plan_file import PlanFile
from app.services.review import snapshots
from app.services.review.diff import diff_documents
from app.services.review.documents import live_document, plan_id
from app.services.review.figures import figure_changes
from app.services.review.merge import ROW, Conflict
from app.services.review.messages import MESSAGES
from app.services.review.report import diff_json, diff_lines, shown_value

COMMANDS = ("snapshot", "snapshots", "diff", "merge")
CONFLICT_EXIT = 5


class UnresolvedConflicts(StratdeckError):
    """A merge met conflicts that were not resolved; ``details`` lists them."""

    exit_code = CONFLICT_EXIT

    def __init__(self, message, details: list[str]):
        super().__init__(message)
        self.details = details


def add_parsers(sub) -> None:
    """Add the review commands to the ``stratdeck`` sub-command parser."""
    take = sub.add_parser("snapshot", help="record a snapshot of a plan inside its file")
    take.add_argument("plan")
    take.add_argument("--name", required=True)
    take.add_argument("--note", default="")
    listing = sub.add_parser("snapshots", help="list a plan's snapshots, newest first")
    listing.add_argument("plan")
    compare = sub.add_parser("diff", help="what changed between two copies of a plan, or since a snapshot")
    compare.add_argument(
        "a", metavar="A", help="a plan file (the older side, or the plan whose snapshot --since names)"
    )
    compare.add_argument("b", metavar="B", nargs="?", help="another copy of the same plan (default: A itself)")
    compare.add_argument("--since", default=None, help="compare from this snapshot of A (name or id)")
    compare.add_argument("--format", choices=("text", "json"), default="text", dest="fmt")
    merging = sub.add_parser("merge", help="merge two copies of a plan against the snapshot they share")
    merging.add_argument("mine")
    merging.add_argument("theirs")
    merging.add_argument("-o", "--output", required=True, help="the merged plan (a new file, or MINE itself)")
    merging.add_argument("--prefer", choices=("mine", "theirs"), default=None, help="resolve every conflict this way")


def run(args: argparse.Namespace) -> list[str]:
    """Run one review command; return the lines to print."""
    if args.command == "snapshot":
        return take_snapshot(args.plan, args.name, args.note)
    if args.command == "snapshots":
        return list_snapshots(args.plan)
    if args.command == "diff":
        return diff_plans(args.a, args.b, args.since, args.fmt)
    return merge_plans(args.mine, args.theirs, args.output, args.prefer)


def take_snapshot(target: str, name: str, note: str = "") -> list[str]:
    """``stratdeck snapshot PLAN --name NAME [--note TEXT]``."""
    with PlanFile.open(Path(target), keep_backups=0) as plan:
        _change, info = snapshots.take_snapshot(plan, name, note)
    return [f"Snapshot “{info.name}” taken ({info.stored_bytes:,} bytes) in {Path(target).name}"]


def list_snapshots(target: str) -> list[str]:
    """``stratdeck snapshots PLAN``: one line per snapshot, newest first."""
    with PlanFile.open(Path(target), read_only=True) as plan:
        found = snapshots.list_snapshots(plan)
    if not found:
        return [f"{Path(target).name} has no snapshots."]
    lines = [f"{len(found)} snapshot{'s' if len(found) != 1 else ''} in {Path(target).name}:"]
    for info in found:
        note = f" — {' '.join(info.note.split())[:60]}" if info.note else ""
        lines.append(f"  {info.taken_at}  {info.name}  [{info.kind}, {info.stored_bytes:,} bytes, id {info.id}]{note}")
    return lines


def diff_plans(a: str, b: str | None, since: str | None, fmt: str = "text") -> list[str]:
    """``stratdeck diff A B [--since SNAPSHOT] [--format text|json]``."""
    if b is None and since is None:
        raise UsageError(MESSAGES("diff_needs_two"))
    with PlanFile.open(Path(a), read_only=True) as plan:
        if since is not None:
            info = snapshots.find_snapshot(plan, since)
            old, old_label = snapshots.read_snapshot(plan, info.id), f"snapshot “{info.name}”"
        else:
            old, old_label = live_document(plan.conn), Path(a).name
        new, new_label = (live_document(plan.conn), Path(a).name) if b is None else (None, Path(b).name)
    if new is None:
        with PlanFile.open(Path(b), read_only=True) as other:
            new = live_document(other.conn)
    if plan_id(old) != plan_id(new):
        raise UsageError(MESSAGES("different_plans", mine=Path(a).name, theirs=Path(b).name))
    result = diff_documents(old, new)
    result.figures = figure_changes(old, new)
    if fmt == "json":
        return [json.dumps(diff_json(result, old_label, new_label), ensure_ascii=False, indent=2)]
    return diff_lines(result, old_label, new_label)


def conflict_line(conflict: Conflict) -> str:
    """One conflict as a readable line: where, and the three values."""
    label = conflict.label
    if conflict.field == ROW:
        mine = "deleted" if conflict.mine is None else "edited"
        theirs = "deleted" if conflict.theirs is None else "edited"
        what = f"mine {mine}, theirs {theirs}"
        return f"  {conflict.table} “{label}” (whole row): {what}  [{conflict.id}]"
    values = (
        f"base {shown_value(conflict.table, conflict.field, conflict.base)} | "
        f"mine {shown_value(conflict.table, conflict.field, conflict.mine)} | "
        f"theirs {shown_value(conflict.table, conflict.field, conflict.theirs)}"
    )
    return f"  {conflict.table} “{label}” {conflict.field}: {values}  [{conflict.id}]"


def merge_plans(mine_path: str, theirs_path: str, output: str, prefer: str | None = None) -> list[str]:
    """``stratdeck merge MINE THEIRS -o OUT [--prefer mine|theirs]``. OUT is
    a new file, or MINE itself (then a backup of MINE is written first and
    the merge is one transaction)."""
    from app.services.review import copies

    out = Path(output)
    in_place = out.exists() and out.resolve() == Path(mine_path).resolve()
    if out.exists() and not in_place:
        raise UsageError(MESSAGES("output_exists", file=out.name))
    with PlanFile.open(Path(mine_path), keep_backups=0) as mine:  # merge_into_plan writes the backup
        inputs, result = copies.merge_files(mine, Path(theirs_path), prefer=prefer)
        if not result.ok:
            details = [f"Conflicts ({len(result.unresolved)}), against snapshot “{inputs.base_name}”:"]
            details += [conflict_line(c) for c in result.unresolved]
            details.append("Resolve them in the app (File › Merge a Copy…) or pass --prefer mine or --prefer theirs.")
            raise UnresolvedConflicts(MESSAGES("unresolved", count=len(result.unresolved)), details)
        if in_place:
            copies.merge_into_plan(mine, inputs, result)
        else:
            copies.merge_to_new_file(inputs, result, mine, out)
    merged = diff_documents(inputs.mine, result.document).counts()
    resolved = f", {len(result.conflicts)} conflicts resolved as {prefer}" if result.conflicts else ""
    return [
        f"Merged {Path(theirs_path).name} into {out.name} against snapshot “{inputs.base_name}”: "
        f"{merged['added']} added, {merged['removed']} removed, {merged['changed']} changed{resolved}"
    ]
