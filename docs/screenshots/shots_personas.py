"""Screenshots of the Personas & segments canvas: the demo plan's persona
cards with the first persona open in the detail editor, and the journey grid
of that persona."""

from __future__ import annotations

from pathlib import Path


def shoot(window, app, language, folder) -> list[str]:
    """Switch to the Personas & segments canvas and save
    ``personas-<language>.png`` (cards + detail) and
    ``personas-journey-<language>.png`` (journey grid) into *folder*."""
    window.navigator.setCurrentRow(list(window.editors).index("personas"))
    editor = window.editors["personas"]
    editor.tabs.setCurrentIndex(0)
    if editor.model.rows:
        editor.select_persona(editor.model.rows[0]["id"])
    app.processEvents()
    names = [f"personas-{language}.png", f"personas-journey-{language}.png"]
    window.grab().save(str(Path(folder) / names[0]))
    editor.tabs.setCurrentIndex(2)
    editor.journeys.table.resizeRowsToContents()
    app.processEvents()
    window.grab().save(str(Path(folder) / names[1]))
    editor.tabs.setCurrentIndex(0)
    return names
