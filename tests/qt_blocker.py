"""pytest plugin: PySide6 (and shiboken6) cannot be imported. Run the
service and model tests with it (``python -m pytest -p tests.qt_blocker
-p no:pytest-qt ...``, .ci/run does) to prove the layers below app/views
work where Qt is not installed: any import of Qt fails the test."""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

BLOCKED = ("PySide6", "shiboken6")


class QtBlocker(MetaPathFinder):
    """Refuses to find PySide6 or shiboken6."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked: this run has no Qt)", name=fullname)
        return None


for name in list(sys.modules):
    if name.split(".")[0] in BLOCKED:
        raise RuntimeError(f"{name} was imported before the Qt blocker")
sys.meta_path.insert(0, QtBlocker())


def pytest_collection_modifyitems(config, items):
    """Leave out the GUI tests (those that ask for a Qt application): this
    run is for everything below the views."""
    kept, gui = [], []
    for item in items:
        (gui if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())) else kept).append(item)
    if gui:
        config.hook.pytest_deselected(items=gui)
        items[:] = kept
