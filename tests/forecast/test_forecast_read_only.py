"""A plan opened read-only: the Forecast & ROI and KPI editors show it but
no cell can be edited, add / delete / move are disabled, typing and
pasting do nothing, and the file is not written."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.plan.samples import create_demo_plan
from app.views.forecast.kpi_model import COLUMNS
from app.views.forecast.model import INPUT_FIELD, KEYS


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open_read_only(window, tmp_path):
    path = create_demo_plan("en", tmp_path)
    before = _digest(path)
    assert window.open_plan(str(path), read_only=True)
    assert window.document.read_only
    return path, before


def _show(window, key: str):
    window.navigator.setCurrentRow(list(window.editors).index(key))
    return window.editors[key]


def _try_typing(qtbot, view, index) -> None:
    """Everything a user tries on a cell: double-click, F2, typing, Delete, paste."""
    view.setCurrentIndex(index)
    rect = view.visualRect(index)
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key_F2)
    qtbot.keyClicks(view, "999")
    qtbot.keyClick(view, Qt.Key_Delete)
    QApplication.clipboard().setText("123")
    qtbot.keyClick(view, Qt.Key_V, Qt.ControlModifier)
    assert not [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert view.state() != view.State.EditingState


def test_kpi_scorecard_is_read_only(window, qtbot, tmp_path):
    path, before = _open_read_only(window, tmp_path)
    editor = _show(window, "kpis")
    view = editor.table.model()
    assert view.rowCount() >= 3
    shown = [[view.index(r, c).data() for c in range(view.columnCount())] for r in range(view.rowCount())]
    for column, field in enumerate(COLUMNS):
        assert not view.index(0, column).flags() & Qt.ItemIsEditable, field
        assert not view.setData(view.index(0, column), "1", Qt.EditRole), field
    for button in (editor.add_button, editor.remove_button, editor.up_button, editor.down_button):
        assert not button.isEnabled(), button.text()
    _try_typing(qtbot, editor.table, view.index(0, COLUMNS.index("actual")))
    _try_typing(qtbot, editor.table, view.index(1, COLUMNS.index("direction")))
    # filtering and sorting still work (they only change what is shown) and leave the buttons off
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("attention"))
    editor.worst_first.setChecked(True)
    editor.status_filter.setCurrentIndex(0)
    editor.worst_first.setChecked(False)
    assert not editor.up_button.isEnabled() and not editor.add_button.isEnabled()
    editor.add_kpi()  # even called directly (a shortcut), nothing is tried
    editor.table.setCurrentIndex(view.index(1, 0))
    editor.remove_selected()
    editor.move_selected(-1)
    assert not editor.banner.isVisible()
    assert [[view.index(r, c).data() for c in range(view.columnCount())] for r in range(view.rowCount())] == shown
    assert window.document.undo_stack.count() == 0
    window.close_plan()
    assert _digest(path) == before


def test_forecast_is_read_only(window, qtbot, tmp_path):
    path, before = _open_read_only(window, tmp_path)
    editor = _show(window, "forecast")
    model = editor.table.model()
    assert model.rowCount() >= 2
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    for column, key in enumerate(KEYS):
        assert not model.index(0, column).flags() & Qt.ItemIsEditable, key
        if key in INPUT_FIELD:
            assert not model.setData(model.index(0, column), "5", Qt.EditRole), key
    _try_typing(qtbot, editor.table, model.index(0, KEYS.index(next(iter(INPUT_FIELD)))))
    assert [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())] == shown
    assert not editor.banner.isVisible()
    assert window.document.undo_stack.count() == 0
    window.close_plan()
    assert _digest(path) == before
