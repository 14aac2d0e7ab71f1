"""Three-way merge of two copies of a plan against their common version.

Rows are matched by primary key. A row or field changed on one side only
takes that side's value; the same change on both sides is taken once; the
same field changed differently on both sides, a row edited (or given new
rows inside it) on one side and deleted on the other, or the same new key
added differently on both sides is a *conflict*. A conflict is resolved as
``mine``, ``theirs`` or ``("edit", value)``; ``prefer`` resolves every
conflict not resolved one by one."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from app.services.plan import schema
from app.services.plan.errors import UsageError
from app.services.review.diff import row_label
from app.services.review.documents import (
    IGNORED_FIELDS,
    content_tables,
    document_from_index,
    index_document,
)
from app.services.review.messages import MESSAGES

MINE, THEIRS, EDIT = "mine", "theirs", "edit"
BOTH_CHANGED, EDIT_VS_DELETE, BOTH_ADDED = "both_changed", "edit_vs_delete", "both_added"
ROW = "*"  # the field of a conflict about a whole row


@dataclass(frozen=True)
class Conflict:
    """One conflict: a field (or a whole row, field ``*``) of a row that the
    two sides changed in different ways. Values are the field's values (or
    whole rows, None where deleted) in the base, mine and theirs."""

    table: str
    key: tuple
    field: str
    kind: str
    base: object
    mine: object
    theirs: object
    label: str = ""  # the row's name, title or text

    @property
    def id(self) -> str:
        """A stable name for the conflict: ``table:key:field``."""
        return f"{self.table}:{'/'.join(str(k) for k in self.key)}:{self.field}"


@dataclass
class MergeResult:
    """The merged document and the conflicts met (resolved or not)."""

    document: dict
    conflicts: list[Conflict]
    unresolved: list[Conflict]
    restored_parents: list[tuple[str, tuple]]

    @property
    def ok(self) -> bool:
        """True when every conflict was resolved."""
        return not self.unresolved


def _choice(conflict: Conflict, resolutions: dict, prefer: str | None):
    """The resolution of *conflict*: (side or 'edit', value), or None."""
    chosen = resolutions.get(conflict.id, prefer)
    if chosen is None:
        return None
    if isinstance(chosen, tuple) and chosen[0] == EDIT:
        return EDIT, chosen[1]
    if chosen in (MINE, THEIRS):
        return chosen, conflict.mine if chosen == MINE else conflict.theirs
    raise UsageError(MESSAGES("bad_edit", field=conflict.id, reason=f"unknown choice {chosen!r}"))


def _merge_fields(table: str, key: tuple, base: dict, mine: dict, theirs: dict, kind: str):
    """Field-by-field merge of one row changed on both sides."""
    ignored = IGNORED_FIELDS.get(table, frozenset())
    merged, conflicts = {}, []
    for name in dict.fromkeys([*mine, *theirs]):
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        if m == t or name in ignored:
            merged[name] = m
        elif m == b:
            merged[name] = t
        elif t == b:
            merged[name] = m
        else:
            merged[name] = m
            conflicts.append(Conflict(table, key, name, kind, b, m, t, row_label(key, mine)))
    return merged, conflicts


def _merge_rows(base: dict, mine: dict, theirs: dict) -> tuple[dict, list[Conflict]]:
    """Merge three indexes row by row; returns the merged index (conflicting
    fields hold mine's value for now) and every conflict."""
    merged: dict[str, dict[tuple, dict]] = {}
    conflicts: list[Conflict] = []
    for table in content_tables():
        b_rows, m_rows, t_rows = (side.get(table.name, {}) for side in (base, mine, theirs))
        out = merged[table.name] = {}
        for key in dict.fromkeys([*b_rows, *m_rows, *t_rows]):
            b, m, t = b_rows.get(key), m_rows.get(key), t_rows.get(key)
            if m == t or t == b:
                row = m
            elif m == b:
                row = t
            elif m is None or t is None:
                conflicts.append(Conflict(table.name, key, ROW, EDIT_VS_DELETE, b, m, t, row_label(key, m or t)))
                row = m
            else:
                row, found = _merge_fields(table.name, key, b or {}, m, t, BOTH_CHANGED if b else BOTH_ADDED)
                conflicts.extend(found)
            if row is not None:
                out[key] = copy.deepcopy(row)
    return merged, conflicts


def _apply_resolution(merged: dict, conflict: Conflict, value) -> None:
    rows = merged[conflict.table]
    if conflict.field == ROW:
        if value is None:
            rows.pop(conflict.key, None)
        else:
            rows[conflict.key] = copy.deepcopy(value)
    elif conflict.key in rows:
        rows[conflict.key][conflict.field] = copy.deepcopy(value)


def _references() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(child table, column, parent table, parent key) of every reference."""
    found = []
    for table in content_tables():
        for column in table.columns:
            if column.references:
                found.append((table.name, column.name, column.references, schema.table(column.references).primary_key))
    return found


def dangling(index: dict) -> list[tuple[str, tuple, str, tuple]]:
    """(child table, child key, parent table, parent key) of every row that
    refers to a row not in *index*."""
    result = []
    for child, column, parent, _ in _references():
        present = index.get(parent, {})
        for key, row in index.get(child, {}).items():
            value = row.get(column)
            if value is not None and (value,) not in present:
                result.append((child, key, parent, (value,)))
    return result


def _drop_orphans(index: dict) -> None:
    """Remove rows whose parent is gone, as deleting the parent would have
    (repeated until none is left, for grandchildren)."""
    while True:
        orphans = dangling(index)
        if not orphans:
            return
        for child, key, _parent, _ in orphans:
            index[child].pop(key, None)


def merge(
    base: dict, mine: dict, theirs: dict, resolutions: dict | None = None, prefer: str | None = None
) -> MergeResult:
    """Merge *mine* and *theirs* (documents) against *base*; see the module
    docstring. Unresolved conflicts keep mine's value in the document."""
    resolutions = resolutions or {}
    b, m, t = index_document(base), index_document(mine), index_document(theirs)
    merged, conflicts = _merge_rows(b, m, t)
    unresolved: list[Conflict] = []
    for conflict in conflicts:
        choice = _choice(conflict, resolutions, prefer)
        if choice is None:
            unresolved.append(conflict)
        else:
            _apply_resolution(merged, conflict, choice[1])
    restored = _settle_references(merged, b, m, t, resolutions, prefer, conflicts, unresolved)
    return MergeResult(document_from_index(merged, mine), conflicts, unresolved, restored)


def _settle_references(merged, b, m, t, resolutions, prefer, conflicts, unresolved) -> list:
    """Rows that refer to a row deleted on one side: the deleted row is a
    conflict (kept → put back; deleted → its rows go too)."""
    restored, seen = [], {c.id for c in conflicts}
    for _round in range(len(merged) + 2):
        missing = {(parent, pkey) for _c, _k, parent, pkey in dangling(merged)}
        if not missing:
            break
        for parent, pkey in sorted(missing, key=str):
            sides = [side.get(parent, {}).get(pkey) for side in (b, m, t)]
            label = row_label(pkey, sides[1] or sides[2] or sides[0])
            conflict = Conflict(parent, pkey, ROW, EDIT_VS_DELETE, *sides, label)
            if conflict.id not in seen:
                seen.add(conflict.id)
                conflicts.append(conflict)
            choice = _choice(conflict, resolutions, prefer)
            if choice is None:
                if conflict not in unresolved:
                    unresolved.append(conflict)
                keep = conflict.mine if conflict.mine is not None else conflict.theirs or conflict.base
            else:
                keep = choice[1]
            if keep is not None:
                merged[parent][pkey] = copy.deepcopy(keep)
                restored.append((parent, pkey))
        _drop_orphans(merged)
    return restored
