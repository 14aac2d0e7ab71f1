"""Screenshot of the Budget canvas: the demo plan's grid with planned and
actual rows (variance flags visible), the summary below it."""

from __future__ import annotations

from pathlib import Path


def shoot(window, app, language, folder) -> list[str]:
    """Show the Budget canvas with both layers and save budget-<language>.png
    (and budget-charts-<language>.png with the charts tab)."""
    editor = window.editors["budget"]
    window.navigator.setCurrentRow(list(window.editors).index("budget"))
    editor.set_layers(("planned", "actual"))
    editor.tabs.setCurrentWidget(editor.summary)
    row = editor.model.row_of(editor.model.grid.lines[1]["id"], "actual")
    editor.grid.go_to(row, editor.model.month_col[editor.model.months[2]])
    app.processEvents()
    names = [f"budget-{language}.png", f"budget-charts-{language}.png"]
    window.grab().save(str(Path(folder) / names[0]))
    editor.tabs.setCurrentWidget(editor.charts)
    editor.charts.redraw()
    app.processEvents()
    window.grab().save(str(Path(folder) / names[1]))
    editor.tabs.setCurrentWidget(editor.summary)
    editor.set_layers(("planned",))
    return names
