"""Row snapshots for undo on the Risks and Playbooks canvases.

Deleting a risk, a severity level or a playbook touches other rows through
foreign keys (a playbook's trigger risk or level is set to NULL; a playbook's
contacts, steps and statements cascade away). A delete returns a snapshot of
everything it removed or unlinked; :func:`put_back` restores it in the same
single transaction as the row itself, so undo is one step and leaves the
plan exactly as it was."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.plan import schema
from app.services.plan.errors import EditRefused
from app.services.plan.rows import read_rows


@dataclass
class Snapshot:
    """A deleted row, its index in its scope, the child rows that went with
    it ({table: rows}) and the rows that pointed at it ({(table, column): ids})."""

    table: str
    row: dict
    index: int
    scope_fields: tuple[str, ...] = ()
    children: dict[str, list[dict]] = field(default_factory=dict)
    links: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def _where(scope: dict) -> tuple[str, tuple]:
    if not scope:
        return "", ()
    return " AND " + " AND ".join(f'"{k}" IS ?' for k in scope), tuple(scope.values())


def take(conn, table: str, row_id: str, scope_fields: tuple[str, ...] = (), children=(), links=()) -> Snapshot | None:
    """Read what deleting *row_id* would remove: the row, its index, the rows
    of each (child table, parent column) in *children* and the ids of each
    (table, column) in *links* that point at it. None when the row is gone."""
    found = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    names = [d[0] for d in found.description]
    values = found.fetchone()
    if values is None:
        return None
    row = dict(zip(names, values, strict=True))
    scope = {k: row[k] for k in scope_fields}
    where, params = _where(scope)
    ids = [
        r[0]
        for r in conn.execute(
            f'SELECT id FROM "{table}" WHERE 1{where} ORDER BY {schema.table(table).order_by}', params
        )
    ]
    snapshot = Snapshot(table, row, ids.index(row_id), scope_fields)
    for child, column in children:
        snapshot.children[child] = read_rows(conn, child, {column: row_id})
    for other, column in links:
        snapshot.links[(other, column)] = [
            r[0] for r in conn.execute(f'SELECT id FROM "{other}" WHERE "{column}" = ?', (row_id,))
        ]
    return snapshot


def take_out(plan, table: str, row_id: str, gone: str, scope_fields=(), children=(), links=()) -> Snapshot:
    """Snapshot *row_id* (see :func:`take`) and delete it in one transaction;
    EditRefused ("", *gone*) and nothing changed when the row is gone."""
    snapshot = take(plan.conn, table, row_id, scope_fields, children, links)
    if snapshot is None:
        raise EditRefused("", gone)
    with plan.transaction() as conn:
        remove(conn, snapshot)
    return snapshot


def remove(conn, snapshot: Snapshot) -> None:
    """Delete the snapshot's row (children cascade, links go NULL) and close
    the gap in its scope's positions. Call inside a transaction."""
    conn.execute(f'DELETE FROM "{snapshot.table}" WHERE id = ?', (snapshot.row["id"],))
    renumber(conn, snapshot.table, {k: snapshot.row[k] for k in snapshot.scope_fields})


def put_back(conn, snapshot: Snapshot) -> None:
    """Restore the snapshot's row at its index, its children and its links.
    Call inside a transaction."""
    scope = {k: snapshot.row[k] for k in snapshot.scope_fields}
    where, params = _where(scope)
    conn.execute(
        f'UPDATE "{snapshot.table}" SET position = position + 1 WHERE position >= ?{where}', (snapshot.index, *params)
    )
    insert(conn, snapshot.table, {**snapshot.row, "position": snapshot.index})
    renumber(conn, snapshot.table, scope)
    for child, rows in snapshot.children.items():
        for row in rows:
            insert(conn, child, row)
    for (other, column), ids in snapshot.links.items():
        conn.executemany(f'UPDATE "{other}" SET "{column}" = ? WHERE id = ?', [(snapshot.row["id"], i) for i in ids])


def insert(conn, table: str, row: dict) -> None:
    """Insert *row* (every column it names) as it is."""
    names = [c for c in schema.table(table).column_names if c in row]
    quoted = ", ".join(f'"{n}"' for n in names)
    conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in names)})', [row[n] for n in names])


def renumber(conn, table: str, scope: dict) -> None:
    """Make positions in *scope* dense (0…n-1) in their current order."""
    where, params = _where(scope)
    ids = [
        r[0]
        for r in conn.execute(
            f'SELECT id FROM "{table}" WHERE 1{where} ORDER BY {schema.table(table).order_by}', params
        )
    ]
    conn.executemany(f'UPDATE "{table}" SET position = ? WHERE id = ?', list(enumerate(ids)))
