"""Every canvas at 1366×768, in Chinese and English: no label, button or
table header is cut where it can be measured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView


def clipped_widgets(root) -> list[str]:
    """Visible labels, buttons and table headers whose text does not fit."""
    problems = []
    for label in root.findChildren(QLabel):
        if (
            not label.isVisibleTo(root)
            or label.wordWrap()
            or not label.text()
            or label.pixmap()
            and not label.pixmap().isNull()
        ):
            continue
        if label.textFormat() == Qt.RichText or "<" in label.text():  # rich text measures differently
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0]) + 2 * label.margin()
        if needed > label.contentsRect().width() + 1:
            problems.append(f"label {label.text()!r}: {needed} > {label.contentsRect().width()}")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text() or button.parent().inherits("QTabBar"):
            continue
        if button.sizeHint().width() > button.width() + 1:
            problems.append(f"button {button.text()!r}: {button.sizeHint().width()} > {button.width()}")
    for view in root.findChildren(QTableView):
        if not view.isVisibleTo(root) or view.model() is None:
            continue
        header = view.horizontalHeader()
        if not header.isVisible():
            continue
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = view.model().headerData(column, Qt.Horizontal)
            if not isinstance(text, str) or not text:
                continue
            needed = header.fontMetrics().horizontalAdvance(max(text.split("\n"), key=len))
            if needed > header.sectionSize(column) - 4:  # Qt's header keeps ~4 px of margin; less cuts the text
                problems.append(f"header {text!r} of {view.objectName()}: {needed} > {header.sectionSize(column) - 4}")
    return problems


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_canvas_fits_a_1366x768_window(window, qtbot, language):
    from app.services.plan import samples
    from app.views.common import translations

    if language == "zh":
        window.apply_language("zh")
    window.resize(1366, 768)
    window.polish_after_first_paint()
    assert window.open_plan(str(samples.create_demo_plan(language)))
    found = {}
    for row, key in enumerate(list(window.editors)):
        window.navigator.setCurrentRow(row)
        qtbot.wait(10)
        problems = clipped_widgets(window.editor_stack.currentWidget())
        if problems:
            found[key] = problems
    translations.install_language("en")
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_timeline_month_labels_fall_back_to_the_short_name_then_to_none(qapp):
    from PySide6.QtGui import QImage, QPainter

    from app.views.calendar.timeline_paint import _fitting

    image = QImage(10, 10, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        wide = painter.fontMetrics().horizontalAdvance("December 2026") + 2
        short = painter.fontMetrics().horizontalAdvance("Dec") + 2
        assert _fitting(painter, ["December 2026", "Dec"], wide) == "December 2026"
        assert _fitting(painter, ["December 2026", "Dec"], short) == "Dec"
        assert _fitting(painter, ["December 2026", "Dec"], short - 6) == ""  # never "De"
    finally:
        painter.end()


def test_phase_names_take_the_width_not_the_end_date(window, qtbot):
    window.resize(1366, 768)
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    table = editor.findChild(QTableView, "campaign-phases")
    header = table.horizontalHeader()
    assert header.sectionResizeMode(1) == header.ResizeMode.Stretch
    assert header.sectionResizeMode(3) == header.ResizeMode.ResizeToContents


def test_every_objective_shows_without_a_scroll_box_inside_the_overview(window, qtbot):
    window.resize(1366, 768)
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("overview"))
    panel = window.editors["overview"].objectives
    table = panel.table
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0)
    rows = table.model().rowCount()
    assert rows >= 6
    assert table.height() >= sum(table.rowHeight(r) for r in range(rows)) + table.horizontalHeader().height()
    panel.add_objective()
    qtbot.waitUntil(lambda: table.model().rowCount() == rows + 1)
    qtbot.waitUntil(lambda: table.height() >= sum(table.rowHeight(r) for r in range(rows + 1)))
    assert table.verticalScrollBar().maximum() == 0


def test_a_long_persona_name_wraps_instead_of_being_cut(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from app.views.personas.cards import name_lines_for

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Urban professional ·")
    assert name_lines_for("Urban professional · Lin Yue", metrics, width) == ["Urban professional", "Lin Yue"]
    assert name_lines_for("Lin Yue", metrics, width) == ["Lin Yue"]
    chinese = name_lines_for("一二线城市都市白领林悦", metrics, metrics.horizontalAdvance("一二线城市都市"))
    assert "".join(chinese) == "一二线城市都市白领林悦" and len(chinese) == 2
