"""Decide whether a file is a plan we may open, without trusting it.

The file is checked on a private copy, never the original: header, integrity,
identity, version and the exact set of schema objects. Nothing in the file is
executed (see the reliability notes for the checklist this follows)."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.services.plan import schema, sqlite_guard
from app.services.plan.errors import PlanFileError, shown
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.messages import Term

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class PlanFacts:
    """What inspection learned about a readable plan file."""

    version: int
    title: str


def _check_header(path: Path) -> None:
    """Refuse empty, foreign or truncated files from their first 100 bytes."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise PlanFileError(MESSAGES("not_found", name=name)) from None
    except IsADirectoryError:
        raise PlanFileError(MESSAGES("is_folder", name=name)) from None
    except OSError as exc:
        raise PlanFileError(MESSAGES("unreadable", name=name, reason=exc.strerror)) from None
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
    if page_count and size < page_size * page_count:
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


def private_copy(path: Path, folder: Path) -> Path:
    """Copy the plan (and a hot journal beside it) into *folder*."""
    target = folder / "inspect.stratdeck"
    try:
        shutil.copyfile(path, target)
        journal = path.with_name(path.name + "-journal")
        if journal.exists():
            shutil.copyfile(journal, folder / "inspect.stratdeck-journal")
    except OSError as exc:
        raise PlanFileError(MESSAGES("unreadable", name=path.name, reason=exc.strerror)) from None
    return target


def inspect_plan_file(path: Path) -> PlanFacts:
    """Check *path* without modifying it; raise PlanFileError with a clear
    message when it is not a plan we can open."""
    path = Path(path)
    _check_header(path)
    with tempfile.TemporaryDirectory(prefix="stratdeck-inspect-") as folder:
        copy = private_copy(path, Path(folder))
        try:
            conn = sqlite_guard.connect(sqlite_guard.file_uri(copy, "rw"), writable=False)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise damaged(path.name, exc) from None
        try:
            return inspect_connection(conn, path.name)
        finally:
            conn.close()
