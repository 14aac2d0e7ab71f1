"""Hostile plan files for the fuzzer (tests/reliability/test_reliability_hostile.py): a
fixed, valid base plan, random mutations of it (bytes, header fields, whole
pages, b-tree headers, schema rows, values, references, versions, journals)
and crafted files (triggers, views, extra and virtual tables, other page
sizes and encodings…). Everything is drawn from a seeded ``random.Random``,
so a case is rebuilt exactly from its seed. Uses plain sqlite3 only."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import struct
from pathlib import Path

from app.services.plan import schema
from app.services.plan.storage.plan_file import PlanFile, create_schema

PLAN_ID = "00000000-0000-4000-8000-0000000000aa"
HEADER_FIELDS = {  # offset: size, from sqlite.org/fileformat.html
    16: 2, 18: 1, 19: 1, 20: 1, 21: 1, 22: 1, 23: 1, 24: 4, 28: 4, 32: 4, 36: 4,
    40: 4, 44: 4, 48: 4, 52: 4, 56: 4, 60: 4, 64: 4, 68: 4, 92: 4, 96: 4,
}  # fmt: skip
ODD_VALUES = (b"\x00\xff", 42, 4.2, "text", None, "", "2027-02-30", -1, 2**62)


def build_base(path: Path) -> None:
    """The valid plan every mutation starts from: a row in every table, 60
    objectives (several pages), a logo, fixed ids and stamps."""
    from full_plan import every_table_rows
    from plan_builders import AWKWARD_TEXTS, write_rows

    with PlanFile.create(path, title="Hostile base") as plan:
        rows = every_table_rows()
        rows["objective"] += [
            {"id": f"00000000-0000-4000-8000-{n:012d}", "position": n, "text": AWKWARD_TEXTS[n % 8] * 20}
            for n in range(100, 160)
        ]
        write_rows(plan, rows)
        plan.conn.execute("UPDATE plan SET id = ?, created_at = '2027-01-01T09:00:00+08:00'", (PLAN_ID,))
        plan.conn.execute("UPDATE plan SET modified_at = created_at")
    _sql(path, "VACUUM")


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    return conn


def _sql(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = _raw(path)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    finally:
        conn.close()


def _tables_with_rows() -> list[schema.Table]:
    return list(schema.tables())


def _page_size(data: bytes) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else size


# -- byte-level mutations ------------------------------------------------------------------
def flip_bytes(data: bytearray, rng: random.Random) -> str:
    count = rng.choice((1, 1, 2, 4, 16, 64))
    for _ in range(count):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return f"{count} random bytes"


def header_field(data: bytearray, rng: random.Random) -> str:
    offset = rng.choice(list(HEADER_FIELDS))
    size = HEADER_FIELDS[offset]
    old = int.from_bytes(data[offset : offset + size], "big")
    value = rng.choice((0, 1, 2, 3, 2 ** (8 * size) - 1, rng.getrandbits(8 * size), old + 1, max(old - 1, 0)))
    data[offset : offset + size] = (value % 2 ** (8 * size)).to_bytes(size, "big")
    return f"header offset {offset} = {value}"


def whole_page(data: bytearray, rng: random.Random) -> str:
    size = _page_size(data)
    pages = len(data) // size
    page = rng.randrange(pages)
    start = page * size
    how = rng.choice(("zero", "random", "copy", "swap"))
    if how == "zero":
        data[start : start + size] = bytes(size)
    elif how == "random":
        data[start : start + size] = rng.randbytes(size)
    else:
        other = rng.randrange(pages) * size
        mine, theirs = bytes(data[start : start + size]), bytes(data[other : other + size])
        data[start : start + size] = theirs
        if how == "swap":
            data[other : other + size] = mine
    return f"page {page + 1}: {how}"


def btree_header(data: bytearray, rng: random.Random) -> str:
    size = _page_size(data)
    page = rng.randrange(1, len(data) // size)
    start = page * size + rng.randrange(0, 24)
    data[start] = rng.randrange(256)
    return f"b-tree page {page + 1}, byte {start % size}"


def cut_or_extend(data: bytearray, rng: random.Random) -> str:
    size = _page_size(data)
    roll = rng.random()
    if roll < 0.5:
        end = rng.choice((rng.randrange(100, len(data)), rng.randrange(1, len(data) // size) * size))
        del data[end:]
        return f"cut to {end} bytes"
    extra = rng.choice((bytes(size), rng.randbytes(size), rng.randbytes(rng.randrange(1, 5000))))
    data.extend(extra)
    return f"{len(extra)} bytes appended"


BYTE_MUTATIONS = {
    "bytes": flip_bytes,
    "header": header_field,
    "page": whole_page,
    "btree": btree_header,
    "length": cut_or_extend,
}


# -- mutations through SQL on a copy ---------------------------------------------------------
def schema_rows(path: Path, rng: random.Random) -> str:
    conn = _raw(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        rows = conn.execute("SELECT rowid, type, name, tbl_name, rootpage, sql FROM sqlite_master").fetchall()
        rowid, kind, name, _table, rootpage, sql = rng.choice(rows)
        how = rng.choice(("sql", "type", "rootpage", "name", "insert", "delete", "swap-sql"))
        if how == "sql" and sql:
            pos = rng.randrange(len(sql))
            new = rng.choice((sql[:pos] + sql[pos + 1 :], sql[:pos] + rng.choice("(),' ;x") + sql[pos:], sql[:pos]))
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE rowid = ?", (new, rowid))
        elif how == "swap-sql":
            other = rng.choice(rows)[5]
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE rowid = ?", (other, rowid))
        elif how == "type":
            new = rng.choice(("view", "trigger", "index", "table", "garbage"))
            conn.execute("UPDATE sqlite_master SET type = ? WHERE rowid = ?", (new, rowid))
        elif how == "rootpage":
            new = rng.choice((0, -1, 1, 2**31 - 1, rng.randrange(1, 60), rng.choice(rows)[4]))
            conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE rowid = ?", (new, rowid))
        elif how == "name":
            new = rng.choice(("plan", "objective", "x\n\x1b[2J", "sqlite_x", ""))
            conn.execute("UPDATE sqlite_master SET name = ?, tbl_name = ? WHERE rowid = ?", (new, new, rowid))
        elif how == "insert":
            extra = rng.choice(
                (
                    ("table", "stash", "stash", rootpage, "CREATE TABLE stash (a)"),
                    ("view", "v", "v", 0, "CREATE VIEW v AS SELECT * FROM plan"),
                    (
                        "trigger",
                        "t",
                        "plan",
                        0,
                        "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM objective; END",
                    ),
                    ("index", "i", "objective", rootpage, "CREATE INDEX i ON objective (text)"),
                )
            )
            conn.execute(
                "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", extra
            )
        else:
            conn.execute("DELETE FROM sqlite_master WHERE rowid = ?", (rowid,))
    finally:
        conn.close()
    return f"sqlite_master row '{name}' ({kind}): {how}"


def odd_value(path: Path, rng: random.Random) -> str:
    table = rng.choice(_tables_with_rows())
    column = rng.choice(table.columns)
    value = rng.choice(ODD_VALUES)
    _sql(path, f'UPDATE "{table.name}" SET "{column.name}" = ?', params=(value,))
    return f"{table.name}.{column.name} = {value!r}"


def huge_value(path: Path, rng: random.Random) -> str:
    table = rng.choice([t for t in schema.tables() if any(c.type == "str" for c in t.columns)])
    column = rng.choice([c for c in table.columns if c.type == "str"])
    size = rng.choice((10_000, 300_000, 3_000_000))
    value = rng.choice("x栖😀") * size
    _sql(path, f'UPDATE "{table.name}" SET "{column.name}" = ? WHERE rowid = (SELECT min(rowid) FROM "{table.name}")',
         params=(value,))  # fmt: skip
    return f"{table.name}.{column.name}: {size} characters in one row"


def broken_reference(path: Path, rng: random.Random) -> str:
    children = [(t, c) for t in schema.tables() for c in t.columns if c.references]
    table, column = rng.choice(children)
    missing = "00000000-0000-4000-8000-999999999999"
    if rng.random() < 0.5:
        _sql(path, f'UPDATE "{table.name}" SET "{column.name}" = ?', params=(missing,))
        return f"{table.name}.{column.name} points nowhere"
    _sql(path, f'DELETE FROM "{column.references}"')
    return f"every {column.references} deleted under {table.name}"


def plan_rows(path: Path, rng: random.Random) -> str:
    if rng.random() < 0.5:
        _sql(path, "DELETE FROM plan")
        return "no plan row"
    _sql(path, "INSERT INTO plan SELECT '00000000-0000-4000-8000-0000000000bb', title, brand, period_start, period_end,"
         " currency, owner, language, market_context, brand_color, logo, logo_mime, confidentiality, reserve_min_pct,"
         " reserve_max_pct, variance_threshold_pct, created_at, modified_at FROM plan")  # fmt: skip
    return "two plan rows"


def bad_utf8(path: Path, rng: random.Random) -> str:
    table = rng.choice([t for t in schema.tables() if t.name != "plan"] + [schema.table("plan")] * 5)
    column = rng.choice([c for c in table.columns if c.type == "str"])
    junk = rng.choice((b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", rng.randbytes(12)))
    _sql(path, f'UPDATE "{table.name}" SET "{column.name}" = CAST(? AS TEXT)', params=(junk,))
    return f"{table.name}.{column.name} = invalid UTF-8 {junk.hex()}"


def identity(path: Path, rng: random.Random) -> str:
    pragma = rng.choice(("user_version", "application_id"))
    from app.services.plan import schema

    value = rng.choice((0, schema.schema_version(), 99, -1, 2**31 - 1, rng.getrandbits(31)))
    _sql(path, f"PRAGMA {pragma} = {value}")
    return f"{pragma} = {value}"


def hot_journal(path: Path, rng: random.Random) -> str:
    """Leave a journal beside the plan: a real one from an interrupted
    transaction (copied mid-write), perhaps with damaged bytes."""
    scratch = path.with_name("writer.stratdeck")
    shutil.copyfile(path, scratch)
    conn = _raw(scratch)
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE objective SET text = ? || text", ("rolled back " * rng.randrange(1, 50),))
    shutil.copyfile(scratch, path)
    journal = bytearray(Path(f"{scratch}-journal").read_bytes())
    conn.execute("ROLLBACK")
    conn.close()
    scratch.unlink()
    how = rng.choice(("intact", "damaged", "random"))
    if how == "damaged":
        flip_bytes(journal, rng)
    elif how == "random":
        journal = bytearray(rng.randbytes(len(journal)))
    Path(f"{path}-journal").write_bytes(journal)
    return f"hot journal ({how})"


SQL_MUTATIONS = {
    "schema": schema_rows,
    "value": odd_value,
    "huge": huge_value,
    "reference": broken_reference,
    "plan-rows": plan_rows,
    "utf8": bad_utf8,
    "identity": identity,
    "journal": hot_journal,
}
FAMILIES = (*BYTE_MUTATIONS, *SQL_MUTATIONS)


def mutate(base: Path, target: Path, rng: random.Random) -> str:
    """Write a random mutation of *base* to *target*; return what it did."""
    family = rng.choice(FAMILIES)
    shutil.copyfile(base, target)
    if family in BYTE_MUTATIONS:
        data = bytearray(target.read_bytes())
        what = BYTE_MUTATIONS[family](data, rng)
        target.write_bytes(data)
    else:
        try:
            what = SQL_MUTATIONS[family](target, rng)
        except sqlite3.Error as exc:  # the mutation itself was refused: try again on a fresh copy
            return f"{family}: not applied ({exc}); " + mutate(base, target, rng)
    return f"{family}: {what}"


# -- crafted files ---------------------------------------------------------------------------
def _vacuum_with(*pragmas: str):
    def craft(path: Path) -> None:
        _sql(path, *pragmas, "VACUUM")

    return craft


def _utf16(path: Path) -> None:
    source = path.with_name("source.stratdeck")
    path.rename(source)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA encoding = 'UTF-16le'")
    conn.execute("BEGIN")
    create_schema(conn)
    old = sqlite3.connect(source)
    for table in schema.tables():
        rows = old.execute(f'SELECT * FROM "{table.name}"').fetchall()
        marks = ", ".join("?" for _ in table.columns)
        conn.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows)
    conn.execute("COMMIT")
    old.close()
    conn.close()
    source.unlink()


def _over_limit(path: Path) -> None:
    _sql(path, "UPDATE objective SET text = ? WHERE position = 0", params=("x" * (65 * 1024 * 1024),))


def _special(suffix: str, kind: str):
    """A FIFO or folder where the plan (suffix ""), its journal, WAL, -shm or lock should be."""

    def make(target: Path) -> None:
        where = target.with_name(f".~lock.{target.name}#") if suffix == "lock" else Path(f"{target}{suffix}")
        if where.exists():
            where.unlink()
        os.mkfifo(where) if kind == "fifo" else where.mkdir()

    return make


def _wal_beside(*statements: str, wal_mode: bool):
    """A ``-wal`` beside the plan holding *statements*: from an older copy
    (the plan in rollback mode) or the plan's own (switched to WAL mode)."""

    def make(target: Path) -> None:
        work = target.with_name("work.db")
        shutil.copyfile(target, work)
        conn = _raw(work)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            for statement in statements:
                conn.execute(statement)
            if wal_mode:
                shutil.copyfile(work, target)
            shutil.copyfile(f"{work}-wal", f"{target}-wal")
        finally:
            conn.close()
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)

    return make


CRAFTED = {
    "trigger on plan": "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM objective; END",
    "trigger on insert": "CREATE TRIGGER t BEFORE INSERT ON objective BEGIN SELECT raise(ABORT, 'x'); END",
    "view": "CREATE VIEW everything AS SELECT * FROM objective",
    "extra table": "CREATE TABLE stash (secret TEXT)",
    "extra index": "CREATE INDEX objective_text ON objective (text)",
    "fts5 table": "CREATE VIRTUAL TABLE notes USING fts5(body)",
    "fts4 table": "CREATE VIRTUAL TABLE notes USING fts4(body)",
    "rtree table": "CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)",
    "autoincrement table": "CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT, n)",
    "analyze statistics": "ANALYZE",
    "newer format": f"PRAGMA user_version = {schema.schema_version() + 1}",
    "format 0": "PRAGMA user_version = 0",
    "other application": "PRAGMA application_id = 1",
    "added column": "ALTER TABLE objective ADD COLUMN extra TEXT",
    "renamed table": "ALTER TABLE objective RENAME TO goals",
    "dropped table": "DROP TABLE holding_statement",
    "blob in text": "UPDATE plan SET title = x'00ff10'",
    "text in number": "UPDATE plan SET reserve_min_pct = 'ten'",
    "real in integer": "UPDATE objective SET position = 1.5",
    "blob logo mime text": "UPDATE plan SET logo = 'not bytes'",
    "plan id not a uuid": "UPDATE plan SET id = 'plan-1'",
    "positions not dense": "UPDATE objective SET position = position * 7 + 3",
    "nul in text": "UPDATE plan SET title = 'a' || char(0) || 'b'",
    "wal header": "PRAGMA journal_mode = WAL",
    "page size 512": _vacuum_with("PRAGMA page_size = 512"),
    "page size 65536": _vacuum_with("PRAGMA page_size = 65536"),
    "auto vacuum full": _vacuum_with("PRAGMA auto_vacuum = FULL"),
    "auto vacuum incremental": _vacuum_with("PRAGMA auto_vacuum = INCREMENTAL"),
    "utf-16 database": _utf16,
    "value over 64 MB": _over_limit,
    "plan is a fifo": _special("", "fifo"),
    "plan is a folder": _special("", "folder"),
    "fifo as journal": _special("-journal", "fifo"),
    "folder as journal": _special("-journal", "folder"),
    "fifo as wal": _special("-wal", "fifo"),
    "fifo as shm": _special("-shm", "fifo"),
    "fifo as lock": _special("lock", "fifo"),
    "stale wal of an older copy": _wal_beside("UPDATE plan SET title = 'stale'", wal_mode=False),
    "wal adding a trigger": _wal_beside(
        "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM objective; END", wal_mode=True
    ),
    "wal of a wal-mode plan": _wal_beside("UPDATE plan SET title = 'from the wal'", wal_mode=True),
}


def craft(base: Path, target: Path, name: str) -> str:
    """Write the crafted case *name* to *target*."""
    shutil.copyfile(base, target)
    recipe = CRAFTED[name]
    try:
        if callable(recipe):
            recipe(target)
        else:
            _sql(target, recipe)
    except sqlite3.OperationalError as exc:  # e.g. this SQLite build has no fts5
        return f"crafted: {name} (not available here: {exc})"
    return f"crafted: {name}"
