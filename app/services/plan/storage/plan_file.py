"""Open, create and close plan files (``*.stratdeck``).

A plan is one SQLite file in rollback-journal mode with ``synchronous=FULL``:
every edit is its own committed transaction, and a closed plan is a single
file. Opening checks a private copy first (see plan_validation), takes a lock
beside the plan, keeps a rotating backup and migrates old formats."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.services.exchange import temp_files
from app.services.plan import schema
from app.services.plan.errors import EditRefused, PlanFileError, PlanReadOnlyError, PlanWriteError, UsageError
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.messages import Message
from app.services.plan.storage import backups, file_identity, migrations, plan_validation, sidecars, sqlite_guard
from app.services.plan.storage.plan_lock import PlanLock

SUFFIX = ".stratdeck"


def now_iso() -> str:
    """Current local time as an ISO timestamp with offset (seconds)."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table and stamp identity and version (inside a transaction)."""
    for table in schema.tables():
        conn.execute(table.ddl)
    conn.execute(f"PRAGMA application_id = {int(schema.application_id())}")
    conn.execute(f"PRAGMA user_version = {int(schema.schema_version())}")


def write_error(exc: sqlite3.Error, name: str) -> PlanWriteError:
    """Translate a failed write into a message that says how to keep the work."""
    return PlanWriteError(MESSAGES("not_saved", reason=failure_reason(exc, name)))


def failure_reason(exc: sqlite3.Error, name: str) -> Message | str:
    """Why SQLite could not write *name*, in words (SQLite's own words when
    the cause is none of the known ones)."""
    code = getattr(exc, "sqlite_errorname", "")
    if code == "SQLITE_FULL":
        return MESSAGES("reason_disk_full")
    if code == "SQLITE_READONLY_DBMOVED":
        return MESSAGES("reason_moved", name=name)
    if code.startswith("SQLITE_READONLY"):
        return MESSAGES("reason_read_only", name=name)
    if code.startswith("SQLITE_BUSY"):
        return MESSAGES("reason_busy", name=name)
    if code.startswith("SQLITE_IOERR") or code == "SQLITE_CANTOPEN":
        return MESSAGES("reason_disk_error")
    return str(exc)


class PlanFile:
    """An open plan: its connection, lock and read-only state."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: PlanLock | None, read_only: bool, scratch: Path | None
    ):
        self.path = path
        self.conn = conn
        self.closed = False
        self._depth = 0  # nesting of transaction(): only the outermost commits
        self.read_only = read_only
        self._lock = lock
        self._scratch = scratch  # private copy folder of a read-only plan

    # -- opening -----------------------------------------------------------
    @classmethod
    def create(cls, path: Path, *, title: str = "", language: str = "zh", **opened) -> "PlanFile":
        """Create a new empty plan at *path* (refused if it exists) and open it."""
        path = Path(path)
        if path.exists():
            raise UsageError(f"{path.name} already exists; choose another name.")
        if language not in ("zh", "en"):
            raise UsageError(f"Unknown plan language '{language}' (use zh or en).")

        def fill(conn: sqlite3.Connection) -> None:
            stamp = now_iso()
            row = {c.name: c.default for c in schema.table("plan").columns if not c.primary_key}
            row.update(id=str(uuid.uuid4()), title=title, language=language, created_at=stamp, modified_at=stamp)
            names = ", ".join(f'"{n}"' for n in row)
            conn.execute(f'INSERT INTO "plan" ({names}) VALUES ({", ".join("?" for _ in row)})', list(row.values()))

        build_new_file(path, fill)
        return cls.open(path, keep_backups=0, **opened)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, keep_backups: int = backups.DEFAULT_KEEP) -> "PlanFile":
        """Open *path* after checking it; raise PlanFileError when it cannot be.

        The plan is identified by its real path (symlinks resolved): the
        lock, the journal and the checks all use it, so two spellings of one
        path, or a symlink, open one plan once."""
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        real = file_identity.real_path(path)
        plan_validation.inspect_plan_file(path)  # refuses before any lock or write
        lock = PlanLock(real, name=path.name)
        lock.acquire()
        try:
            with tempfile.TemporaryDirectory(prefix="stratdeck-inspect-") as folder:
                assessment = plan_validation.assess_plan_file(path, Path(folder))  # again, holding the lock
            sidecars.set_aside(assessment.foreign, path.name)
            if assessment.wal_mode:
                sidecars.keep_wal_original(real, path.name)
            conn = _connect_writable(real)
            try:
                _clear_leftovers(conn, real)
                if assessment.facts.version < schema.schema_version():
                    _upgrade(conn, path, assessment.facts.version)
                if keep_backups:
                    _keep_backup(conn, path, keep_backups)
            except Exception:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock, False, None)

    @classmethod
    def _open_read_only(cls, path: Path) -> "PlanFile":
        """Open a validated private copy, so the original is never touched."""
        scratch = Path(tempfile.mkdtemp(prefix="stratdeck-ro-"))
        try:
            plan_validation.assess_plan_file(path, scratch)
            conn = _connect_writable(scratch / "inspect.stratdeck")
            facts = plan_validation.inspect_connection(conn, path.name)
            if facts.version < schema.schema_version():
                migrations.migrate(conn, facts.version, path.name)
                plan_validation.inspect_connection(conn, path.name)
            conn.execute("PRAGMA query_only = ON")
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        return cls(path, conn, None, True, scratch)

    # -- editing -----------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One edit: BEGIN IMMEDIATE … COMMIT, or nothing at all.

        Transactions nest: an edit made of smaller service edits (delete a
        budget line and its cells, add a strategy with its citations) wraps
        them in an outer ``transaction()``; the inner ones join it and only
        the outermost commits, so the whole edit is one commit or none.
        Raises PlanWriteError when the disk refuses the write."""
        if self.read_only:
            raise PlanReadOnlyError(MESSAGES("read_only_plan", name=self.path.name))
        if self._depth:
            self._depth += 1
            try:
                yield self.conn  # an error propagates to the outermost, which rolls back
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            yield from self._outermost()
        finally:
            self._depth = 0

    def _outermost(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise write_error(exc, self.path.name) from None
        try:
            yield self.conn
            self.conn.execute('UPDATE "plan" SET modified_at = ?', (now_iso(),))
            self.conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            self._rollback()
            raise EditRefused("", MESSAGES("change_refused", reason=exc)) from None
        except UnicodeEncodeError as exc:  # a lone surrogate ("\ud800") cannot be stored as UTF-8
            self._rollback()
            char = f"\\u{ord(exc.object[exc.start]):04x}"
            raise EditRefused("", MESSAGES("change_not_character", char=char)) from None
        except sqlite3.Error as exc:
            self._rollback()
            raise write_error(exc, self.path.name) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Roll back if a transaction is open; ignore a failing rollback."""
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def save_copy(self, target: Path) -> Path:
        """Write a consistent copy of the plan to *target* (Save As / Duplicate)."""
        self._rollback()
        return backups.write_copy(self.conn, Path(target))

    def close(self) -> None:
        """Close the connection, release the lock and remove scratch files."""
        self.closed = True
        self._rollback()
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> "PlanFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _connect_writable(path: Path) -> sqlite3.Connection:
    """Open *path* read-write with the defensive settings."""
    try:
        return sqlite_guard.connect(sqlite_guard.file_uri(path, "rw"), writable=True)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorname", "")
        if code.startswith("SQLITE_READONLY") or code == "SQLITE_CANTOPEN":
            raise PlanReadOnlyError(MESSAGES("cannot_write_read_only", name=path.name)) from None
        raise PlanFileError(MESSAGES("cannot_open", name=path.name, reason=exc)) from None


def _clear_leftovers(conn: sqlite3.Connection, path: Path) -> None:
    """Remove what a killed process left beside the plan, so a closed plan is
    one file again: temporary files of copies, and a journal that is not hot
    (SQLite writes a journal's header only when it syncs it, so a process
    killed before that leaves a journal SQLite rightly ignores, but keeps).
    Holding the write lock proves no other writer owns that journal, and
    taking it has already rolled back a hot one."""
    temp_files.sweep(path.parent)
    journal = path.with_name(path.name + "-journal")
    if not journal.exists():
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        return  # another program writes to the plan: the journal may be its own
    try:
        with contextlib.suppress(OSError):
            journal.unlink()
    finally:
        conn.execute("COMMIT")


def _keep_backup(conn: sqlite3.Connection, path: Path, keep: int) -> None:
    """Write the backup made on opening; when the backups folder cannot be
    written (disk full), say so and offer read-only instead of editing
    without the backup the user counts on."""
    try:
        backups.rotate_backup(conn, path, keep)
    except (PlanWriteError, OSError) as exc:  # OSError: the backups folder cannot be made
        reason = str(exc).rstrip(".") if isinstance(exc, PlanWriteError) else (exc.strerror or str(exc))
        raise PlanReadOnlyError(MESSAGES("backup_failed", name=path.name, reason=reason)) from None


def _upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Keep a copy of the original, then migrate it in one transaction."""
    migrations.require_path(version, path.name)  # no copy for a plan that cannot be upgraded
    migrations.check_source(conn, version, path.name)
    keep = migrations.migration_copy_path(path, version)
    backups.copy_file_exact(conn, path, keep)
    migrations.migrate(conn, version, path.name)
    plan_validation.inspect_connection(conn, path.name)


def build_new_file(path: Path, fill) -> None:
    """Create a plan at *path* atomically: schema and ``fill(conn)`` are
    written to a temporary file in the same folder, which is renamed into
    place only after it committed. Nothing is left behind on failure."""
    path = Path(path)
    temp_files.sweep(path.parent)
    try:
        tmp = temp_files.make_temp(path.parent, "new")
    except FileNotFoundError:
        raise UsageError(f"The folder {path.parent} does not exist.") from None
    except OSError as exc:
        raise PlanWriteError(MESSAGES("cannot_create", name=path.name, reason=exc.strerror)) from None
    try:
        conn = sqlite_guard.connect(sqlite_guard.file_uri(tmp, "rw"), writable=True)
        try:
            conn.execute("BEGIN IMMEDIATE")
            create_schema(conn)
            fill(conn)
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise EditRefused("", MESSAGES("dangling_import"))
            conn.execute("COMMIT")
        finally:
            with contextlib.suppress(sqlite3.Error):  # a full disk may refuse the rollback too
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            conn.close()
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + "-journal").unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise PlanWriteError(
                MESSAGES("could_not_create", name=path.name, reason=failure_reason(exc, path.name))
            ) from None
        if isinstance(exc, OSError):
            raise PlanWriteError(MESSAGES("could_not_create", name=path.name, reason=exc.strerror or exc)) from None
        raise
