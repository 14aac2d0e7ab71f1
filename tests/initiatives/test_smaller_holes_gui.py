"""The new text fields in their editors, and the canvas in the window:
each edit is one undo step on disk at once; the navigator lists Strategy &
actions before the calendar; links show both ways."""

from __future__ import annotations

from gui_support import stored
from PySide6.QtWidgets import QApplication


def _open(window, key: str):
    assert window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index(key))
    QApplication.processEvents()
    return window.editors[key]


def _undo_restores(window, sql: str, edited, before):
    path = window.document.plan.path
    assert stored(path, sql) == edited
    window.document.undo_stack.undo()
    assert stored(path, sql) == before


def test_navigator_places_the_canvas_between_competitors_and_the_calendar(window):
    assert window.open_demo()
    keys = list(window.editors)
    assert keys.index("competitors") < keys.index("initiatives") == keys.index("calendar") - 1
    assert keys.index("swot") < keys.index("initiatives")


def test_persona_profile(window):
    editor = _open(window, "personas")
    persona_id = editor.model.rows[0]["id"]
    editor.select_persona(persona_id)
    before = stored(window.document.plan.path, "SELECT profile FROM persona WHERE id = ?", (persona_id,))
    editor.detail.widgets["profile"].setPlainText("收入高且稳定，偏好Mate系列")
    sql = f"SELECT profile FROM persona WHERE id = '{persona_id}'"
    _undo_restores(window, sql, "收入高且稳定，偏好Mate系列", before)


def test_competitor_strategy_and_recent_moves(window):
    from app.views.competitors.model import COLUMNS

    editor = _open(window, "competitors")
    model = editor.model
    row = model.rows[1]
    for field, text in (("strategy", "高端化"), ("recent_moves", "联名礼盒")):
        assert model.setData(model.index(1, COLUMNS.index(field)), text)
        sql = f"SELECT {field} FROM competitor WHERE id = '{row['id']}'"
        _undo_restores(window, sql, text, row[field])


def test_kpi_definition_data_source_and_its_initiatives(window):
    from app.views.forecast.kpi_model import COLUMNS

    editor = _open(window, "kpis")
    model = editor.model
    kpi = model.rows[0]
    # the demo's first KPI (store conversion) measures the Double 11 initiative
    assert model.index(0, COLUMNS.index("initiatives")).data() == "Double 11 all-channel campaign"
    assert model.setData(model.index(0, COLUMNS.index("data_source")), "生意参谋 · 日报")
    _undo_restores(
        window, f"SELECT data_source FROM kpi WHERE id = '{kpi['id']}'", "生意参谋 · 日报", kpi["data_source"]
    )


def test_phase_description_and_the_campaigns_initiatives(window):
    editor = _open(window, "calendar")
    campaign = next(r for r in editor.model.rows if r["name"].startswith("Singles' Day"))
    editor.select_campaign(campaign["id"])
    QApplication.processEvents()
    detail = editor.detail
    assert detail.initiatives.text() == "Executes: Double 11 all-channel campaign (Omnichannel integrated marketing)"
    phases = detail.phases
    column = phases.column_of("description")
    phase = phases.rows[0]
    assert phases.setData(phases.index(0, column), "Warm-up: seed the topic")
    sql = f"SELECT description FROM campaign_phase WHERE id = '{phase['id']}'"
    _undo_restores(window, sql, "Warm-up: seed the topic", phase["description"])
