"""Start the GUI: the application object, logging, the exception hook, the
main window, then the plan (after the first paint, so the window appears at
once)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.views.common import settings
from app.views.common.fonts import register_bundled_fonts
from app.views.shell import error_reporting
from app.views.shell.main_window import MainWindow


def pause_garbage_collector() -> None:
    """Start-up builds long-lived objects only (modules, widgets, the plan's
    rows): the cyclic garbage collector's passes over them until the plan is
    open find nothing to free and cost ~10 % of start-up; it is paused here
    and resumed by :func:`resume_garbage_collector` once the plan is shown.
    Reference counting frees everything else as usual meanwhile."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def resume_garbage_collector() -> None:
    """Resume the collector paused for start-up (a collector switched off
    elsewhere stays off)."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.enable()


_gc_paused = False


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once (the garbage collector paused for
    start-up; the window resumes it once the plan is shown)."""
    pause_garbage_collector()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Stratdeck")
    app.setApplicationName("Stratdeck")
    app.setApplicationDisplayName("Stratdeck")
    from app.views.common import translations

    translations.install_language(settings.interface_language())
    families = register_bundled_fonts()
    if families:  # the UI uses the deck's font, so screen, charts and slides match
        font = app.font()
        font.setFamilies([families[0], *font.families()])
        app.setFont(font)
    return app


def set_window_icon() -> None:
    """The app icon for every window (after the first paint: it is not free)."""
    from PySide6.QtGui import QIcon

    from app.services.plan import paths

    icon = paths.icon_file()
    if icon is not None and icon.exists():
        QApplication.instance().setWindowIcon(QIcon(str(icon)))


def open_initial_plan(
    window: MainWindow, plan: str | None, demo: bool, read_only: bool, after_crash: bool = False
) -> None:
    """What the command line asked for, else the last plan, else the start page.
    After a crash the last plan is reopened and the window says so."""
    if demo:
        window.open_demo()
    elif plan:
        window.open_plan(plan, read_only=read_only)
    else:
        last = settings.last_plan()
        if last and window.open_plan(last) and after_crash:
            window.announce_recovery(last)


def launch_window(plan: str | None, demo: bool, read_only: bool, on_ready=None) -> MainWindow:
    """Show the main window at once; open the plan only after its first
    paint, so the window appears before any file work. *on_ready(window)*
    runs once the plan is open."""
    window = MainWindow()
    error_reporting.install_excepthook(lambda: window)

    def after_first_paint() -> None:
        error_reporting.setup_logging()
        set_window_icon()
        window.polish_after_first_paint()  # icons and style sheet, before the plan's editors are built
        crashed = settings.mark_session_started()
        open_initial_plan(window, plan, demo, read_only, after_crash=crashed)
        # after the event loop's next turn: the first canvas is built and painted by then
        QTimer.singleShot(0, resume_garbage_collector)
        if on_ready is not None:
            on_ready(window)

    started = []

    def on_first_paint() -> None:
        if not started:
            started.append(True)
            QTimer.singleShot(0, after_first_paint)

    window.first_painted.connect(on_first_paint)
    window.show()
    return window


def run_gui(plan: str | None = None, demo: bool = False, read_only: bool = False) -> int:
    """Run the application until the window closes; returns the exit code."""
    app = create_application()
    window = launch_window(plan, demo, read_only)  # noqa: F841 - keeps the window alive
    code = app.exec()
    settings.mark_session_ended()
    return code
