"""Insert and delete a campaign without renumbering every other campaign.

app.services.plan.rows keeps positions dense (0..n-1) by rewriting the position
of every row, one UPDATE per row: 5,000 campaigns cost ~60 ms per add or
delete. When the positions are already dense, shifting the rows after the
slot with ONE UPDATE gives the same result; otherwise (a file written by an
older or foreign tool) every campaign is renumbered as before."""

from __future__ import annotations

import uuid

from app.services.calendar.messages import MESSAGES
from app.services.plan import schema
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile


def _is_dense(conn) -> bool:
    """True when the campaign positions are exactly 0..n-1."""
    count, low, high, distinct = conn.execute(
        "SELECT COUNT(*), COALESCE(MIN(position), 0), COALESCE(MAX(position), -1), COUNT(DISTINCT position) "
        "FROM campaign"
    ).fetchone()
    return low == 0 and high == count - 1 and distinct == count


def _renumber(conn) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM campaign ORDER BY position, id")]
    conn.executemany("UPDATE campaign SET position = ? WHERE id = ?", [(i, x) for i, x in enumerate(ids)])


def place_campaign(conn, row: dict, index: int | None) -> None:
    """Inside an open transaction: insert campaign *row* (with its id) at
    *index* (None = at the end), keeping positions dense."""
    dense = _is_dense(conn)
    if not dense:
        _renumber(conn)
    count = conn.execute("SELECT COUNT(*) FROM campaign").fetchone()[0]
    row = {**row, "position": count if index is None else max(0, min(index, count))}
    names = [c for c in schema.table("campaign").column_names if c in row]
    conn.execute("UPDATE campaign SET position = position + 1 WHERE position >= ?", (row["position"],))
    conn.execute(
        f"INSERT INTO campaign ({', '.join(chr(34) + n + chr(34) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        [row[n] for n in names],
    )


def insert_campaign_row(plan: PlanFile, values: dict, index: int | None, row_id: str | None) -> str:
    """Insert a campaign at *index* (None = at the end) in one transaction; return its id."""
    row = {c.name: c.default for c in schema.table("campaign").columns if not c.required}
    row.update(values)
    row["id"] = row_id or str(uuid.uuid4())
    with plan.transaction() as conn:
        place_campaign(conn, row, index)
    return row["id"]


def delete_campaign_row(plan: PlanFile, campaign_id: str) -> tuple[dict, int]:
    """Delete a campaign row; return (row, index) for restore. Rows that point
    at it follow the schema (phases and links go, milestones are untied)."""
    with plan.transaction() as conn:
        if not _is_dense(conn):
            _renumber(conn)
        cursor = conn.execute("SELECT * FROM campaign WHERE id = ?", (campaign_id,))
        found = cursor.fetchone()
        if found is None:
            raise EditRefused("", MESSAGES("item_gone"))
        row = dict(zip([d[0] for d in cursor.description], found, strict=True))
        conn.execute("DELETE FROM campaign WHERE id = ?", (campaign_id,))
        conn.execute("UPDATE campaign SET position = position - 1 WHERE position > ?", (row["position"],))
    return row, row["position"]
