"""At 1366×768 the competitor, campaign and initiative tables fit their
width: no horizontal scroll bar, long text elided (its full text in the
tooltip), headers whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView


def _open(window, qtbot, canvas: str, language: str):
    from app.services.plan import samples

    if language == "zh":
        window.apply_language("zh")
    window.resize(1366, 768)
    window.polish_after_first_paint()
    assert window.open_plan(str(samples.create_demo_plan(language)))
    window.navigator.setCurrentRow(list(window.editors).index(canvas))
    qtbot.wait(50)
    return window.editors[canvas]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize(
    ("canvas", "table_name"),
    [("competitors", "competitors"), ("calendar", "calendar-table"), ("initiatives", "initiative-table")],
)
def test_the_table_needs_no_horizontal_scrolling_at_1366x768(window, qtbot, language, canvas, table_name):
    from app.views.common import translations

    try:
        table = _open(window, qtbot, canvas, language).findChild(QTableView, table_name)
        assert table.isVisibleTo(window) and table.model().rowCount() > 0
        qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=2000)
        header = table.horizontalHeader()
        total = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
        assert total <= table.viewport().width()
    finally:
        translations.install_language("en")


def test_columns_shrink_widest_first_and_never_below_their_header(qtbot):
    from PySide6.QtGui import QStandardItemModel

    from app.views.common.widgets.table_fit import fit_to_width

    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["A", "Positioning", "C"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(400, 200)
    table.show()
    header = table.horizontalHeader()
    for column, width in enumerate((60, 600, 300)):
        header.resizeSection(column, width)
    fitter = fit_to_width(table)
    fitter.fit()
    widths = [header.sectionSize(c) for c in range(3)]
    assert sum(widths) <= table.viewport().width()
    assert widths[0] == 60  # a narrow column keeps its width
    assert widths[1] == widths[2]  # the wide ones share what is left
    assert widths[1] >= header.fontMetrics().horizontalAdvance("Positioning")


def test_hidden_competitor_columns_come_back_from_the_header_menu_and_stay(window, qtbot):
    from app.views.common import settings
    from app.views.common.widgets.table_fit import ColumnChooser
    from app.views.competitors.model import COLUMNS

    editor = _open(window, qtbot, "competitors", "en")
    table = editor.findChild(QTableView, "competitors")
    header = table.horizontalHeader()
    strategy = COLUMNS.index("strategy")
    assert header.isSectionHidden(strategy)
    assert not header.isSectionHidden(COLUMNS.index("price_score"))  # the map's axes: price × quality
    menu = table.findChild(ColumnChooser).menu()
    action = next(a for a in menu.actions() if a.text() == "Strategy")
    action.setChecked(True)
    assert not header.isSectionHidden(strategy)
    assert header.sectionSize(strategy) > 0
    saved = settings.app_settings().value("canvas/competitors/columns/0")
    fresh = QTableView()
    qtbot.addWidget(fresh)
    fresh.setModel(table.model())
    assert fresh.horizontalHeader().restoreState(saved)
    assert not fresh.horizontalHeader().isSectionHidden(strategy)
    editor.choose_axes("reach", "quality")
    qtbot.waitUntil(lambda: not header.isSectionHidden(COLUMNS.index("reach_score")))


def test_a_column_narrower_than_its_header_is_widened(qtbot):
    from PySide6.QtGui import QStandardItemModel

    from app.views.common.widgets.table_fit import fit_to_width

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Department", "Owner"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(600, 200)
    table.show()
    header = table.horizontalHeader()
    header.resizeSection(0, 20)  # set by a remembered or content-sized width
    fit_to_width(table).fit()
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance("Department")


def test_shrunk_columns_grow_back_when_the_table_widens_but_a_dragged_width_stays(qtbot):
    from PySide6.QtGui import QStandardItemModel

    from app.views.common.widgets.table_fit import fit_to_width

    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["A", "B", "C"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    header = table.horizontalHeader()
    for column in range(3):
        header.resizeSection(column, 200)
    fitter = fit_to_width(table)
    table.resize(360, 200)
    fitter.fit()
    assert sum(header.sectionSize(c) for c in range(3)) <= table.viewport().width()
    table.resize(900, 200)
    fitter.fit()
    assert [header.sectionSize(c) for c in range(3)] == [200, 200, 200]  # back to what the editor set
    table.resize(360, 200)
    fitter.fit()
    header.resizeSection(1, 60)  # the user drags one narrower
    table.resize(900, 200)
    fitter.fit()
    assert header.sectionSize(1) == 60 and header.sectionSize(0) == 200


def test_room_the_last_column_would_take_goes_to_cut_text_first(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from app.views.common.widgets.table_fit import fit_to_width

    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Initiative", "Cost"])
    model.setItem(0, 0, QStandardItem("Osmanthus cold-brew launch with blind-box gift sets"))
    model.setItem(0, 1, QStandardItem("CNY 4.8M"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    table.resize(900, 200)
    table.show()
    table.horizontalHeader().resizeSection(0, 90)
    fit_to_width(table).fit()
    assert table.horizontalHeader().sectionSize(0) >= table.sizeHintForColumn(0)  # the name is whole
