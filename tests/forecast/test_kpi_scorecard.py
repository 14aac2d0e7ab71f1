"""The scorecard's progress column, its status filter and worst-first order,
the count per status, and the deck showing the same progress and counts."""

from __future__ import annotations

import pytest
from cli_support import run
from deck_support import page_texts, squash
from forecast_support import add_kpi
from PySide6.QtCore import Qt

from app.services.plan.storage.plan_file import PlanFile
from app.views.forecast.kpi_model import COLUMNS


@pytest.fixture
def scorecard_plan(tmp_path):
    """Five KPIs, one of each status, in an order that is not worst first."""
    path = tmp_path / "kpis.stratdeck"
    with PlanFile.create(path, title="Scorecard", language="en") as plan:
        add_kpi(plan, "GMV", baseline=50, target=80, actual=85)  # green, 117 %
        add_kpi(plan, "CPA", target=50, actual=60, direction="lower", alert_threshold_pct=10)  # red, 83 %
        add_kpi(plan, "NPS", target=45)  # no data
        add_kpi(plan, "Conversion", baseline=2, target=4, actual=3.8, alert_threshold_pct=10)  # amber, 90 %
        add_kpi(plan, "Returns", baseline=8, target=5, actual=9, direction="lower")  # red, −33 %
    return path


def _editor(window, path):
    assert window.open_plan(str(path))
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index("kpis"))
    return window.editors["kpis"]


def _column(editor, field: str) -> list[str]:
    view = editor.table.model()
    return [view.index(row, COLUMNS.index(field)).data() for row in range(view.rowCount())]


def test_progress_column_honours_the_direction(window, scorecard_plan):
    editor = _editor(window, scorecard_plan)
    assert _column(editor, "progress") == ["117 %", "83 %", "—", "90 %", "-33 %"]
    index = editor.table.model().index(1, COLUMNS.index("progress"))
    assert index.data(Qt.UserRole) == pytest.approx(50 / 60)
    assert not index.flags() & Qt.ItemIsEditable
    assert "83 %" in index.data(Qt.ToolTipRole)


def test_filter_by_status_and_worst_first(window, scorecard_plan, qtbot):
    editor = _editor(window, scorecard_plan)
    assert editor.summary.text() == "1 on track · 1 at risk · 2 off track · 1 without data"
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("attention"))
    assert _column(editor, "name") == ["CPA", "Conversion", "Returns"]
    assert not editor.up_button.isEnabled() and not editor.down_button.isEnabled()  # no reordering a filtered list
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("no_data"))
    assert _column(editor, "name") == ["NPS"]
    editor.status_filter.setCurrentIndex(0)
    editor.worst_first.setChecked(True)
    assert _column(editor, "name") == ["CPA", "Returns", "Conversion", "NPS", "GMV"]
    assert _column(editor, "status")[0] == "✖ Off track"
    editor.worst_first.setChecked(False)
    assert _column(editor, "name") == ["GMV", "CPA", "NPS", "Conversion", "Returns"]
    assert editor.up_button.isEnabled()


def test_editing_in_a_filtered_list_edits_the_right_kpi(window, scorecard_plan, qtbot):
    editor = _editor(window, scorecard_plan)
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("red"))
    view = editor.table.model()
    assert _column(editor, "name") == ["CPA", "Returns"]
    assert view.setData(view.index(1, COLUMNS.index("actual")), "4.5")  # Returns now meets its target
    kpis = {k["name"]: k for k in editor.model.rows}
    assert kpis["Returns"]["actual"] == 4.5 and kpis["CPA"]["actual"] == 60
    assert _column(editor, "name") == ["CPA"]  # it left the "off track" list; the filter stays
    assert editor.summary.text() == "2 on track · 1 at risk · 1 off track · 1 without data"
    editor.table.setCurrentIndex(view.index(0, 0))
    qtbot.mouseClick(editor.remove_button, Qt.LeftButton)  # deletes CPA, the KPI shown, not row 0 of the plan
    assert [k["name"] for k in editor.model.rows] == ["GMV", "NPS", "Conversion", "Returns"]
    window.undo_action.trigger()
    assert [k["name"] for k in editor.model.rows] == ["GMV", "CPA", "NPS", "Conversion", "Returns"]


def test_a_problem_on_a_hidden_kpi_shows_every_kpi_again(window, scorecard_plan):
    editor = _editor(window, scorecard_plan)
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("green"))
    nps = next(k["id"] for k in editor.model.rows if k["name"] == "NPS")
    editor.focus_field("actual", nps)
    assert editor.status_filter.currentData() == "all"
    current = editor.table.currentIndex()
    assert current.data() == "" and _column(editor, "name")[current.row()] == "NPS"
    assert COLUMNS[current.column()] == "actual"


def test_adding_a_kpi_while_filtered_shows_it(window, scorecard_plan, qtbot):
    editor = _editor(window, scorecard_plan)
    editor.status_filter.setCurrentIndex(editor.status_filter.findData("green"))
    editor.worst_first.setChecked(True)
    qtbot.mouseClick(editor.add_button, Qt.LeftButton)
    assert len(editor.model.rows) == 6
    assert editor.status_filter.currentData() == "all" and not editor.worst_first.isChecked()
    assert editor.selected_row() >= 0 and editor.model.rows[editor.selected_row()]["name"] == ""


@pytest.mark.parametrize("language", ["en", "zh"])
def test_deck_scorecard_shows_progress_and_the_count_per_status(capsys, tmp_path, scorecard_plan, language):
    with PlanFile.open(scorecard_plan) as plan, plan.transaction() as conn:
        conn.execute('UPDATE "plan" SET language = ?', (language,))
    out = tmp_path / "deck.pdf"
    code, stdout, _ = run(capsys, "export", scorecard_plan, "--format", "pdf", "-o", out, "--sections", "kpis")
    assert code == 0 and "Warning" not in stdout
    text = squash(" ".join(page_texts(out)))
    for words in ("117%", "83%", "90%", "-33%"):
        assert squash(words) in text, words
    summary = ("1 on track · 1 at risk · 2 off track · 1 without data" if language == "en"
               else "达标 1 项 · 预警 1 项 · 落后 2 项 · 暂无数据 1 项")  # fmt: skip
    assert squash(summary) in text
