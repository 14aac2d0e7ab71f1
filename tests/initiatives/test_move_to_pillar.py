"""Moving an initiative to another pillar: the service says where it was,
putting it back there restores both pillars' order exactly, and in the
editor the move is one undo step that undo and redo replay on disk."""

from __future__ import annotations

import sqlite3

import pytest
from initiatives_support import strategy_plan, table_dump

from app.services.initiatives import service as svc
from app.services.plan.errors import EditRefused
from app.views.common.plan_document import PlanDocument
from app.views.initiatives.editor import InitiativesEditor


def _two_pillars(plan) -> tuple[str, str, list[str], list[str]]:
    """Two new pillars with three initiatives each; their ids."""
    pillars, initiatives = [], []
    for pillar_name in ("全渠道整合营销", "数字化创新"):
        pillar = svc.add_pillar(plan, {"name": pillar_name}).ids[0]
        names = [f"{pillar_name}·{n}" for n in range(3)]
        initiatives.append([svc.add_initiative(plan, pillar, {"name": name}).ids[0] for name in names])
        pillars.append(pillar)
    return pillars[0], pillars[1], initiatives[0], initiatives[1]


def _stored(path, initiative_id) -> tuple[str, int]:
    """(pillar id, position) of an initiative as the file on disk holds it."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT pillar_id, position FROM initiative WHERE id = ?", (initiative_id,)).fetchone()


def _order(plan, pillar_id) -> list[str]:
    return [r["id"] for r in svc.list_initiatives(plan, pillar_id)]


@pytest.mark.parametrize("moved_index", [0, 1, 2])
@pytest.mark.parametrize("target_index", [None, 0, 1, 3])
def test_move_and_put_back_restores_both_pillars_exactly(tmp_path, moved_index, target_index):
    plan = strategy_plan(tmp_path / "move.stratdeck")
    first, second, first_ids, second_ids = _two_pillars(plan)
    before = table_dump(plan)
    moved = first_ids[moved_index]
    change = svc.move_initiative_to_pillar(plan, moved, second, target_index)
    where = 3 if target_index is None else target_index
    assert change.extra == {"old_pillar_id": first, "old_position": moved_index, "pillar_id": second, "position": where}
    assert _order(plan, first) == [i for i in first_ids if i != moved]
    assert _order(plan, second) == second_ids[:where] + [moved] + second_ids[where:]
    assert [r["position"] for r in svc.list_initiatives(plan, first)] == [0, 1]
    assert [r["position"] for r in svc.list_initiatives(plan, second)] == [0, 1, 2, 3]
    svc.move_initiative_to_pillar(plan, moved, change.extra["old_pillar_id"], change.extra["old_position"])
    assert table_dump(plan) == before
    plan.close()


def test_moving_to_a_missing_pillar_is_refused_and_changes_nothing(tmp_path):
    plan = strategy_plan(tmp_path / "move.stratdeck")
    _first, _second, first_ids, _ = _two_pillars(plan)
    before = table_dump(plan)
    with pytest.raises(EditRefused) as refused:
        svc.move_initiative_to_pillar(plan, first_ids[0], "00000000-0000-4000-8000-999999999999")
    assert refused.value.field == "pillar_id"
    assert table_dump(plan) == before
    plan.close()


@pytest.fixture
def editor(tmp_path, qtbot):
    plan = strategy_plan(tmp_path / "strategy.stratdeck")
    document = PlanDocument(plan)
    widget = InitiativesEditor(document)
    document.changed.connect(widget.on_change)
    document.failed.connect(widget.on_failed)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    yield widget
    document.close()


def test_move_to_pillar_is_one_undo_step_on_disk(editor):
    plan, stack = editor.document.plan, editor.document.undo_stack
    first, second, first_ids, second_ids = _two_pillars(plan)
    editor.refresh(first)
    moved = first_ids[1]
    editor.select_initiative(moved)
    assert editor.detail.current["id"] == moved
    editor.detail._fill_move_menu()  # what opening the button's menu shows
    names = [a.text() for a in editor.detail.move_menu.actions()]
    assert "数字化创新" in names and "全渠道整合营销" not in names
    before = table_dump(plan)
    depth = stack.count()
    next(a for a in editor.detail.move_menu.actions() if a.data() == second).trigger()
    assert stack.count() == depth + 1
    assert _stored(plan.path, moved) == (second, 3)
    assert _order(plan, first) == [first_ids[0], first_ids[2]]
    assert editor.pillars.selected_id() == second and editor.initiatives.selected_id() == moved

    stack.undo()
    assert _stored(plan.path, moved) == (first, 1)
    assert table_dump(plan) == before
    assert editor.pillars.selected_id() == first and editor.initiatives.selected_id() == moved

    stack.redo()
    assert _stored(plan.path, moved) == (second, 3)
    assert _order(plan, second) == second_ids + [moved]
    assert editor.initiatives.selected_id() == moved
    stack.undo()
    assert table_dump(plan) == before
