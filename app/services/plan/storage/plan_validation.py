"""Decide whether a file is a plan we may open, without trusting it.

The file is checked on a private copy, never the original: header, integrity,
identity, version and the exact set of schema objects. Nothing in the file is
executed (see the reliability notes for the checklist this follows)."""

from __future__ import annotations

import os
import sqlite3
import struct
import tempfile
import time
from pathlib import Path

from app.models.frozen import frozen_model
from app.services.plan import schema
from app.services.plan.errors import PlanFileError, shown
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.messages import Term
from app.services.plan.storage import file_identity, safe_files, snapshot, sqlite_guard

SQLITE_HEADER = b"SQLite format 3\x00"


@frozen_model
class PlanFacts:
    """What inspection learned about a readable plan file."""

    version: int
    title: str


def _read_header(path: Path, name: str) -> tuple[bytes, int]:
    """The first 100 bytes and the size of the regular file *path*."""
    try:
        fd = safe_files.open_regular(path)
        try:
            header = os.read(fd, 100)
            size = os.fstat(fd).st_size
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise PlanFileError(MESSAGES("not_found", name=name)) from None
    except safe_files.NotRegularFile as exc:
        if exc.kind == "a folder":
            raise PlanFileError(MESSAGES("is_folder", name=name)) from None
        raise PlanFileError(safe_files.not_regular_message(name, exc.kind)) from None
    except IsADirectoryError:
        raise PlanFileError(MESSAGES("is_folder", name=name)) from None
    except OSError as exc:
        raise PlanFileError(MESSAGES("unreadable", name=name, reason=exc.strerror)) from None
    return header, size


def _check_header(path: Path, name: str | None = None) -> bytes:
    """Refuse empty, foreign or truncated files from their first 100 bytes;
    return the header. A file that looks cut short while a journal exists
    is read again after a moment: a writer extending the plan rewrites the
    header before it appends the pages."""
    name = name or path.name
    for pause in (0.0, 0.01, 0.05, 0.2):
        if pause:
            if not file_identity.sidecar(path, "-journal").exists():
                break  # no writer is committing: the file really is cut short
            time.sleep(pause)
        header, size = _read_header(path, name)
        if size == 0:
            raise PlanFileError(MESSAGES("empty", name=name))
        if not header.startswith(SQLITE_HEADER):
            raise PlanFileError(MESSAGES("not_database", name=name))
        if len(header) < 100:
            raise PlanFileError(MESSAGES("cut_short", name=name))
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        page_count = struct.unpack(">I", header[28:32])[0]
        if page_size < 512 or page_size & (page_size - 1):
            raise PlanFileError(MESSAGES("bad_header", name=name))
        if not page_count or size >= page_size * page_count:
            return header
    if file_identity.sidecar(path, "-journal").exists():
        # A commit killed while it grew the file leaves a new header and a hot
        # journal; the private copy rolls the journal back and is validated.
        return header
    raise PlanFileError(MESSAGES("truncated", name=name))


def _check_objects(conn: sqlite3.Connection, name: str, version: int) -> None:
    """Refuse triggers, views, virtual or unknown tables and altered DDL."""
    expected = {t.name: schema.normalise_sql(t.ddl) for t in schema.tables()}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, obj_name, _table, sql in rows:
        label = shown(obj_name, 80)  # names come from the file: keep the message one line
        if kind in ("trigger", "view"):
            raise PlanFileError(MESSAGES("hostile_object", name=name, kind=Term(kind), label=label))
        if kind == "index":
            if sql is None and obj_name.startswith("sqlite_autoindex_") and _table in expected:
                continue
            raise PlanFileError(MESSAGES("unexpected_index", name=name, label=label))
        if kind != "table":
            raise PlanFileError(MESSAGES("unexpected_object", name=name, kind=shown(kind), label=label))
        if "VIRTUAL" in (sql or "").upper().split("(")[0]:
            raise PlanFileError(MESSAGES("virtual_table", name=name, label=label))
        if obj_name not in expected:
            raise PlanFileError(MESSAGES("unknown_table", name=name, label=label))
        if version == schema.schema_version() and schema.normalise_sql(sql) != expected[obj_name]:
            raise PlanFileError(MESSAGES("altered_table", name=name, table=obj_name))
    if version == schema.schema_version():
        present = {r[1] for r in rows if r[0] == "table"}
        missing = sorted(set(expected) - present)
        if missing:
            raise PlanFileError(MESSAGES("missing_table", name=name, table=missing[0]))


STORAGE = {"str": "'text'", "date": "'text'", "int": "'integer'", "bool": "'integer'", "float": "'real', 'integer'"}
STORAGE_WORDS = {"str": "text", "date": "a date", "int": "a whole number", "bool": "true or false", "float": "a number"}


def _check_values(conn: sqlite3.Connection, name: str) -> None:
    """Refuse values of the wrong kind (the tables are not STRICT, so a
    hand-made file may hold a blob where text belongs) and values over the
    size limit, which SQLite would refuse only when a canvas reads them."""
    for table in schema.tables():
        tests, sizes = [], []
        for column in table.columns:
            kinds = STORAGE.get(column.type, "'blob'") + (", 'null'" if column.nullable else "")
            tests.append(f'typeof("{column.name}") IN ({kinds})')
            if column.type in ("str", "date", "bytes"):
                sizes.append(f'length(CAST("{column.name}" AS BLOB)) >= 0')  # reads the value: a huge one fails
        try:
            bad = conn.execute(
                f'SELECT {", ".join(tests)} FROM "{table.name}" WHERE NOT ({" AND ".join(tests + sizes)}) LIMIT 1'
            ).fetchone()
        except sqlite3.DataError:
            raise PlanFileError(
                MESSAGES(
                    "value_too_large", name=name, table=table.name, mb=sqlite_guard.MAX_VALUE_BYTES // (1024 * 1024)
                )
            ) from None
        if bad is not None:
            column = table.columns[list(bad).index(0)]
            storage = Term(STORAGE_WORDS.get(column.type, "image data"))
            raise PlanFileError(
                MESSAGES("wrong_storage", name=name, column=f"{table.name}.{column.name}", storage=storage)
            )


def inspect_connection(conn: sqlite3.Connection, name: str) -> PlanFacts:
    """Run every check on an open (private) connection; return its facts."""
    try:
        # integrity_check, not quick_check: only it compares indexes with their tables, and a
        # damaged index passes quick_check, then fails the first count(*) that uses it.
        check = conn.execute("PRAGMA integrity_check(20)").fetchall()
        if check != [("ok",)]:
            # The report may run to pages; the message must stay one short line: its first finding.
            lines = str(check[0][0]).replace("*** in database main ***", "").strip().splitlines() or ["?"]
            detail = " ".join(lines[0].split())
            more = f"; {len(lines) + len(check) - 2} more problems" if len(lines) + len(check) > 2 else ""
            raise PlanFileError(MESSAGES("integrity", name=name, detail=f"{shown(detail, 120)}{more}"))
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.application_id():
            raise PlanFileError(MESSAGES("other_program", name=name))
        if version > schema.schema_version():
            raise PlanFileError(MESSAGES("too_new", name=name, version=version, known=schema.schema_version()))
        if version < 1:
            raise PlanFileError(MESSAGES("bad_version", name=name, version=version))
        _check_objects(conn, name, version)
        if version == schema.schema_version():
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise PlanFileError(MESSAGES("dangling_rows", name=name))
            _check_values(conn, name)
            plans = conn.execute('SELECT title FROM "plan"').fetchall()
            if len(plans) != 1:
                raise PlanFileError(MESSAGES("plan_count", name=name, count=len(plans)))
            return PlanFacts(version, plans[0][0])
        return PlanFacts(version, "")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise damaged(name, exc) from None


def damaged(name: str, exc: Exception) -> PlanFileError:
    """The refusal for a file SQLite itself rejects. Its message may quote
    names from the file (control characters, invalid UTF-8, which Python
    cannot even decode): keep it one short, printable line."""
    if isinstance(exc, UnicodeDecodeError):
        return PlanFileError(MESSAGES("damaged_text", name=name))
    return PlanFileError(MESSAGES("damaged", name=name, detail=shown(exc, 150)))


@frozen_model
class Assessment:
    """What opening the plan at *real* may use: its facts, the sidecar files
    beside it that do not belong to it (to be set aside, never applied), and
    whether it is in WAL mode (to be converted after validation)."""

    facts: PlanFacts
    real: Path
    foreign: list[Path]
    wal_mode: bool


def _validate_copy(real: Path, copy: Path, name: str, *, with_journal: bool, with_wal: bool) -> PlanFacts:
    """Take a snapshot of *real* into *copy* and run every check on it."""
    try:
        snapshot.take(real, copy, with_journal=with_journal, with_wal=with_wal)
    except snapshot.Busy:
        raise PlanFileError(MESSAGES("plan_busy", plan=name)) from None
    except safe_files.NotRegularFile as exc:
        raise PlanFileError(safe_files.not_regular_message(name, exc.kind)) from None
    except OSError as exc:
        raise PlanFileError(MESSAGES("unreadable", name=name, reason=exc.strerror or exc)) from None
    except sqlite3.Error as exc:
        raise damaged(name, exc) from None
    try:
        conn = sqlite_guard.connect(sqlite_guard.file_uri(copy, "rw"), writable=False)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise damaged(name, exc) from None
    try:
        return inspect_connection(conn, name)
    finally:
        conn.close()


def assess_plan_file(path: Path, folder: Path, name: str | None = None) -> Assessment:
    """Validate exactly what SQLite will read when it opens *path*: the plan,
    its ``-journal`` and its ``-wal``, in a private copy at
    ``folder/inspect.stratdeck`` (left there, validated, on success).

    A ``-wal`` beside a plan in rollback-journal mode is not the plan's (our
    plans never use WAL; SQLite would still apply it). A ``-wal`` or hot
    journal whose result fails the checks while the plan without it passes
    does not belong to it either (a stale copy restored by a sync tool).
    Both are listed as foreign. Raises PlanFileError for a plan that fails
    as SQLite would read it and without those files."""
    real = file_identity.real_path(path)
    name = name or Path(path).name
    header = _check_header(real, name)
    in_wal_mode = snapshot.wal_mode(header)
    wal, journal = file_identity.sidecar(real, "-wal"), file_identity.sidecar(real, "-journal")
    has_wal, has_journal = snapshot.present(wal), snapshot.present(journal)
    copy = folder / "inspect.stratdeck"
    variants = [(True, has_wal and in_wal_mode)]  # as SQLite would read it (a -wal only in WAL mode)
    if has_wal and in_wal_mode:
        variants.append((True, False))
    if has_journal:
        variants += [(False, False)] if not (has_wal and in_wal_mode) else [(False, True), (False, False)]
    first_error: PlanFileError | None = None
    for with_journal, with_wal in variants:
        try:
            facts = _validate_copy(real, copy, name, with_journal=with_journal, with_wal=with_wal)
        except PlanFileError as exc:
            if exc.message is not None and exc.message.key == "plan.plan_busy":
                raise
            first_error = first_error or exc
            continue
        foreign = snapshot.special_sidecars(real)  # a FIFO or folder named like a sidecar
        if has_wal and not with_wal:
            foreign.append(wal)
        if has_journal and not with_journal:
            foreign.append(journal)
        return Assessment(facts, real, foreign, in_wal_mode)
    assert first_error is not None
    raise first_error


def inspect_plan_file(path: Path) -> PlanFacts:
    """Check *path* without modifying it; raise PlanFileError with a clear
    message when it is not a plan we can open."""
    with tempfile.TemporaryDirectory(prefix="stratdeck-inspect-") as folder:
        return assess_plan_file(Path(path), Path(folder)).facts
