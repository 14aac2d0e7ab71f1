"""The row model the review cycle works on: the JSON exchange document of a
plan (app/services/exchange/json_exchange.py) without its snapshots, with
every row keyed by its primary key.

A *document* is ``{"format", "format_version", "plan": {...}, table: [rows]}``;
an *index* is ``{table: {key: row}}`` where a key is the tuple of the row's
primary-key values (``("<uuid>",)``, or ``(line_id, month)`` for a budget
cell). Rows are plain dicts of JSON values, so two documents compare with ==."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3

from app.services.exchange.json_exchange import export_plan
from app.services.plan import schema

SNAPSHOT_TABLE = "plan_snapshot"
# Stamped by every commit (a snapshot taken, a merge written): not content.
IGNORED_FIELDS = {"plan": frozenset({"modified_at"})}
META_KEYS = ("format", "format_version")

# Which canvas of the app shows each table (docs/reviews.md); a table not
# listed (added by a later feature) is shown under "other".
CANVAS_OF_TABLE = {
    "plan": "overview",
    "objective": "overview",
    "swot_item": "swot",
    "tows_strategy": "swot",
    "tows_citation": "swot",
    "persona": "personas",
    "value_tier": "personas",
    "journey_stage": "personas",
    "competitor": "competitors",
    "channel": "budget",
    "campaign": "calendar",
    "campaign_channel": "calendar",
    "campaign_persona": "calendar",
    "campaign_phase": "calendar",
    "milestone": "calendar",
    "key_date": "calendar",
    "budget_line": "budget",
    "budget_cell": "budget",
    "forecast_assumption": "forecast",
    "kpi": "kpis",
    "risk": "risks",
    "severity_level": "risks",
    "playbook": "risks",
    "escalation_contact": "risks",
    "playbook_step": "risks",
    "holding_statement": "risks",
    "deck_headline": "deck",
    "deck_note": "deck",
}
CANVAS_ORDER = (
    "overview",
    "swot",
    "personas",
    "competitors",
    "calendar",
    "budget",
    "forecast",
    "kpis",
    "risks",
    "deck",
)


def canvas_of(table: str) -> str:
    """The canvas that shows *table* ("other" for a table it does not know)."""
    return CANVAS_OF_TABLE.get(table, "other")


def content_tables() -> tuple[schema.Table, ...]:
    """Every plan table a snapshot holds (all but the snapshots), parents first."""
    return tuple(t for t in schema.tables() if t.name != SNAPSHOT_TABLE)


def live_document(conn: sqlite3.Connection) -> dict:
    """The plan behind *conn* as a document, without its snapshots."""
    document = export_plan(conn)
    document.pop(SNAPSHOT_TABLE, None)
    return document


def canonical_bytes(document: dict) -> bytes:
    """The canonical JSON of *document*: UTF-8, keys sorted, no spaces."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()


def digest(document: dict) -> str:
    """SHA-256 (hex) of the canonical JSON of *document*."""
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


def table_rows(document: dict, table: str) -> list[dict]:
    """The rows of *table* in *document* (the plan table is one row)."""
    if table == "plan":
        return [document["plan"]] if document.get("plan") else []
    return document.get(table, [])


def row_key(table: schema.Table, row: dict) -> tuple:
    """The primary-key values of *row*."""
    return tuple(row.get(name) for name in table.primary_key)


def index_document(document: dict) -> dict[str, dict[tuple, dict]]:
    """``{table: {key: row}}`` of every content table in *document*."""
    return {t.name: {row_key(t, row): row for row in table_rows(document, t.name)} for t in content_tables()}


def sort_key(table: schema.Table):
    """Key function giving the export's row order (position, then primary key)."""
    names = (["position"] if "position" in table.column_names else []) + list(table.primary_key)
    names = list(dict.fromkeys(names))
    return lambda row: tuple((row.get(n) is None, row.get(n) if row.get(n) is not None else 0) for n in names)


def document_from_index(index: dict[str, dict[tuple, dict]], meta: dict) -> dict:
    """A document from an index, rows in export order; *meta* gives the
    format keys."""
    document = {key: meta[key] for key in META_KEYS}
    for table in content_tables():
        rows = sorted(index.get(table.name, {}).values(), key=sort_key(table))
        if table.name == "plan":
            document["plan"] = copy.deepcopy(rows[0]) if rows else {}
        else:
            document[table.name] = copy.deepcopy(rows)
    return document


def comparable(document: dict) -> dict:
    """*document* without the fields that are not content (modified_at), in
    export order: two versions with the same content compare equal."""
    index = index_document(copy.deepcopy(document))
    for table, fields in IGNORED_FIELDS.items():
        for row in index.get(table, {}).values():
            for name in fields:
                row.pop(name, None)
    return document_from_index(index, document)


def plan_id(document: dict) -> str:
    """The plan id of *document* (copies of one plan share it)."""
    return document.get("plan", {}).get("id", "")
