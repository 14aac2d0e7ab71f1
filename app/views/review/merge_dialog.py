"""File › Merge a Copy…: the conflicts side by side (mine / theirs / edit)
before the merge is written; everything else merges by itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.review.diff import diff_documents
from app.services.review.merge import EDIT, MINE, ROW, THEIRS
from app.views.common.widgets.buttons import ok_cancel
from app.views.review import review_text

CHOICES = (MINE, THEIRS, EDIT)


class ChoiceLabel(QLabel):
    """A wrapped value beside its radio button; clicking it picks the button."""

    def mousePressEvent(self, event) -> None:
        if self.buddy() is not None:
            self.buddy().setChecked(True)
        super().mousePressEvent(event)


class MergeDialog(QDialog):
    """Shows what the merge brings and each conflict with its three choices;
    ``resolved(dict)`` carries {conflict id: "mine" | "theirs" | ("edit", text)}."""

    resolved = Signal(object)

    def __init__(self, inputs, result, theirs_name: str, parent=None):
        super().__init__(parent, objectName="merge-copy")
        self.setWindowTitle(self.tr("Merge a copy"))
        self.conflicts = list(result.conflicts)
        self.groups: dict[str, QButtonGroup] = {}
        self.edits: dict[str, QLineEdit] = {}
        counts = diff_documents(inputs.mine, result.document).counts()
        intro = QLabel(self, objectName="merge-summary")
        intro.setWordWrap(True)
        text = self.tr(
            "Merging %1 against the snapshot “%2” both files share: %3 rows added, %4 removed and %5 changed "
            "come in without a question."
        )
        for mark, value in zip(
            ("%1", "%2", "%3", "%4", "%5"), (theirs_name, inputs.base_name, *counts.values()), strict=True
        ):
            text = text.replace(mark, str(value))
        if self.conflicts:
            text += " " + self.tr("Choose for each conflict below; the merge is one step that Edit › Undo takes back.")
        intro.setText(text)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for column, header in enumerate((self.tr("Where"), self.tr("Mine"), self.tr("Theirs"), self.tr("Edit"))):
            label = QLabel(header, grid_host)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for row, conflict in enumerate(self.conflicts, start=1):
            self._add_conflict(grid, grid_host, row, conflict)
        grid.setRowStretch(len(self.conflicts) + 1, 1)
        for column, stretch in enumerate((3, 3, 3, 3)):
            grid.setColumnStretch(column, stretch)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setVisible(bool(self.conflicts))
        every = QHBoxLayout()
        for key, text_all in ((MINE, self.tr("Keep mine for all")), (THEIRS, self.tr("Take theirs for all"))):
            button = QPushButton(text_all, self, objectName=f"merge-all-{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.choose_all(k))
            button.setVisible(bool(self.conflicts))
            every.addWidget(button)
        every.addStretch(1)
        self.message = QLabel(self, objectName="merge-message")
        self.buttons = ok_cancel(self, self.merge, self.tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(every)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 520 if self.conflicts else 200)

    def _side_text(self, conflict, value) -> str:
        if conflict.field == ROW:
            return self.tr("deleted") if value is None else self.tr("kept, with changes")
        return review_text.field_value(conflict.table, conflict.field, value)

    def _add_conflict(self, grid: QGridLayout, host: QWidget, row: int, conflict) -> None:
        field = self.tr("whole row") if conflict.field == ROW else review_text.field_name(conflict.field)
        where = QLabel(f"{review_text.table_name(conflict.table)} “{conflict.label}” · {field}", host)
        where.setWordWrap(True)
        where.setMinimumWidth(200)
        grid.addWidget(where, row, 0)
        group = QButtonGroup(self)
        for column, choice in enumerate(CHOICES[:2], start=1):
            value = conflict.mine if choice == MINE else conflict.theirs
            button = QRadioButton(host, objectName=f"{choice}:{conflict.id}")
            text = ChoiceLabel(self._side_text(conflict, value), host)  # wraps: the difference may be at the end
            text.setWordWrap(True)
            text.setMinimumWidth(160)
            text.setBuddy(button)
            group.addButton(button, column)
            cell = QHBoxLayout()
            cell.addWidget(button)
            cell.addWidget(text, 1)
            grid.addLayout(cell, row, column)
        if conflict.field != ROW:
            edit_button = QRadioButton(host, objectName=f"edit:{conflict.id}")
            group.addButton(edit_button, 3)
            edit = QLineEdit("" if conflict.mine is None else str(conflict.mine), host)
            edit.setMinimumWidth(160)
            edit.textEdited.connect(lambda _text, b=edit_button: b.setChecked(True))
            self.edits[conflict.id] = edit
            cell = QHBoxLayout()
            cell.addWidget(edit_button)
            cell.addWidget(edit, 1)
            grid.addLayout(cell, row, 3)
        self.groups[conflict.id] = group

    def choose_all(self, side: str) -> None:
        """Pick *side* ("mine" or "theirs") for every conflict."""
        for group in self.groups.values():
            group.button(1 if side == MINE else 2).setChecked(True)

    def choose(self, conflict_id: str, choice: str, text: str | None = None) -> None:
        """Pick a choice for one conflict (tests and keyboard users)."""
        if choice == EDIT:
            self.edits[conflict_id].setText(text or "")
        self.groups[conflict_id].button(CHOICES.index(choice) + 1).setChecked(True)

    def resolutions(self) -> dict | None:
        """The choices made, or None while a conflict has none."""
        chosen = {}
        for conflict in self.conflicts:
            picked = self.groups[conflict.id].checkedId()
            if picked < 0:
                return None
            if picked == 3:
                chosen[conflict.id] = (EDIT, _typed(conflict, self.edits[conflict.id].text()))
            else:
                chosen[conflict.id] = CHOICES[picked - 1]
        return chosen

    def merge(self) -> bool:
        """Emit the resolutions unless a conflict is left open."""
        chosen = self.resolutions()
        if chosen is None:
            self.message.setText(self.tr("Choose mine, theirs or an edited value for every conflict."))
            return False
        self.resolved.emit(chosen)
        self.accept()
        return True


def _typed(conflict, text: str):
    """The edited text as the field's type (a number field stays a number)."""
    sample = conflict.mine if conflict.mine is not None else conflict.theirs
    if isinstance(sample, bool):
        return text.strip().lower() in ("1", "true", "yes", "是")
    if isinstance(sample, int):
        try:
            return int(text)
        except ValueError:
            return text
    if isinstance(sample, float):
        try:
            return float(text)
        except ValueError:
            return text
    return text
