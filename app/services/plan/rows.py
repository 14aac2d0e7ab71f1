"""Generic operations on ordered plan tables (rows with ``position``).

A *scope* narrows the ordered list, e.g. ``{"quadrant": "S"}`` for SWOT items
or ``{"campaign_id": …}`` for phases. Positions are kept dense (0..n-1) so
exports diff cleanly."""

from __future__ import annotations

import uuid

from app.services.plan import schema
from app.services.plan.errors import EditRefused
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.storage.plan_file import PlanFile


def plan_language(plan: PlanFile) -> str:
    """The plan's language ("zh" or "en"): the deck, templates and presets follow it."""
    return plan.conn.execute('SELECT language FROM "plan"').fetchone()[0]


def row_name(plan: PlanFile, table_name: str, row_id: str, gone) -> str:
    """The name of row *row_id* of *table_name*; EditRefused("", *gone*) when it no longer exists."""
    row = plan.conn.execute(f'SELECT name FROM "{table_name}" WHERE id = ?', (row_id,)).fetchone()
    if row is None:
        raise EditRefused("", gone)
    return row[0]


def _where(scope: dict | None) -> tuple[str, tuple]:
    """SQL WHERE clause and parameters for a scope."""
    if not scope:
        return "", ()
    clause = " AND ".join(f'"{k}" IS ?' for k in scope)
    return f" WHERE {clause}", tuple(scope.values())


def query_rows(conn, sql: str, params: tuple = ()) -> list[dict]:
    """The rows of *sql* as dicts keyed by column name."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def read_rows(conn, table_name: str, scope: dict | None = None) -> list[dict]:
    """Rows of *table_name* (within *scope*) in their order, as dicts."""
    table = schema.table(table_name)
    where, params = _where(scope)
    cursor = conn.execute(f'SELECT * FROM "{table_name}"{where} ORDER BY {table.order_by}', params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _ordered_ids(conn, table_name: str, scope: dict | None) -> list[str]:
    where, params = _where(scope)
    table = schema.table(table_name)
    return [r[0] for r in conn.execute(f'SELECT id FROM "{table_name}"{where} ORDER BY {table.order_by}', params)]


def _renumber(conn, table_name: str, ids: list[str]) -> None:
    conn.executemany(
        f'UPDATE "{table_name}" SET position = ? WHERE id = ?', [(i, row_id) for i, row_id in enumerate(ids)]
    )


def _clamp(index: int | None, length: int) -> int:
    return length if index is None else max(0, min(index, length))


def insert_row(
    plan: PlanFile,
    table_name: str,
    values: dict,
    index: int | None = None,
    row_id: str | None = None,
    scope: dict | None = None,
) -> str:
    """Insert a row at *index* within *scope*; return its id."""
    table = schema.table(table_name)
    row = {c.name: c.default for c in table.columns if not c.required}
    row.update(scope or {})
    row.update(values)
    row["id"] = row_id or str(uuid.uuid4())
    with plan.transaction() as conn:
        ids = _ordered_ids(conn, table_name, scope)
        ids.insert(_clamp(index, len(ids)), row["id"])
        row["position"] = ids.index(row["id"])
        names = [c for c in table.column_names if c in row]
        conn.execute(
            f'INSERT INTO "{table_name}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
            f"VALUES ({', '.join('?' for _ in names)})",
            [row[n] for n in names],
        )
        _renumber(conn, table_name, ids)
    return row["id"]


def delete_row(plan: PlanFile, table_name: str, row_id: str, scope_fields: tuple[str, ...] = ()) -> tuple[dict, int]:
    """Delete a row; return (row, index) so undo can restore it."""
    rows = [r for r in read_rows(plan.conn, table_name) if r["id"] == row_id]
    if not rows:
        raise EditRefused("", MESSAGES("item_gone"))
    row = rows[0]
    scope = {k: row[k] for k in scope_fields}
    with plan.transaction() as conn:
        ids = _ordered_ids(conn, table_name, scope)
        index = ids.index(row_id)
        conn.execute(f'DELETE FROM "{table_name}" WHERE id = ?', (row_id,))
        ids.remove(row_id)
        _renumber(conn, table_name, ids)
    return row, index


def restore_row(plan: PlanFile, table_name: str, row: dict, index: int, scope_fields: tuple[str, ...] = ()) -> None:
    """Re-insert a deleted *row* (same id and values) at *index*."""
    values = {k: v for k, v in row.items() if k not in ("id", "position")}
    scope = {k: row[k] for k in scope_fields}
    insert_row(plan, table_name, values, index, row["id"], scope)


def move_row(plan: PlanFile, table_name: str, row_id: str, index: int, scope: dict | None = None) -> None:
    """Move a row to *index* within its scope."""
    with plan.transaction() as conn:
        ids = _ordered_ids(conn, table_name, scope)
        if row_id not in ids:
            raise EditRefused("", MESSAGES("item_gone"))
        ids.remove(row_id)
        ids.insert(_clamp(index, len(ids)), row_id)
        _renumber(conn, table_name, ids)


def update_field(plan: PlanFile, table_name: str, row_id: str, field: str, value, gone: str) -> None:
    """Store *value* in *field* of one row in its own transaction; EditRefused
    (*field*, *gone*) and nothing changed when the row no longer exists."""
    with plan.transaction() as conn:
        if conn.execute(f'UPDATE "{table_name}" SET "{field}" = ? WHERE id = ?', (value, row_id)).rowcount != 1:
            raise EditRefused(field, gone)
