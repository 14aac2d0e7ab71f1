"""The month grid shows as many entries per day as fit: all of them in a
1366×768 window; "+N more" only for what truly does not fit; the tooltip
lists every entry."""

from __future__ import annotations

import datetime as dt

from app.views.calendar.month_grid import week_heights


def _campaign(number: int, start: str, end: str) -> dict:
    return {"id": f"c{number}", "name": f"Campaign {number}", "start_date": start, "end_date": end, "phases": []}


THREE = [_campaign(n, "2027-03-08", "2027-03-12") for n in (1, 2, 3)]


def _month_canvas(window, qtbot, campaigns):
    window.resize(1366, 768)
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    editor.views.setCurrentWidget(editor.month_grid)
    qtbot.wait(20)
    editor.month_grid.show_month(2027, 3)
    editor.month_grid.set_data(campaigns, [], [])
    canvas = editor.month_grid.canvas
    canvas.grab()  # paints, recording what each day shows
    return canvas


def test_a_day_with_three_campaigns_shows_all_three_at_1366x768(window, qtbot):
    canvas = _month_canvas(window, qtbot, THREE)
    assert canvas.shown[dt.date(2027, 3, 10)] == 3
    assert {campaign_id for _rect, campaign_id in canvas._hits} == {"c1", "c2", "c3"}
    for rect, _id in canvas._hits:  # each entry inside its day's cell
        index = canvas.days.index(canvas.day_at(rect.center()))
        assert canvas.cell_rect(index).contains(rect)


def test_more_than_fit_shows_how_many_more_and_the_tooltip_lists_all(window, qtbot):
    many = [_campaign(n, "2027-03-10", "2027-03-10") for n in range(40)]
    canvas = _month_canvas(window, qtbot, many)
    day = dt.date(2027, 3, 10)
    assert 3 <= canvas.shown[day] < 40  # the busy week takes the room the quiet weeks do not need
    tooltip = canvas.day_tooltip(day).split("\n")
    assert tooltip[1:] == [f"Campaign {n}" for n in range(40)]


def test_week_rows_share_the_height_by_what_they_list():
    heights = week_heights([0, 5, 1, 0, 0, 0], 6 * 14 + 5 * 12, 14, 12)
    assert heights == [14, 14 + 4 * 12, 14 + 12, 14, 14, 14]  # the one-entry week keeps its line
    roomy = week_heights([1, 1, 1, 1, 1, 0], 600, 14, 12)
    assert sum(roomy) == 600 and min(roomy) > 14 + 12
