"""Link rows kept across a delete and its undo.

Some link tables point at rows other canvases own (an initiative's links to
objectives, TOWS strategies, budget lines, KPIs and risks; a checkpoint's
KPI thresholds). Deleting such a row cascades to its link rows; the owning
canvas's undo puts the row back but knows nothing of the links. So its
delete calls :func:`keep` first and its restore calls :func:`put_back` in the
same transaction: the links come back exactly (those whose other side still
exists). The kept rows live with the open plan, as long as its undo stack."""

from __future__ import annotations

import weakref

from app.services.plan import schema

# target table → the (link table, column) pairs that point at its rows;
# each feature with link tables adds its own.
LINKS_TO: dict[str, tuple[tuple[str, str], ...]] = {
    "objective": (("initiative_objective", "objective_id"),),
    "tows_strategy": (("initiative_tows_strategy", "tows_strategy_id"),),
    "budget_line": (("initiative_budget_line", "budget_line_id"),),
    "kpi": (("initiative_kpi", "kpi_id"), ("checkpoint_kpi", "kpi_id")),
    "risk": (("initiative_risk", "risk_id"),),
}

_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def keep(plan, table: str, ids) -> None:
    """Remember the link rows that point at rows *ids* of *table* (before they are deleted)."""
    kept = _KEPT.setdefault(plan, {})
    for row_id in ids:
        rows = []
        for link_table, column in LINKS_TO.get(table, ()):
            cursor = plan.conn.execute(f'SELECT * FROM "{link_table}" WHERE "{column}" = ?', (row_id,))
            names = [d[0] for d in cursor.description]
            rows += [(link_table, dict(zip(names, values, strict=True))) for values in cursor.fetchall()]
        kept[(table, row_id)] = rows


def put_back(conn, plan, table: str, ids) -> None:
    """Insert the kept link rows of rows *ids* of *table* again (after they
    were restored), skipping any whose other side is gone. Call inside the
    restore's transaction."""
    kept = _KEPT.get(plan, {})
    for row_id in ids:
        for link_table, row in kept.pop((table, row_id), []):
            refs = [(c.references, row[c.name]) for c in schema.table(link_table).columns if c.references]
            if all(conn.execute(f'SELECT 1 FROM "{ref}" WHERE id = ?', (value,)).fetchone() for ref, value in refs):
                names = list(row)
                conn.execute(
                    f'INSERT OR IGNORE INTO "{link_table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                    f"VALUES ({', '.join('?' for _ in names)})",
                    [row[n] for n in names],
                )
