"""The view layer's shared Qt bases (app/views/common): the rows table
model, the generic row commands with merge ids by name, the choice
delegate and the row actions, checked through what a user sees — values in
the table and in the file, one undo step per action, undo restoring exactly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from app.services.overview import service as overview
from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.plan.storage.plan_file import PlanFile
from app.views.common.choice_delegate import ChoiceDelegate
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import merge_id
from app.views.overview.commands import OBJECTIVES
from app.views.overview.objectives_panel import ObjectivesPanel
from app.views.personas import commands as persona_commands


@pytest.fixture
def document(new_plan, qtbot):
    document = PlanDocument(new_plan)
    yield document
    document.undo_stack.clear()


def _texts(plan) -> list[str]:
    return [row["text"] for row in overview.list_objectives(plan)]


def test_merge_ids_are_allocated_by_name():
    first, again, other = merge_id("tests.alpha"), merge_id("tests.alpha"), merge_id("tests.beta")
    assert first == again and first != other
    assert first > 0 and other > 0  # -1 means "never merge" to QUndoStack


def test_add_move_delete_are_one_undo_step_each_and_undo_restores_the_place(document):
    plan, stack = document.plan, document.undo_stack
    for index, text in enumerate(("Grow sales", "Win Tier-2 cities", "Lift repeat rate")):
        assert document.execute(OBJECTIVES.add(document, index, text))
    first = overview.list_objectives(plan)[0]["id"]
    assert document.execute(OBJECTIVES.move(document, first, 0, 2))
    assert _texts(plan) == ["Win Tier-2 cities", "Lift repeat rate", "Grow sales"]
    assert document.execute(OBJECTIVES.delete(document, first))
    assert _texts(plan) == ["Win Tier-2 cities", "Lift repeat rate"]
    assert [stack.text(i) for i in range(stack.count())][-2:] == ["Move objective", "Delete objective"]
    stack.undo()
    assert _texts(plan) == ["Win Tier-2 cities", "Lift repeat rate", "Grow sales"]
    stack.undo()
    assert _texts(plan) == ["Grow sales", "Win Tier-2 cities", "Lift repeat rate"]
    stack.redo()
    stack.redo()
    assert _texts(plan) == ["Win Tier-2 cities", "Lift repeat rate"]


def test_redo_of_an_add_brings_back_the_same_row_id(document):
    command = OBJECTIVES.add(document, 0, "Grow sales")
    assert document.execute(command)
    row_id = command.row_id
    document.undo_stack.undo()
    assert overview.list_objectives(document.plan) == []
    document.undo_stack.redo()
    assert [r["id"] for r in overview.list_objectives(document.plan)] == [row_id]


def test_typing_in_one_field_visit_is_one_undo_step_and_typing_back_is_none(document):
    plan, stack = document.plan, document.undo_stack
    assert document.execute(persona_commands.AddPersonaCommand(document, 0, {"name": "Lin"}))
    persona = persona_service.list_personas(plan)[0]["id"]
    before = stack.count()
    for old, new in (("", "W"), ("W", "Wh"), ("Wh", "White-collar")):
        assert document.execute(persona_commands.EditPersonaCommand(document, persona, "role", old, new, session=7))
    assert stack.count() == before + 1  # three keystrokes, one step
    assert persona_service.list_personas(plan)[0]["role"] == "White-collar"
    # a new visit of the field is a new step
    assert document.execute(persona_commands.EditPersonaCommand(document, persona, "role", "White-collar", "Mgr", 8))
    assert stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert persona_service.list_personas(plan)[0]["role"] == ""


def test_a_delete_restores_the_rows_the_service_took_with_it(document):
    plan = document.plan
    assert document.execute(persona_commands.AddPersonaCommand(document, 0, {"name": "Lin"}))
    persona = persona_service.list_personas(plan)[0]["id"]
    assert document.execute(persona_commands.EditStageCommand(document, persona, "awareness", "tactic", "", "KOL"))
    journey_before = journey_service.journey(plan, persona)
    assert document.execute(persona_commands.DeletePersonasCommand(document, [persona]))
    assert persona_service.list_personas(plan) == []
    document.undo_stack.undo()
    assert [p["id"] for p in persona_service.list_personas(plan)] == [persona]
    assert journey_service.journey(plan, persona) == journey_before


def test_the_panel_edits_cells_through_undo_and_keeps_the_selection(document, qtbot):
    panel = ObjectivesPanel(document)
    qtbot.addWidget(panel)
    document.changed.connect(panel.on_change)
    panel.add_row()
    panel.add_row()
    model = panel.model
    assert model.rowCount() == 2 and model.headerData(0, Qt.Horizontal) == "Objective"
    assert model.setData(model.index(1, 0), "Grow sales")
    assert not model.setData(model.index(1, 0), "Grow sales")  # no change: no undo step
    assert model.data(model.index(1, 0)) == "Grow sales"
    assert _texts(document.plan) == ["", "Grow sales"]
    panel.select_id(model.rows[1]["id"])
    panel.move_selected(-1)
    assert _texts(document.plan) == ["Grow sales", ""]
    assert panel.selected_row() == 0  # the moved row stays selected
    panel.remove_selected()
    assert _texts(document.plan) == [""]
    document.undo_stack.undo()
    assert _texts(document.plan) == ["Grow sales", ""]


def test_a_read_only_plan_offers_no_editing(plan_path, qtbot):
    PlanFile.create(plan_path, title="Launch plan").close()
    plan = PlanFile.open(plan_path, read_only=True)
    try:
        panel = ObjectivesPanel(PlanDocument(plan))
        qtbot.addWidget(panel)
        assert not panel.add_button.isEnabled()
        assert not panel.model.flags(panel.model.index(0, 0)) & Qt.ItemIsEditable
    finally:
        plan.close()


def test_the_choice_delegate_shows_labels_and_stores_codes(document, qtbot):
    panel = ObjectivesPanel(document)
    qtbot.addWidget(panel)
    document.changed.connect(panel.on_change)
    panel.add_row()
    choices = [("grow", "Grow sales"), ("keep", "Keep customers")]
    delegate = ChoiceDelegate(lambda index: choices if index.column() == 1 else None)
    parent = QWidget()
    qtbot.addWidget(parent)
    index = panel.model.index(0, 1)
    box = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == ["Grow sales", "Keep customers"]
    box.setCurrentIndex(1)
    delegate.setModelData(box, panel.model, index)
    assert overview.list_objectives(document.plan)[0]["metric"] == "keep"
    plain = delegate.createEditor(parent, QStyleOptionViewItem(), panel.model.index(0, 0))
    assert not isinstance(plain, QComboBox)  # a column without choices edits as text
