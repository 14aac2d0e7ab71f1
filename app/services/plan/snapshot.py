"""A consistent private copy of a plan file: the state SQLite would read,
taken without changing the original, even while another process commits.

When no ``-wal`` or ``-shm`` lies beside the plan, the copy is made with
SQLite's backup API on a read-only connection: it holds a shared lock for
the whole copy, so a writer's commit lands entirely before or after it, and
it copies pages without parsing the file's schema. A hot journal (a writer
was killed) makes the read-only connection refuse
(``SQLITE_READONLY_ROLLBACK``); then no writer is active and the plan and
its journal are copied as files, for SQLite to roll back in the copy. With
a ``-wal`` the files are copied too (never opening the original through
SQLite, which would read a WAL that may not belong to it)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from app.services.plan import safe_files
from app.services.plan.file_identity import sidecar
from app.services.plan.sqlite_guard import file_uri

ATTEMPTS = 6  # a writer holds its lock for milliseconds; each attempt also waits BUSY_SECONDS
BUSY_SECONDS = 2.0


class Busy(Exception):
    """The plan stayed locked by a writer through every polite retry."""


def wal_mode(header: bytes) -> bool:
    """Whether a database header says WAL mode (read or write version 2)."""
    return len(header) >= 20 and 2 in (header[18], header[19])


def present(path: Path) -> bool:
    """Whether *path* exists and is not empty (SQLite ignores an empty one)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def copy_file(source: Path, target: Path) -> None:
    """Copy the regular file *source* to *target* (raises OSError, and
    safe_files.NotRegularFile for a FIFO or device)."""
    fd = safe_files.open_regular(source)
    with os.fdopen(fd, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)


def _remove_copy(target: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            sidecar(target, suffix).unlink()


def _copy_files(real: Path, target: Path, *, with_journal: bool, with_wal: bool) -> None:
    """Copy the plan and the chosen sidecars as files."""
    copy_file(real, target)
    for suffix, wanted in (("-journal", with_journal), ("-wal", with_wal)):
        if wanted:
            try:
                copy_file(sidecar(real, suffix), sidecar(target, suffix))
            except FileNotFoundError:
                pass  # rolled back or checkpointed meanwhile: the plan alone is the state


def _backup(real: Path, target: Path) -> None:
    """Copy through SQLite's backup API under a shared lock."""
    source = sqlite3.connect(file_uri(real, "ro"), uri=True, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        source.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        source.execute("PRAGMA trusted_schema = OFF")
        source.execute("PRAGMA mmap_size = 0")
        destination = sqlite3.connect(target, isolation_level=None)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def take(real: Path, target: Path, *, with_journal: bool = True, with_wal: bool = True) -> None:
    """Write a consistent copy of the plan at *real* to *target*.

    *with_wal* copies a ``-wal`` beside it (only meaningful for a plan in
    WAL mode); *with_journal* copies a hot journal for SQLite to roll back.
    Raises Busy when a writer kept the plan locked through every retry,
    sqlite3.Error when SQLite cannot read it, OSError when the files cannot
    be read."""
    try:
        header = safe_files.read_regular(real, 100, head=True)
    except OSError:
        header = b""
    # SQLite opening a WAL-mode plan, even read-only, creates -wal and -shm beside it: copy files instead
    sidecars_present = wal_mode(header) or present(sidecar(real, "-wal")) or sidecar(real, "-shm").exists()
    for attempt in range(ATTEMPTS):
        _remove_copy(target)
        try:
            if sidecars_present:
                _copy_files(real, target, with_journal=with_journal, with_wal=with_wal)
                return
            try:
                _backup(real, target)
                return
            except sqlite3.Error as exc:
                if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
                    raise
            _remove_copy(target)
            _copy_files(real, target, with_journal=with_journal, with_wal=False)  # a hot journal: no live writer
            return
        except sqlite3.OperationalError as exc:
            if not getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise
        except FileNotFoundError:
            if not real.exists():
                raise
        time.sleep(0.02 * (attempt + 1))  # a writer is committing: let it finish
    _remove_copy(target)
    raise Busy(str(real))
