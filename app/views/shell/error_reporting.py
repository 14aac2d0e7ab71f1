"""Unexpected exceptions: logged to the user data folder and shown in a
dialog with the log's path; the application keeps running."""

from __future__ import annotations

import logging
import sys
import traceback

from app.services.plan import paths

log = logging.getLogger("stratdeck")


def log_file():
    """Path of the application log."""
    return paths.log_dir() / "stratdeck.log"


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def _rotate(path) -> None:
    """At start-up, a log over LOG_MAX_BYTES becomes ``.1`` (``.1`` → ``.2``
    …, the oldest dropped): the app writes a few lines a session, so
    rotating between sessions keeps the folder small without loading
    logging.handlers (and its socket and pickle imports) at start-up."""
    import os

    try:
        if path.stat().st_size <= LOG_MAX_BYTES:
            return
        for number in range(LOG_BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        return  # no log yet, or another instance holds it: log on


class _LogFile(logging.FileHandler):
    """The application log's handler (one per process)."""


def setup_logging() -> None:
    """Log to a file in the user data folder, rotated at start-up."""
    root = logging.getLogger()
    if any(isinstance(h, _LogFile) for h in root.handlers):
        return
    path = log_file()
    _rotate(path)
    handler = _LogFile(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(parent_getter) -> None:
    """Route uncaught exceptions (e.g. in a Qt slot) to the log and a dialog."""

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        report_unexpected(parent_getter(), value)

    sys.excepthook = hook


def report_unexpected(parent, error: BaseException):
    """Show the short message and the log path; return the dialog."""
    from PySide6.QtCore import QCoreApplication

    from app.views.common import dialogs

    message = (
        QCoreApplication.translate("ErrorReporting", "Something went wrong: %s") % f"{type(error).__name__}: {error}"
    )
    message += "\n\n" + QCoreApplication.translate(
        "ErrorReporting", "Your plan is safe: every edit made before this was already saved."
    )
    details = QCoreApplication.translate("ErrorReporting", "Details were written to the log: %s") % log_file()
    return dialogs.show_error(parent, "Stratdeck", message, details)
