"""Screenshot of the Competitors canvas: the demo plan's competitor table
with our brand selected, and the positioning map beside it."""

from __future__ import annotations

from pathlib import Path


def shoot(window, app, language, folder) -> list[str]:
    """Switch to the Competitors canvas, select our brand, draw the map and
    save ``competitors-<language>.png`` into *folder*."""
    window.navigator.setCurrentRow(list(window.editors).index("competitors"))
    editor = window.editors["competitors"]
    app.processEvents()
    own = next((r["id"] for r in editor.model.rows if r["is_own_brand"]), None)
    if own:
        editor.select_id(own)
    editor.map.redraw_now()
    editor.map.canvas.draw()
    app.processEvents()
    name = f"competitors-{language}.png"
    window.grab().save(str(Path(folder) / name))
    return [name]
