"""Window size and layout that fit the screen and are remembered.

- The first window fits the screen's available area (a 1366×768 laptop
  included); later starts restore the last geometry.
- Per canvas, every splitter's position and every table's column widths
  are kept in the settings (``canvas/<key>/…``) and restored when the
  canvas is built again.
- Tables without remembered widths size their columns to the content,
  capped so one long cell cannot take the page; cut cells end in "…" and
  show their full text as a tooltip (:class:`ElidedTooltips`)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject

from app.views.common import settings

DEFAULT_SIZE = (1280, 820)
MAX_AUTO_COLUMN = 320  # px: wider content is elided, with a tooltip


def fit_first_window(window) -> None:
    """Restore the last window geometry, else a default size that fits the screen."""
    saved = settings.app_settings().value("window/geometry")
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        return
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    width, height = DEFAULT_SIZE
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 24), min(height, area.height() - 48)
        window.resize(width, height)
        window.move(area.x() + (area.width() - width) // 2, area.y() + max(0, (area.height() - height) // 2 - 12))
    else:
        window.resize(width, height)


def save_window(window) -> None:
    """Remember the window geometry for the next start."""
    settings.app_settings().setValue("window/geometry", window.saveGeometry())


class ElidedTooltips(QObject):
    """On a table's viewport: the tooltip of a cell whose text does not fit
    is its full text (unless the model gives a tooltip of its own)."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolTip

        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        width = self.view.visualRect(index).width() - 12
        if self.view.fontMetrics().horizontalAdvance(text) <= width:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, self.view)
        return True


def _key(canvas: str, kind: str, number: int) -> str:
    return f"canvas/{canvas}/{kind}/{number}"


def fit_columns(view, cap: int = MAX_AUTO_COLUMN) -> None:
    """Columns as wide as their content and header, at most *cap* px each."""
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    for column in range(header.count()):
        if not header.isSectionHidden(column) and header.sectionSize(column) > cap:
            header.resizeSection(column, cap)


class _Keeper(QObject):
    """Saves one splitter's or header's state under *key*; a child of it,
    so it goes (and its connection with it) when the widget goes."""

    def __init__(self, widget, key: str):
        super().__init__(widget)
        self.widget, self.key = widget, key

    def save(self, *_args) -> None:
        try:
            settings.app_settings().setValue(self.key, self.widget.saveState())
        except RuntimeError:  # the widget is being destroyed
            pass


def remember_layout(canvas: str, editor) -> None:
    """Restore, then keep, *editor*'s splitter positions and column widths."""
    from PySide6.QtWidgets import QSplitter, QTableView

    store = settings.app_settings()
    for number, splitter in enumerate(editor.findChildren(QSplitter)):
        key = _key(canvas, "splitter", number)
        saved = store.value(key)
        if isinstance(saved, QByteArray | bytes):
            splitter.restoreState(QByteArray(saved))
        splitter.splitterMoved.connect(_Keeper(splitter, key).save)
    for number, view in enumerate(editor.findChildren(QTableView)):
        ElidedTooltips(view)
        header = view.horizontalHeader()
        key = _key(canvas, "columns", number)
        saved = store.value(key)
        if not (isinstance(saved, QByteArray | bytes) and header.restoreState(QByteArray(saved))):
            if view.model() is not None and header.count():
                fit_columns(view)
        from app.views.common.widgets.table_fit import FitToWidth  # not before the first paint: it loads Qt's enums

        fitter = view.findChild(FitToWidth)
        if fitter is not None:  # sized to content above: bring it back within the view's width
            fitter.schedule()
        header.sectionResized.connect(_Keeper(header, key).save)
