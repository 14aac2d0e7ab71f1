"""A table inside a scrolling page grows with its rows instead of scrolling
on its own (no scroll box inside a scrolling page)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer


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


class FitToWidth(QObject):
    """Keeps *table*'s columns within its viewport's width: when they are
    wider, the widest shrink first (text elides with "…"; the shell shows a
    cut cell's full text as its tooltip), never below their header's text;
    when the view grows again, a column it shrank gets back up to the width
    it had (a width the user drags is theirs: it is not changed back)."""

    def __init__(self, table):
        super().__init__(table)
        self.table = table
        self.shrunk: dict[int, int] = {}  # column -> the width it had before this fitter shrank it
        self._fitting = False
        table.setTextElideMode(Qt.ElideRight)
        table.setWordWrap(False)  # wrapped text is cut mid-line; elided text ends in "…"
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:  # the user (or the editor) chose this width: leave it as it is
            self.shrunk.pop(column, None)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self, *_args) -> None:
        """Fit once the view has laid out."""
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        """Shrink the widest columns until every column fits the viewport,
        or give shrunk and cut columns room the view has to spare."""
        try:
            header = self.table.horizontalHeader()
        except RuntimeError:  # the table went before the timer fired
            return
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        available = self.table.viewport().width()
        if not columns or available <= 0:
            return
        floors = {c: self._floor(c) for c in columns}
        shown = {c: header.sectionSize(c) for c in columns}
        stretched = columns[-1] if header.stretchLastSection() else None
        # what each column would like: its width before any shrinking, and never a cut header
        widths = {c: max(w, self.shrunk.get(c, 0), floors[c]) for c, w in shown.items()}
        if stretched is not None:  # it takes whatever is left: its width says nothing about its text
            widths[stretched] = max(floors[stretched], min(widths[stretched], self.table.sizeHintForColumn(stretched)))
        cap = _cap_that_fits(widths, floors, available) if sum(widths.values()) > available else max(widths.values())
        final = {c: max(floors[c], min(widths[c], cap)) for c in columns}
        if stretched is not None:
            self._share_spare_room(final, stretched, available)
        self._fitting = True
        try:
            for column in columns:
                wanted = final[column]
                if column != stretched and wanted < shown[column]:
                    self.shrunk.setdefault(column, shown[column])
                elif self.shrunk.get(column, 0) <= wanted:
                    self.shrunk.pop(column, None)  # back to its own width
                if wanted != shown[column]:
                    header.resizeSection(column, wanted)
        finally:
            self._fitting = False

    def _share_spare_room(self, widths: dict, stretched: int, available: int) -> None:
        """Room the stretched last column would take goes first to columns
        whose text is cut ("…"), up to their text's width, most cut first."""
        spare = available - sum(widths.values())
        if spare <= 0:
            return
        cut = {c: self.table.sizeHintForColumn(c) - w for c, w in widths.items() if c != stretched}
        for column in sorted((c for c, short in cut.items() if short > 0), key=lambda c: -cut[c]):
            grow = min(cut[column], spare)
            widths[column] += grow
            spare -= grow
            if spare <= 0:
                return

    def _floor(self, column: int) -> int:
        header = self.table.horizontalHeader()
        text = self.table.model().headerData(column, Qt.Horizontal)
        if not isinstance(text, str) or not text:
            return header.minimumSectionSize()
        needed = header.fontMetrics().horizontalAdvance(max(text.split("\n"), key=len))
        return max(header.minimumSectionSize(), needed + 14)  # header margins and a sort arrow's room


def _cap_that_fits(widths: dict, floors: dict, available: int) -> int:
    """The largest column width cap under which the columns fit *available* px."""
    low, high = 0, max(widths.values())
    while low < high:
        middle = (low + high + 1) // 2
        total = sum(max(floors[c], min(w, middle)) for c, w in widths.items())
        if total <= available:
            low = middle
        else:
            high = middle - 1
    return low


def fit_to_width(table) -> FitToWidth:
    """Make *table*'s columns fit its width, eliding long text."""
    return FitToWidth(table)


class ColumnChooser(QObject):
    """Right-click on *table*'s header: a checkable list of its columns to
    show or hide (the header's saved state keeps the choice)."""

    def __init__(self, table, hidden: tuple[int, ...] = ()):
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        for column in hidden:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)

    def menu(self):
        """The menu of columns, one checkable action each (the first always shown)."""
        from PySide6.QtWidgets import QMenu

        header = self.table.horizontalHeader()
        menu = QMenu(header)
        for column in range(header.count()):
            action = menu.addAction(str(self.table.model().headerData(column, Qt.Horizontal) or ""))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, c=column: self.set_shown(c, shown))
        return menu

    def show_menu(self, point) -> None:
        """Pop the menu up under the mouse."""
        self.menu().popup(self.table.horizontalHeader().mapToGlobal(point))

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide *column*, then fit the columns to the width again."""
        header = self.table.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < header.minimumSectionSize() * 2:
            self.table.resizeColumnToContents(column)
        fitter = self.table.findChild(FitToWidth)
        if fitter is not None:
            fitter.schedule()


def choose_columns(table, hidden: tuple[int, ...] = ()) -> ColumnChooser:
    """Let the user pick *table*'s columns from its header's menu; *hidden* start hidden."""
    return ColumnChooser(table, hidden)
