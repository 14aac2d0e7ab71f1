"""The difference between two versions of a plan, row by row and field by
field, and applying it: ``apply_diff(a, diff_documents(a, b))`` gives b.

Works on documents (app/services/review/documents.py): rows are matched by
primary key, so a row whose text changed is "changed", not removed and added.
``plan.modified_at`` is not content and never shows as a change."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from app.services.plan import schema
from app.services.review.documents import (
    CANVAS_ORDER,
    IGNORED_FIELDS,
    META_KEYS,
    canvas_of,
    content_tables,
    document_from_index,
    index_document,
)

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
LABEL_FIELDS = (
    "name",
    "title",
    "text",
    "headline",
    "role",
    "action",
    "stage",
    "metric",
    "sub_channel",
    "month",
    "section",
    "id",
)


@dataclass(frozen=True)
class FieldChange:
    """One field of a row: its value before and after."""

    field: str
    before: object
    after: object


@dataclass(frozen=True)
class RowChange:
    """A row added, removed or changed between two versions."""

    table: str
    key: tuple
    kind: str  # added, removed or changed
    before: dict | None
    after: dict | None
    fields: tuple[FieldChange, ...] = ()
    context: str = ""  # the row it belongs to, e.g. the budget line of a budget month

    @property
    def canvas(self) -> str:
        """The canvas that shows this row's table."""
        return canvas_of(self.table)

    @property
    def label(self) -> str:
        """A short readable name of the row (its name, title or text), then
        the row it belongs to: "2027-03 (天猫)" for a budget month."""
        own = row_label(self.key, self.after or self.before)
        if not self.context:
            return own
        context = self.context if len(self.context) <= 32 else self.context[:31] + "…"
        return f"{own} ({context})"  # own first: twelve months of one line differ at the month


def row_label(key: tuple, row: dict | None) -> str:
    """A short readable name of a row: its name, title or text, else its key."""
    for name in LABEL_FIELDS:
        value = (row or {}).get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 40 else text[:39] + "…"
    return "/".join(str(part)[:8] for part in key)


@dataclass
class PlanDiff:
    """Every row change from one version (``old``) to another (``new``),
    plus the derived figures that moved (filled by figures.figure_changes)."""

    rows: list[RowChange]
    new_meta: dict
    figures: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when the two versions hold the same content."""
        return not self.rows

    def by_canvas(self) -> dict[str, list[RowChange]]:
        """Row changes grouped by canvas, canvases in the app's order."""
        groups: dict[str, list[RowChange]] = {}
        for change in self.rows:
            groups.setdefault(change.canvas, []).append(change)
        order = {name: n for n, name in enumerate(CANVAS_ORDER)}
        return dict(sorted(groups.items(), key=lambda item: order.get(item[0], len(order))))

    def counts(self) -> dict[str, int]:
        """How many rows were added, removed and changed."""
        return {kind: sum(1 for c in self.rows if c.kind == kind) for kind in (ADDED, REMOVED, CHANGED)}


def _field_changes(table: str, before: dict, after: dict) -> tuple[FieldChange, ...]:
    ignored = IGNORED_FIELDS.get(table, frozenset())
    names = list(dict.fromkeys([*before, *after]))
    return tuple(
        FieldChange(name, before.get(name), after.get(name))
        for name in names
        if name not in ignored and before.get(name) != after.get(name)
    )


# Child tables named after the row they belong to: the column that points at
# it (its table is the one the column references).
CONTEXT_COLUMNS = {
    "budget_cell": "budget_line_id",
    "budget_line": "channel_id",
    "campaign_phase": "campaign_id",
    "journey_stage": "persona_id",
    "playbook_step": "playbook_id",
    "escalation_contact": "playbook_id",
    "holding_statement": "playbook_id",
}


def context_label(table: str, row: dict | None, indexes: tuple[dict, ...], depth: int = 2) -> str:
    """The label of the row *row* belongs to (and that row's own parent),
    looked up in the newer index first."""
    if table not in CONTEXT_COLUMNS or row is None or depth == 0:
        return ""
    column = CONTEXT_COLUMNS[table]
    parent_table = next(c.references for c in schema.table(table).columns if c.name == column)
    key = (row.get(column),)
    parent = next(
        (index.get(parent_table, {}).get(key) for index in indexes if key in index.get(parent_table, {})), None
    )
    if parent is None:
        return ""
    above = context_label(parent_table, parent, indexes, depth - 1)
    own = row_label(key, parent)
    if parent_table == "budget_line" and not (parent.get("sub_channel") or "").strip():
        return above or own  # a line without a sub-channel is its channel
    return f"{above} · {own}" if above else own


def diff_indexes(old: dict, new: dict, new_meta: dict) -> PlanDiff:
    """The diff between two indexes (see documents.index_document)."""
    changes = _row_changes(old, new)
    rows = [
        replace(c, context=context_label(c.table, c.after or c.before, (new, old))) if c.table in CONTEXT_COLUMNS else c
        for c in changes
    ]
    return PlanDiff(rows, {k: new_meta.get(k) for k in META_KEYS})


def _row_changes(old: dict, new: dict) -> list[RowChange]:
    rows: list[RowChange] = []
    for table in content_tables():
        before, after = old.get(table.name, {}), new.get(table.name, {})
        for key, row in before.items():
            if key not in after:
                rows.append(RowChange(table.name, key, REMOVED, row, None))
            elif row != after[key]:
                fields = _field_changes(table.name, row, after[key])
                if fields:
                    rows.append(RowChange(table.name, key, CHANGED, row, after[key], fields))
        rows.extend(RowChange(table.name, key, ADDED, None, row) for key, row in after.items() if key not in before)
    return rows


def diff_documents(old: dict, new: dict) -> PlanDiff:
    """Every row added, removed or changed from *old* to *new*."""
    return diff_indexes(index_document(old), index_document(new), new)


def apply_to_index(index: dict, diff: PlanDiff) -> dict:
    """Apply *diff* to an index in place and return it."""
    for change in diff.rows:
        rows = index.setdefault(change.table, {})
        if change.kind == REMOVED:
            rows.pop(change.key, None)
        elif change.kind == ADDED:
            rows[change.key] = copy.deepcopy(change.after)
        else:
            row = dict(rows.get(change.key) or change.before)
            row.update({f.field: copy.deepcopy(f.after) for f in change.fields})
            rows[change.key] = row
    return index


def apply_diff(document: dict, diff: PlanDiff) -> dict:
    """*document* with *diff* applied (a new document; the input is kept)."""
    index = apply_to_index(index_document(copy.deepcopy(document)), diff)
    return document_from_index(index, diff.new_meta)
