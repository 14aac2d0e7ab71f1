"""Helpers of the review-cycle tests: demo plans and random edits of a plan
document (the row model of app/services/review)."""

from __future__ import annotations

import copy
import re
import uuid
from pathlib import Path

from hypothesis import strategies as st

from app.services.plan import schema
from app.services.plan.samples import create_demo_plan
from app.services.plan.storage.plan_file import PlanFile
from app.services.review.documents import content_tables, document_from_index, index_document, live_document

# Tables whose rows a random edit adds: a copy of an existing row (its
# parents exist everywhere) in a table without unique rules beyond the id.
ADDABLE = ("objective", "swot_item", "tows_strategy", "competitor", "campaign", "milestone", "key_date", "kpi", "risk")


def demo_copy(folder: Path, language: str = "zh") -> Path:
    """A fresh demo plan in *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    return create_demo_plan(language, folder)


def document_of(path: Path) -> dict:
    """The live document of the plan file at *path*."""
    with PlanFile.open(path, read_only=True) as plan:
        return live_document(plan.conn)


def editable_fields(table: schema.Table) -> list[str]:
    """Free-text columns of *table*: no key, no reference, no CHECK rule."""
    checked = set(re.findall(r"\b([a-z_]+)\b", " ".join(re.findall(r"CHECK \((.*?)\)(?:,|\s*\))", table.ddl))))
    return [
        c.name
        for c in table.columns
        if c.type == "str"
        and not c.primary_key
        and not c.references
        and c.name not in checked
        and c.name not in ("id", "modified_at", "created_at", "language", "currency")
    ]


def leaf_tables() -> list[str]:
    """Tables no other table refers to (deleting a row there cascades nowhere)."""
    referenced = {c.references for t in content_tables() for c in t.columns if c.references}
    return [t.name for t in content_tables() if t.name not in referenced and t.name != "plan"]


def field_targets(document: dict) -> list[tuple]:
    """Every (table, key, field) a random edit may set."""
    index = index_document(document)
    return [(t.name, key, name) for t in content_tables() for key in index[t.name] for name in editable_fields(t)]


def edit_ops(document: dict, max_ops: int = 12, values=("甲", "乙", "A", ""), focus: list | None = None):
    """Strategy: a list of random edits of *document*: set a text field,
    delete a row of a leaf table, or add a copy of a row. With *focus* (a
    list of field targets) sets and deletes only touch those, so two edit
    lists drawn with one focus overlap often."""
    index = index_document(document)
    targets = focus or field_targets(document)
    leaves = set(leaf_tables())
    deletable = [(name, key) for name in leaves for key in index[name]]
    if focus:
        deletable = sorted({(t, k) for t, k, _ in focus if t in leaves}, key=str) or deletable[:1]
    addable = [(name, key) for name in ADDABLE for key in index[name]]  # copies of base rows
    set_op = st.tuples(st.just("set"), st.sampled_from(targets), st.sampled_from(values))
    delete_op = st.tuples(st.just("delete"), st.sampled_from(deletable), st.none())
    add_op = st.tuples(
        st.just("add"),
        st.sampled_from(addable).map(lambda target: (target[0], index[target[0]][target[1]])),
        st.uuids(version=4).map(str),
    )
    return st.lists(st.one_of(set_op, set_op, delete_op, add_op), max_size=max_ops)


def apply_ops(document: dict, ops) -> dict:
    """*document* with the edits *ops* applied (edits of a deleted row skip)."""
    index = index_document(copy.deepcopy(document))
    for kind, target, value in ops:
        if kind == "set":
            table, key, name = target
            if key in index[table]:
                index[table][key][name] = value
        elif kind == "delete":
            index[target[0]].pop(target[1], None)
        else:  # a copy of a row as it was in the document the edits were drawn for
            table, row = target
            index[table][(value,)] = dict(copy.deepcopy(row), id=value)
    return document_from_index(index, document)


def touched(base: dict, edited: dict) -> tuple[set, set]:
    """(fields changed, rows deleted) from *base* to *edited*:
    {(table, key, field)} and {(table, key)}."""
    b, e = index_document(base), index_document(edited)
    fields, deleted = set(), set()
    for table, rows in b.items():
        for key, row in rows.items():
            if key not in e[table]:
                deleted.add((table, key))
                continue
            fields |= {(table, key, f) for f in row if row[f] != e[table][key].get(f) and f != "modified_at"}
    return fields, deleted


def new_id() -> str:
    """A fresh row id."""
    return str(uuid.uuid4())
