"""Copies of a plan: rotating backups on open, Save As and Duplicate.

Copies use SQLite's backup API (the original kept before a migration is
copied byte for byte under a read lock) into a temporary file in the target
folder, which is then renamed into place; a copy never half-exists."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from app.services.exchange import temp_files
from app.services.plan import paths
from app.services.plan.errors import PlanWriteError
from app.services.plan.kernel_messages import MESSAGES

DEFAULT_KEEP = 10


def _temp_beside(target: Path) -> Path:
    """An empty temporary file in *target*'s folder, to rename into place
    (abandoned ones a killed process left there are removed first)."""
    temp_files.sweep(target.parent)
    try:
        return temp_files.make_temp(target.parent)
    except OSError as exc:
        raise PlanWriteError(MESSAGES("cannot_write_to", folder=target.parent, reason=exc.strerror)) from None


def write_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind *conn* to *target* atomically."""
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise PlanWriteError(MESSAGES("could_not_write", name=target.name, reason=reason)) from None
    return target


def copy_file_exact(conn: sqlite3.Connection, source: Path, target: Path) -> Path:
    """Copy the file of the plan open on *conn* byte for byte to *target*.

    Keeps the untouched original before a migration; the backup API would
    change the copy's header (schema cookie). A read transaction holds
    SQLite's shared lock while copying, so no writer can change the file."""
    target = Path(target)
    tmp = _temp_beside(target)
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with Path(source).open("rb") as original, tmp.open("wb") as copy:
            shutil.copyfileobj(original, copy)
            copy.flush()
            os.fsync(copy.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PlanWriteError(MESSAGES("could_not_write", name=target.name, reason=exc.strerror)) from None
    finally:
        conn.execute("COMMIT")
    return target


def backup_folder(plan_path: Path) -> Path:
    """The folder of *plan_path*'s backups: one per plan file (a symlink or
    another spelling of its path shares it)."""
    resolved = Path(plan_path).resolve()
    digest = hashlib.sha1(os.fsencode(resolved)).hexdigest()[:10]  # the bytes: a name may not be UTF-8
    stem = resolved.name.removesuffix(".stratdeck")
    return paths.backup_root() / f"{stem}-{digest}"


def rotate_backup(conn: sqlite3.Connection, plan_path: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """Write a dated backup of the plan and keep only the newest *keep*."""
    if keep <= 0:
        return None
    folder = backup_folder(plan_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S-%f")
    target = write_copy(conn, folder / f"{stamp}.stratdeck")
    for old in list_backups(plan_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(plan_path: Path) -> list[Path]:
    """Backups of *plan_path*, newest first."""
    folder = backup_folder(plan_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.stratdeck"), reverse=True)
