"""Editing actions of the Budget canvas's grid: lines (add, delete, move)
and cells (paste from Excel, copy, fill right, clear). Each is one undo
command; the editor (``BudgetEditor``) mixes these in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from app.views.budget.commands import AddLineCommand, DeleteLinesCommand, MoveLineCommand


def parse_block(text: str) -> list[list[str]]:
    """Rows of tab-separated cells from clipboard text (Excel ends the block
    with a newline; quoted cells are unquoted)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [[cell.strip().strip('"') for cell in line.split("\t")] for line in lines]


class BudgetActions:
    """Line and cell actions over ``self.grid`` (BudgetTable), ``self.model``
    and ``self.document``; ``self.edit_cells`` pushes one undo step."""

    def _current_line(self) -> tuple[int, dict | None]:
        index = self.grid.selection_model().currentIndex()
        line = self.model.where(index.row())[0] if index.isValid() else None
        return index.row(), line

    def add_line(self) -> None:
        """Add a line below the current one, on its channel (or the first channel)."""
        row, line = self._current_line()
        channels = self.model.grid.channels
        channel_id = line["channel_id"] if line else (channels[0]["id"] if channels else None)
        position = self.model.grid.lines.index(line) + 1 if line else len(self.model.grid.lines)
        command = AddLineCommand(self.document, {"channel_id": channel_id}, position)
        if self.document.execute(command):
            self.grid.go_to(self.model.row_of(command.row_id), 1)

    def selected_lines(self) -> list[dict]:
        """Lines with a selected cell (in grid order)."""
        rows = {index.row() for index in self.grid.selection_model().selectedIndexes()}
        current = self.grid.selection_model().currentIndex()
        if current.isValid():
            rows.add(current.row())
        lines = [self.model.where(row)[0] for row in sorted(rows)]
        return list({line["id"]: line for line in lines if line is not None}.values())

    def delete_lines(self) -> None:
        """Delete the selected lines (one undo step)."""
        lines = self.selected_lines()
        if lines:
            self.document.execute(DeleteLinesCommand(self.document, [line["id"] for line in lines]))

    def move_line(self, step: int) -> None:
        """Move the current line up (-1) or down (+1)."""
        _row, line = self._current_line()
        if line is None:
            return
        old = self.model.grid.lines.index(line)
        new = old + step
        if 0 <= new < len(self.model.grid.lines):
            column = self.grid.selection_model().currentIndex().column()
            if self.document.execute(MoveLineCommand(self.document, line["id"], old, new)):
                self.grid.go_to(self.model.row_of(line["id"]), column)

    def _selected_cells(self) -> list[tuple[int, int]]:
        """Selected editable month cells as (row, column)."""
        indexes = self.grid.selection_model().selectedIndexes() or [self.grid.selection_model().currentIndex()]
        return sorted(
            (i.row(), i.column())
            for i in indexes
            if i.isValid() and self.model.month_of(i.column()) and self.model.where(i.row())[0]
        )

    def _target(self, row: int, column: int, value) -> tuple | None:
        line, layer = self.model.where(row)
        month = self.model.month_of(column)
        return (line["id"], month, layer, value) if line is not None and month else None

    def paste(self) -> None:
        """Paste a tab-separated block (from Excel) at the current cell: one undo step."""
        text = QGuiApplication.clipboard().text()
        current = self.grid.selection_model().currentIndex()
        if not text or not current.isValid():
            return
        edits = []
        for r, values in enumerate(parse_block(text)):
            for c, value in enumerate(values):
                target = self._target(current.row() + r, current.column() + c, value)
                if target is not None and current.row() + r < self.model.line_rows():
                    edits.append(target)
        self.edit_cells(edits, QCoreApplication.translate("BudgetCommands", "Paste budget cells"))

    def copy(self) -> None:
        """Copy the selected cells as tab-separated text (Excel reads it)."""
        indexes = self.grid.selection_model().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        lines = ["\t".join(str(self.model.index(r, c).data(Qt.EditRole) or "") for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def fill_right(self) -> None:
        """Copy the leftmost selected amount of each row to the selected
        cells right of it; a single cell takes the value on its left."""
        cells = self._selected_cells()
        by_row: dict[int, list[int]] = {}
        for row, column in cells:
            by_row.setdefault(row, []).append(column)
        edits = []
        for row, columns in by_row.items():
            source = columns[0] if len(columns) > 1 else columns[0] - 1
            targets = columns[1:] if len(columns) > 1 else columns
            if self.model.month_of(source) is None:
                continue
            value = self.model.index(row, source).data(Qt.EditRole) or None
            edits += [t for t in (self._target(row, c, value) for c in targets) if t]
        self.edit_cells(edits, QCoreApplication.translate("BudgetCommands", "Fill right"))

    def clear_cells(self) -> None:
        """Clear the selected amounts (one undo step)."""
        edits = [t for t in (self._target(r, c, None) for r, c in self._selected_cells()) if t]
        self.edit_cells(edits, QCoreApplication.translate("BudgetCommands", "Clear budget cells"))
