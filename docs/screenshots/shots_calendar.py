"""Screenshots of the Campaign calendar: the timeline and the month grid."""

from __future__ import annotations

import datetime
from pathlib import Path


def shoot(window, app, language, folder) -> list[str]:
    """Show the demo plan's calendar; save the timeline and the month grid."""
    editor = window.editors["calendar"]
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    app.processEvents()
    editor.select_campaign(editor.model.rows[min(4, len(editor.model.rows) - 1)]["id"])
    editor.timeline.set_zoom("month")
    editor.timeline.scroll_to_date(datetime.date(2027, 10, 10))
    app.processEvents()
    names = [f"calendar-{language}.png", f"calendar-month-{language}.png"]
    window.grab().save(str(Path(folder) / names[0]))
    editor.views.setCurrentWidget(editor.month_grid)
    editor.month_grid.show_month(2027, 11)
    app.processEvents()
    window.grab().save(str(Path(folder) / names[1]))
    editor.views.setCurrentWidget(editor.timeline)
    return names
