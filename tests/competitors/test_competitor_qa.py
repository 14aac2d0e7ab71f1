"""QA on the Competitors canvas: an empty plan says what to do first, and
the positioning map keeps its axis titles inside the chart on first show."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.swot.test_swot_qa import dark_pixels, open_empty


def test_empty_competitor_table_shows_a_hint_until_the_first_row(window, qtbot, plan_path):
    editor = open_empty(window, plan_path, "competitors")
    qtbot.waitExposed(editor.table)
    assert editor.empty_hint.showing()
    assert "Add competitor" in editor.empty_hint.text
    assert dark_pixels(editor.table.viewport()) > 20
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert not editor.empty_hint.showing()
    window.undo_action.trigger()
    assert editor.model.rowCount() == 0 and editor.empty_hint.showing()


def test_axis_titles_fit_the_map_on_an_empty_plan(window, qtbot, plan_path):
    window.resize(1024, 700)
    editor = open_empty(window, plan_path, "competitors")
    chart = editor.map
    qtbot.waitUntil(lambda: chart.canvas is not None and not chart.timer.isActive(), timeout=3000)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not chart.timer.isActive(), timeout=3000)

    def fitted():  # the map refits after the window's layout settles (a timer after the last resize)
        size = chart.figure.get_size_inches() * chart.figure.dpi
        return not chart.timer.isActive() and (round(size[0]), round(size[1])) == (
            chart.canvas.width(), chart.canvas.height())

    qtbot.waitUntil(fitted, timeout=5000)
    renderer = chart.canvas.get_renderer()
    y_title = chart.ax.yaxis.label.get_window_extent(renderer)
    x_title = chart.ax.xaxis.label.get_window_extent(renderer)
    assert y_title.x0 >= 0, "the vertical axis title is cut off on the left"
    assert x_title.y0 >= 0, "the horizontal axis title is cut off at the bottom"


def test_custom_axis_names_are_editable_only_while_a_custom_axis_is_chosen(window):
    window.open_demo()
    editor = window.editors["competitors"]
    assert not editor.x_label_edit.isEnabled() and not editor.y_label_edit.isEnabled()  # price × quality
    assert editor.choose_axes("custom_x", "quality")
    assert editor.x_label_edit.isEnabled() and not editor.y_label_edit.isEnabled()
    window.undo_action.trigger()
    assert not editor.x_label_edit.isEnabled()
