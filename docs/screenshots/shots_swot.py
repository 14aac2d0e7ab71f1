"""Screenshot of the SWOT & TOWS canvas: the demo plan's board with the
top strength selected (its fields and the strategies citing it shown), and
the TOWS table with the first SO strategy, whose cited items the board
highlights."""

from __future__ import annotations

from pathlib import Path


def shoot(window, app, language, folder) -> list[str]:
    """Switch to the SWOT & TOWS canvas, select an item and a strategy and
    save ``swot-<language>.png`` into *folder*."""
    window.navigator.setCurrentRow(list(window.editors).index("swot"))
    editor = window.editors["swot"]
    app.processEvents()
    strategies = editor.tows.model.rows
    if strategies:
        editor.tows.select_id(strategies[0]["id"])
    strengths = editor.board.models["S"].rows
    if strengths:
        editor.board.select_ids([strengths[0]["id"]])
        editor.board.focus_quadrant("S")
    app.processEvents()
    name = f"swot-{language}.png"
    window.grab().save(str(Path(folder) / name))
    return [name]
