"""The Competitors canvas in a real window: typing into the table, ticking
our brand, changing the map's axes, undo, redo and reopening the plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.views.competitors.model import COLUMNS
from tests.gui_support import stored


def _open(window, plan_path):
    from app.services.plan.storage.plan_file import PlanFile

    PlanFile.create(plan_path, title="Tea launch", language="en").close()
    assert window.open_plan(str(plan_path))
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index("competitors"))
    return window.editors["competitors"]


def _cell_editor(editor) -> QLineEdit:
    """The line edit the table opened on a cell."""
    lines = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(lines) == 1, lines
    return lines[0]


def _type_and_enter(qtbot, editor, text: str) -> None:
    line = _cell_editor(editor)
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:  # QTest types ASCII only; Chinese arrives from the input method as committed text
        line.insert(text)
    qtbot.keyClick(line, Qt.Key_Return)
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in editor.table.viewport().findChildren(QLineEdit)))


def _type_into(qtbot, editor, row: int, field: str, text: str) -> None:
    """Select a cell, type over it and press Enter, as a user does."""
    index = editor.model.index(row, COLUMNS.index(field))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    _type_and_enter(qtbot, editor, text)


def test_typing_in_the_table_is_saved_and_undoable(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    stack = window.document.undo_stack
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    _type_and_enter(qtbot, editor, "茗町")
    _type_into(qtbot, editor, 0, "market_share_pct", "14.5")
    _type_into(qtbot, editor, 0, "price_score", "8.5")
    _type_into(qtbot, editor, 0, "quality_score", "8")
    assert stored(plan_path, "SELECT name FROM competitor") == "茗町"
    assert stored(plan_path, "SELECT quality_score FROM competitor") == 8.0
    assert editor.model.index(0, COLUMNS.index("market_share_pct")).data() == "14.5"
    assert stack.count() == 5  # add, name, share, price, quality
    editor.map.redraw_now()
    assert editor.map.point_names() == ["茗町"]

    window.undo_action.trigger()
    assert stored(plan_path, "SELECT quality_score FROM competitor") is None
    assert editor.model.index(0, COLUMNS.index("quality_score")).data() == ""
    assert editor.map.point_names() == [] and "茗町" in editor.map.off_map.text()
    window.redo_action.trigger()
    assert stored(plan_path, "SELECT quality_score FROM competitor") == 8.0
    assert editor.map.point_names() == ["茗町"]


def test_a_bad_number_shows_why_and_stores_nothing(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    qtbot.keyClick(_cell_editor(editor), Qt.Key_Escape)
    count = window.document.undo_stack.count()
    _type_into(qtbot, editor, 0, "reach_score", "12")
    assert "outside 0–10" in editor.banner.text() and editor.banner.isVisibleTo(editor)
    assert stored(plan_path, "SELECT reach_score FROM competitor") is None
    assert window.document.undo_stack.count() == count
    _type_into(qtbot, editor, 0, "reach_score", "9")
    assert not editor.banner.isVisibleTo(editor)


def test_ticking_our_brand_and_changing_axes_undo_and_redo(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    for name in ("Qiyun", "Shiye"):
        qtbot.mouseClick(editor.add_button, Qt.LeftButton)
        _type_and_enter(qtbot, editor, name)
    own = editor.model.index(0, COLUMNS.index("is_own_brand"))
    assert editor.model.setData(own, Qt.Checked.value, Qt.CheckStateRole)
    assert stored(plan_path, "SELECT is_own_brand FROM competitor WHERE name = 'Qiyun'") == 1
    for row, (x, y) in enumerate(((7, 8.6), (3, 6))):
        _type_into(qtbot, editor, row, "innovation_score", str(x))
        _type_into(qtbot, editor, row, "reach_score", str(y))

    editor.x_box.setCurrentIndex(editor.x_box.findData("innovation"))
    editor.x_box.activated.emit(editor.x_box.currentIndex())
    editor.y_box.setCurrentIndex(editor.y_box.findData("reach"))
    editor.y_box.activated.emit(editor.y_box.currentIndex())
    assert stored(plan_path, "SELECT competitor_x_axis || '/' || competitor_y_axis FROM plan") == "innovation/reach"
    editor.map.redraw_now()
    assert editor.map.point_names() == ["Qiyun", "Shiye"]
    ax = editor.map.figure.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Innovation", "Reach")

    window.undo_action.trigger()
    assert stored(plan_path, "SELECT competitor_y_axis FROM plan") == "quality"
    assert editor.y_box.currentData() == "quality" and editor.map.point_names() == []
    window.redo_action.trigger()
    assert editor.y_box.currentData() == "reach"

    editor.x_box.setCurrentIndex(editor.x_box.findData("reach"))
    editor.x_box.activated.emit(editor.x_box.currentIndex())  # same as Y: refused, combo shows the stored axis
    assert "two different axes" in editor.banner.text() and editor.x_box.currentData() == "innovation"


def test_custom_axis_name_typing_is_one_undo_step(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    editor.choose_axes("custom_x", "quality")
    count = window.document.undo_stack.count()
    qtbot.keyClicks(editor.x_label_edit, "Online buzz")
    assert stored(plan_path, "SELECT custom_axis_x_label FROM plan") == "Online buzz"
    assert window.document.undo_stack.count() == count + 1
    assert editor.model.headerData(COLUMNS.index("custom_x_score"), Qt.Horizontal) == "Online buzz"
    window.undo_action.trigger()
    assert stored(plan_path, "SELECT custom_axis_x_label FROM plan") == ""
    assert editor.x_label_edit.text() == ""
    assert stored(plan_path, "SELECT competitor_x_axis FROM plan") == "custom_x"


def test_delete_and_move_are_undoable_and_survive_reopening(window, qtbot, plan_path):
    editor = _open(window, plan_path)
    for name in ("A", "B", "C"):
        qtbot.mouseClick(editor.add_button, Qt.LeftButton)
        _type_and_enter(qtbot, editor, name)
    _type_into(qtbot, editor, 1, "weaknesses", "slow launches")
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)
    assert [r["name"] for r in editor.model.rows] == ["A", "C"]
    window.undo_action.trigger()
    assert [r["name"] for r in editor.model.rows] == ["A", "B", "C"]
    assert editor.model.rows[1]["weaknesses"] == "slow launches"
    editor.table.selectRow(0)
    qtbot.mouseClick(editor.down_button, Qt.LeftButton)
    assert [r["name"] for r in editor.model.rows] == ["B", "A", "C"]
    assert editor.selected_row() == 1

    window.close_plan()
    assert window.open_plan(str(plan_path))
    reopened = window.editors["competitors"]
    assert [r["name"] for r in reopened.model.rows] == ["B", "A", "C"]
    assert reopened.model.rows[0]["weaknesses"] == "slow launches"


def test_the_demo_plan_shows_its_competitors_and_problems_link_here(window, qtbot):
    assert window.open_demo()
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index("competitors"))
    editor = window.editors["competitors"]
    qtbot.waitUntil(lambda: editor.map.canvas is not None)
    editor.map.redraw_now()
    assert editor.model.rowCount() >= 4
    assert any(p.own for p in editor.map.data.points)
    assert editor.map.draw_count >= 1
    editor.map.canvas.draw()
    boxes = editor.map.label_boxes()
    assert len(boxes) == len(editor.map.data.points)
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])  # names never overlap here
    target = editor.model.rows[-1]["id"]
    editor.focus_field("quality_score", target)
    current = editor.table.currentIndex()
    assert current.row() == editor.model.rowCount() - 1 and COLUMNS[current.column()] == "quality_score"


def test_findings_and_refusals_speak_chinese(qapp, new_plan):
    from app.models.findings import Finding
    from app.services.competitors import service as svc
    from app.services.competitors.service import Axes
    from app.services.plan import problems
    from app.services.plan.errors import EditRefused
    from app.views.common import translations
    from app.views.common.message_text import message_text
    from app.views.common.service_text import finding_text

    cid = svc.add_competitor(new_plan, {"name": "拾叶", "market_share_pct": 70}).ids[0]
    svc.add_competitor(new_plan, {"name": "鹿溪", "market_share_pct": 40, "price_score": 4})
    assert translations.install_language("zh")
    try:
        texts = [finding_text(f) for f in problems.collect_findings(new_plan) if f.canvas == "competitors"]
        assert "各竞品市场份额合计 110%，超过 100%。" in texts
        assert "拾叶 未上定位图：缺少价格和品质评分。" in texts and "鹿溪 未上定位图：缺少品质评分。" in texts
        custom = Finding("competitors.not_on_map", "info", "competitors", "", args=(
            ("name", "X"), ("axes", "Buzz"), ("missing", (("custom_x", "Buzz"),))))  # fmt: skip
        assert finding_text(custom) == "X 未上定位图：缺少Buzz评分。"  # a custom axis keeps its own name
        with pytest.raises(EditRefused) as refused:
            svc.update_competitor(new_plan, cid, "reach_score", "12")
        assert message_text(refused.value) == "拾叶 的覆盖评分：12 超出 0–10 的范围。"
        with pytest.raises(EditRefused) as refused:
            svc.set_axes(new_plan, Axes("price", "price", "", ""))
        assert message_text(refused.value) == "定位图需要两个不同的坐标轴。"
    finally:
        translations.install_language("en")
