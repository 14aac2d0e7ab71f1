"""A consistent private copy of a plan file: the state SQLite would read,
taken without changing the original, even while another process commits.

When no ``-wal`` or ``-shm`` lies beside the plan, the file is copied while
a read-only SQLite connection holds the shared lock (as SQLite's backup API
would, at file-copy speed): a writer's commit lands entirely before or after
the copy, and nothing of the file's schema is parsed. A hot journal (a writer
was killed) makes the read-only connection refuse
(``SQLITE_READONLY_ROLLBACK``); then no writer is active and the plan and
its journal are copied as files, for SQLite to roll back in the copy. With
a ``-wal`` the files are copied too (never opening the original through
SQLite, which would read a WAL that may not belong to it)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from pathlib import Path

from app.services.plan.storage import safe_files
from app.services.plan.storage.file_identity import sidecar
from app.services.plan.storage.sqlite_guard import file_uri

ATTEMPTS = 6  # a writer holds its lock for milliseconds; each attempt also waits BUSY_SECONDS
BUSY_SECONDS = 2.0


class Busy(Exception):
    """The plan stayed locked by a writer through every polite retry."""


def wal_mode(header: bytes) -> bool:
    """Whether a database header says WAL mode (read or write version 2)."""
    return len(header) >= 20 and 2 in (header[18], header[19])


def present(path: Path) -> bool:
    """Whether *path* is a regular file and not empty (SQLite ignores an empty one)."""
    try:
        info = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size > 0


def special(path: Path) -> bool:
    """Whether *path* exists but is not a regular file (a FIFO, a folder, a
    device): SQLite would block on it or fail, so it is never used."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def special_sidecars(real: Path) -> list[Path]:
    """The plan's ``-journal``, ``-wal`` and ``-shm`` that are not regular files."""
    return [sidecar(real, suffix) for suffix in ("-journal", "-wal", "-shm") if special(sidecar(real, suffix))]


def copy_file(source: Path, target: Path) -> None:
    """Copy the regular file *source* to *target* (raises OSError, and
    safe_files.NotRegularFile for a FIFO or device). The kernel copies
    (``sendfile``) where it can: plans may be tens of megabytes."""
    fd = safe_files.open_regular(source)
    try:
        with open(target, "wb") as writer:
            offset = _send(fd, writer.fileno())
            while chunk := os.pread(fd, 1 << 20, offset):
                writer.write(chunk)
                offset += len(chunk)
    finally:
        os.close(fd)


def _send(source: int, target: int) -> int:
    """Copy with ``os.sendfile`` as far as it goes; return the bytes copied
    (0 where it is not available, for the caller to copy the rest)."""
    if not hasattr(os, "sendfile"):
        return 0
    offset = 0
    try:
        while sent := os.sendfile(target, source, offset, 1 << 24):
            offset += sent
    except OSError:
        pass  # not supported between these files: the caller reads the rest
    return offset


def _remove_copy(target: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            sidecar(target, suffix).unlink()


def _copy_files(real: Path, target: Path, *, with_journal: bool, with_wal: bool) -> None:
    """Copy the plan and the chosen sidecars as files."""
    copy_file(real, target)
    for suffix, wanted in (("-journal", with_journal), ("-wal", with_wal)):
        if wanted and not special(sidecar(real, suffix)):
            try:
                copy_file(sidecar(real, suffix), sidecar(target, suffix))
            except FileNotFoundError:
                pass  # rolled back or checkpointed meanwhile: the plan alone is the state


def _locked_copy(real: Path, target: Path) -> None:
    """Copy the file while a read-only SQLite connection holds the shared
    lock (a writer cannot change the file meanwhile: it waits for us, or we
    for it). ``PRAGMA schema_version`` takes the lock reading only the
    header: nothing of the file's schema is parsed."""
    source = sqlite3.connect(file_uri(real, "ro"), uri=True, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        source.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        source.execute("PRAGMA trusted_schema = OFF")
        source.execute("PRAGMA mmap_size = 0")
        source.execute("BEGIN")
        source.execute("PRAGMA schema_version").fetchone()
        copy_file(real, target)
        source.execute("COMMIT")
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
    sidecars_present = (
        wal_mode(header)
        or present(sidecar(real, "-wal"))
        or sidecar(real, "-shm").exists()
        or bool(special_sidecars(real))  # SQLite would open a FIFO journal and wait on it
    )
    for attempt in range(ATTEMPTS):
        _remove_copy(target)
        try:
            if sidecars_present:
                _copy_files(real, target, with_journal=with_journal, with_wal=with_wal)
                return
            try:
                _locked_copy(real, target)
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
