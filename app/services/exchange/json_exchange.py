"""Full-fidelity JSON exchange of a whole plan (docs/plan-format.md).

Export writes every table as a list of rows in a stable order; import checks
the document (types, required fields, references, the file's own CHECK rules)
and builds a new plan file only if everything is valid. Errors name the JSON
path of the first problem, e.g. ``$.swot_item[3].weight``."""

from __future__ import annotations

import base64
import json
import math
import sqlite3
from pathlib import Path

from app.services.exchange.atomic_write import write_text_atomic
from app.services.exchange.json_rows import FORMAT_NAME, TYPE_WORDS, check_document
from app.services.exchange.messages import MESSAGES
from app.services.plan import schema
from app.services.plan.errors import ImportDataError, PlanFileError, shown
from app.services.plan.messages import Message, Term
from app.services.plan.storage import safe_files
from app.services.plan.storage.plan_file import build_new_file

MAX_JSON_BYTES = 256 * 1024 * 1024


def _export_value(column: schema.Column, value):
    """Turn a stored value into its JSON form."""
    if value is None:
        return None
    if column.type == "bytes":
        return base64.b64encode(value).decode("ascii")
    if column.type == "bool":
        return bool(value)
    if column.type == "float":
        number = float(value)
        if not math.isfinite(number):
            raise ValueError("JSON has no infinite numbers")
        return number
    return value


def _export_row(table: schema.Table, row: tuple, index: int) -> dict:
    """One row as a JSON object; a value JSON cannot hold (a hand-made file
    may store infinity, or text in a number column) is a clear error."""
    record = {}
    for column, value in zip(table.columns, row, strict=True):
        try:
            record[column.name] = _export_value(column, value)
        except (TypeError, ValueError, OverflowError):
            raise PlanFileError(
                MESSAGES(
                    "cannot_export",
                    row=index + 1,
                    table=table.name,
                    column=column.name,
                    kind=Term(TYPE_WORDS[column.type]),
                )
            ) from None
    return record


def export_plan(conn: sqlite3.Connection) -> dict:
    """Return the whole plan behind *conn* as a JSON-ready dict."""
    document: dict = {"format": FORMAT_NAME, "format_version": schema.schema_version()}
    for table in schema.tables():
        names = ", ".join(f'"{c}"' for c in table.column_names)
        rows = conn.execute(f'SELECT {names} FROM "{table.name}" ORDER BY {table.order_by}').fetchall()
        records = [_export_row(table, row, index) for index, row in enumerate(rows)]
        if table.name == "plan":
            document["plan"] = records[0] if records else {}
        else:
            document[table.name] = records
    return document


def dumps(document: dict) -> str:
    """Serialise a plan document: UTF-8 text, two-space indent, newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_json_file(conn: sqlite3.Connection, target: Path) -> None:
    """Export the plan behind *conn* to the JSON file *target*."""
    write_text_atomic(target, dumps(export_plan(conn)))


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a valid number")


def parse_json_text(raw: bytes) -> object:
    """Parse JSON bytes; raise ImportDataError saying where it is broken."""
    if len(raw) > MAX_JSON_BYTES:
        raise ImportDataError(MESSAGES("file_too_large", mb=MAX_JSON_BYTES // (1024 * 1024)), "$")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportDataError(MESSAGES("not_utf8", byte=exc.start), "$") from None
    duplicates: list[_Duplicated] = []
    try:
        document = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_pairs_hook(duplicates))
    except json.JSONDecodeError as exc:
        raise ImportDataError(MESSAGES("not_json", reason=exc.msg, line=exc.lineno, column=exc.colno), "$") from None
    except ValueError as exc:
        raise ImportDataError(str(exc), "$") from None
    except RecursionError:
        raise ImportDataError(MESSAGES("too_deep"), "$") from None
    if duplicates:
        key, where = _first_duplicate(document)
        raise ImportDataError(MESSAGES("json_duplicate_key", key=shown(key)), where)
    return document


class _Duplicated(dict):
    """An object in which a key appeared more than once (the first such key)."""

    duplicate: str = ""


def _pairs_hook(duplicates: list):
    """json object hook: a dict, or a _Duplicated one recorded in *duplicates*
    (json.loads would silently keep the last value of a repeated key)."""

    def build(pairs: list[tuple[str, object]]) -> dict:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        seen: set[str] = set()
        marked = _Duplicated(result)
        marked.duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))
        duplicates.append(marked)
        return marked

    return build


def _first_duplicate(document: object) -> tuple[str, str]:
    """(key, JSON path of that key) of the first object holding a repeated key, in
    document order (iteratively: documents may be nested very deeply)."""
    stack: list[tuple[object, str]] = [(document, "$")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, _Duplicated):
            return value.duplicate, f"{where}.{shown(value.duplicate)}"
        if isinstance(value, dict):
            stack.extend((v, f"{where}.{shown(k)}") for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, f"{where}[{i}]") for i, v in reversed(list(enumerate(value))))
    return "?", "$"


def read_json_file(source: Path) -> object:
    """Read and parse a JSON file."""
    source = Path(source)
    try:
        raw = safe_files.read_regular(source, MAX_JSON_BYTES)  # a FIFO or /dev/zero is refused, not read
    except safe_files.FileTooLarge:
        raise ImportDataError(MESSAGES("file_too_large", mb=MAX_JSON_BYTES // (1024 * 1024)), "$") from None
    except safe_files.NotRegularFile as exc:
        raise ImportDataError(safe_files.not_regular_message(shown(source.name), exc.kind), "") from None
    except FileNotFoundError:
        raise ImportDataError(MESSAGES("file_missing", name=source.name), "") from None
    except OSError as exc:
        raise ImportDataError(MESSAGES("file_unreadable", name=source.name, reason=exc.strerror), "") from None
    return parse_json_text(raw)


def insert_document(conn: sqlite3.Connection, rows_by_table: dict[str, list[tuple[str, tuple]]]) -> None:
    """Insert checked rows; a constraint failure names the row's JSON path."""
    for table in schema.tables():
        names = ", ".join(f'"{c}"' for c in table.column_names)
        marks = ", ".join("?" for _ in table.columns)
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
        for json_path, values in rows_by_table.get(table.name, []):
            try:
                conn.execute(sql, values)
            except sqlite3.IntegrityError as exc:
                raise ImportDataError(_explain_integrity(table, str(exc)), json_path) from None


def _explain_integrity(table: schema.Table, message: str) -> Message | str:
    """Readable text for a failed constraint, quoting the rule it broke."""
    if message.startswith("CHECK constraint failed: "):
        name = message.removeprefix("CHECK constraint failed: ")
        marker = f"CONSTRAINT {name} CHECK "
        if marker in table.ddl:
            rule = table.ddl.split(marker, 1)[1]
            depth = 0
            for end, char in enumerate(rule):
                depth += {"(": 1, ")": -1}.get(char, 0)
                if depth == 0:
                    return MESSAGES("breaks_rule", name=name, rule=rule[1:end])
    if message.startswith("UNIQUE constraint failed"):
        return MESSAGES("duplicate_value", detail=message.removeprefix("UNIQUE constraint failed: "))
    return message


def import_json_file(source: Path, target: Path) -> dict:
    """Build the plan file *target* from the JSON file *source*.

    Nothing is created unless the whole document is valid. Returns the
    parsed document."""
    document = read_json_file(source)
    import_document(document, target)
    return document


def import_document(document: object, target: Path) -> None:
    """Check *document* and write it as a new plan file at *target*."""
    rows_by_table = check_document(document)
    build_new_file(Path(target), lambda conn: insert_document(conn, rows_by_table))
