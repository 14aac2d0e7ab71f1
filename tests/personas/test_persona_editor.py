"""The Personas & segments canvas in a real window: typing into the persona
form, adding and deleting cards, photos (good and bad), value tiers, the
journey grid, undo, redo, reopening the plan and the Problems panel."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui_support import stored
from tests.persona_support import bad_image, png_file


@pytest.fixture
def window(window):
    """The shared main window; afterwards no Problems refresh is left pending
    (a slow machine defers it, and it must not run after the plan closed)."""
    yield window
    window.problems.refresh(None)


def _findings(window) -> list[str]:
    """The Problems panel's messages once its refresh has run (it waits for
    a pause in typing when the rules are slow on a busy machine)."""
    window.problems.refresh(window.document.plan)
    return [f.message for f in window.problems.model.findings]


def _open(window, plan_path, language="en"):
    from app.services.plan.storage.plan_file import PlanFile

    PlanFile.create(plan_path, title="Tea launch", language=language).close()
    assert window.open_plan(str(plan_path))
    window.navigator.setCurrentRow(list(window.editors).index("personas"))
    return window.editors["personas"]


def _count(path, table: str) -> int:
    return stored(path, f"SELECT COUNT(*) FROM {table}")


def _type_cell(qtbot, table, index, text: str) -> None:
    """Open a cell editor, type over it and press Enter, as a user does."""
    table.setCurrentIndex(index)
    table.edit(index)
    lines = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(lines) == 1
    lines[0].selectAll()
    if text.isascii():
        qtbot.keyClicks(lines[0], text)
    else:  # QTest types ASCII only; Chinese arrives from the input method as committed text
        lines[0].insert(text)
    qtbot.keyClick(lines[0], Qt.Key_Return)
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in table.viewport().findChildren(QLineEdit)))


def test_add_type_undo_redo_and_reopen(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    stack = window.document.undo_stack
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    name = editor.detail.widgets["name"]
    assert name.hasFocus() or name.isEnabled()
    qtbot.keyClicks(name, "Lin Yue")
    assert stack.count() == 2  # add + one merged typing step
    qtbot.keyClicks(editor.detail.widgets["role"], "PM")
    share = editor.detail.widgets["customer_share_pct"]
    qtbot.keyClicks(share, "35")
    qtbot.keyClick(share, Qt.Key_Return)
    goals = editor.detail.widgets["goals"]
    goals.setFocus()
    qtbot.keyClicks(goals, "Less sugar")
    assert stored(plan_path, "SELECT name FROM persona") == "Lin Yue"
    assert stored(plan_path, "SELECT customer_share_pct FROM persona") == 35
    assert stored(plan_path, "SELECT goals FROM persona") == "Less sugar"
    assert editor.model.index(0).data() == "Lin Yue"  # the card follows
    assert stack.count() == 5
    window.undo_action.trigger()  # goals
    window.undo_action.trigger()  # share
    assert stored(plan_path, "SELECT customer_share_pct FROM persona") is None
    assert goals.toPlainText() == "" and share.text() == ""
    window.redo_action.trigger()
    assert share.text() == "35"
    window.open_plan(str(plan_path))
    editor = window.editors["personas"]
    assert editor.model.rowCount() == 1 and editor.detail.widgets["role"].text() == "PM"


def test_a_bad_share_is_refused_with_a_message(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    share = editor.detail.widgets["customer_share_pct"]
    qtbot.keyClicks(share, "150")
    qtbot.keyClick(share, Qt.Key_Return)
    assert editor.banner.text() == "Share of customers must be a number from 0 to 100, not '150'."
    assert stored(plan_path, "SELECT customer_share_pct FROM persona") is None
    assert share.text() == ""  # back to what is stored


def test_photo_from_a_file_bad_file_undo_and_card(window, qtbot, plan_path, tmp_path):
    editor = _open(window, plan_path)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    window.dialog_log.image_path = str(bad_image(tmp_path / "face.png"))
    qtbot.mouseClick(editor.detail.choose_photo_button, Qt.LeftButton)
    assert editor.banner.isVisible()
    assert editor.banner.text() == "face.png is not a PNG or JPEG image."
    assert stored(plan_path, "SELECT photo FROM persona") is None
    window.dialog_log.image_path = str(png_file(tmp_path / "lin.png", 1600, 1200))
    qtbot.mouseClick(editor.detail.choose_photo_button, Qt.LeftButton)
    assert stored(plan_path, "SELECT photo_mime FROM persona") == "image/png"
    assert stored(plan_path, "SELECT length(photo) FROM persona") > 0
    assert not editor.banner.isVisible()
    assert not editor.detail.photo_label.pixmap().isNull()
    assert editor.model.thumbnail(editor.model.rows[0]) is not None
    window.undo_action.trigger()
    assert stored(plan_path, "SELECT photo FROM persona") is None
    assert editor.model.thumbnail(editor.model.rows[0]) is None
    window.redo_action.trigger()
    qtbot.mouseClick(editor.detail.remove_photo_button, Qt.LeftButton)
    assert stored(plan_path, "SELECT photo FROM persona") is None


def test_deleting_a_persona_removes_its_journey_and_undo_restores_both(window, qtbot):
    assert window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("personas"))
    editor = window.editors["personas"]
    path = window.document.plan.path
    personas, stages = _count(path, "persona"), _count(path, "journey_stage")
    first = editor.model.rows[0]
    editor.select_persona(first["id"])
    own = stored(path, "SELECT COUNT(*) FROM journey_stage WHERE persona_id = ?", (first["id"],))
    assert own == 6
    editor.cards.setFocus()
    qtbot.keyClick(editor.cards, Qt.Key_Delete)
    assert _count(path, "persona") == personas - 1 and _count(path, "journey_stage") == stages - 6
    assert editor.detail.persona_id != first["id"]
    window.undo_action.trigger()  # one step brings both back
    assert _count(path, "persona") == personas and _count(path, "journey_stage") == stages
    assert editor.model.rows[0]["id"] == first["id"] and editor.current_id() == first["id"]
    window.redo_action.trigger()
    assert _count(path, "journey_stage") == stages - 6


def test_multi_select_delete_is_one_undo_step(window, qtbot):
    assert window.open_demo()
    editor = window.editors["personas"]
    path = window.document.plan.path
    count = _count(path, "persona")
    editor.cards.selectAll()
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert _count(path, "persona") == 0 and _count(path, "journey_stage") == 0
    assert editor.detail.persona_id is None and not editor.detail.body.isEnabled()
    window.undo_action.trigger()
    assert _count(path, "persona") == count


def test_duplicate_and_move_cards(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    qtbot.keyClicks(editor.detail.widgets["name"], "A")
    qtbot.mouseClick(editor.duplicate_button, Qt.LeftButton)
    qtbot.keyClicks(editor.detail.widgets["name"], "2")
    assert [r["name"] for r in editor.model.rows] == ["A", "A2"]
    qtbot.mouseClick(editor.left_button, Qt.LeftButton)
    assert [r["name"] for r in editor.model.rows] == ["A2", "A"]
    assert stored(plan_path, "SELECT name FROM persona WHERE position = 0") == "A2"
    window.undo_action.trigger()
    assert [r["name"] for r in editor.model.rows] == ["A", "A2"]


def test_value_tiers_standard_four_edit_total_and_undo(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    editor.tabs.setCurrentIndex(1)
    tiers = editor.tiers
    assert tiers.standard_button.isVisible()
    qtbot.mouseClick(tiers.standard_button, Qt.LeftButton)
    assert [r["name"] for r in tiers.model.rows] == ["Diamond", "Core", "Potential", "Basic"]
    assert tiers.total_label.text() == "Customers total: 100 %"
    assert not tiers.standard_button.isVisible()
    _type_cell(qtbot, tiers.table, tiers.model.index(0, 1), "5")
    assert stored(plan_path, "SELECT customer_share_pct FROM value_tier WHERE position = 0") == 5
    assert tiers.total_label.text() == "Customers total: 103 %"
    assert "color:#B3261E" in tiers.total_label.styleSheet()
    assert "The value tiers' shares of customers add up to 103 %, not 100 %." in _findings(window)
    _type_cell(qtbot, tiers.table, tiers.model.index(0, 2), "lots")
    assert editor.banner.text() == "Share of revenue (tier 1) must be a number from 0 to 100, not 'lots'."
    window.undo_action.trigger()  # the share
    window.undo_action.trigger()  # the four tiers, in one step
    assert _count(plan_path, "value_tier") == 0
    window.redo_action.trigger()
    assert _count(plan_path, "value_tier") == 4
    tiers.table.selectRow(3)
    qtbot.mouseClick(tiers.remove_button, Qt.LeftButton)
    assert _count(plan_path, "value_tier") == 3
    window.undo_action.trigger()
    assert stored(plan_path, "SELECT name FROM value_tier WHERE position = 3") == "Basic"


def test_journey_grid_edit_undo_paste_and_problem(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    qtbot.keyClicks(editor.detail.widgets["name"], "Lin")
    assert "Persona 'Lin' has no customer journey." in _findings(window)
    editor.tabs.setCurrentIndex(2)
    journeys = editor.journeys
    assert journeys.persona_box.currentText() == "Lin"
    _type_cell(qtbot, journeys.table, journeys.model.index(0, 0), "小红书笔记")
    _type_cell(qtbot, journeys.table, journeys.model.index(5, 2), "Referral gift")
    assert stored(plan_path, "SELECT touchpoints FROM journey_stage WHERE stage = 'awareness'") == "小红书笔记"
    assert "Persona 'Lin' has no customer journey." not in _findings(window)
    journeys.copy_button.click()
    journeys.clear_button.click()
    assert _count(plan_path, "journey_stage") == 0
    journeys.paste_button.click()
    assert _count(plan_path, "journey_stage") == 2
    journeys.table.selectAll()
    journeys.table.setFocus()
    qtbot.keyClick(journeys.table, Qt.Key_Delete)
    assert _count(plan_path, "journey_stage") == 0
    window.undo_action.trigger()  # the delete key: one step for all cells
    assert _count(plan_path, "journey_stage") == 2
    window.undo_action.trigger()  # paste
    window.undo_action.trigger()  # clear
    window.undo_action.trigger()  # the tactic
    assert _count(plan_path, "journey_stage") == 1  # an emptied stage leaves no row behind
    assert journeys.model.index(5, 2).data() == ""


def test_problems_panel_opens_the_journey_of_the_persona(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    qtbot.keyClicks(editor.detail.widgets["name"], "Lin")
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    qtbot.keyClicks(editor.detail.widgets["name"], "Zhou")
    row = _findings(window).index("Persona 'Lin' has no customer journey.")
    window.problems.view.clicked.emit(window.problems.model.index(row))
    assert editor.tabs.currentIndex() == 2
    assert editor.journeys.persona_box.currentText() == "Lin"


@pytest.fixture
def chinese():
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def test_persona_messages_are_translated(chinese, new_plan):
    from app.models.findings import Finding
    from app.services.personas import journeys as journey_service
    from app.services.personas import service as persona_service
    from app.services.personas import tiers as tier_service
    from app.services.plan.errors import EditRefused
    from app.views.common.message_text import message_text
    from app.views.common.service_text import finding_text
    from app.views.personas.service_text import FINDINGS

    pid = persona_service.add_persona(new_plan, {"name": "A"}).ids[0]
    tid = tier_service.add_tier(new_plan, {"name": "T"}).ids[0]
    attempts = [
        lambda: persona_service.update_persona(new_plan, pid, "customer_share_pct", "abc"),
        lambda: persona_service.update_persona(new_plan, pid, "quote", "x" * 1001),
        lambda: persona_service.update_persona(new_plan, "gone", "name", "x"),
        lambda: tier_service.update_tier(new_plan, tid, "customer_share_pct", ""),
        lambda: tier_service.update_tier(new_plan, tid, "service_level", 3),
        lambda: journey_service.set_stage_field(new_plan, pid, "use", "tactic", "x" * 2001),
    ]
    for attempt in attempts:
        with pytest.raises(EditRefused) as refused:
            attempt()
        text = message_text(refused.value)
        unquoted = re.sub(r"“.*?”|x+", "", text)  # the refused value itself stays as typed
        assert not any("a" <= c.lower() <= "z" for c in unquoted) and text != str(refused.value), text
    with pytest.raises(EditRefused) as refused:
        journey_service.set_stage_field(new_plan, pid, "use", "tactic", "x" * 2001)
    assert message_text(refused.value) == "策略（使用）过长（2001 个字符，最多 2000 个）。"
    for rule in FINDINGS.translated():
        args = (("total", "90"), ("index", 2), ("name", "林悦"), ("missing", 3))
        text = finding_text(Finding(rule, "warning", "personas", "English", args=args))
        assert text != "English" and any("\u4e00" <= c <= "\u9fff" for c in text), rule
