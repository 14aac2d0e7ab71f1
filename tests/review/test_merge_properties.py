"""Properties of diff and merge on random edit sequences of the demo plan:
diff(A, B) applied to A gives B; edits of different fields merge into the
result of applying both; every field both sides changed differently is a
conflict and nothing else is; merging a copy with itself changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from review_support import apply_ops, demo_copy, document_of, edit_ops, field_targets, touched

from app.services.review.diff import apply_diff, diff_documents
from app.services.review.documents import comparable, index_document
from app.services.review.merge import ROW, merge

pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return document_of(demo_copy(tmp_path_factory.mktemp("demo")))


def _ops(base):
    return edit_ops(base)


@SETTINGS
@given(data=st.data())
def test_diff_applied_to_a_gives_b(base, data):
    a = apply_ops(base, data.draw(_ops(base)))
    b = apply_ops(base, data.draw(_ops(base)))
    assert comparable(apply_diff(a, diff_documents(a, b))) == comparable(b)
    assert diff_documents(b, b).is_empty


@SETTINGS
@given(data=st.data())
def test_edits_of_different_fields_merge_into_both(base, data):
    mine = apply_ops(base, data.draw(_ops(base)))
    mine_fields, mine_deleted = touched(base, mine)
    mine_rows = {(t, k) for t, k, _ in mine_fields} | mine_deleted
    # theirs: only edits that touch neither a field mine changed nor a row mine deleted
    ops = [
        op
        for op in data.draw(_ops(base))
        if not (op[0] == "set" and (op[1] in mine_fields or op[1][:2] in mine_deleted))
        and not (op[0] == "delete" and op[1] in mine_rows)
    ]
    theirs = apply_ops(base, ops)
    assume(not _added_twice(mine, theirs, base))
    result = merge(base, mine, theirs)
    assert result.conflicts == []
    assert comparable(result.document) == comparable(apply_ops(mine, ops))


def _added_twice(mine, theirs, base) -> bool:
    b, m, t = index_document(base), index_document(mine), index_document(theirs)
    return any((set(m[n]) - set(b[n])) & (set(t[n]) - set(b[n])) for n in b)


@SETTINGS
@given(data=st.data())
def test_every_overlapping_field_is_a_conflict_and_nothing_else(base, data):
    focus = data.draw(st.lists(st.sampled_from(field_targets(base)), min_size=1, max_size=3))
    mine = apply_ops(base, data.draw(edit_ops(base, focus=focus)))
    theirs = apply_ops(base, data.draw(edit_ops(base, focus=focus)))
    b, m, t = index_document(base), index_document(mine), index_document(theirs)
    expected = set()
    for table, rows in b.items():
        for key, row in rows.items():
            mine_row, theirs_row = m[table].get(key), t[table].get(key)
            if mine_row is None or theirs_row is None:
                other = theirs_row if mine_row is None else mine_row
                if other is not None and other != row:
                    expected.add((table, key, ROW))
                continue
            for name in row:
                values = (row[name], mine_row[name], theirs_row[name])
                if (
                    name != "modified_at"
                    and values[1] != values[0]
                    and values[2] != values[0]
                    and values[1] != values[2]
                ):
                    expected.add((table, key, name))
    result = merge(base, mine, theirs)
    event(f"conflicts: {min(len(expected), 3)}")
    assert {(c.table, c.key, c.field) for c in result.conflicts} == expected
    assert len(result.unresolved) == len(result.conflicts)
    # every field that is not a conflict holds the side that changed it
    merged = index_document(result.document)
    for table, rows in b.items():
        for key, row in rows.items():
            if key not in merged[table] or (table, key, ROW) in expected:
                continue
            for name in row:
                if (table, key, name) in expected or name == "modified_at":
                    continue
                changed = [side[table][key][name] for side in (m, t) if side[table][key][name] != row[name]]
                assert merged[table][key][name] == (changed[0] if changed else row[name])


@SETTINGS
@given(data=st.data())
def test_merging_a_copy_with_itself_changes_nothing(base, data):
    mine = apply_ops(base, data.draw(_ops(base)))
    result = merge(base, mine, mine)
    assert result.conflicts == []
    assert comparable(result.document) == comparable(mine)
    assert comparable(merge(mine, mine, mine).document) == comparable(mine)


@SETTINGS
@given(data=st.data(), prefer=st.sampled_from(["mine", "theirs"]))
def test_prefer_resolves_every_conflict_to_that_side(base, data, prefer):
    focus = data.draw(st.lists(st.sampled_from(field_targets(base)), min_size=1, max_size=3))
    mine = apply_ops(base, data.draw(edit_ops(base, focus=focus)))
    theirs = apply_ops(base, data.draw(edit_ops(base, focus=focus)))
    result = merge(base, mine, theirs, prefer=prefer)
    assert result.ok
    merged = index_document(result.document)
    side = index_document(mine if prefer == "mine" else theirs)
    for conflict in result.conflicts:
        if conflict.field == ROW:
            assert (conflict.key in merged[conflict.table]) == (conflict.key in side[conflict.table])
        else:
            assert (
                merged[conflict.table][conflict.key][conflict.field]
                == side[conflict.table][conflict.key][conflict.field]
            )


@pytest.fixture(scope="module")
def sent_pair(tmp_path_factory):
    """A demo plan file and a copy sent from it (sharing a snapshot)."""
    from app.services.plan.storage.plan_file import PlanFile
    from app.services.review import copies

    folder = tmp_path_factory.mktemp("pair")
    mine = demo_copy(folder)
    with PlanFile.open(mine, keep_backups=0) as plan:
        copies.send_copy(plan, folder / "theirs.stratdeck")
    return mine, folder / "theirs.stratdeck"


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edits_of_two_plan_files_merge_through_the_files(base, sent_pair, tmp_path_factory, data):
    """The same properties end to end: both files edited and written, the
    merge read from the files and written as a new plan file."""
    import shutil

    from app.services.plan.storage.plan_file import PlanFile
    from app.services.review import copies
    from app.services.review.documents import live_document

    folder = tmp_path_factory.mktemp("edited")
    mine_path, theirs_path = folder / "mine.stratdeck", folder / "theirs.stratdeck"
    shutil.copyfile(sent_pair[0], mine_path)
    shutil.copyfile(sent_pair[1], theirs_path)
    mine_ops, theirs_ops = data.draw(_ops(base)), data.draw(_ops(base))
    for path, ops in ((mine_path, mine_ops), (theirs_path, theirs_ops)):
        with PlanFile.open(path, keep_backups=0) as plan:
            copies.write_into_plan(plan, apply_ops(live_document(plan.conn), ops))
    with PlanFile.open(mine_path, keep_backups=0) as plan:
        inputs, result = copies.merge_files(plan, theirs_path, prefer="theirs")
        expected = merge(
            inputs.base, apply_ops(inputs.base, mine_ops), apply_ops(inputs.base, theirs_ops), prefer="theirs"
        )
        assert comparable(result.document) == comparable(expected.document)
        copies.merge_to_new_file(inputs, result, plan, folder / "merged.stratdeck")
    with PlanFile.open(folder / "merged.stratdeck", read_only=True) as merged:
        assert comparable(live_document(merged.conn)) == comparable(result.document)
