"""The designed shell: toolbar, icons, navigator badges, the Problems panel
per canvas, remembered geometry, the gallery's cards and Help."""

from __future__ import annotations

from PySide6.QtCore import QRect


def _shown_canvases(panel) -> set[str]:
    return {f.canvas for f in panel.model.findings}


def test_toolbar_has_the_six_commands_in_order_with_icons(window):
    names = [a.objectName() for a in window.toolbar.actions() if not a.isSeparator()]
    assert names == ["action-new", "action-open", "action-undo", "action-redo", "action-export-deck", "action-present"]
    window.polish_after_first_paint()
    assert all(not a.icon().isNull() for a in window.toolbar.actions() if not a.isSeparator())
    assert not window.start_page.new_button.icon().isNull()


def test_icons_draw_a_glyph_from_the_icon_font(qapp):
    from app.views.common.icons import icon

    image = icon("presentation", colour="#000000").pixmap(32, 32).toImage()
    inked = sum(1 for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 0)
    assert 30 < inked < 32 * 32 - 30  # a drawn glyph: neither empty nor a filled box


def test_navigator_badges_count_the_findings_of_each_canvas(window):
    window.open_demo()
    counts = {}
    for finding in window.problems.all_findings:
        counts[finding.canvas] = counts.get(finding.canvas, 0) + 1
    assert counts.get("budget")
    for key in window.editors:
        assert window.navigator.badge(key) == counts.get(key, 0), key
    row = list(window.editors).index("budget")
    assert str(counts["budget"]) in window.navigator.item(row).toolTip()


def test_problems_panel_lists_the_canvas_on_screen_unless_all_is_ticked(window):
    window.open_demo()
    panel = window.problems
    assert len(_shown_canvases(panel)) > 1  # the dashboard sums up the whole plan
    window.navigator.setCurrentRow(list(window.editors).index("budget"))
    assert _shown_canvases(panel) == {"budget"}
    assert "on this canvas" in panel.windowTitle()
    panel.all_box.setChecked(True)
    assert len(panel.model.findings) == len(panel.all_findings) and len(_shown_canvases(panel)) > 1
    panel.all_box.setChecked(False)
    window.navigator.setCurrentRow(list(window.editors).index("overview"))
    assert _shown_canvases(panel) <= {"overview"}


def test_problems_panel_collapses_to_its_title_line(window):
    window.open_demo()
    panel = window.problems
    panel.collapse_button.click()
    assert panel.collapsed and not panel.view.isVisible()
    assert panel.maximumHeight() < 60
    panel.collapse_button.click()
    assert panel.view.isVisible()


def test_budget_canvas_no_longer_repeats_its_findings(window):
    window.open_demo()
    editor = window.editors["budget"]
    assert editor.findChild(object, "budget-findings") is None


def test_first_window_fits_a_1366x768_laptop(qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from app.views.shell.main_window import MainWindow

    class Laptop:
        def availableGeometry(self):
            return QRect(0, 0, 1366, 728)  # 768 minus a task bar

    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: Laptop()))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.width() <= 1366 and window.height() <= 728


def test_window_geometry_is_remembered(qtbot):
    from app.views.shell.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_splitter_and_column_widths_are_remembered_per_canvas(window, qtbot):
    from PySide6.QtWidgets import QTableView

    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("competitors"))
    table = window.editors["competitors"].findChildren(QTableView)[0]
    table.horizontalHeader().resizeSection(0, 211)
    window.close_plan()
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("competitors"))
    table = window.editors["competitors"].findChildren(QTableView)[0]
    assert table.horizontalHeader().sectionSize(0) == 211


def test_a_cut_cell_shows_its_full_text_as_a_tooltip(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QTableView, QToolTip

    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("competitors"))
    table = window.editors["competitors"].findChildren(QTableView)[0]
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if isinstance(model.index(0, c).data(), str) and len(model.index(0, c).data()) > 8
    )
    table.horizontalHeader().resizeSection(column, 30)
    rect = table.visualRect(model.index(0, column))
    event = QHelpEvent(QEvent.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == model.index(0, column).data()


def test_new_plan_gallery_cards_preview_each_template(qtbot):
    from app.views.shell.new_plan_dialog import NewPlanDialog
    from app.views.shell.template_cards import PREVIEW_ROLE

    dialog = NewPlanDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.gallery.viewMode() == dialog.gallery.ViewMode.IconMode
    preview = dialog.gallery.item(1).data(PREVIEW_ROLE)
    assert preview[0] == "2027-01-01 – 2027-12-31"
    assert preview[1].startswith("3 objectives") and "KPIs" in preview[2]


def test_help_offers_the_guide_the_shortcuts_and_the_log_folder(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    window.show_guide()
    assert "Problems panel" in window.help_dialog.text.toPlainText()
    window.help_dialog.close()
    window.show_shortcuts()
    table = window.help_dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Undo"] == "Ctrl+Z" and rows["Present Deck"] == "F5" and rows["Export Deck (PDF, PPTX)"] == "Ctrl+E"
    window.help_dialog.close()
    window.open_log_folder()
    assert opened and opened[0].endswith("logs")


def test_a_canvas_without_findings_leaves_the_panel_at_its_title_line(window):
    window.open_demo()
    panel = window.problems
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    assert panel.model.findings == [] and not panel.view.isVisible()
    assert "0 on this canvas" in panel.title_label.text()
    window.navigator.setCurrentRow(list(window.editors).index("budget"))
    assert panel.view.isVisible()


def test_tab_through_the_overview_keeps_its_order(window, qtbot):
    """Tab from Brand goes to Owner (never back to Title, whose text a
    planner would then type over), and from Title to Brand."""
    from PySide6.QtCore import Qt

    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("overview"))
    editor = window.editors["overview"]
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key_Tab)
    assert window.focusWidget() is editor.title_edit  # the navigator leads into the canvas
    qtbot.keyClick(editor.title_edit, Qt.Key_Tab)
    assert window.focusWidget() is editor.brand_edit
    qtbot.keyClick(editor.brand_edit, Qt.Key_Tab)
    assert window.focusWidget() is editor.owner_edit
    qtbot.keyClicks(editor.owner_edit, "x")
    assert editor.title_edit.text() == "Qiyun Tea Lab — FY2027 Marketing Plan"


def test_add_item_adds_to_the_quadrant_the_planner_clicked(window, qtbot):
    """An empty quadrant (every quadrant of a new plan) becomes the target
    of Add item when clicked, not Strengths."""
    from PySide6.QtCore import QPoint, Qt

    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("swot"))
    editor = window.editors["swot"]
    threats = editor.board.views["T"]
    before = editor.board.models["T"].rowCount()
    strengths = editor.board.models["S"].rowCount()
    below_items = QPoint(10, threats.viewport().height() - 4)
    qtbot.mouseClick(threats.viewport(), Qt.LeftButton, pos=below_items)
    editor.add_button.click()
    assert editor.board.models["T"].rowCount() == before + 1
    assert editor.board.models["S"].rowCount() == strengths


def test_a_new_campaign_is_named_in_the_interface_language_and_starts_on_a_monday_in_the_period(window):
    import datetime as dt

    from app.services.calendar.reading import get_campaign

    window.apply_language("zh")
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("calendar"))
    editor = window.editors["calendar"]
    assert editor.add_campaign()
    campaign = get_campaign(window.document.plan, editor.selected_id)
    start, end = dt.date.fromisoformat(campaign["start_date"]), dt.date.fromisoformat(campaign["end_date"])
    assert campaign["name"] == "新营销活动"
    assert start.weekday() == 0 and (end - start).days == 13
    assert dt.date(2027, 1, 1) <= start and end <= dt.date(2027, 12, 31)  # inside the sample's plan period
    window.apply_language("en")


def test_budget_month_headers_are_in_the_interface_language(window):
    from PySide6.QtCore import Qt

    window.open_demo()
    model = window.editors["budget"].model
    column = next(c for c in range(model.columnCount()) if model.month_of(c) == "2027-01")
    assert model.headerData(column, Qt.Horizontal) == "Jan 2027"
    window.apply_language("zh")
    model = window.editors["budget"].model
    assert model.headerData(column, Qt.Horizontal) == "2027年1月"
    window.apply_language("en")


def test_response_times_read_as_hours_and_days(window):
    from PySide6.QtCore import Qt

    from app.views.common.locale_format import duration_label

    assert [duration_label(m) for m in (30, 60, 90, 1440, 2 * 1440 + 240, None)] == [
        "30 min",
        "1 h",
        "1 h 30 min",
        "1 day",
        "2 days 4 h",
        "",
    ]
    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("playbooks"))
    model = window.editors["playbooks"].levels.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == "Respond within")
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert shown and all(text and not text.isdigit() for text in shown)
    assert not any("1440" in text for text in shown)


def test_a_refusal_floats_over_the_canvas_without_moving_its_cells(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("competitors"))
    editor = window.editors["competitors"]
    table = editor.findChildren(QTableView)[0]
    qtbot.wait(20)
    before = table.mapTo(window, table.rect().topLeft())
    editor.on_failed("share_pct", "Market share must be a number from 0 to 100.")
    qtbot.wait(20)
    assert editor.banner.isVisibleTo(editor) and "0 to 100" in editor.banner.text()
    assert table.mapTo(window, table.rect().topLeft()) == before  # nothing was pushed down
    qtbot.mouseClick(editor.banner, Qt.LeftButton)
    assert not editor.banner.isVisibleTo(editor)


def test_picking_a_kpi_choice_leaves_no_stray_editor_behind(window, qtbot, qtlog):
    """Picking a new cadence rebuilds the KPI rows while the drop-down is
    being committed; the drop-down is released with it, so losing the focus
    later commits nothing (Qt warned "commitData called with an editor that
    does not belong to this view")."""
    from PySide6.QtWidgets import QComboBox

    from app.views.forecast.kpi_editor import COLUMNS
    from tests.gui_support import stored_rows

    window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index("kpis"))
    table = window.editors["kpis"].table
    index = table.model().index(0, COLUMNS.index("cadence"))
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    box = table.findChild(QComboBox)
    box.setFocus()
    choice = (box.currentIndex() + 1) % box.count()
    picked = box.itemData(choice)
    box.setCurrentIndex(choice)
    box.activated.emit(choice)
    window.navigator.setFocus()  # focus leaves the drop-down
    qtbot.wait(20)
    assert not [r for r in qtlog.records if "commitData" in r.message]
    assert picked in [r[0] for r in stored_rows(window.document.plan.path, "SELECT cadence FROM kpi")]
