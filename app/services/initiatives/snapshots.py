"""Undo snapshots of the Strategy & actions canvas.

Deleting a pillar cascades to its initiatives, their links and their RACI
cells; deleting a party to its cells; deleting a checkpoint to its KPI
thresholds. A delete first reads every row that will go, so one undo puts
all of them back in one transaction, exactly as they were."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.initiatives import rules
from app.services.plan import schema
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.row_refs import could_be_id
from app.services.plan.rows import read_rows

INITIATIVE_CHILDREN = (
    *[(rules.link_table(kind), "initiative_id") for kind in rules.LINK_KINDS],
    ("raci_cell", "initiative_id"),
)


@dataclass
class Snapshot:
    """A deleted ordered row, its index within its scope, and the rows that
    went with it, as (table, rows) in insert order."""

    table: str
    row: dict
    index: int
    scope_fields: tuple[str, ...] = ()
    children: list[tuple[str, list[dict]]] = field(default_factory=list)


def _scope(row: dict, scope_fields: tuple[str, ...]) -> tuple[str, tuple]:
    if not scope_fields:
        return "", ()
    return " AND " + " AND ".join(f'"{k}" IS ?' for k in scope_fields), tuple(row[k] for k in scope_fields)


def ordered_ids(conn, table: str, row: dict, scope_fields: tuple[str, ...]) -> list[str]:
    """Ids of *row*'s scope of *table*, in order."""
    where, params = _scope(row, scope_fields)
    order = schema.table(table).order_by
    return [r[0] for r in conn.execute(f'SELECT id FROM "{table}" WHERE 1{where} ORDER BY {order}', params)]


def take(conn, table: str, row_id: str, scope_fields=(), children=()) -> Snapshot | None:
    """What deleting *row_id* removes; *children* are (table, column) pairs
    read where column = row_id, or (table, column, parent table) pairs read
    where column is any id of the parent table's rows already taken."""
    rows = [r for r in read_rows(conn, table) if r["id"] == row_id]
    if not rows:
        return None
    row = rows[0]
    snapshot = Snapshot(table, row, ordered_ids(conn, table, row, scope_fields).index(row_id), scope_fields)
    taken: dict[str, list[dict]] = {table: [row]}
    for child in children:
        child_table, column = child[0], child[1]
        parents = [row["id"]] if len(child) == 2 else [r["id"] for r in taken.get(child[2], [])]
        found = [r for parent in parents for r in read_rows(conn, child_table, {column: parent})]
        taken[child_table] = found
        snapshot.children.append((child_table, found))
    return snapshot


def delete(plan, canvas: str, table: str, row_id: str, children, gone) -> tuple[Change, Snapshot]:
    """Delete *row_id* of *table* (an unscoped ordered table) with its
    *children* (as for take) in one transaction; EditRefused("", *gone*)
    when the row no longer exists. Returns the change and the snapshot
    that undoes it (put_back)."""
    snapshot = take(plan.conn, table, row_id, (), children) if could_be_id(row_id) else None
    if snapshot is None:
        raise EditRefused("", gone)
    with plan.transaction() as conn:
        remove(conn, snapshot)
    return Change(canvas, table, (row_id,), structure=True), snapshot


def remove(conn, snapshot: Snapshot) -> None:
    """Delete the snapshot's row (its children cascade) and close the gap."""
    conn.execute(f'DELETE FROM "{snapshot.table}" WHERE id = ?', (snapshot.row["id"],))
    renumber(conn, snapshot.table, snapshot.row, snapshot.scope_fields)


def put_back(conn, snapshot: Snapshot) -> None:
    """Restore the row at its index and every child row. Call in a transaction."""
    where, params = _scope(snapshot.row, snapshot.scope_fields)
    conn.execute(
        f'UPDATE "{snapshot.table}" SET position = position + 1 WHERE position >= ?{where}',
        (snapshot.index, *params),
    )
    insert(conn, snapshot.table, {**snapshot.row, "position": snapshot.index})
    renumber(conn, snapshot.table, snapshot.row, snapshot.scope_fields)
    for child_table, rows in snapshot.children:
        for row in rows:
            insert(conn, child_table, row)


def insert(conn, table: str, row: dict) -> None:
    """Insert *row* (every column it names) as it is."""
    names = [c for c in schema.table(table).column_names if c in row]
    quoted = ", ".join(f'"{n}"' for n in names)
    conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in names)})', [row[n] for n in names])


def renumber(conn, table: str, row: dict, scope_fields: tuple[str, ...]) -> None:
    """Make positions in *row*'s scope dense (0…n-1) in their current order."""
    ids = ordered_ids(conn, table, row, scope_fields)
    conn.executemany(f'UPDATE "{table}" SET position = ? WHERE id = ?', list(enumerate(ids)))
