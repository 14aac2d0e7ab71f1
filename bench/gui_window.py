"""What the canvas GUI benchmarks share (bench/competitors.py,
bench/personas.py): a real main window (offscreen, 1280×860) over a fresh
Chinese plan in a throwaway data folder, and a median/max summary.

Run the benchmarks as scripts (``python bench/<name>.py``); this module is
imported from them."""

from __future__ import annotations

import os
import statistics
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def ms(values: list[float]) -> str:
    """Median and max of *values* (seconds) in milliseconds."""
    return f"median {statistics.median(values) * 1000:6.1f} ms, max {max(values) * 1000:6.1f} ms"


@contextmanager
def plan_window(fill: Callable) -> Iterator[tuple]:
    """Yield (app, window): a shown MainWindow with a new plan ("Bench", zh)
    open that *fill(plan)* populated first; the window is closed on exit."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, folder)
        app = QApplication.instance() or QApplication([])
        from app.services.plan.storage.plan_file import PlanFile
        from app.views.shell.main_window import MainWindow

        path = Path(folder) / "bench.stratdeck"
        plan = PlanFile.create(path, title="Bench", language="zh")
        fill(plan)
        plan.close()
        window = MainWindow()
        window.resize(1280, 860)
        window.show()
        assert window.open_plan(str(path))
        app.processEvents()
        try:
            yield app, window
        finally:
            window.close()
