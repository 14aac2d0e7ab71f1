"""Child process of bench/startup.py and tests/shell/test_startup.py.

``bare``: a bare PySide6 window. ``demo``: Stratdeck's real start-up path
(app.views.shell.app) with the demo plan. Prints ``painted``, ``editable`` and, for
the demo, the heavy modules loaded, each on its own line, then quits."""

from __future__ import annotations

import sys


def bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.UpdateRequest:
                print("painted", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    app.exec()


def demo() -> None:
    from app.views.shell.app import create_application, launch_window

    app = create_application()

    def report(window) -> None:
        app.processEvents()
        editable = window.document is not None and not window.document.read_only
        print("editable" if editable else "not-editable", flush=True)
        heavy = sorted(m for m in ("pandas", "matplotlib", "reportlab", "sqlmodel", "sqlalchemy") if m in sys.modules)
        print("heavy " + ",".join(heavy), flush=True)
        from app.views.common import icons

        print("icons-at-editable " + ("loaded" if icons.is_loaded() else "not-loaded"), flush=True)
        print("qtawesome-package " + ("imported" if "qtawesome" in sys.modules else "not-imported"), flush=True)
        window.close()
        app.quit()

    window = launch_window(None, True, False, on_ready=report)
    def painted() -> None:
        print("painted", flush=True)
        from app.views.common import icons

        print("icons-at-paint " + ("loaded" if icons.is_loaded() else "not-loaded"), flush=True)

    window.first_painted.connect(painted)
    app.exec()


if __name__ == "__main__":
    {"bare": bare, "demo": demo}[sys.argv[1]]()
