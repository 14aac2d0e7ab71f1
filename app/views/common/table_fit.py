"""A table inside a scrolling page grows with its rows instead of scrolling
on its own (no scroll box inside a scrolling page)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer


class GrowWithRows(QObject):
    """Keeps *table*'s height at its header plus every row (at least
    *min_rows* rows' worth, so an empty table still has room for its hint)."""

    def __init__(self, table, min_rows: int = 3):
        super().__init__(table)
        self.table, self.min_rows = table, min_rows
        table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.schedule)
        table.verticalHeader().sectionResized.connect(self.schedule)
        self.fit()

    def schedule(self, *_args) -> None:
        """Fit once the view has laid out the change."""
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        """Set the height: header, rows, frame and a horizontal scroll bar if shown."""
        table = self.table
        rows = table.model().rowCount()
        header = table.verticalHeader()
        height = sum(header.sectionSize(r) for r in range(rows))
        height = max(height, self.min_rows * header.defaultSectionSize())
        height += table.horizontalHeader().height() + 2 * table.frameWidth()
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().height()
        table.setFixedHeight(height)


def grow_with_rows(table, min_rows: int = 3) -> GrowWithRows:
    """Make *table* (in a scrolling page) as tall as its rows."""
    return GrowWithRows(table, min_rows)
