"""The one-column list models' Qt plumbing (persona cards, the Problems
panel, a TOWS strategy's citation choices): row count and the index check
live here; a model says what one item shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class ListModel(QAbstractListModel):
    """A flat list over ``items()``; ``item_data(item, row, role)`` answers
    a role for one item (None where the item shows nothing)."""

    def items(self) -> Sequence:
        """The listed items, in order."""
        raise NotImplementedError

    def item_data(self, item, row: int, role: int):
        """What *item* (at *row*) shows for *role*."""
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items())

    def data(self, index, role=Qt.DisplayRole):
        items = self.items()
        if not index.isValid() or index.row() >= len(items):
            return None
        return self.item_data(items[index.row()], index.row(), role)
