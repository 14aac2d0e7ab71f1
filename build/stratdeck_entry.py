"""The script PyInstaller freezes: the ``stratdeck`` command (app.main:main).

Run from source it behaves exactly like the frozen executable, which is how
bench/bundle_startup.py measures both the same way. With
``STRATDECK_STARTUP_REPORT`` set the GUI reports its start-up milestones and
quits (app/views/shell/startup_report.py); nothing else differs."""

from __future__ import annotations

import os
import sys


def keep_matplotlib_cache() -> None:
    """PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a new
    temporary folder at every start, so the first chart of every session
    would rebuild matplotlib's font cache (a scan of all system fonts:
    seconds on a machine with hundreds). Keep it in the user data folder, as
    matplotlib does from source. Nothing is created until a chart is drawn."""
    from app.services.plan import paths

    os.environ["MPLCONFIGDIR"] = str(paths.data_dir(create=False) / "matplotlib")


def run() -> int:
    """Start Stratdeck (GUI or command line) and return its exit code."""
    if getattr(sys, "frozen", False):
        keep_matplotlib_cache()
    if os.environ.get("STRATDECK_STARTUP_REPORT"):
        from app.views.shell import startup_report

        startup_report.install()
    from app.main import main

    return main()


if __name__ == "__main__":
    if not getattr(sys, "frozen", False):  # from source: the checkout is the package
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(run())
