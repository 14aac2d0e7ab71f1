"""The main window: start page or plan workspace, menus, Problems panel and
status bar. Plan-file handling lives in plan_actions (a mixin)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget

from app import __version__
from app.views.common import dialogs, settings
from app.views.shell.plan_actions import PlanActionsMixin
from app.views.shell.start_page import StartPage


class MainWindow(PlanActionsMixin, QMainWindow):
    """One window, at most one open plan.

    Nothing before the first paint touches the ``Qt`` enum namespace or the
    plan services (each costs tens of milliseconds to load); the editors and
    the Problems panel are built when a plan opens."""

    first_painted = Signal()

    def __init__(self):
        super().__init__()
        self.document = None
        self.editors: dict[str, object] = {}
        self._painted = False
        self.icons_applied = False
        from app.views.shell import geometry

        geometry.fit_first_window(self)
        self.undo_group = QUndoGroup(self)
        self.pages = QStackedWidget(self)
        self.start_page = StartPage(self)
        self.pages.addWidget(self.start_page)
        self.workspace = self.navigator = self.editor_stack = None  # built with the first plan
        self.setCentralWidget(self.pages)
        self.problems = None  # ProblemsPanel, built with the first workspace
        self.save_state = QLabel(self, objectName="save-state")
        self.statusBar().addPermanentWidget(self.save_state)
        self._menu_actions: list[QAction] = []
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self._build_menus()
        self._connect_start_page()
        self.show_start_page()

    def _connect_start_page(self) -> None:
        self.start_page.new_requested.connect(self.new_plan)
        self.start_page.open_requested.connect(self.open_plan_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_requested.connect(self.open_plan)

    # -- menus ---------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts([shortcut])  # setShortcut() would build the Qt enums (~25 ms) before the first paint
        action.triggered.connect(slot)
        menu.addAction(action)
        self._menu_actions.append(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New…"), self.new_plan, QKeySequence.New, "action-new")
        self._action(file_menu, self.tr("&Open…"), self.open_plan_dialog, QKeySequence.Open, "action-open")
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, self.tr("Open &Sample Plan"), self.open_demo, None, "action-demo")
        file_menu.addSeparator()
        self.save_as_action = self._action(
            file_menu, self.tr("Save &As…"), self.save_as, QKeySequence.SaveAs, "action-save-as"
        )
        self.duplicate_action = self._action(
            file_menu, self.tr("&Duplicate…"), self.duplicate, None, "action-duplicate"
        )
        self.restore_action = self._action(
            file_menu, self.tr("Restore from &Backup…"), self.choose_backup, None, "action-restore"
        )
        self.export_deck_action = self._action(
            file_menu, self.tr("&Export Deck (PDF, PPTX)…"), self.export_deck, QKeySequence("Ctrl+E"),
            "action-export-deck",
        )
        from app.views.review.menu import add_review_actions  # snapshots, compare, merge (issue 18)

        self.review_actions = add_review_actions(self, file_menu)
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, self.tr("&Close"), self.close_plan, QKeySequence.Close, "action-close"
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit, "action-quit")
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("action-undo")
        self.undo_action.setShortcuts([QKeySequence.Undo])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("action-redo")
        self.redo_action.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self._menu_actions += [self.undo_action, self.redo_action]
        edit_menu.addSeparator()
        self._action(
            edit_menu, self.tr("&Preferences…"), self.show_preferences, QKeySequence.Preferences, "action-preferences"
        )
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.present_action = self._action(
            self.view_menu, self.tr("&Present Deck"), self.present_deck, QKeySequence("F5"), "action-present"
        )
        self.present_menu = self.view_menu.addMenu(self.tr("Present &On"))
        self.present_menu.aboutToShow.connect(self._fill_present_menu)
        self.view_menu.addSeparator()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Quick Guide"), self.show_guide, QKeySequence("F1"), "action-guide")
        self._action(help_menu, self.tr("&Keyboard Shortcuts"), self.show_shortcuts, None, "action-shortcuts")
        self._action(help_menu, self.tr("Open &Log Folder"), self.open_log_folder, None, "action-log-folder")
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Stratdeck"), self.show_about, None, "action-about")
        self._fill_toolbar()

    def _fill_toolbar(self) -> None:
        """New, Open | Undo, Redo | Export, Present: the menus' own actions."""
        self.toolbar.clear()
        by_name = {action.objectName(): action for action in self._menu_actions}
        for group in (
            ("action-new", "action-open"),
            ("action-undo", "action-redo"),
            ("action-export-deck", "action-present"),
        ):
            if self.toolbar.actions():
                self.toolbar.addSeparator()
            for name in group:
                self.toolbar.addAction(by_name[name])
        self.export_deck_action.setIconText(self.tr("Export"))
        self.present_action.setIconText(self.tr("Present"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))

    def _rebuild_menus(self) -> None:
        """Menus again in the current language (the undo stack is untouched)."""
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None:
                menu.deleteLater()
        self.menuBar().clear()
        for action in self._menu_actions:
            action.setParent(None)
            action.deleteLater()
        self._menu_actions = []
        self._build_menus()
        if self.problems is not None:
            self.view_menu.addAction(self.problems.toggleViewAction())
        if self.icons_applied:
            self.polish_after_first_paint()

    def polish_after_first_paint(self) -> None:
        """Icons and the style sheet: after the first paint, so the window shows at once."""
        from app.views.shell.icon_setup import apply_icons

        if not self.icons_applied:
            from PySide6.QtWidgets import QApplication

            from app.views.common import style

            QApplication.instance().setStyleSheet(style.stylesheet())
        apply_icons(self)

    # -- help ----------------------------------------------------------------------
    def show_guide(self) -> None:
        """Help › Quick Guide (does not block)."""
        from app.views.shell.help_dialogs import QuickGuideDialog

        self.help_dialog = QuickGuideDialog(self)
        self.help_dialog.open()

    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts: every menu action that has one."""
        from app.views.shell.help_dialogs import ShortcutsDialog

        self.help_dialog = ShortcutsDialog(self._menu_actions, self)
        self.help_dialog.open()

    def open_log_folder(self) -> None:
        """Help › Open Log Folder: the folder in the file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from app.services.plan import paths

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    # -- language ----------------------------------------------------------------
    def show_preferences(self) -> None:
        """Edit › Preferences (does not block)."""
        from app.views.shell.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.applied.connect(self.apply_language)
        self.preferences_dialog = dialog
        dialog.open()

    def apply_language(self, language: str) -> None:
        """Switch the interface to *language* ('zh' or 'en') at once: menus,
        start page, editors and Problems panel are rebuilt from the plan file;
        the plan stays open and its undo history is kept."""
        from app.views.common import translations

        translations.install_language(language)
        # Widgets take the locale of their parent, fixed when the window was built:
        # without this, date fields keep the old language's month names.
        self.setLocale(translations.locale_for(translations.current_language()))
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild every translated widget of the window in the current language."""
        self._rebuild_menus()
        old = self.start_page
        self.start_page = StartPage(self)
        self.pages.insertWidget(0, self.start_page)
        self._connect_start_page()
        self.pages.removeWidget(old)
        old.setParent(None)  # gone from findChild() at once, deleted with its last reference
        old.deleteLater()
        if self.document is None:
            self.show_start_page()
            return
        row = self.navigator.currentRow()
        self.show_workspace()
        self.navigator.setCurrentRow(max(0, row))

    def _plan_actions(self) -> tuple:
        """Actions that need an open plan."""
        return (
            self.save_as_action,
            self.duplicate_action,
            self.close_action,
            self.export_deck_action,
            self.restore_action,
            self.present_action,
            self.present_menu.menuAction(),
            *self.review_actions,
        )

    def _fill_present_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.present_menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            label = self.tr("Screen {number}: {name} ({w}×{h})").format(
                number=number, name=screen.name(), w=size.width(), h=size.height()
            )
            action = self.present_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, s=screen: self.present_deck(s))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_plans()
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_plan(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent plans")).setEnabled(False)

    def show_about(self) -> None:
        """Version and where the log is."""
        from app.views.shell.error_reporting import log_file

        dialogs.show_error(
            self, self.tr("About Stratdeck"), self.tr("Stratdeck %s") % __version__, self.tr("Log: %s") % log_file()
        )

    # -- pages ---------------------------------------------------------------
    def show_start_page(self) -> None:
        """No plan open: the start page."""
        self.start_page.set_recent(settings.recent_plans())
        self.pages.setCurrentWidget(self.start_page)
        for action in self._plan_actions():
            action.setEnabled(False)
        if self.problems is not None:
            self.problems.refresh(None)
            self.problems.hide()
        self.save_state.setText("")
        self.setWindowTitle("Stratdeck")

    def _ensure_workspace(self) -> None:
        """Create the navigator, editor area and Problems dock the first time
        a plan is shown (QSplitter alone costs ~20 ms of enum set-up)."""
        if self.workspace is None:
            from app.views.shell.navigator import Navigator

            self.workspace = QSplitter(self)  # horizontal by default
            self.workspace.setObjectName("workspace")
            self.workspace.setChildrenCollapsible(False)
            self.navigator = Navigator(self.workspace)
            self.editor_stack = QStackedWidget(self.workspace)
            self.workspace.setStretchFactor(1, 1)
            self.pages.addWidget(self.workspace)
            self.navigator.currentRowChanged.connect(self._show_canvas)
        if self.problems is None:
            from PySide6.QtCore import Qt

            from app.views.shell.problems_panel import ProblemsPanel

            self.problems = ProblemsPanel(self)
            self.addDockWidget(Qt.BottomDockWidgetArea, self.problems)
            self.resizeDocks([self.problems], [120], Qt.Vertical)
            self.view_menu.addAction(self.problems.toggleViewAction())
            self.problems.activated.connect(self.open_finding)
            self.problems.counts_changed.connect(self._findings_changed)

    def show_workspace(self) -> None:
        """Build the editors of the open plan and show them."""
        self._ensure_workspace()
        for index in reversed(range(self.editor_stack.count())):  # last first: no page is shown in passing
            widget = self.editor_stack.widget(index)
            self.editor_stack.removeWidget(widget)
            widget.deleteLater()
        self.navigator.blockSignals(True)
        from app.views.shell.canvases import canvas_entries  # editors load after the first paint
        from app.views.shell.editor_set import EditorSet

        self.editors = EditorSet(canvas_entries(), self.document, self.editor_stack)
        self.navigator.set_canvases(list(zip(self.editors, self.editors.labels(), strict=True)))
        self.navigator.blockSignals(False)
        if self.icons_applied:
            self.polish_after_first_paint()
        # as wide as the longest canvas name (they differ by language), not more
        width = self.navigator.preferred_width()
        # no minimum beyond Qt's: on a small window labels elide (their tooltips keep them whole)
        self.navigator.setMaximumWidth(width + 80)
        self.workspace.setSizes([width, max(self.width() - width, width)])
        self.navigator.setCurrentRow(0)
        self._show_canvas(0)
        self.pages.setCurrentWidget(self.workspace)
        self.problems.show()
        for action in self._plan_actions():
            action.setEnabled(True)
        self.duplicate_action.setEnabled(not self.document.read_only)
        self.restore_action.setEnabled(not self.document.read_only)
        from app.views.review.menu import update_review_actions

        update_review_actions(self)
        self.problems.refresh(self.document.plan)
        self._update_title()

    def _update_title(self) -> None:
        plan = self.document.plan
        suffix = self.tr(" [read-only]") if plan.read_only else ""
        self.setWindowTitle(f"{plan.path.stem}{suffix} — Stratdeck")
        self.setWindowFilePath(str(plan.path))
        self.save_state.setText(self.tr("Read-only") if plan.read_only else self.tr("All changes saved"))

    # -- following the plan ----------------------------------------------------
    def on_change(self, change) -> None:
        """A service committed a change: update editors, problems, status."""
        if change.canvas == "*":  # the whole plan was replaced (restore)
            current = self.navigator.currentRow()
            self.show_workspace()
            self.navigator.setCurrentRow(current)
        for key, editor in self.editors.built_items():  # an editor built later reads the plan then
            if key == change.canvas or getattr(editor, "follows_all_changes", False):
                editor.on_change(change)
        self.problems.refresh_after_edit(self.document.plan)
        from app.views.common.locale_format import format_time

        self.save_state.setText(self.tr("Saved %s") % format_time())

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused: the current editor says why (*message* is
        already in the interface language, see PlanDocument)."""
        editor = self.editor_stack.currentWidget() if self.editor_stack is not None else None
        if hasattr(editor, "on_failed"):
            editor.on_failed(field, message)
        elif self.editors:  # the dashboard edits nothing: the edit came from another canvas's editor
            for _key, built in self.editors.built_items():
                if hasattr(built, "on_failed"):
                    built.on_failed(field, message)
        self.statusBar().showMessage(message, 8000)

    def on_write_failed(self, message: str) -> None:
        """The disk refused a write: say so, and how to keep the work."""
        self.save_state.setText(self.tr("Not saved"))
        dialogs.show_error(self, self.tr("Change not saved"), message)

    def announce_recovery(self, path: str) -> None:
        """After a crash: say which plan was reopened and that it is intact."""
        from pathlib import Path

        message = self.tr(
            "Stratdeck did not close normally last time. Your plan “{name}” has been reopened; "
            "every edit made before that was already saved."
        ).format(name=Path(path).stem)
        self.statusBar().showMessage(message, 15000)
        dialogs.show_info(self, self.tr("Plan reopened"), message)

    def _show_canvas(self, row: int) -> None:
        """Show the editor of navigator row *row*, building it the first time."""
        key = self.editors.key_at(row) if self.editors else None
        if key is not None:
            editor = self.editors[key]
            self.editor_stack.setCurrentIndex(row)
            self._tab_into(editor)
            if not getattr(editor, "_layout_remembered", False):
                from app.views.shell import geometry

                editor._layout_remembered = True
                geometry.remember_layout(key, editor)
                if hasattr(editor, "navigate"):
                    editor.navigate.connect(self.go_to_canvas)
                if hasattr(editor, "set_findings") and self.problems is not None:
                    editor.set_findings(self.problems.all_findings)
            if self.problems is not None:
                self.problems.set_canvas(key)

    def _tab_into(self, editor) -> None:
        """Tab from the navigator goes into the shown canvas (before the Problems list).

        The navigator asks for the target when Tab is pressed: moving a widget
        in the focus chain (setTabOrder) would tear it out of its own canvas's
        order, so that Tab from the field before it jumped elsewhere."""
        self.navigator.tab_target = lambda: first_focusable(self.editor_stack.currentWidget())

    def _findings_changed(self, counts: dict) -> None:
        """The rules ran: badges, and the dashboard's findings card if it exists."""
        self.navigator.set_counts(counts)
        dashboard = self.editors.get("dashboard") if self.editors else None
        if dashboard is not None:
            dashboard.set_findings(self.problems.all_findings)

    def go_to_canvas(self, canvas: str, field: str = "", item_id: str = "") -> None:
        """Show canvas *canvas* and, when given, the field of row *item_id*."""
        keys = list(self.editors)
        if canvas in keys:
            self.navigator.setCurrentRow(keys.index(canvas))
            if field:
                self.editors[canvas].focus_field(field, item_id)

    def open_finding(self, finding) -> None:
        """Show the canvas and field a Problems-panel finding is about."""
        if finding is None:
            return
        keys = list(self.editors)
        if finding.canvas in keys:
            self.navigator.setCurrentRow(keys.index(finding.canvas))
            self.editors[finding.canvas].focus_field(finding.field, finding.item_id if finding.table != "plan" else "")

    def closeEvent(self, event) -> None:
        from app.views.shell import geometry

        geometry.save_window(self)
        super().closeEvent(event)

    def event(self, event) -> bool:
        result = super().event(event)
        if event.type() == QEvent.UpdateRequest and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return result

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def first_focusable(editor):
    """The first widget of *editor* that Tab can reach, or None."""
    from PySide6.QtCore import Qt

    if editor is None:
        return None
    widget = editor.nextInFocusChain()
    for _ in range(2000):
        if widget is editor or widget is None:
            break
        if (
            editor.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.TabFocus
            and widget.isEnabled()
            and widget.isVisibleTo(editor)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return editor if editor.focusPolicy() & Qt.TabFocus and editor.isEnabled() else None
