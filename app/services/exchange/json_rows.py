"""Check a plan JSON document row by row and turn it into insertable values.

Every problem raises ImportDataError naming its JSON path. References are
checked here (parents come first in table order), so the message can name
the exact field; CHECK rules are left to SQLite on insert."""

from __future__ import annotations

import base64
import binascii
import math
import uuid

from app.services.exchange.messages import MESSAGES, TYPE_WORDS
from app.services.plan import images, schema
from app.services.plan.errors import ImportDataError, shown
from app.services.plan.field_checks import is_iso_date
from app.services.plan.kernel_messages import MESSAGES as KERNEL
from app.services.plan.messages import Term
from app.services.plan.storage.sqlite_guard import MAX_VALUE_BYTES

FORMAT_NAME = "stratdeck-plan"
IMAGE_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


def _convert(column: schema.Column, value, path: str):
    """Check one JSON value against its column and return the stored value."""
    if value is None:
        if column.nullable:
            return None
        raise ImportDataError(MESSAGES("not_null"), path)
    kind = column.type
    ok = {
        "str": isinstance(value, str),
        "date": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "bytes": isinstance(value, str),
    }[kind]
    if not ok:
        raise ImportDataError(MESSAGES("wrong_type", kind=Term(TYPE_WORDS[kind]), found=type(value).__name__), path)
    if isinstance(value, str):
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError as exc:  # JSON may spell a lone surrogate as "\ud800"
            raise ImportDataError(MESSAGES("half_pair", char=f"\\u{ord(value[exc.start]):04x}"), path) from None
        if size > MAX_VALUE_BYTES * (4 / 3 if kind == "bytes" else 1):  # base64 is 4/3 of the data
            raise ImportDataError(MESSAGES("value_too_large", mb=MAX_VALUE_BYTES // (1024 * 1024)), path)
    if kind == "date":
        if not is_iso_date(value):
            raise ImportDataError(MESSAGES("bad_date", value=shown(value)), path)
    if kind == "int" and not -(2**63) <= value < 2**63:
        raise ImportDataError(MESSAGES("whole_too_large"), path)
    if kind == "float":
        try:
            number = float(value)
        except OverflowError:  # an integer beyond any float
            number = math.inf
        if not math.isfinite(number):  # json reads 1e400 as infinity
            raise ImportDataError(MESSAGES("number_too_large"), path)
        return number
    if kind == "bool":
        return int(value)
    if kind == "bytes":
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ImportDataError(MESSAGES("bad_base64"), path) from None
    if column.name == "id" or (column.references and kind == "str"):
        try:
            canonical = str(uuid.UUID(value))
        except ValueError:
            canonical = None
        if canonical != value:
            raise ImportDataError(MESSAGES("bad_id", value=shown(value)), path)
    return value


def _check_images(record: dict, table: schema.Table, path: str) -> None:
    """An image blob must match its declared PNG/JPEG type."""
    for blob, mime in (("logo", "logo_mime"), ("photo", "photo_mime")):
        data = record.get(blob)
        if blob in table.column_names and data is not None:
            magic = IMAGE_MAGIC.get(record.get(mime))
            if magic is None or not data.startswith(magic):
                raise ImportDataError(MESSAGES("bad_image"), f"{path}.{blob}")
            size = images.too_many_pixels(data)  # what the file chooser refuses, refused here too
            if size is not None:
                raise ImportDataError(
                    KERNEL("image_too_many_pixels", width=size[0], height=size[1], limit=images.MAX_PIXELS // 10**6),
                    f"{path}.{blob}",
                )


def _check_row(table: schema.Table, row, path: str, known_ids: dict[str, set]) -> tuple:
    """Check one row object; return its values in column order."""
    if not isinstance(row, dict):
        raise ImportDataError(MESSAGES("not_object", found=type(row).__name__), path)
    unknown = [key for key in row if key not in table.column_names]
    if unknown:
        raise ImportDataError(MESSAGES("unknown_field", field=shown(unknown[0]), table=table.name), path)
    record = {}
    for column in table.columns:
        field_path = f"{path}.{column.name}"
        if column.name not in row:
            if column.required or column.primary_key:
                raise ImportDataError(MESSAGES("missing"), field_path)
            record[column.name] = column.default
            continue
        value = _convert(column, row[column.name], field_path)
        if column.references and value is not None and value not in known_ids.get(column.references, ()):
            raise ImportDataError(MESSAGES("dangling", table=column.references, value=value), field_path)
        record[column.name] = value
    _check_images(record, table, path)
    return tuple(record[name] for name in table.column_names)


def check_document(document) -> dict[str, list[tuple[str, tuple]]]:
    """Check a whole document; return {table: [(json_path, values), …]}."""
    if not isinstance(document, dict):
        raise ImportDataError(MESSAGES("not_document"), "$")
    if document.get("format") != FORMAT_NAME:
        raise ImportDataError(MESSAGES("not_stratdeck", format=FORMAT_NAME), "$.format")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportDataError(MESSAGES("bad_version"), "$.format_version")
    if version > schema.schema_version():
        raise ImportDataError(MESSAGES("too_new", version=version, known=schema.schema_version()), "$.format_version")
    names = {t.name for t in schema.tables()}
    for key in document:
        if key not in names and key not in ("format", "format_version"):
            raise ImportDataError(MESSAGES("unknown_section", section=shown(key)), f"$.{shown(key)}")
    if "plan" not in document:
        raise ImportDataError(MESSAGES("missing"), "$.plan")
    known_ids: dict[str, set] = {}
    checked: dict[str, list[tuple[str, tuple]]] = {}
    for table in schema.tables():
        if table.name == "plan":
            rows, paths = [document["plan"]], ["$.plan"]
        else:
            rows = document.get(table.name, [])
            if not isinstance(rows, list):
                raise ImportDataError(MESSAGES("not_list", found=type(rows).__name__), f"$.{table.name}")
            paths = [f"$.{table.name}[{i}]" for i in range(len(rows))]
        checked[table.name] = [(p, _check_row(table, r, p, known_ids)) for r, p in zip(rows, paths, strict=True)]
        if "id" in table.column_names:
            index = table.column_names.index("id")
            seen: set = set()
            for p, values in checked[table.name]:
                if values[index] in seen:
                    raise ImportDataError(MESSAGES("duplicate_id", value=values[index]), f"{p}.id")
                seen.add(values[index])
            known_ids[table.name] = seen
    return checked
