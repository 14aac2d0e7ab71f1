"""Screenshots of the Campaign calendar: the timeline, the month grid and
the timeline's context menu."""

from __future__ import annotations

import datetime
from pathlib import Path


def _with_menu(window, editor, app, path: Path) -> None:
    """The window with the selected campaign's context menu open (a popup is
    its own window, so it is painted onto the window's picture)."""
    from PySide6.QtGui import QPainter

    editor.timeline.setFocus()
    editor.timeline.request_keyboard_menu()
    app.processEvents()
    menu = editor.context_menu
    picture = window.grab()
    if menu is not None:
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
        painter.end()
        menu.close()
    picture.save(str(path))


def shoot(window, app, language, folder) -> list[str]:
    """Show the demo plan's calendar; save the timeline, the month grid and the context menu."""
    editor = window.editors["calendar"]
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    app.processEvents()
    editor.select_campaign(editor.model.rows[min(4, len(editor.model.rows) - 1)]["id"])
    editor.timeline.set_zoom("month")
    editor.timeline.scroll_to_date(datetime.date(2027, 10, 10))
    app.processEvents()
    names = [f"calendar-{language}.png", f"calendar-month-{language}.png", f"calendar-menu-{language}.png"]
    window.grab().save(str(Path(folder) / names[0]))
    editor.views.setCurrentWidget(editor.month_grid)
    editor.month_grid.show_month(2027, 11)
    app.processEvents()
    window.grab().save(str(Path(folder) / names[1]))
    editor.views.setCurrentWidget(editor.timeline)
    app.processEvents()
    _with_menu(window, editor, app, Path(folder) / names[2])
    return names
