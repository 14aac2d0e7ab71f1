"""Shared test setup: no display and no real user profile.

Keep this file small. Each fixture below does one thing; GUI fixtures are
added after the "Plans" section by the views' tests."""

from __future__ import annotations

import os

# Before anything imports Qt: never open a window on the developer's screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

from app.services.plan.storage.plan_file import PlanFile  # noqa: E402


# -- Isolation ---------------------------------------------------------------
@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Point Stratdeck's data folder (backups, logs, demo plans) at tmp_path,
    so no test reads or writes the real user profile."""
    folder = tmp_path / "stratdeck-data"
    monkeypatch.setenv("STRATDECK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """Build resources/translations/*.qm from the .ts (not committed) once per
    session, as build/build.py does before PyInstaller."""
    try:
        from app.views.common.translations import compile_qm, ts_file
    except ImportError:  # service tests may run without Qt installed
        return None
    ts = ts_file()
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        assert compile_qm(ts, qm), "lrelease (from PySide6) is needed to build the translations"
    return qm


# -- Plans -------------------------------------------------------------------
@pytest.fixture
def plan_path(tmp_path):
    """Path for a new plan, alone in its own folder (the folder is empty)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    return folder / "Launch plan.stratdeck"


@pytest.fixture
def new_plan(plan_path):
    """A freshly created, open plan; closed at teardown."""
    plan = PlanFile.create(plan_path, title="Launch plan")
    yield plan
    plan.close()


# -- Qt settings --------------------------------------------------------------
@pytest.fixture(autouse=True)
def qt_settings_dir(tmp_path):
    """Point QSettings (recent plans, last plan, preferences) at tmp_path, so
    no test reads or writes the user's real settings."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the service and model tests run without Qt too (tests/qt_blocker.py)
        return None

    folder = tmp_path / "qt-settings"
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    return folder


# -- Windows --------------------------------------------------------------------
@pytest.fixture
def window(qtbot, monkeypatch):
    """A main window in English whose dialogs are recorded, never shown
    (``window.dialog_log``); settings and data folder are private (above)."""
    from app.views.common import settings
    from app.views.shell.main_window import MainWindow
    from tests.gui_support import patch_dialogs

    settings.app_settings().setValue("ui/language", "en")
    win = MainWindow()
    win.dialog_log = patch_dialogs(monkeypatch)
    win.resize(1200, 800)  # the offscreen screen is 800×600: tests keep the size they were written for
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
