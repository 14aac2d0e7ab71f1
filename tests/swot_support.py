"""Helpers for the SWOT & TOWS tests: open the demo plan on the SWOT canvas,
read the file as another program would, answer the delete question."""

from __future__ import annotations

from pathlib import Path

from tests.gui_support import stored_rows


def open_swot(window):
    """Open the demo plan (English) and show the SWOT & TOWS canvas; return its editor."""
    assert window.open_demo()
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index("swot"))
    return window.editors["swot"]


file_rows = stored_rows  # rows straight from the plan file (read-only connection)


def quadrant_texts(path: Path, quadrant: str) -> list[str]:
    """Item texts of *quadrant* in board order, from the file."""
    sql = "SELECT text FROM swot_item WHERE quadrant = ? ORDER BY position"
    return [r[0] for r in file_rows(path, sql, (quadrant,))]


def view_texts(editor, quadrant: str) -> list[str]:
    """Item texts the board shows in *quadrant* (edit role: the plain text)."""
    model = editor.board.models[quadrant]
    from PySide6.QtCore import Qt

    return [model.data(model.index(r), Qt.EditRole) for r in range(model.rowCount())]


class DeleteQuestions:
    """Stands in for dialogs.confirm_swot_delete: records each question and
    answers ``self.answer``."""

    def __init__(self, monkeypatch, answer: bool = True):
        from app.views.common import dialogs

        self.asked: list[tuple[str, str]] = []
        self.answer = answer
        monkeypatch.setattr(dialogs, "confirm_swot_delete", self)

    def __call__(self, parent, message: str, details: str) -> bool:
        self.asked.append((message, details))
        return self.answer


def stop_pending_problems(window) -> None:
    """Stop a Problems refresh still waiting for a typing pause, so it cannot
    fire after the window (and its plan) closed. The panel does not cancel it
    when the plan closes yet (reported to the lead)."""
    timer = getattr(getattr(window, "problems", None), "_timer", None)
    if timer is not None:
        timer.stop()
