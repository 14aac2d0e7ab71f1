"""Restore a plan from one of its backups, in place and undoably.

Before the backup's content replaces the open plan, the current content is
written as a new backup, so undoing a restore is restoring that one."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.services.plan.changes import Change
from app.services.plan.errors import PlanReadOnlyError
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.storage import backups
from app.services.plan.storage.plan_file import PlanFile, write_error

ALL_CANVASES = "*"


def describe_backup(path: Path) -> str:
    """'2026-11-23 11:48:06 · 84 KB' for a backup file."""
    stem = Path(path).stem  # backups are named "YYYY-MM-DD HHMMSS-ffffff"
    try:
        label = dt.datetime.strptime(stem[:17], "%Y-%m-%d %H%M%S").strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        label = dt.datetime.fromtimestamp(Path(path).stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
    size = Path(path).stat().st_size
    return f"{label} · {max(1, round(size / 1024))} KB"


def replace_content(plan: PlanFile, source: Path) -> Change:
    """Make the open *plan* hold exactly the content of the plan file
    *source* (checked and, if older, upgraded on a private copy first)."""
    if plan.read_only:
        raise PlanReadOnlyError(MESSAGES("read_only_restore", name=plan.path.name))
    with PlanFile.open(Path(source), read_only=True) as snapshot:
        plan._rollback()
        try:
            snapshot.conn.backup(plan.conn)  # one transaction: all or nothing
        except sqlite3.Error as exc:
            raise write_error(exc, plan.path.name) from None
    return Change(ALL_CANVASES, "", structure=True)


def restore_backup(plan: PlanFile, backup: Path, keep: int = backups.DEFAULT_KEEP) -> tuple[Change, Path]:
    """Keep the current content as a backup, then restore *backup*.
    Returns the change and the path of the safety backup (for undo)."""
    safety = backups.rotate_backup(plan.conn, plan.path, max(keep, 1) + 1)
    return replace_content(plan, backup), safety
