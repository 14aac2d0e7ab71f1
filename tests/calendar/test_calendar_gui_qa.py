"""Found in the QA pass: the calendar follows the plan period set in the
Overview (no reopening), and it fits a 1024×700 window with a month grid that
still shows the campaigns in its smaller cells."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from app.views.calendar import commands
from app.views.overview.commands import SetFieldCommand
from tests.calendar.test_calendar_gui import calendar, immediate_problems  # noqa: F401  (fixture)


def test_a_longer_plan_period_set_in_the_overview_widens_the_timeline(calendar):  # noqa: F811
    window, editor, _ids = calendar
    assert editor.timeline.scale.first > dt.date(2026, 7, 1)
    document = window.document
    document.execute(SetFieldCommand(document, "period_start", "2027-01-01", "2026-07-01"))
    QApplication.processEvents()
    assert editor.timeline.scale.first <= dt.date(2026, 7, 1)
    document.undo_stack.undo()
    QApplication.processEvents()
    assert editor.timeline.scale.first > dt.date(2026, 7, 1)


def test_the_demo_plan_canvases_fit_a_1024_by_700_window(window, qtbot):
    """Once the calendar (with its month grid), budget, forecast and KPI editors
    are built, the window can still be as small as 1024×700."""
    window.open_demo()
    window.show()
    for key in ("calendar", "budget", "forecast", "kpis"):
        window.navigator.setCurrentRow(list(window.editors).index(key))
        QApplication.processEvents()
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.height() <= 700
    assert window.width() <= 1024


def test_small_month_cells_still_show_a_campaign_and_how_many_more(calendar):  # noqa: F811
    window, editor, ids = calendar
    editor.views.setCurrentWidget(editor.month_grid)
    editor.month_grid.show_month(2027, 11)
    canvas = editor.month_grid.canvas
    canvas.setFixedSize(canvas.minimumSize())  # what a 1024×700 window leaves it
    QApplication.processEvents()
    assert (canvas.height() - 24) / 6 < 32  # cells too short for a day-number row plus two lines
    canvas.grab()  # paints, recording where each shown campaign is
    assert ids["d11"] in {campaign_id for _rect, campaign_id in canvas._hits}


def test_an_empty_or_filtered_out_timeline_says_what_to_do(calendar, qtbot):  # noqa: F811
    from app.views.calendar.timeline_paint import empty_hint

    window, editor, _ids = calendar
    assert empty_hint(editor.timeline) == ""
    qtbot.keyClicks(editor.filters.search, "no such campaign")
    QApplication.processEvents()
    assert editor.proxy.rowCount() == 0
    assert "Show all" in empty_hint(editor.timeline)
    for campaign in list(editor.model.rows):
        window.document.execute(commands.delete_campaign(window.document, campaign["id"]))
    QApplication.processEvents()
    assert "Add campaign" in empty_hint(editor.timeline)
    assert not editor.timeline.viewport().grab().isNull()

