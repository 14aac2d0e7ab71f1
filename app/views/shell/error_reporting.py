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


def setup_logging() -> None:
    """Log to a rotating file in the user data folder."""
    import logging.handlers

    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
