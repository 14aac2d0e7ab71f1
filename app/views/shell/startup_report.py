"""Benchmark and smoke-test hook: the GUI reports its start-up milestones on
standard output, then quits cleanly.

Active only when ``STRATDECK_STARTUP_REPORT`` is set (bench/bundle_startup.py
and build/smoke_test.py set it); the frozen entry point (build/
stratdeck_entry.py) then calls :func:`install` before ``app.main.main``, so
the measured path is the real one: argument parsing, ``run_gui``, the
window, the plan. Lines, each flushed at once:

- ``painted`` — the main window's first paint;
- ``editable`` | ``read-only`` | ``no-plan`` — once the initial plan is open;
- ``fonts FAMILY,…`` — the bundled fonts registered (proves resources load);
- ``heavy MODULE,…`` — heavy libraries imported by then (should be none).

With ``STRATDECK_STARTUP_REPORT=deck`` the deck preview then renders the
plan (deck engine in its worker thread, QtPdf loading the result) and
reports ``deck N pages`` or ``deck-failed MESSAGE``: the smoke test's proof
that the frozen app's lazy parts load. Then the window closes and the event
loop ends (exit code 0)."""

from __future__ import annotations

import os
import sys

ENV_VAR = "STRATDECK_STARTUP_REPORT"
HEAVY_MODULES = ("pandas", "matplotlib", "reportlab", "sqlmodel", "sqlalchemy")


def requested() -> bool:
    """Whether this process was asked to report its start-up."""
    return bool(os.environ.get(ENV_VAR))


def _say(line: str) -> None:
    if sys.stdout is not None:  # None in a windowed Windows executable
        print(line, flush=True)


def _report_ready(window) -> None:
    """The initial plan is open (or there is none): report and quit."""
    from PySide6.QtWidgets import QApplication

    from app.views.common.fonts import register_bundled_fonts

    app = QApplication.instance()
    app.processEvents()  # let the workspace lay itself out, as a user would see it
    document = window.document
    if document is None:
        _say("no-plan")
    else:
        _say("read-only" if document.read_only else "editable")
    _say("fonts " + ",".join(register_bundled_fonts()))
    _say("heavy " + ",".join(sorted(m for m in HEAVY_MODULES if m in sys.modules)))
    if os.environ.get(ENV_VAR) == "deck" and document is not None:
        _render_deck_then_quit(window)
        return
    _quit(window)


def _quit(window) -> None:
    from PySide6.QtWidgets import QApplication

    window.close()
    QApplication.instance().quit()


def _render_deck_then_quit(window, timeout_ms: int = 120_000) -> None:
    """Render the deck preview; report its page count or the failure."""
    from PySide6.QtCore import QTimer

    preview = window.editors["deck"] if "deck" in window.editors else None
    if preview is None:
        _say("deck-failed no deck preview in this build")
        _quit(window)
        return

    def done(line: str) -> None:
        _say(line)
        _quit_when_no_deck_job(window)

    preview.rendered.connect(lambda: done(f"deck {preview.pdf.pageCount()} pages"))
    preview.render_failed.connect(lambda message: done(f"deck-failed {message}"))
    QTimer.singleShot(timeout_ms, lambda: done("deck-failed timed out"))
    preview.render()


def install() -> None:
    """Make ``app.views.shell.app.launch_window`` report, for this process only.

    ``run_gui`` looks the function up at call time, so wrapping the module
    attribute is enough and app.views.shell.app needs no benchmark code."""
    from app.views.shell import app as gui

    original = gui.launch_window

    def launch_window(plan, demo, read_only, on_ready=None):
        def ready(window) -> None:
            if on_ready is not None:
                on_ready(window)
            _report_ready(window)

        window = original(plan, demo, read_only, on_ready=ready)
        window.first_painted.connect(lambda: _say("painted"))
        return window

    gui.launch_window = launch_window


def _quit_when_no_deck_job(window) -> None:
    """Quit once the deck worker thread has ended: its quit() is delivered
    through this thread's event loop, which closing the window would block."""
    from PySide6.QtCore import QTimer

    from app.views.deck import worker as deck_worker

    if deck_worker._RUNNING:
        QTimer.singleShot(10, lambda: _quit_when_no_deck_job(window))
    else:
        _quit(window)
